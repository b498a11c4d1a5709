/**
 * The hand-written resources, by name: each extends the generated class of its area (see
 * src/generated/resources.gen.ts), so every operation stays reachable on the same object.
 */
import {
  AcmeResource,
  AdminsResource,
  AgentsResource,
  AzureResource,
  BimiResource,
  CustomFieldsResource,
  DomainsResource,
  EnrollmentEndpointsResource,
  IdpTemplatesResource,
  NotificationsResource,
  OrganizationsResource,
  PersonsResource,
} from "../generated/resources.gen.js";
import { withCreatedIds } from "../internal/mixins.js";
import { DeviceCertificates } from "./device.js";
import { Discovery } from "./discovery.js";
import { Reports } from "./reports.js";
import { SmimeCertificates } from "./smime.js";
import { SslCertificates } from "./ssl.js";

/** Custom fields; `create` answers the new field's ID. */
export class CustomFields extends withCreatedIds(CustomFieldsResource, { create: "number" }) {}
/** Notifications; `create` answers the new notification's ID. */
export class Notifications extends withCreatedIds(NotificationsResource, { create: "number" }) {}
/** Administrators; `create` answers the new administrator's ID. */
export class Admins extends withCreatedIds(AdminsResource, { create: "number" }) {}
/** IdP templates; `create` answers the new template's ID. */
export class IdpTemplates extends withCreatedIds(IdpTemplatesResource, { create: "number" }) {}
/** Persons; `create` and `createV2` answer the new person's ID. */
export class Persons extends withCreatedIds(PersonsResource, { create: "number", createV2: "number" }) {}
/** Domains; `create` answers the new domain's ID. */
export class Domains extends withCreatedIds(DomainsResource, { create: "number" }) {}
/** Organizations and departments; `create`, `submitValidation` and `createExternalValidationAssignment` answer the new ID. */
export class Organizations extends withCreatedIds(OrganizationsResource, {
  create: "number",
  submitValidation: "number",
  createExternalValidationAssignment: "number",
}) {}
/** ACME accounts; the create methods answer the new account's ID. */
export class Acme extends withCreatedIds(AcmeResource, {
  createAccount: "number",
  createAccountV1: "number",
  createUniversalAccount: "number",
}) {}
/** Network and MS agents; `createNetworkServer` answers the new server's ID. */
export class Agents extends withCreatedIds(AgentsResource, { createNetworkServer: "number" }) {}
/** Azure Key Vault accounts; `createAccount` answers the new account's ID. */
export class Azure extends withCreatedIds(AzureResource, { createAccount: "number" }) {}
/** Enrollment endpoints; `create` and `createEndpointAccount` answer the new ID. */
export class EnrollmentEndpoints extends withCreatedIds(EnrollmentEndpointsResource, {
  create: "number",
  createEndpointAccount: "number",
}) {}
/** BIMI (Verified Mark) certificates; `enroll` answers the new certificate's ID. */
export class Bimi extends withCreatedIds(BimiResource, { enroll: "number" }) {}

/** Every hand-written resource class, by resource name. */
export const resourceOverrides = {
  acme: Acme,
  admins: Admins,
  agents: Agents,
  azure: Azure,
  bimi: Bimi,
  customFields: CustomFields,
  device: DeviceCertificates,
  discovery: Discovery,
  domains: Domains,
  enrollmentEndpoints: EnrollmentEndpoints,
  idpTemplates: IdpTemplates,
  notifications: Notifications,
  organizations: Organizations,
  persons: Persons,
  reports: Reports,
  smime: SmimeCertificates,
  ssl: SslCertificates,
} as const;

export { DeviceCertificates, Discovery, Reports, SmimeCertificates, SslCertificates };

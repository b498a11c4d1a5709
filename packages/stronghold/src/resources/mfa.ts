import type { OperationPagingOptions, Paged } from "@trustplane/core";
import {
  type MfaLoginEnforcementsListInput,
  MfaLoginEnforcementsResource,
  type MfaMethodsListDuoMethodsInput,
  type MfaMethodsListInput,
  type MfaMethodsListOktaMethodsInput,
  type MfaMethodsListPingIdMethodsInput,
  type MfaMethodsListTotpMethodsInput,
  MfaMethodsResource,
} from "../generated/resources.gen.js";
import { type Detailed, detailedList, type Schemas } from "./shared.js";

/** An MFA method in a detailed list: its identifier (`key`) and configuration. */
export type MfaMethodListItem = Detailed<Schemas["MfaMethod"]>;

/** A login enforcement in a detailed list: its name (`key`) and configuration. */
export type LoginEnforcementListItem = Detailed<Schemas["LoginEnforcement"]>;

/** Login MFA method configurations (TOTP, Okta, Duo, PingID). */
export class MfaMethods extends MfaMethodsResource {
  /** Every MFA method, its identifier joined with its configuration. */
  listDetailed(input: MfaMethodsListInput = {}, options?: OperationPagingOptions): Paged<MfaMethodListItem> {
    return detailedList<Schemas["MfaMethod"]>(this.ctx, "listMfaMethods", input, options);
  }

  /** TOTP methods with their configuration. */
  listTotpMethodsDetailed(
    input: MfaMethodsListTotpMethodsInput = {},
    options?: OperationPagingOptions,
  ): Paged<MfaMethodListItem> {
    return detailedList<Schemas["MfaMethod"]>(this.ctx, "listMfaTotpMethods", input, options);
  }

  /** Okta methods with their configuration. */
  listOktaMethodsDetailed(
    input: MfaMethodsListOktaMethodsInput = {},
    options?: OperationPagingOptions,
  ): Paged<MfaMethodListItem> {
    return detailedList<Schemas["MfaMethod"]>(this.ctx, "listMfaOktaMethods", input, options);
  }

  /** Duo methods with their configuration. */
  listDuoMethodsDetailed(
    input: MfaMethodsListDuoMethodsInput = {},
    options?: OperationPagingOptions,
  ): Paged<MfaMethodListItem> {
    return detailedList<Schemas["MfaMethod"]>(this.ctx, "listMfaDuoMethods", input, options);
  }

  /** PingID methods with their configuration. */
  listPingIdMethodsDetailed(
    input: MfaMethodsListPingIdMethodsInput = {},
    options?: OperationPagingOptions,
  ): Paged<MfaMethodListItem> {
    return detailedList<Schemas["MfaMethod"]>(this.ctx, "listMfaPingIdMethods", input, options);
  }
}

/** Rules that decide which logins must pass which MFA methods. */
export class MfaLoginEnforcements extends MfaLoginEnforcementsResource {
  /** Enforcement names joined with their configuration. */
  listDetailed(
    input: MfaLoginEnforcementsListInput = {},
    options?: OperationPagingOptions,
  ): Paged<LoginEnforcementListItem> {
    return detailedList<Schemas["LoginEnforcement"]>(this.ctx, "listMfaLoginEnforcements", input, options);
  }
}

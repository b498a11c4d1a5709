/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/stronghold/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

import {
  type ApiPromise,
  type CallOptions,
  type HeaderParams,
  type ItemOf,
  type OperationBinding,
  type OperationPagingOptions,
  type PageHook,
  type Paged,
  type PathParams,
  type QueryParams,
  type RequestBodyOf,
  Resource,
  type ResourceContext,
  type SuccessBody,
  schemaModule,
  type UnwrappedBody,
} from "@trustplane/core";
import type { operations } from "./openapi.gen.js";

/** Each operation's input schema, from ./schemas.gen.js, imported when an input is first checked. */
const s = schemaModule(() => import("./schemas.gen.js"));

/** How each operation's input object maps onto its request, and the input's JSON Schema. */
export const bindings: Readonly<Record<string, OperationBinding>> = {
  adminDestroyMfaTotpSecret: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("adminDestroyMfaTotpSecret") },
  adminGenerateMfaTotpSecret: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("adminGenerateMfaTotpSecret") },
  authorizeOidcProvider: { path: ["name"], query: ["client_id","redirect_uri","response_type","scope","state","nonce","max_age","code_challenge","code_challenge_method"], header: ["X-Vault-Namespace"], schema: s("authorizeOidcProvider") },
  authorizeOidcProviderWithParameters: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", schema: s("authorizeOidcProviderWithParameters") },
  batchDeleteEntities: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("batchDeleteEntities") },
  configureOidc: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("configureOidc") },
  createAlias: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createAlias") },
  createEntity: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createEntity") },
  createEntityAlias: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createEntityAlias") },
  createGroup: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createGroup") },
  createGroupAlias: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createGroupAlias") },
  createMfaDuoMethod: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createMfaDuoMethod") },
  createMfaOktaMethod: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createMfaOktaMethod") },
  createMfaPingIdMethod: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createMfaPingIdMethod") },
  createMfaTotpMethod: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createMfaTotpMethod") },
  createPersona: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("createPersona") },
  deleteAliasById: { path: ["id"], header: ["X-Vault-Namespace"], schema: s("deleteAliasById") },
  deleteEntityAliasById: { path: ["id"], header: ["X-Vault-Namespace"], schema: s("deleteEntityAliasById") },
  deleteEntityById: { path: ["id"], header: ["X-Vault-Namespace"], schema: s("deleteEntityById") },
  deleteEntityByName: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteEntityByName") },
  deleteGroupAliasById: { path: ["id"], header: ["X-Vault-Namespace"], schema: s("deleteGroupAliasById") },
  deleteGroupById: { path: ["id"], header: ["X-Vault-Namespace"], schema: s("deleteGroupById") },
  deleteGroupByName: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteGroupByName") },
  deleteMfaDuoMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], schema: s("deleteMfaDuoMethod") },
  deleteMfaLoginEnforcement: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteMfaLoginEnforcement") },
  deleteMfaOktaMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], schema: s("deleteMfaOktaMethod") },
  deleteMfaPingIdMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], schema: s("deleteMfaPingIdMethod") },
  deleteMfaTotpMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], schema: s("deleteMfaTotpMethod") },
  deleteOidcAssignment: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteOidcAssignment") },
  deleteOidcClient: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteOidcClient") },
  deleteOidcKey: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteOidcKey") },
  deleteOidcProvider: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteOidcProvider") },
  deleteOidcRole: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteOidcRole") },
  deleteOidcScope: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("deleteOidcScope") },
  deletePersonaById: { path: ["id"], header: ["X-Vault-Namespace"], schema: s("deletePersonaById") },
  exchangeOidcProviderToken: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", schema: s("exchangeOidcProviderToken") },
  generateMfaTotpSecret: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("generateMfaTotpSecret") },
  generateOidcToken: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("generateOidcToken") },
  introspectOidcToken: { header: ["X-Vault-Namespace"], body: "flat", schema: s("introspectOidcToken") },
  listAliasesById: { header: ["X-Vault-Namespace"], schema: s("listAliasesById") },
  listAuthMethods: { header: ["X-Vault-Namespace"], unwrap: "data", schema: s("listAuthMethods") },
  listEntitiesById: { header: ["X-Vault-Namespace"], schema: s("listEntitiesById") },
  listEntitiesByName: { header: ["X-Vault-Namespace"], schema: s("listEntitiesByName") },
  listEntityAliasesById: { header: ["X-Vault-Namespace"], schema: s("listEntityAliasesById") },
  listGroupAliasesById: { header: ["X-Vault-Namespace"], schema: s("listGroupAliasesById") },
  listGroupsById: { header: ["X-Vault-Namespace"], schema: s("listGroupsById") },
  listGroupsByName: { header: ["X-Vault-Namespace"], schema: s("listGroupsByName") },
  listMfaDuoMethods: { header: ["X-Vault-Namespace"], schema: s("listMfaDuoMethods") },
  listMfaLoginEnforcements: { header: ["X-Vault-Namespace"], schema: s("listMfaLoginEnforcements") },
  listMfaMethods: { header: ["X-Vault-Namespace"], schema: s("listMfaMethods") },
  listMfaOktaMethods: { header: ["X-Vault-Namespace"], schema: s("listMfaOktaMethods") },
  listMfaPingIdMethods: { header: ["X-Vault-Namespace"], schema: s("listMfaPingIdMethods") },
  listMfaTotpMethods: { header: ["X-Vault-Namespace"], schema: s("listMfaTotpMethods") },
  listOidcAssignments: { header: ["X-Vault-Namespace"], schema: s("listOidcAssignments") },
  listOidcClients: { header: ["X-Vault-Namespace"], schema: s("listOidcClients") },
  listOidcKeys: { header: ["X-Vault-Namespace"], schema: s("listOidcKeys") },
  listOidcProviders: { query: ["allowed_client_id"], header: ["X-Vault-Namespace"], schema: s("listOidcProviders") },
  listOidcRoles: { header: ["X-Vault-Namespace"], schema: s("listOidcRoles") },
  listOidcScopes: { header: ["X-Vault-Namespace"], schema: s("listOidcScopes") },
  listPersonasById: { header: ["X-Vault-Namespace"], schema: s("listPersonasById") },
  login: { path: ["mount"], header: ["X-Vault-Namespace"], body: "field", schema: s("login") },
  loginUserpass: { path: ["mount","username"], header: ["X-Vault-Namespace"], body: "flat", schema: s("loginUserpass") },
  lookupEntity: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("lookupEntity") },
  lookupGroup: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("lookupGroup") },
  lookupTokenSelf: { header: ["X-Vault-Namespace"], unwrap: "data", schema: s("lookupTokenSelf") },
  mergeEntities: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("mergeEntities") },
  readAliasById: { path: ["id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readAliasById") },
  readAuthMethod: { path: ["path"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readAuthMethod") },
  readEntityAliasById: { path: ["id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readEntityAliasById") },
  readEntityById: { path: ["id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readEntityById") },
  readEntityByName: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readEntityByName") },
  readGroupAliasById: { path: ["id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readGroupAliasById") },
  readGroupById: { path: ["id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readGroupById") },
  readGroupByName: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readGroupByName") },
  readMfaDuoMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readMfaDuoMethod") },
  readMfaLoginEnforcement: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readMfaLoginEnforcement") },
  readMfaMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readMfaMethod") },
  readMfaOktaMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readMfaOktaMethod") },
  readMfaPingIdMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readMfaPingIdMethod") },
  readMfaTotpMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readMfaTotpMethod") },
  readOidcAssignment: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readOidcAssignment") },
  readOidcClient: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readOidcClient") },
  readOidcConfig: { header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readOidcConfig") },
  readOidcKey: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readOidcKey") },
  readOidcOpenIdConfiguration: { header: ["X-Vault-Namespace"], schema: s("readOidcOpenIdConfiguration") },
  readOidcProvider: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readOidcProvider") },
  readOidcProviderOpenIdConfiguration: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("readOidcProviderOpenIdConfiguration") },
  readOidcProviderPublicKeys: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("readOidcProviderPublicKeys") },
  readOidcProviderUserInfo: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("readOidcProviderUserInfo") },
  readOidcProviderUserInfoWithPost: { path: ["name"], header: ["X-Vault-Namespace"], schema: s("readOidcProviderUserInfoWithPost") },
  readOidcPublicKeys: { header: ["X-Vault-Namespace"], schema: s("readOidcPublicKeys") },
  readOidcRole: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readOidcRole") },
  readOidcScope: { path: ["name"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readOidcScope") },
  readPersonaById: { path: ["id"], header: ["X-Vault-Namespace"], unwrap: "data", schema: s("readPersonaById") },
  readWrappingProperties: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("readWrappingProperties") },
  renewTokenSelf: { header: ["X-Vault-Namespace"], body: "flat", schema: s("renewTokenSelf") },
  revokeTokenSelf: { header: ["X-Vault-Namespace"], schema: s("revokeTokenSelf") },
  rewrap: { header: ["X-Vault-Namespace"], body: "flat", schema: s("rewrap") },
  rotateOidcKey: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("rotateOidcKey") },
  unwrap: { header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("unwrap") },
  updateAliasById: { path: ["id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateAliasById") },
  updateEntityAliasById: { path: ["id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateEntityAliasById") },
  updateEntityById: { path: ["id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateEntityById") },
  updateEntityByName: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateEntityByName") },
  updateGroupAliasById: { path: ["id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateGroupAliasById") },
  updateGroupById: { path: ["id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateGroupById") },
  updateGroupByName: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateGroupByName") },
  updateMfaDuoMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateMfaDuoMethod") },
  updateMfaOktaMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateMfaOktaMethod") },
  updateMfaPingIdMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateMfaPingIdMethod") },
  updateMfaTotpMethod: { path: ["method_id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updateMfaTotpMethod") },
  updatePersonaById: { path: ["id"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("updatePersonaById") },
  wrap: { header: ["X-Vault-Wrap-TTL","X-Vault-Namespace"], body: "field", schema: s("wrap") },
  writeMfaLoginEnforcement: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("writeMfaLoginEnforcement") },
  writeOidcAssignment: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("writeOidcAssignment") },
  writeOidcClient: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("writeOidcClient") },
  writeOidcKey: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("writeOidcKey") },
  writeOidcProvider: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("writeOidcProvider") },
  writeOidcRole: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("writeOidcRole") },
  writeOidcScope: { path: ["name"], header: ["X-Vault-Namespace"], body: "flat", unwrap: "data", schema: s("writeOidcScope") },
};

/** Input of `auth.login` (operation `login`). */
export type AuthLoginInput = PathParams<operations["login"]> & HeaderParams<operations["login"]> & { body: RequestBodyOf<operations["login"], "application/json"> };

/** Input of `auth.loginUserpass` (operation `loginUserpass`). */
export type AuthLoginUserpassInput = PathParams<operations["loginUserpass"]> & HeaderParams<operations["loginUserpass"]> & RequestBodyOf<operations["loginUserpass"], "application/json">;

/** Input of `entities.batchDelete` (operation `batchDeleteEntities`). */
export type EntitiesBatchDeleteInput = HeaderParams<operations["batchDeleteEntities"]> & RequestBodyOf<operations["batchDeleteEntities"], "application/json">;

/** Input of `entities.create` (operation `createEntity`). */
export type EntitiesCreateInput = HeaderParams<operations["createEntity"]> & RequestBodyOf<operations["createEntity"], "application/json">;

/** Input of `entities.deleteById` (operation `deleteEntityById`). */
export type EntitiesDeleteByIdInput = PathParams<operations["deleteEntityById"]> & HeaderParams<operations["deleteEntityById"]>;

/** Input of `entities.deleteByName` (operation `deleteEntityByName`). */
export type EntitiesDeleteByNameInput = PathParams<operations["deleteEntityByName"]> & HeaderParams<operations["deleteEntityByName"]>;

/** Input of `entities.listById` (operation `listEntitiesById`). */
export type EntitiesListByIdInput = Omit<QueryParams<operations["listEntitiesById"]>, "list"> & HeaderParams<operations["listEntitiesById"]>;

/** Input of `entities.listByName` (operation `listEntitiesByName`). */
export type EntitiesListByNameInput = Omit<QueryParams<operations["listEntitiesByName"]>, "list"> & HeaderParams<operations["listEntitiesByName"]>;

/** Input of `entities.merge` (operation `mergeEntities`). */
export type EntitiesMergeInput = HeaderParams<operations["mergeEntities"]> & RequestBodyOf<operations["mergeEntities"], "application/json">;

/** Input of `entities.readById` (operation `readEntityById`). */
export type EntitiesReadByIdInput = PathParams<operations["readEntityById"]> & HeaderParams<operations["readEntityById"]>;

/** Input of `entities.readByName` (operation `readEntityByName`). */
export type EntitiesReadByNameInput = PathParams<operations["readEntityByName"]> & HeaderParams<operations["readEntityByName"]>;

/** Input of `entities.updateById` (operation `updateEntityById`). */
export type EntitiesUpdateByIdInput = PathParams<operations["updateEntityById"]> & HeaderParams<operations["updateEntityById"]> & RequestBodyOf<operations["updateEntityById"], "application/json">;

/** Input of `entities.updateByName` (operation `updateEntityByName`). */
export type EntitiesUpdateByNameInput = PathParams<operations["updateEntityByName"]> & HeaderParams<operations["updateEntityByName"]> & RequestBodyOf<operations["updateEntityByName"], "application/json">;

/** Input of `entityAliases.create` (operation `createEntityAlias`). */
export type EntityAliasesCreateInput = HeaderParams<operations["createEntityAlias"]> & RequestBodyOf<operations["createEntityAlias"], "application/json">;

/** Input of `entityAliases.deleteById` (operation `deleteEntityAliasById`). */
export type EntityAliasesDeleteByIdInput = PathParams<operations["deleteEntityAliasById"]> & HeaderParams<operations["deleteEntityAliasById"]>;

/** Input of `entityAliases.listById` (operation `listEntityAliasesById`). */
export type EntityAliasesListByIdInput = Omit<QueryParams<operations["listEntityAliasesById"]>, "list"> & HeaderParams<operations["listEntityAliasesById"]>;

/** Input of `entityAliases.readById` (operation `readEntityAliasById`). */
export type EntityAliasesReadByIdInput = PathParams<operations["readEntityAliasById"]> & HeaderParams<operations["readEntityAliasById"]>;

/** Input of `entityAliases.updateById` (operation `updateEntityAliasById`). */
export type EntityAliasesUpdateByIdInput = PathParams<operations["updateEntityAliasById"]> & HeaderParams<operations["updateEntityAliasById"]> & RequestBodyOf<operations["updateEntityAliasById"], "application/json">;

/** Input of `groupAliases.create` (operation `createGroupAlias`). */
export type GroupAliasesCreateInput = HeaderParams<operations["createGroupAlias"]> & RequestBodyOf<operations["createGroupAlias"], "application/json">;

/** Input of `groupAliases.deleteById` (operation `deleteGroupAliasById`). */
export type GroupAliasesDeleteByIdInput = PathParams<operations["deleteGroupAliasById"]> & HeaderParams<operations["deleteGroupAliasById"]>;

/** Input of `groupAliases.listById` (operation `listGroupAliasesById`). */
export type GroupAliasesListByIdInput = Omit<QueryParams<operations["listGroupAliasesById"]>, "list"> & HeaderParams<operations["listGroupAliasesById"]>;

/** Input of `groupAliases.readById` (operation `readGroupAliasById`). */
export type GroupAliasesReadByIdInput = PathParams<operations["readGroupAliasById"]> & HeaderParams<operations["readGroupAliasById"]>;

/** Input of `groupAliases.updateById` (operation `updateGroupAliasById`). */
export type GroupAliasesUpdateByIdInput = PathParams<operations["updateGroupAliasById"]> & HeaderParams<operations["updateGroupAliasById"]> & RequestBodyOf<operations["updateGroupAliasById"], "application/json">;

/** Input of `groups.create` (operation `createGroup`). */
export type GroupsCreateInput = HeaderParams<operations["createGroup"]> & RequestBodyOf<operations["createGroup"], "application/json">;

/** Input of `groups.deleteById` (operation `deleteGroupById`). */
export type GroupsDeleteByIdInput = PathParams<operations["deleteGroupById"]> & HeaderParams<operations["deleteGroupById"]>;

/** Input of `groups.deleteByName` (operation `deleteGroupByName`). */
export type GroupsDeleteByNameInput = PathParams<operations["deleteGroupByName"]> & HeaderParams<operations["deleteGroupByName"]>;

/** Input of `groups.listById` (operation `listGroupsById`). */
export type GroupsListByIdInput = Omit<QueryParams<operations["listGroupsById"]>, "list"> & HeaderParams<operations["listGroupsById"]>;

/** Input of `groups.listByName` (operation `listGroupsByName`). */
export type GroupsListByNameInput = Omit<QueryParams<operations["listGroupsByName"]>, "list"> & HeaderParams<operations["listGroupsByName"]>;

/** Input of `groups.readById` (operation `readGroupById`). */
export type GroupsReadByIdInput = PathParams<operations["readGroupById"]> & HeaderParams<operations["readGroupById"]>;

/** Input of `groups.readByName` (operation `readGroupByName`). */
export type GroupsReadByNameInput = PathParams<operations["readGroupByName"]> & HeaderParams<operations["readGroupByName"]>;

/** Input of `groups.updateById` (operation `updateGroupById`). */
export type GroupsUpdateByIdInput = PathParams<operations["updateGroupById"]> & HeaderParams<operations["updateGroupById"]> & RequestBodyOf<operations["updateGroupById"], "application/json">;

/** Input of `groups.updateByName` (operation `updateGroupByName`). */
export type GroupsUpdateByNameInput = PathParams<operations["updateGroupByName"]> & HeaderParams<operations["updateGroupByName"]> & RequestBodyOf<operations["updateGroupByName"], "application/json">;

/** Input of `legacyAliases.createAlias` (operation `createAlias`). */
export type LegacyAliasesCreateAliasInput = HeaderParams<operations["createAlias"]> & RequestBodyOf<operations["createAlias"], "application/json">;

/** Input of `legacyAliases.createPersona` (operation `createPersona`). */
export type LegacyAliasesCreatePersonaInput = HeaderParams<operations["createPersona"]> & RequestBodyOf<operations["createPersona"], "application/json">;

/** Input of `legacyAliases.deleteAliasById` (operation `deleteAliasById`). */
export type LegacyAliasesDeleteAliasByIdInput = PathParams<operations["deleteAliasById"]> & HeaderParams<operations["deleteAliasById"]>;

/** Input of `legacyAliases.deletePersonaById` (operation `deletePersonaById`). */
export type LegacyAliasesDeletePersonaByIdInput = PathParams<operations["deletePersonaById"]> & HeaderParams<operations["deletePersonaById"]>;

/** Input of `legacyAliases.listAliasesById` (operation `listAliasesById`). */
export type LegacyAliasesListAliasesByIdInput = Omit<QueryParams<operations["listAliasesById"]>, "list"> & HeaderParams<operations["listAliasesById"]>;

/** Input of `legacyAliases.listPersonasById` (operation `listPersonasById`). */
export type LegacyAliasesListPersonasByIdInput = Omit<QueryParams<operations["listPersonasById"]>, "list"> & HeaderParams<operations["listPersonasById"]>;

/** Input of `legacyAliases.readAliasById` (operation `readAliasById`). */
export type LegacyAliasesReadAliasByIdInput = PathParams<operations["readAliasById"]> & HeaderParams<operations["readAliasById"]>;

/** Input of `legacyAliases.readPersonaById` (operation `readPersonaById`). */
export type LegacyAliasesReadPersonaByIdInput = PathParams<operations["readPersonaById"]> & HeaderParams<operations["readPersonaById"]>;

/** Input of `legacyAliases.updateAliasById` (operation `updateAliasById`). */
export type LegacyAliasesUpdateAliasByIdInput = PathParams<operations["updateAliasById"]> & HeaderParams<operations["updateAliasById"]> & RequestBodyOf<operations["updateAliasById"], "application/json">;

/** Input of `legacyAliases.updatePersonaById` (operation `updatePersonaById`). */
export type LegacyAliasesUpdatePersonaByIdInput = PathParams<operations["updatePersonaById"]> & HeaderParams<operations["updatePersonaById"]> & RequestBodyOf<operations["updatePersonaById"], "application/json">;

/** Input of `lookup.entity` (operation `lookupEntity`). */
export type LookupEntityInput = HeaderParams<operations["lookupEntity"]> & RequestBodyOf<operations["lookupEntity"], "application/json">;

/** Input of `lookup.group` (operation `lookupGroup`). */
export type LookupGroupInput = HeaderParams<operations["lookupGroup"]> & RequestBodyOf<operations["lookupGroup"], "application/json">;

/** Input of `mfaLoginEnforcements.delete` (operation `deleteMfaLoginEnforcement`). */
export type MfaLoginEnforcementsDeleteInput = PathParams<operations["deleteMfaLoginEnforcement"]> & HeaderParams<operations["deleteMfaLoginEnforcement"]>;

/** Input of `mfaLoginEnforcements.list` (operation `listMfaLoginEnforcements`). */
export type MfaLoginEnforcementsListInput = Omit<QueryParams<operations["listMfaLoginEnforcements"]>, "list"> & HeaderParams<operations["listMfaLoginEnforcements"]>;

/** Input of `mfaLoginEnforcements.read` (operation `readMfaLoginEnforcement`). */
export type MfaLoginEnforcementsReadInput = PathParams<operations["readMfaLoginEnforcement"]> & HeaderParams<operations["readMfaLoginEnforcement"]>;

/** Input of `mfaLoginEnforcements.write` (operation `writeMfaLoginEnforcement`). */
export type MfaLoginEnforcementsWriteInput = PathParams<operations["writeMfaLoginEnforcement"]> & HeaderParams<operations["writeMfaLoginEnforcement"]> & RequestBodyOf<operations["writeMfaLoginEnforcement"], "application/json">;

/** Input of `mfaMethods.createDuoMethod` (operation `createMfaDuoMethod`). */
export type MfaMethodsCreateDuoMethodInput = HeaderParams<operations["createMfaDuoMethod"]> & RequestBodyOf<operations["createMfaDuoMethod"], "application/json">;

/** Input of `mfaMethods.createOktaMethod` (operation `createMfaOktaMethod`). */
export type MfaMethodsCreateOktaMethodInput = HeaderParams<operations["createMfaOktaMethod"]> & RequestBodyOf<operations["createMfaOktaMethod"], "application/json">;

/** Input of `mfaMethods.createPingIdMethod` (operation `createMfaPingIdMethod`). */
export type MfaMethodsCreatePingIdMethodInput = HeaderParams<operations["createMfaPingIdMethod"]> & RequestBodyOf<operations["createMfaPingIdMethod"], "application/json">;

/** Input of `mfaMethods.createTotpMethod` (operation `createMfaTotpMethod`). */
export type MfaMethodsCreateTotpMethodInput = HeaderParams<operations["createMfaTotpMethod"]> & RequestBodyOf<operations["createMfaTotpMethod"], "application/json">;

/** Input of `mfaMethods.deleteDuoMethod` (operation `deleteMfaDuoMethod`). */
export type MfaMethodsDeleteDuoMethodInput = PathParams<operations["deleteMfaDuoMethod"]> & HeaderParams<operations["deleteMfaDuoMethod"]>;

/** Input of `mfaMethods.deleteOktaMethod` (operation `deleteMfaOktaMethod`). */
export type MfaMethodsDeleteOktaMethodInput = PathParams<operations["deleteMfaOktaMethod"]> & HeaderParams<operations["deleteMfaOktaMethod"]>;

/** Input of `mfaMethods.deletePingIdMethod` (operation `deleteMfaPingIdMethod`). */
export type MfaMethodsDeletePingIdMethodInput = PathParams<operations["deleteMfaPingIdMethod"]> & HeaderParams<operations["deleteMfaPingIdMethod"]>;

/** Input of `mfaMethods.deleteTotpMethod` (operation `deleteMfaTotpMethod`). */
export type MfaMethodsDeleteTotpMethodInput = PathParams<operations["deleteMfaTotpMethod"]> & HeaderParams<operations["deleteMfaTotpMethod"]>;

/** Input of `mfaMethods.list` (operation `listMfaMethods`). */
export type MfaMethodsListInput = Omit<QueryParams<operations["listMfaMethods"]>, "list"> & HeaderParams<operations["listMfaMethods"]>;

/** Input of `mfaMethods.listDuoMethods` (operation `listMfaDuoMethods`). */
export type MfaMethodsListDuoMethodsInput = Omit<QueryParams<operations["listMfaDuoMethods"]>, "list"> & HeaderParams<operations["listMfaDuoMethods"]>;

/** Input of `mfaMethods.listOktaMethods` (operation `listMfaOktaMethods`). */
export type MfaMethodsListOktaMethodsInput = Omit<QueryParams<operations["listMfaOktaMethods"]>, "list"> & HeaderParams<operations["listMfaOktaMethods"]>;

/** Input of `mfaMethods.listPingIdMethods` (operation `listMfaPingIdMethods`). */
export type MfaMethodsListPingIdMethodsInput = Omit<QueryParams<operations["listMfaPingIdMethods"]>, "list"> & HeaderParams<operations["listMfaPingIdMethods"]>;

/** Input of `mfaMethods.listTotpMethods` (operation `listMfaTotpMethods`). */
export type MfaMethodsListTotpMethodsInput = Omit<QueryParams<operations["listMfaTotpMethods"]>, "list"> & HeaderParams<operations["listMfaTotpMethods"]>;

/** Input of `mfaMethods.read` (operation `readMfaMethod`). */
export type MfaMethodsReadInput = PathParams<operations["readMfaMethod"]> & HeaderParams<operations["readMfaMethod"]>;

/** Input of `mfaMethods.readDuoMethod` (operation `readMfaDuoMethod`). */
export type MfaMethodsReadDuoMethodInput = PathParams<operations["readMfaDuoMethod"]> & HeaderParams<operations["readMfaDuoMethod"]>;

/** Input of `mfaMethods.readOktaMethod` (operation `readMfaOktaMethod`). */
export type MfaMethodsReadOktaMethodInput = PathParams<operations["readMfaOktaMethod"]> & HeaderParams<operations["readMfaOktaMethod"]>;

/** Input of `mfaMethods.readPingIdMethod` (operation `readMfaPingIdMethod`). */
export type MfaMethodsReadPingIdMethodInput = PathParams<operations["readMfaPingIdMethod"]> & HeaderParams<operations["readMfaPingIdMethod"]>;

/** Input of `mfaMethods.readTotpMethod` (operation `readMfaTotpMethod`). */
export type MfaMethodsReadTotpMethodInput = PathParams<operations["readMfaTotpMethod"]> & HeaderParams<operations["readMfaTotpMethod"]>;

/** Input of `mfaMethods.updateDuoMethod` (operation `updateMfaDuoMethod`). */
export type MfaMethodsUpdateDuoMethodInput = PathParams<operations["updateMfaDuoMethod"]> & HeaderParams<operations["updateMfaDuoMethod"]> & RequestBodyOf<operations["updateMfaDuoMethod"], "application/json">;

/** Input of `mfaMethods.updateOktaMethod` (operation `updateMfaOktaMethod`). */
export type MfaMethodsUpdateOktaMethodInput = PathParams<operations["updateMfaOktaMethod"]> & HeaderParams<operations["updateMfaOktaMethod"]> & RequestBodyOf<operations["updateMfaOktaMethod"], "application/json">;

/** Input of `mfaMethods.updatePingIdMethod` (operation `updateMfaPingIdMethod`). */
export type MfaMethodsUpdatePingIdMethodInput = PathParams<operations["updateMfaPingIdMethod"]> & HeaderParams<operations["updateMfaPingIdMethod"]> & RequestBodyOf<operations["updateMfaPingIdMethod"], "application/json">;

/** Input of `mfaMethods.updateTotpMethod` (operation `updateMfaTotpMethod`). */
export type MfaMethodsUpdateTotpMethodInput = PathParams<operations["updateMfaTotpMethod"]> & HeaderParams<operations["updateMfaTotpMethod"]> & RequestBodyOf<operations["updateMfaTotpMethod"], "application/json">;

/** Input of `mfaTotpSecrets.adminDestroy` (operation `adminDestroyMfaTotpSecret`). */
export type MfaTotpSecretsAdminDestroyInput = HeaderParams<operations["adminDestroyMfaTotpSecret"]> & RequestBodyOf<operations["adminDestroyMfaTotpSecret"], "application/json">;

/** Input of `mfaTotpSecrets.adminGenerate` (operation `adminGenerateMfaTotpSecret`). */
export type MfaTotpSecretsAdminGenerateInput = HeaderParams<operations["adminGenerateMfaTotpSecret"]> & RequestBodyOf<operations["adminGenerateMfaTotpSecret"], "application/json">;

/** Input of `mfaTotpSecrets.generate` (operation `generateMfaTotpSecret`). */
export type MfaTotpSecretsGenerateInput = HeaderParams<operations["generateMfaTotpSecret"]> & RequestBodyOf<operations["generateMfaTotpSecret"], "application/json">;

/** Input of `oidc.configure` (operation `configureOidc`). */
export type OidcConfigureInput = HeaderParams<operations["configureOidc"]> & RequestBodyOf<operations["configureOidc"], "application/json">;

/** Input of `oidc.deleteKey` (operation `deleteOidcKey`). */
export type OidcDeleteKeyInput = PathParams<operations["deleteOidcKey"]> & HeaderParams<operations["deleteOidcKey"]>;

/** Input of `oidc.deleteRole` (operation `deleteOidcRole`). */
export type OidcDeleteRoleInput = PathParams<operations["deleteOidcRole"]> & HeaderParams<operations["deleteOidcRole"]>;

/** Input of `oidc.generateToken` (operation `generateOidcToken`). */
export type OidcGenerateTokenInput = PathParams<operations["generateOidcToken"]> & HeaderParams<operations["generateOidcToken"]>;

/** Input of `oidc.introspectToken` (operation `introspectOidcToken`). */
export type OidcIntrospectTokenInput = HeaderParams<operations["introspectOidcToken"]> & RequestBodyOf<operations["introspectOidcToken"], "application/json">;

/** Input of `oidc.listKeys` (operation `listOidcKeys`). */
export type OidcListKeysInput = Omit<QueryParams<operations["listOidcKeys"]>, "list"> & HeaderParams<operations["listOidcKeys"]>;

/** Input of `oidc.listRoles` (operation `listOidcRoles`). */
export type OidcListRolesInput = Omit<QueryParams<operations["listOidcRoles"]>, "list"> & HeaderParams<operations["listOidcRoles"]>;

/** Input of `oidc.readConfig` (operation `readOidcConfig`). */
export type OidcReadConfigInput = HeaderParams<operations["readOidcConfig"]>;

/** Input of `oidc.readKey` (operation `readOidcKey`). */
export type OidcReadKeyInput = PathParams<operations["readOidcKey"]> & HeaderParams<operations["readOidcKey"]>;

/** Input of `oidc.readOpenIdConfiguration` (operation `readOidcOpenIdConfiguration`). */
export type OidcReadOpenIdConfigurationInput = HeaderParams<operations["readOidcOpenIdConfiguration"]>;

/** Input of `oidc.readPublicKeys` (operation `readOidcPublicKeys`). */
export type OidcReadPublicKeysInput = HeaderParams<operations["readOidcPublicKeys"]>;

/** Input of `oidc.readRole` (operation `readOidcRole`). */
export type OidcReadRoleInput = PathParams<operations["readOidcRole"]> & HeaderParams<operations["readOidcRole"]>;

/** Input of `oidc.rotateKey` (operation `rotateOidcKey`). */
export type OidcRotateKeyInput = PathParams<operations["rotateOidcKey"]> & HeaderParams<operations["rotateOidcKey"]> & RequestBodyOf<operations["rotateOidcKey"], "application/json">;

/** Input of `oidc.writeKey` (operation `writeOidcKey`). */
export type OidcWriteKeyInput = PathParams<operations["writeOidcKey"]> & HeaderParams<operations["writeOidcKey"]> & RequestBodyOf<operations["writeOidcKey"], "application/json">;

/** Input of `oidc.writeRole` (operation `writeOidcRole`). */
export type OidcWriteRoleInput = PathParams<operations["writeOidcRole"]> & HeaderParams<operations["writeOidcRole"]> & RequestBodyOf<operations["writeOidcRole"], "application/json">;

/** Input of `oidcProviders.authorize` (operation `authorizeOidcProvider`). */
export type OidcProvidersAuthorizeInput = PathParams<operations["authorizeOidcProvider"]> & QueryParams<operations["authorizeOidcProvider"]> & HeaderParams<operations["authorizeOidcProvider"]>;

/** Input of `oidcProviders.authorizeWithParameters` (operation `authorizeOidcProviderWithParameters`). */
export type OidcProvidersAuthorizeWithParametersInput = PathParams<operations["authorizeOidcProviderWithParameters"]> & HeaderParams<operations["authorizeOidcProviderWithParameters"]> & RequestBodyOf<operations["authorizeOidcProviderWithParameters"], "application/json">;

/** Input of `oidcProviders.delete` (operation `deleteOidcProvider`). */
export type OidcProvidersDeleteInput = PathParams<operations["deleteOidcProvider"]> & HeaderParams<operations["deleteOidcProvider"]>;

/** Input of `oidcProviders.deleteAssignment` (operation `deleteOidcAssignment`). */
export type OidcProvidersDeleteAssignmentInput = PathParams<operations["deleteOidcAssignment"]> & HeaderParams<operations["deleteOidcAssignment"]>;

/** Input of `oidcProviders.deleteClient` (operation `deleteOidcClient`). */
export type OidcProvidersDeleteClientInput = PathParams<operations["deleteOidcClient"]> & HeaderParams<operations["deleteOidcClient"]>;

/** Input of `oidcProviders.deleteScope` (operation `deleteOidcScope`). */
export type OidcProvidersDeleteScopeInput = PathParams<operations["deleteOidcScope"]> & HeaderParams<operations["deleteOidcScope"]>;

/** Input of `oidcProviders.exchangeToken` (operation `exchangeOidcProviderToken`). */
export type OidcProvidersExchangeTokenInput = PathParams<operations["exchangeOidcProviderToken"]> & HeaderParams<operations["exchangeOidcProviderToken"]> & RequestBodyOf<operations["exchangeOidcProviderToken"], "application/json">;

/** Input of `oidcProviders.list` (operation `listOidcProviders`). */
export type OidcProvidersListInput = Omit<QueryParams<operations["listOidcProviders"]>, "list"> & HeaderParams<operations["listOidcProviders"]>;

/** Input of `oidcProviders.listAssignments` (operation `listOidcAssignments`). */
export type OidcProvidersListAssignmentsInput = Omit<QueryParams<operations["listOidcAssignments"]>, "list"> & HeaderParams<operations["listOidcAssignments"]>;

/** Input of `oidcProviders.listClients` (operation `listOidcClients`). */
export type OidcProvidersListClientsInput = Omit<QueryParams<operations["listOidcClients"]>, "list"> & HeaderParams<operations["listOidcClients"]>;

/** Input of `oidcProviders.listScopes` (operation `listOidcScopes`). */
export type OidcProvidersListScopesInput = Omit<QueryParams<operations["listOidcScopes"]>, "list"> & HeaderParams<operations["listOidcScopes"]>;

/** Input of `oidcProviders.read` (operation `readOidcProvider`). */
export type OidcProvidersReadInput = PathParams<operations["readOidcProvider"]> & HeaderParams<operations["readOidcProvider"]>;

/** Input of `oidcProviders.readAssignment` (operation `readOidcAssignment`). */
export type OidcProvidersReadAssignmentInput = PathParams<operations["readOidcAssignment"]> & HeaderParams<operations["readOidcAssignment"]>;

/** Input of `oidcProviders.readClient` (operation `readOidcClient`). */
export type OidcProvidersReadClientInput = PathParams<operations["readOidcClient"]> & HeaderParams<operations["readOidcClient"]>;

/** Input of `oidcProviders.readOpenIdConfiguration` (operation `readOidcProviderOpenIdConfiguration`). */
export type OidcProvidersReadOpenIdConfigurationInput = PathParams<operations["readOidcProviderOpenIdConfiguration"]> & HeaderParams<operations["readOidcProviderOpenIdConfiguration"]>;

/** Input of `oidcProviders.readPublicKeys` (operation `readOidcProviderPublicKeys`). */
export type OidcProvidersReadPublicKeysInput = PathParams<operations["readOidcProviderPublicKeys"]> & HeaderParams<operations["readOidcProviderPublicKeys"]>;

/** Input of `oidcProviders.readScope` (operation `readOidcScope`). */
export type OidcProvidersReadScopeInput = PathParams<operations["readOidcScope"]> & HeaderParams<operations["readOidcScope"]>;

/** Input of `oidcProviders.readUserInfo` (operation `readOidcProviderUserInfo`). */
export type OidcProvidersReadUserInfoInput = PathParams<operations["readOidcProviderUserInfo"]> & HeaderParams<operations["readOidcProviderUserInfo"]>;

/** Input of `oidcProviders.readUserInfoWithPost` (operation `readOidcProviderUserInfoWithPost`). */
export type OidcProvidersReadUserInfoWithPostInput = PathParams<operations["readOidcProviderUserInfoWithPost"]> & HeaderParams<operations["readOidcProviderUserInfoWithPost"]>;

/** Input of `oidcProviders.write` (operation `writeOidcProvider`). */
export type OidcProvidersWriteInput = PathParams<operations["writeOidcProvider"]> & HeaderParams<operations["writeOidcProvider"]> & RequestBodyOf<operations["writeOidcProvider"], "application/json">;

/** Input of `oidcProviders.writeAssignment` (operation `writeOidcAssignment`). */
export type OidcProvidersWriteAssignmentInput = PathParams<operations["writeOidcAssignment"]> & HeaderParams<operations["writeOidcAssignment"]> & RequestBodyOf<operations["writeOidcAssignment"], "application/json">;

/** Input of `oidcProviders.writeClient` (operation `writeOidcClient`). */
export type OidcProvidersWriteClientInput = PathParams<operations["writeOidcClient"]> & HeaderParams<operations["writeOidcClient"]> & RequestBodyOf<operations["writeOidcClient"], "application/json">;

/** Input of `oidcProviders.writeScope` (operation `writeOidcScope`). */
export type OidcProvidersWriteScopeInput = PathParams<operations["writeOidcScope"]> & HeaderParams<operations["writeOidcScope"]> & RequestBodyOf<operations["writeOidcScope"], "application/json">;

/** Input of `sys.listAuthMethods` (operation `listAuthMethods`). */
export type SysListAuthMethodsInput = HeaderParams<operations["listAuthMethods"]>;

/** Input of `sys.readAuthMethod` (operation `readAuthMethod`). */
export type SysReadAuthMethodInput = PathParams<operations["readAuthMethod"]> & HeaderParams<operations["readAuthMethod"]>;

/** Input of `token.lookupSelf` (operation `lookupTokenSelf`). */
export type TokenLookupSelfInput = HeaderParams<operations["lookupTokenSelf"]>;

/** Input of `token.renewSelf` (operation `renewTokenSelf`). */
export type TokenRenewSelfInput = HeaderParams<operations["renewTokenSelf"]> & Partial<RequestBodyOf<operations["renewTokenSelf"], "application/json">>;

/** Input of `token.revokeSelf` (operation `revokeTokenSelf`). */
export type TokenRevokeSelfInput = HeaderParams<operations["revokeTokenSelf"]>;

/** Input of `wrapping.readProperties` (operation `readWrappingProperties`). */
export type WrappingReadPropertiesInput = HeaderParams<operations["readWrappingProperties"]> & RequestBodyOf<operations["readWrappingProperties"], "application/json">;

/** Input of `wrapping.rewrap` (operation `rewrap`). */
export type WrappingRewrapInput = HeaderParams<operations["rewrap"]> & RequestBodyOf<operations["rewrap"], "application/json">;

/** Input of `wrapping.unwrap` (operation `unwrap`). */
export type WrappingUnwrapInput = HeaderParams<operations["unwrap"]> & Partial<RequestBodyOf<operations["unwrap"], "application/json">>;

/** Input of `wrapping.wrap` (operation `wrap`). */
export type WrappingWrapInput = HeaderParams<operations["wrap"]> & { body: RequestBodyOf<operations["wrap"], "application/json"> };

/** Logins with auth methods (AppRole, JWT/OIDC, Kubernetes, userpass) mounted at a path; they need no token and return one. */
export class AuthResource extends Resource {
  /**
   * Log in with an auth method mounted at a path
   *
   * Logs in with the auth method mounted at `mount` and returns a new token in `auth.client_token`. Needs no token. The server picks the method by the mount's type, not by the body, so the body must be the one of that method:
   * 
   * | auth method (mount type) | usual mount | body |
   * |---|---|---|
   * | AppRole (`approle`) | `approle` | `AppRoleLogin`: `role_id`, and `secret_id` unless the role does not bind one |
   * | JWT / OIDC (`jwt`, `oidc`) | `jwt` | `JwtLogin`: `jwt`, and `role` unless the mount has a default role |
   * | Kubernetes (`kubernetes`) | `kubernetes` | `KubernetesLogin`: `role` and `jwt` (the service account token) |
   * 
   * Userpass, LDAP and RADIUS logins put the user name in the path: see `loginUserpass`.
   * 
   * When a login MFA enforcement applies, `auth.client_token` is empty and `auth.mfa_requirement` says which MFA methods must be passed to finish the login.
   *
   * Operation `login` (`POST /auth/{mount}/login`).
   */
  login(input: AuthLoginInput, options?: CallOptions): ApiPromise<SuccessBody<operations["login"]>> {
    return this.send("login", input, options);
  }

  /**
   * Log in with a user name and password
   *
   * Logs in a user of the userpass auth method mounted at `mount` and returns a new token in `auth.client_token`. Needs no token. LDAP and RADIUS mounts take the same path and body. Userpass user names are case-insensitive (the server lowercases them). Each rejected password counts towards the server's user lockout, if enabled.
   *
   * Operation `loginUserpass` (`POST /auth/{mount}/login/{username}`).
   */
  loginUserpass(input: AuthLoginUserpassInput, options?: CallOptions): ApiPromise<SuccessBody<operations["loginUserpass"]>> {
    return this.send("loginUserpass", input, options);
  }
}

/** Entities: the single identity of a user or machine across auth methods, with policies and metadata. */
export class EntitiesResource extends Resource {
  /**
   * Delete several entities at once
   *
   * Unknown identifiers are skipped, so a repeated call is harmless.
   *
   * Operation `batchDeleteEntities` (`POST /identity/entity/batch-delete`).
   */
  batchDelete(input: EntitiesBatchDeleteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["batchDeleteEntities"], "data">> {
    return this.send("batchDeleteEntities", input, options);
  }

  /**
   * Create an entity (or update one by id or name)
   *
   * Mints a new entity. When `id` or `name` names an existing entity it is updated instead and the answer is 204. Not safe to repeat without `id`/`name`: each call creates another entity.
   *
   * Operation `createEntity` (`POST /identity/entity`).
   */
  create(input: EntitiesCreateInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createEntity"], "data">> {
    return this.send("createEntity", input, options);
  }

  /**
   * Delete an entity by identifier
   *
   * Also deletes the entity's aliases and removes it from groups. Succeeds (204) when the entity does not exist.
   *
   * Operation `deleteEntityById` (`DELETE /identity/entity/id/{id}`).
   */
  deleteById(input: EntitiesDeleteByIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteEntityById"]>> {
    return this.send("deleteEntityById", input, options);
  }

  /**
   * Delete an entity by name
   *
   * Also deletes the entity's aliases and removes it from groups. Succeeds (204) when the entity does not exist.
   *
   * Operation `deleteEntityByName` (`DELETE /identity/entity/name/{name}`).
   */
  deleteByName(input: EntitiesDeleteByNameInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteEntityByName"]>> {
    return this.send("deleteEntityByName", input, options);
  }

  /**
   * List entity identifiers
   *
   * Operation `listEntitiesById` (`GET /identity/entity/id`).
   */
  listById(input: EntitiesListByIdInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEntitiesById"], "data.keys">> {
    return this.page("listEntitiesById", input, options);
  }

  /**
   * List entity names
   *
   * Operation `listEntitiesByName` (`GET /identity/entity/name`).
   */
  listByName(input: EntitiesListByNameInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEntitiesByName"], "data.keys">> {
    return this.page("listEntitiesByName", input, options);
  }

  /**
   * Merge entities into one
   *
   * Moves aliases, policies and MFA secrets of the source entities into the target and deletes the sources. When aliases of the same mount clash, the 400 error carries the clashing aliases in `data` (see `EntityMergeConflict`); repeat with one source entity and `conflicting_alias_ids_to_keep`.
   *
   * Operation `mergeEntities` (`POST /identity/entity/merge`).
   */
  merge(input: EntitiesMergeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["mergeEntities"], "data">> {
    return this.send("mergeEntities", input, options);
  }

  /**
   * Read an entity by identifier
   *
   * Operation `readEntityById` (`GET /identity/entity/id/{id}`).
   */
  readById(input: EntitiesReadByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readEntityById"], "data">> {
    return this.send("readEntityById", input, options);
  }

  /**
   * Read an entity by name
   *
   * Operation `readEntityByName` (`GET /identity/entity/name/{name}`).
   */
  readByName(input: EntitiesReadByNameInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readEntityByName"], "data">> {
    return this.send("readEntityByName", input, options);
  }

  /**
   * Update an entity by identifier
   *
   * Fields not sent keep their value; `metadata` and `policies` are replaced as a whole when sent.
   *
   * Operation `updateEntityById` (`POST /identity/entity/id/{id}`).
   */
  updateById(input: EntitiesUpdateByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateEntityById"], "data">> {
    return this.send("updateEntityById", input, options);
  }

  /**
   * Create or update an entity by name
   *
   * Updates the named entity, or creates it when the name is unknown (200 with its identifiers).
   *
   * Operation `updateEntityByName` (`POST /identity/entity/name/{name}`).
   */
  updateByName(input: EntitiesUpdateByNameInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateEntityByName"], "data">> {
    return this.send("updateEntityByName", input, options);
  }
}

/** Entity aliases: links from an auth method's user (mount + name) to an entity. */
export class EntityAliasesResource extends Resource {
  /**
   * Create an entity alias
   *
   * Links an auth-method identity (mount + name) to an entity. Without `canonical_id` a new entity is created for it. A second call with the same mount and name is refused, so the call is not safe to repeat blindly.
   *
   * Operation `createEntityAlias` (`POST /identity/entity-alias`).
   */
  create(input: EntityAliasesCreateInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createEntityAlias"], "data">> {
    return this.send("createEntityAlias", input, options);
  }

  /**
   * Delete an entity alias
   *
   * Succeeds (204) also when the object does not exist.
   *
   * Operation `deleteEntityAliasById` (`DELETE /identity/entity-alias/id/{id}`).
   */
  deleteById(input: EntityAliasesDeleteByIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteEntityAliasById"]>> {
    return this.send("deleteEntityAliasById", input, options);
  }

  /**
   * List entity alias identifiers
   *
   * Operation `listEntityAliasesById` (`GET /identity/entity-alias/id`).
   */
  listById(input: EntityAliasesListByIdInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEntityAliasesById"], "data.keys">> {
    return this.page("listEntityAliasesById", input, options);
  }

  /**
   * Read an entity alias
   *
   * Operation `readEntityAliasById` (`GET /identity/entity-alias/id/{id}`).
   */
  readById(input: EntityAliasesReadByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readEntityAliasById"], "data">> {
    return this.send("readEntityAliasById", input, options);
  }

  /**
   * Update an entity alias
   *
   * Answers 204 when nothing changed.
   *
   * Operation `updateEntityAliasById` (`POST /identity/entity-alias/id/{id}`).
   */
  updateById(input: EntityAliasesUpdateByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateEntityAliasById"], "data">> {
    return this.send("updateEntityAliasById", input, options);
  }
}

/** Group aliases: links from an auth method's group to an external group. */
export class GroupAliasesResource extends Resource {
  /**
   * Create or update a group alias
   *
   * Links a group known to an auth method to an external group. Without `id` a new alias is minted (and, without `canonical_id`, a new external group), so the call is not safe to repeat blindly; with `id` it updates that alias.
   *
   * Operation `createGroupAlias` (`POST /identity/group-alias`).
   */
  create(input: GroupAliasesCreateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createGroupAlias"], "data">> {
    return this.send("createGroupAlias", input, options);
  }

  /**
   * Delete a group alias
   *
   * Succeeds (204) also when the object does not exist.
   *
   * Operation `deleteGroupAliasById` (`DELETE /identity/group-alias/id/{id}`).
   */
  deleteById(input: GroupAliasesDeleteByIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteGroupAliasById"]>> {
    return this.send("deleteGroupAliasById", input, options);
  }

  /**
   * List group alias identifiers
   *
   * Operation `listGroupAliasesById` (`GET /identity/group-alias/id`).
   */
  listById(input: GroupAliasesListByIdInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listGroupAliasesById"], "data.keys">> {
    return this.page("listGroupAliasesById", input, options);
  }

  /**
   * Read a group alias
   *
   * Operation `readGroupAliasById` (`GET /identity/group-alias/id/{id}`).
   */
  readById(input: GroupAliasesReadByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readGroupAliasById"], "data">> {
    return this.send("readGroupAliasById", input, options);
  }

  /**
   * Update a group alias
   *
   * Answers 204 when nothing changed.
   *
   * Operation `updateGroupAliasById` (`POST /identity/group-alias/id/{id}`).
   */
  updateById(input: GroupAliasesUpdateByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateGroupAliasById"], "data">> {
    return this.send("updateGroupAliasById", input, options);
  }
}

/** Groups of entities and other groups; internal groups list members, external groups follow an auth method. */
export class GroupsResource extends Resource {
  /**
   * Create a group (or update one by id or name)
   *
   * Mints a new group. When `id` or `name` names an existing group it is updated instead and the answer is 204. Not safe to repeat without `id`/`name`: each call creates another group.
   *
   * Operation `createGroup` (`POST /identity/group`).
   */
  create(input: GroupsCreateInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createGroup"], "data">> {
    return this.send("createGroup", input, options);
  }

  /**
   * Delete a group by identifier
   *
   * Succeeds (204) also when the object does not exist.
   *
   * Operation `deleteGroupById` (`DELETE /identity/group/id/{id}`).
   */
  deleteById(input: GroupsDeleteByIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteGroupById"]>> {
    return this.send("deleteGroupById", input, options);
  }

  /**
   * Delete a group by name
   *
   * Succeeds (204) also when the object does not exist.
   *
   * Operation `deleteGroupByName` (`DELETE /identity/group/name/{name}`).
   */
  deleteByName(input: GroupsDeleteByNameInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteGroupByName"]>> {
    return this.send("deleteGroupByName", input, options);
  }

  /**
   * List group identifiers
   *
   * Operation `listGroupsById` (`GET /identity/group/id`).
   */
  listById(input: GroupsListByIdInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listGroupsById"], "data.keys">> {
    return this.page("listGroupsById", input, options);
  }

  /**
   * List group names
   *
   * Operation `listGroupsByName` (`GET /identity/group/name`).
   */
  listByName(input: GroupsListByNameInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listGroupsByName"], "data.keys">> {
    return this.page("listGroupsByName", input, options);
  }

  /**
   * Read a group by identifier
   *
   * Operation `readGroupById` (`GET /identity/group/id/{id}`).
   */
  readById(input: GroupsReadByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readGroupById"], "data">> {
    return this.send("readGroupById", input, options);
  }

  /**
   * Read a group by name
   *
   * Operation `readGroupByName` (`GET /identity/group/name/{name}`).
   */
  readByName(input: GroupsReadByNameInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readGroupByName"], "data">> {
    return this.send("readGroupByName", input, options);
  }

  /**
   * Update a group by identifier
   *
   * Fields not sent keep their value; list fields and `metadata` are replaced as a whole when sent.
   *
   * Operation `updateGroupById` (`POST /identity/group/id/{id}`).
   */
  updateById(input: GroupsUpdateByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateGroupById"], "data">> {
    return this.send("updateGroupById", input, options);
  }

  /**
   * Create or update a group by name
   *
   * Updates the named group, or creates it when the name is unknown (200 with its identifiers).
   *
   * Operation `updateGroupByName` (`POST /identity/group/name/{name}`).
   */
  updateByName(input: GroupsUpdateByNameInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateGroupByName"], "data">> {
    return this.send("updateGroupByName", input, options);
  }
}

/** Older alias paths (`/identity/alias`, `/identity/persona`) that act on entity aliases; kept for compatibility. */
export class LegacyAliasesResource extends Resource {
  /**
   * Create an alias (legacy path)
   *
   * Creates an entity alias. Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
   *
   * Operation `createAlias` (`POST /identity/alias`).
   */
  createAlias(input: LegacyAliasesCreateAliasInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createAlias"], "data">> {
    return this.send("createAlias", input, options);
  }

  /**
   * Create a persona (legacy alias)
   *
   * Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
   *
   * Operation `createPersona` (`POST /identity/persona`).
   */
  createPersona(input: LegacyAliasesCreatePersonaInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createPersona"], "data">> {
    return this.send("createPersona", input, options);
  }

  /**
   * Delete an alias (legacy path)
   *
   * Succeeds (204) when the alias does not exist. Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
   *
   * Operation `deleteAliasById` (`DELETE /identity/alias/id/{id}`).
   */
  deleteAliasById(input: LegacyAliasesDeleteAliasByIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAliasById"]>> {
    return this.send("deleteAliasById", input, options);
  }

  /**
   * Delete a persona
   *
   * Succeeds (204) when the persona does not exist. Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
   *
   * Operation `deletePersonaById` (`DELETE /identity/persona/id/{id}`).
   */
  deletePersonaById(input: LegacyAliasesDeletePersonaByIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deletePersonaById"]>> {
    return this.send("deletePersonaById", input, options);
  }

  /**
   * List alias identifiers (legacy path)
   *
   * Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
   *
   * Operation `listAliasesById` (`GET /identity/alias/id`).
   */
  listAliasesById(input: LegacyAliasesListAliasesByIdInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAliasesById"], "data.keys">> {
    return this.page("listAliasesById", input, options);
  }

  /**
   * List persona identifiers
   *
   * Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
   *
   * Operation `listPersonasById` (`GET /identity/persona/id`).
   */
  listPersonasById(input: LegacyAliasesListPersonasByIdInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listPersonasById"], "data.keys">> {
    return this.page("listPersonasById", input, options);
  }

  /**
   * Read an alias (legacy path)
   *
   * Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
   *
   * Operation `readAliasById` (`GET /identity/alias/id/{id}`).
   */
  readAliasById(input: LegacyAliasesReadAliasByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readAliasById"], "data">> {
    return this.send("readAliasById", input, options);
  }

  /**
   * Read a persona
   *
   * Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
   *
   * Operation `readPersonaById` (`GET /identity/persona/id/{id}`).
   */
  readPersonaById(input: LegacyAliasesReadPersonaByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readPersonaById"], "data">> {
    return this.send("readPersonaById", input, options);
  }

  /**
   * Update an alias (legacy path)
   *
   * Answers 204 when nothing changed. Legacy path kept for compatibility; it works on entity aliases. Prefer the `/identity/entity-alias` operations.
   *
   * Operation `updateAliasById` (`POST /identity/alias/id/{id}`).
   */
  updateAliasById(input: LegacyAliasesUpdateAliasByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateAliasById"], "data">> {
    return this.send("updateAliasById", input, options);
  }

  /**
   * Update a persona
   *
   * Answers 204 when nothing changed. Personas are the oldest name for entity aliases; prefer the `/identity/entity-alias` operations.
   *
   * Operation `updatePersonaById` (`POST /identity/persona/id/{id}`).
   */
  updatePersonaById(input: LegacyAliasesUpdatePersonaByIdInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updatePersonaById"], "data">> {
    return this.send("updatePersonaById", input, options);
  }
}

/** Read-only searches for an entity or group by identifier, name or alias. */
export class LookupResource extends Resource {
  /**
   * Find an entity by id, name or alias
   *
   * Read-only search. Answers 204 (no body) when nothing matches.
   *
   * Operation `lookupEntity` (`POST /identity/lookup/entity`).
   */
  entity(input: LookupEntityInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["lookupEntity"], "data">> {
    return this.send("lookupEntity", input, options);
  }

  /**
   * Find a group by id, name or alias
   *
   * Read-only search. Answers 204 (no body) when nothing matches.
   *
   * Operation `lookupGroup` (`POST /identity/lookup/group`).
   */
  group(input: LookupGroupInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["lookupGroup"], "data">> {
    return this.send("lookupGroup", input, options);
  }
}

/** Rules that decide which logins must pass which MFA methods. */
export class MfaLoginEnforcementsResource extends Resource {
  /**
   * Delete a login MFA enforcement
   *
   * Succeeds (204) also when the object does not exist.
   *
   * Operation `deleteMfaLoginEnforcement` (`DELETE /identity/mfa/login-enforcement/{name}`).
   */
  delete(input: MfaLoginEnforcementsDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteMfaLoginEnforcement"]>> {
    return this.send("deleteMfaLoginEnforcement", input, options);
  }

  /**
   * List login MFA enforcements
   *
   * Operation `listMfaLoginEnforcements` (`GET /identity/mfa/login-enforcement`).
   */
  list(input: MfaLoginEnforcementsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listMfaLoginEnforcements"], "data.keys">> {
    return this.page("listMfaLoginEnforcements", input, options);
  }

  /**
   * Read a login MFA enforcement
   *
   * Operation `readMfaLoginEnforcement` (`GET /identity/mfa/login-enforcement/{name}`).
   */
  read(input: MfaLoginEnforcementsReadInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readMfaLoginEnforcement"], "data">> {
    return this.send("readMfaLoginEnforcement", input, options);
  }

  /**
   * Create or replace a login MFA enforcement
   *
   * Operation `writeMfaLoginEnforcement` (`POST /identity/mfa/login-enforcement/{name}`).
   */
  write(input: MfaLoginEnforcementsWriteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["writeMfaLoginEnforcement"], "data">> {
    return this.send("writeMfaLoginEnforcement", input, options);
  }
}

/** Login MFA method configurations (TOTP, Okta, Duo, PingID). */
export class MfaMethodsResource extends Resource {
  /**
   * Create a Duo MFA method
   *
   * Each call mints a new method identifier, so it is not safe to repeat.
   *
   * Operation `createMfaDuoMethod` (`POST /identity/mfa/method/duo`).
   */
  createDuoMethod(input: MfaMethodsCreateDuoMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createMfaDuoMethod"], "data">> {
    return this.send("createMfaDuoMethod", input, options);
  }

  /**
   * Create a Okta MFA method
   *
   * Each call mints a new method identifier, so it is not safe to repeat.
   *
   * Operation `createMfaOktaMethod` (`POST /identity/mfa/method/okta`).
   */
  createOktaMethod(input: MfaMethodsCreateOktaMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createMfaOktaMethod"], "data">> {
    return this.send("createMfaOktaMethod", input, options);
  }

  /**
   * Create a PingID MFA method
   *
   * Each call mints a new method identifier, so it is not safe to repeat.
   *
   * Operation `createMfaPingIdMethod` (`POST /identity/mfa/method/pingid`).
   */
  createPingIdMethod(input: MfaMethodsCreatePingIdMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createMfaPingIdMethod"], "data">> {
    return this.send("createMfaPingIdMethod", input, options);
  }

  /**
   * Create a TOTP MFA method
   *
   * Each call mints a new method identifier, so it is not safe to repeat.
   *
   * Operation `createMfaTotpMethod` (`POST /identity/mfa/method/totp`).
   */
  createTotpMethod(input: MfaMethodsCreateTotpMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["createMfaTotpMethod"], "data">> {
    return this.send("createMfaTotpMethod", input, options);
  }

  /**
   * Delete a Duo MFA method
   *
   * Refused (400) while a login enforcement still uses the method.
   *
   * Operation `deleteMfaDuoMethod` (`DELETE /identity/mfa/method/duo/{method_id}`).
   */
  deleteDuoMethod(input: MfaMethodsDeleteDuoMethodInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteMfaDuoMethod"]>> {
    return this.send("deleteMfaDuoMethod", input, options);
  }

  /**
   * Delete a Okta MFA method
   *
   * Refused (400) while a login enforcement still uses the method.
   *
   * Operation `deleteMfaOktaMethod` (`DELETE /identity/mfa/method/okta/{method_id}`).
   */
  deleteOktaMethod(input: MfaMethodsDeleteOktaMethodInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteMfaOktaMethod"]>> {
    return this.send("deleteMfaOktaMethod", input, options);
  }

  /**
   * Delete a PingID MFA method
   *
   * Refused (400) while a login enforcement still uses the method.
   *
   * Operation `deleteMfaPingIdMethod` (`DELETE /identity/mfa/method/pingid/{method_id}`).
   */
  deletePingIdMethod(input: MfaMethodsDeletePingIdMethodInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteMfaPingIdMethod"]>> {
    return this.send("deleteMfaPingIdMethod", input, options);
  }

  /**
   * Delete a TOTP MFA method
   *
   * Refused (400) while a login enforcement still uses the method.
   *
   * Operation `deleteMfaTotpMethod` (`DELETE /identity/mfa/method/totp/{method_id}`).
   */
  deleteTotpMethod(input: MfaMethodsDeleteTotpMethodInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteMfaTotpMethod"]>> {
    return this.send("deleteMfaTotpMethod", input, options);
  }

  /**
   * List MFA methods of every type
   *
   * Includes methods of parent namespaces.
   *
   * Operation `listMfaMethods` (`GET /identity/mfa/method`).
   */
  list(input: MfaMethodsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listMfaMethods"], "data.keys">> {
    return this.page("listMfaMethods", input, options);
  }

  /**
   * List Duo MFA methods
   *
   * Operation `listMfaDuoMethods` (`GET /identity/mfa/method/duo`).
   */
  listDuoMethods(input: MfaMethodsListDuoMethodsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listMfaDuoMethods"], "data.keys">> {
    return this.page("listMfaDuoMethods", input, options);
  }

  /**
   * List Okta MFA methods
   *
   * Operation `listMfaOktaMethods` (`GET /identity/mfa/method/okta`).
   */
  listOktaMethods(input: MfaMethodsListOktaMethodsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listMfaOktaMethods"], "data.keys">> {
    return this.page("listMfaOktaMethods", input, options);
  }

  /**
   * List PingID MFA methods
   *
   * Operation `listMfaPingIdMethods` (`GET /identity/mfa/method/pingid`).
   */
  listPingIdMethods(input: MfaMethodsListPingIdMethodsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listMfaPingIdMethods"], "data.keys">> {
    return this.page("listMfaPingIdMethods", input, options);
  }

  /**
   * List TOTP MFA methods
   *
   * Operation `listMfaTotpMethods` (`GET /identity/mfa/method/totp`).
   */
  listTotpMethods(input: MfaMethodsListTotpMethodsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listMfaTotpMethods"], "data.keys">> {
    return this.page("listMfaTotpMethods", input, options);
  }

  /**
   * Read an MFA method of any type
   *
   * Operation `readMfaMethod` (`GET /identity/mfa/method/{method_id}`).
   */
  read(input: MfaMethodsReadInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readMfaMethod"], "data">> {
    return this.send("readMfaMethod", input, options);
  }

  /**
   * Read a Duo MFA method
   *
   * Operation `readMfaDuoMethod` (`GET /identity/mfa/method/duo/{method_id}`).
   */
  readDuoMethod(input: MfaMethodsReadDuoMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readMfaDuoMethod"], "data">> {
    return this.send("readMfaDuoMethod", input, options);
  }

  /**
   * Read a Okta MFA method
   *
   * Operation `readMfaOktaMethod` (`GET /identity/mfa/method/okta/{method_id}`).
   */
  readOktaMethod(input: MfaMethodsReadOktaMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readMfaOktaMethod"], "data">> {
    return this.send("readMfaOktaMethod", input, options);
  }

  /**
   * Read a PingID MFA method
   *
   * Operation `readMfaPingIdMethod` (`GET /identity/mfa/method/pingid/{method_id}`).
   */
  readPingIdMethod(input: MfaMethodsReadPingIdMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readMfaPingIdMethod"], "data">> {
    return this.send("readMfaPingIdMethod", input, options);
  }

  /**
   * Read a TOTP MFA method
   *
   * Operation `readMfaTotpMethod` (`GET /identity/mfa/method/totp/{method_id}`).
   */
  readTotpMethod(input: MfaMethodsReadTotpMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readMfaTotpMethod"], "data">> {
    return this.send("readMfaTotpMethod", input, options);
  }

  /**
   * Replace a Duo MFA method's configuration
   *
   * Replaces the whole configuration; fields not sent fall back to their defaults.
   *
   * Operation `updateMfaDuoMethod` (`POST /identity/mfa/method/duo/{method_id}`).
   */
  updateDuoMethod(input: MfaMethodsUpdateDuoMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateMfaDuoMethod"], "data">> {
    return this.send("updateMfaDuoMethod", input, options);
  }

  /**
   * Replace a Okta MFA method's configuration
   *
   * Replaces the whole configuration; fields not sent fall back to their defaults.
   *
   * Operation `updateMfaOktaMethod` (`POST /identity/mfa/method/okta/{method_id}`).
   */
  updateOktaMethod(input: MfaMethodsUpdateOktaMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateMfaOktaMethod"], "data">> {
    return this.send("updateMfaOktaMethod", input, options);
  }

  /**
   * Replace a PingID MFA method's configuration
   *
   * Replaces the whole configuration; fields not sent fall back to their defaults.
   *
   * Operation `updateMfaPingIdMethod` (`POST /identity/mfa/method/pingid/{method_id}`).
   */
  updatePingIdMethod(input: MfaMethodsUpdatePingIdMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateMfaPingIdMethod"], "data">> {
    return this.send("updateMfaPingIdMethod", input, options);
  }

  /**
   * Replace a TOTP MFA method's configuration
   *
   * Replaces the whole configuration; fields not sent fall back to their defaults.
   *
   * Operation `updateMfaTotpMethod` (`POST /identity/mfa/method/totp/{method_id}`).
   */
  updateTotpMethod(input: MfaMethodsUpdateTotpMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["updateMfaTotpMethod"], "data">> {
    return this.send("updateMfaTotpMethod", input, options);
  }
}

/** Generating and removing TOTP secrets of entities. */
export class MfaTotpSecretsResource extends Resource {
  /**
   * Remove an entity's TOTP secret
   *
   * Operation `adminDestroyMfaTotpSecret` (`POST /identity/mfa/method/totp/admin-destroy`).
   */
  adminDestroy(input: MfaTotpSecretsAdminDestroyInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["adminDestroyMfaTotpSecret"], "data">> {
    return this.send("adminDestroyMfaTotpSecret", input, options);
  }

  /**
   * Generate a TOTP secret for an entity
   *
   * Administrative form of `generateMfaTotpSecret`. The secret is returned only once; a repeat answers with a warning and no secret.
   *
   * Operation `adminGenerateMfaTotpSecret` (`POST /identity/mfa/method/totp/admin-generate`).
   */
  adminGenerate(input: MfaTotpSecretsAdminGenerateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["adminGenerateMfaTotpSecret"], "data">> {
    return this.send("adminGenerateMfaTotpSecret", input, options);
  }

  /**
   * Generate a TOTP secret for the caller's entity
   *
   * The secret is returned only by the call that creates it; a repeat answers with a warning and no secret, so a lost response cannot be recovered by retrying (destroy and generate again).
   *
   * Operation `generateMfaTotpSecret` (`POST /identity/mfa/method/totp/generate`).
   */
  generate(input: MfaTotpSecretsGenerateInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["generateMfaTotpSecret"], "data">> {
    return this.send("generateMfaTotpSecret", input, options);
  }
}

/** Identity tokens: signing keys, roles, token generation, introspection and their public discovery endpoints. */
export class OidcResource extends Resource {
  /**
   * Change identity token settings
   *
   * Setting `issuer` answers 200 with a warning; clearing it answers 204.
   *
   * Operation `configureOidc` (`POST /identity/oidc/config`).
   */
  configure(input: OidcConfigureInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["configureOidc"], "data">> {
    return this.send("configureOidc", input, options);
  }

  /**
   * Delete a named key
   *
   * Refused (400) while a role or client still uses the key.
   *
   * Operation `deleteOidcKey` (`DELETE /identity/oidc/key/{name}`).
   */
  deleteKey(input: OidcDeleteKeyInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteOidcKey"]>> {
    return this.send("deleteOidcKey", input, options);
  }

  /**
   * Delete an identity token role
   *
   * Succeeds (204) also when the object does not exist.
   *
   * Operation `deleteOidcRole` (`DELETE /identity/oidc/role/{name}`).
   */
  deleteRole(input: OidcDeleteRoleInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteOidcRole"]>> {
    return this.send("deleteOidcRole", input, options);
  }

  /**
   * Generate an identity token for the caller
   *
   * Signs a new token for the entity behind the calling token, using the role's key and template. The caller's token must belong to an entity.
   *
   * Operation `generateOidcToken` (`GET /identity/oidc/token/{name}`).
   */
  generateToken(input: OidcGenerateTokenInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["generateOidcToken"], "data">> {
    return this.send("generateOidcToken", input, options);
  }

  /**
   * Check an identity token
   *
   * Verifies signature, expiry and (optionally) audience. Always answers 200; `active` tells the result. The body is not enveloped.
   *
   * Operation `introspectOidcToken` (`POST /identity/oidc/introspect`).
   */
  introspectToken(input: OidcIntrospectTokenInput, options?: CallOptions): ApiPromise<SuccessBody<operations["introspectOidcToken"]>> {
    return this.send("introspectOidcToken", input, options);
  }

  /**
   * List named keys
   *
   * Operation `listOidcKeys` (`GET /identity/oidc/key`).
   */
  listKeys(input: OidcListKeysInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listOidcKeys"], "data.keys">> {
    return this.page("listOidcKeys", input, options);
  }

  /**
   * List identity token roles
   *
   * Operation `listOidcRoles` (`GET /identity/oidc/role`).
   */
  listRoles(input: OidcListRolesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listOidcRoles"], "data.keys">> {
    return this.page("listOidcRoles", input, options);
  }

  /**
   * Read identity token settings
   *
   * Operation `readOidcConfig` (`GET /identity/oidc/config`).
   */
  readConfig(input: OidcReadConfigInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readOidcConfig"], "data">> {
    return this.send("readOidcConfig", input, options);
  }

  /**
   * Read a named key
   *
   * Operation `readOidcKey` (`GET /identity/oidc/key/{name}`).
   */
  readKey(input: OidcReadKeyInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readOidcKey"], "data">> {
    return this.send("readOidcKey", input, options);
  }

  /**
   * Read the identity token discovery document
   *
   * Needs no token. The body is the bare discovery document, not the envelope.
   *
   * Operation `readOidcOpenIdConfiguration` (`GET /identity/oidc/.well-known/openid-configuration`).
   */
  readOpenIdConfiguration(input: OidcReadOpenIdConfigurationInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["readOidcOpenIdConfiguration"]>> {
    return this.send("readOidcOpenIdConfiguration", input, options);
  }

  /**
   * Read the identity token public keys
   *
   * Needs no token. The body is a bare JSON Web Key Set.
   *
   * Operation `readOidcPublicKeys` (`GET /identity/oidc/.well-known/keys`).
   */
  readPublicKeys(input: OidcReadPublicKeysInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["readOidcPublicKeys"]>> {
    return this.send("readOidcPublicKeys", input, options);
  }

  /**
   * Read an identity token role
   *
   * Operation `readOidcRole` (`GET /identity/oidc/role/{name}`).
   */
  readRole(input: OidcReadRoleInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readOidcRole"], "data">> {
    return this.send("readOidcRole", input, options);
  }

  /**
   * Rotate a named key now
   *
   * Each call generates another key pair, so it is not safe to repeat.
   *
   * Operation `rotateOidcKey` (`POST /identity/oidc/key/{name}/rotate`).
   */
  rotateKey(input: OidcRotateKeyInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["rotateOidcKey"], "data">> {
    return this.send("rotateOidcKey", input, options);
  }

  /**
   * Create or update a named key
   *
   * Creates the key (and its first key pair) when it does not exist.
   *
   * Operation `writeOidcKey` (`POST /identity/oidc/key/{name}`).
   */
  writeKey(input: OidcWriteKeyInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["writeOidcKey"], "data">> {
    return this.send("writeOidcKey", input, options);
  }

  /**
   * Create or update an identity token role
   *
   * Operation `writeOidcRole` (`POST /identity/oidc/role/{name}`).
   */
  writeRole(input: OidcWriteRoleInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["writeOidcRole"], "data">> {
    return this.send("writeOidcRole", input, options);
  }
}

/** The built-in OpenID Connect provider: clients, assignments, scopes, providers and the OAuth endpoints. */
export class OidcProvidersResource extends Resource {
  /**
   * Request an authorization code (query parameters)
   *
   * Issues an authorization code for the end user whose token makes the call (the token must belong to an entity that the client's assignments allow). The body is bare JSON: `{code, state}` on success, an OAuth error otherwise.
   *
   * Operation `authorizeOidcProvider` (`GET /identity/oidc/provider/{name}/authorize`).
   */
  authorize(input: OidcProvidersAuthorizeInput, options?: CallOptions): ApiPromise<SuccessBody<operations["authorizeOidcProvider"]>> {
    return this.send("authorizeOidcProvider", input, options);
  }

  /**
   * Request an authorization code (body parameters)
   *
   * Issues an authorization code for the end user whose token makes the call (the token must belong to an entity that the client's assignments allow). The body is bare JSON: `{code, state}` on success, an OAuth error otherwise. Each call issues a fresh code; earlier codes stay valid until they expire.
   *
   * Operation `authorizeOidcProviderWithParameters` (`POST /identity/oidc/provider/{name}/authorize`).
   */
  authorizeWithParameters(input: OidcProvidersAuthorizeWithParametersInput, options?: CallOptions): ApiPromise<SuccessBody<operations["authorizeOidcProviderWithParameters"]>> {
    return this.send("authorizeOidcProviderWithParameters", input, options);
  }

  /**
   * Delete an OIDC provider
   *
   * The built-in `default` provider cannot be deleted.
   *
   * Operation `deleteOidcProvider` (`DELETE /identity/oidc/provider/{name}`).
   */
  delete(input: OidcProvidersDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteOidcProvider"]>> {
    return this.send("deleteOidcProvider", input, options);
  }

  /**
   * Delete an OIDC assignment
   *
   * Refused (400) while a client still references the assignment.
   *
   * Operation `deleteOidcAssignment` (`DELETE /identity/oidc/assignment/{name}`).
   */
  deleteAssignment(input: OidcProvidersDeleteAssignmentInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteOidcAssignment"]>> {
    return this.send("deleteOidcAssignment", input, options);
  }

  /**
   * Delete an OIDC client
   *
   * Succeeds (204) also when the object does not exist.
   *
   * Operation `deleteOidcClient` (`DELETE /identity/oidc/client/{name}`).
   */
  deleteClient(input: OidcProvidersDeleteClientInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteOidcClient"]>> {
    return this.send("deleteOidcClient", input, options);
  }

  /**
   * Delete an OIDC scope
   *
   * Refused (400) while a provider still offers the scope.
   *
   * Operation `deleteOidcScope` (`DELETE /identity/oidc/scope/{name}`).
   */
  deleteScope(input: OidcProvidersDeleteScopeInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteOidcScope"]>> {
    return this.send("deleteOidcScope", input, options);
  }

  /**
   * Exchange an authorization code for tokens
   *
   * Needs no server token: the client authenticates with HTTP Basic (`client_id:client_secret`, client_secret_basic) or with `client_id`/`client_secret` in the body (client_secret_post); public clients send `code_verifier` instead. The code is single use, so the call is not safe to repeat. The body is bare JSON.
   *
   * Operation `exchangeOidcProviderToken` (`POST /identity/oidc/provider/{name}/token`).
   */
  exchangeToken(input: OidcProvidersExchangeTokenInput, options?: CallOptions): ApiPromise<SuccessBody<operations["exchangeOidcProviderToken"]>> {
    return this.send("exchangeOidcProviderToken", input, options);
  }

  /**
   * List OIDC providers
   *
   * Operation `listOidcProviders` (`GET /identity/oidc/provider`).
   */
  list(input: OidcProvidersListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listOidcProviders"], "data.keys">> {
    return this.page("listOidcProviders", input, options);
  }

  /**
   * List OIDC assignments
   *
   * Operation `listOidcAssignments` (`GET /identity/oidc/assignment`).
   */
  listAssignments(input: OidcProvidersListAssignmentsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listOidcAssignments"], "data.keys">> {
    return this.page("listOidcAssignments", input, options);
  }

  /**
   * List OIDC clients
   *
   * Operation `listOidcClients` (`GET /identity/oidc/client`).
   */
  listClients(input: OidcProvidersListClientsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listOidcClients"], "data.keys">> {
    return this.page("listOidcClients", input, options);
  }

  /**
   * List OIDC scopes
   *
   * Operation `listOidcScopes` (`GET /identity/oidc/scope`).
   */
  listScopes(input: OidcProvidersListScopesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listOidcScopes"], "data.keys">> {
    return this.page("listOidcScopes", input, options);
  }

  /**
   * Read an OIDC provider
   *
   * Operation `readOidcProvider` (`GET /identity/oidc/provider/{name}`).
   */
  read(input: OidcProvidersReadInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readOidcProvider"], "data">> {
    return this.send("readOidcProvider", input, options);
  }

  /**
   * Read an OIDC assignment
   *
   * Operation `readOidcAssignment` (`GET /identity/oidc/assignment/{name}`).
   */
  readAssignment(input: OidcProvidersReadAssignmentInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readOidcAssignment"], "data">> {
    return this.send("readOidcAssignment", input, options);
  }

  /**
   * Read an OIDC client
   *
   * The answer includes `client_secret` for confidential clients.
   *
   * Operation `readOidcClient` (`GET /identity/oidc/client/{name}`).
   */
  readClient(input: OidcProvidersReadClientInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readOidcClient"], "data">> {
    return this.send("readOidcClient", input, options);
  }

  /**
   * Read a provider's discovery document
   *
   * Needs no token. The body is the bare discovery document.
   *
   * Operation `readOidcProviderOpenIdConfiguration` (`GET /identity/oidc/provider/{name}/.well-known/openid-configuration`).
   */
  readOpenIdConfiguration(input: OidcProvidersReadOpenIdConfigurationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["readOidcProviderOpenIdConfiguration"]>> {
    return this.send("readOidcProviderOpenIdConfiguration", input, options);
  }

  /**
   * Read a provider's public keys
   *
   * Needs no token. The body is a bare JSON Web Key Set.
   *
   * Operation `readOidcProviderPublicKeys` (`GET /identity/oidc/provider/{name}/.well-known/keys`).
   */
  readPublicKeys(input: OidcProvidersReadPublicKeysInput, options?: CallOptions): ApiPromise<SuccessBody<operations["readOidcProviderPublicKeys"]>> {
    return this.send("readOidcProviderPublicKeys", input, options);
  }

  /**
   * Read an OIDC scope
   *
   * Operation `readOidcScope` (`GET /identity/oidc/scope/{name}`).
   */
  readScope(input: OidcProvidersReadScopeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readOidcScope"], "data">> {
    return this.send("readOidcScope", input, options);
  }

  /**
   * Read the user's claims
   *
   * Returns claims about the user. Send the access token from `exchangeOidcProviderToken` as `Authorization: Bearer` (not `X-Vault-Token`). The body is bare JSON.
   *
   * Operation `readOidcProviderUserInfo` (`GET /identity/oidc/provider/{name}/userinfo`).
   */
  readUserInfo(input: OidcProvidersReadUserInfoInput, options?: CallOptions): ApiPromise<SuccessBody<operations["readOidcProviderUserInfo"]>> {
    return this.send("readOidcProviderUserInfo", input, options);
  }

  /**
   * Read the user's claims (POST form)
   *
   * Returns claims about the user. Send the access token from `exchangeOidcProviderToken` as `Authorization: Bearer` (not `X-Vault-Token`). The body is bare JSON. Same as the GET form; takes no body.
   *
   * Operation `readOidcProviderUserInfoWithPost` (`POST /identity/oidc/provider/{name}/userinfo`).
   */
  readUserInfoWithPost(input: OidcProvidersReadUserInfoWithPostInput, options?: CallOptions): ApiPromise<SuccessBody<operations["readOidcProviderUserInfoWithPost"]>> {
    return this.send("readOidcProviderUserInfoWithPost", input, options);
  }

  /**
   * Create or update an OIDC provider
   *
   * Answers 200 with warnings when `issuer` is set or scope templates overlap; otherwise 204.
   *
   * Operation `writeOidcProvider` (`POST /identity/oidc/provider/{name}`).
   */
  write(input: OidcProvidersWriteInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["writeOidcProvider"], "data">> {
    return this.send("writeOidcProvider", input, options);
  }

  /**
   * Create or update an OIDC assignment
   *
   * Operation `writeOidcAssignment` (`POST /identity/oidc/assignment/{name}`).
   */
  writeAssignment(input: OidcProvidersWriteAssignmentInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["writeOidcAssignment"], "data">> {
    return this.send("writeOidcAssignment", input, options);
  }

  /**
   * Create or update an OIDC client
   *
   * The client ID and (for confidential clients) secret are generated on creation; read the client to get them.
   *
   * Operation `writeOidcClient` (`POST /identity/oidc/client/{name}`).
   */
  writeClient(input: OidcProvidersWriteClientInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["writeOidcClient"], "data">> {
    return this.send("writeOidcClient", input, options);
  }

  /**
   * Create or update an OIDC scope
   *
   * The name `openid` is reserved.
   *
   * Operation `writeOidcScope` (`POST /identity/oidc/scope/{name}`).
   */
  writeScope(input: OidcProvidersWriteScopeInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["writeOidcScope"], "data">> {
    return this.send("writeOidcScope", input, options);
  }
}

/** The enabled auth methods and their accessors (`sys/auth`). */
export class SysResource extends Resource {
  /**
   * List the enabled auth methods
   *
   * Returns every enabled auth method in `data`, keyed by mount path with a trailing slash (`approle/`, `team-a/approle/`). Each entry's `accessor` is what `mount_accessor` of entity and group aliases refers to. Reading needs `read` on `sys/auth`, which the `default` policy does not grant.
   * 
   * As on every `sys/` path the server also copies the members of `data` to the top level of the body; read them from `data`. The answer is one map, not a list, so it has no paging.
   *
   * Operation `listAuthMethods` (`GET /sys/auth`).
   */
  listAuthMethods(input: SysListAuthMethodsInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["listAuthMethods"], "data">> {
    return this.send("listAuthMethods", input, options);
  }

  /**
   * Read one enabled auth method
   *
   * Returns the auth method mounted at `path`. The server requires the `sudo` capability on `sys/auth/<path>` besides `read`. A path with no auth method answers 400 (not 404). As on every `sys/` path the members of `data` are also copied to the top level of the body.
   *
   * Operation `readAuthMethod` (`GET /sys/auth/{path}`).
   */
  readAuthMethod(input: SysReadAuthMethodInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readAuthMethod"], "data">> {
    return this.send("readAuthMethod", input, options);
  }
}

/** Reading, renewing and revoking the token the client calls with. */
export class TokenResource extends Resource {
  /**
   * Read the calling token
   *
   * Returns the properties of the token that makes the request (policies, remaining TTL, renewability, entity, metadata). Every token may read itself (the `default` policy allows it). `data.id` is the token itself.
   *
   * Operation `lookupTokenSelf` (`GET /auth/token/lookup-self`).
   */
  lookupSelf(input: TokenLookupSelfInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["lookupTokenSelf"], "data">> {
    return this.send("lookupTokenSelf", input, options);
  }

  /**
   * Renew the calling token
   *
   * Extends the lease of the token that makes the request, by `increment` or else by its configured TTL, never past its maximum TTL. The answer carries the new lease in `auth` (`lease_duration`). A periodic token is renewed by its period. Repeating the call only sets the expiry again from the current time, so it is safe to retry.
   *
   * Operation `renewTokenSelf` (`POST /auth/token/renew-self`).
   */
  renewSelf(input: TokenRenewSelfInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["renewTokenSelf"]>> {
    return this.send("renewTokenSelf", input, options);
  }

  /**
   * Revoke the calling token
   *
   * Revokes the token that makes the request together with its child tokens and the leases they created. Not marked safe to repeat, because once the token is gone a second call answers 403; after a lost first answer that 403 means the revocation already happened.
   *
   * Operation `revokeTokenSelf` (`POST /auth/token/revoke-self`).
   */
  revokeSelf(input: TokenRevokeSelfInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeTokenSelf"]>> {
    return this.send("revokeTokenSelf", input, options);
  }
}

/** Response wrapping: single-use tokens that hold a response or data until unwrapped. */
export class WrappingResource extends Resource {
  /**
   * Look up a wrapping token
   *
   * Returns when and where a wrapping token was created and its TTL, without using it up. Needs no token (the server does not authenticate this path); the wrapping token goes in the body. Read-only, so safe to repeat.
   *
   * Operation `readWrappingProperties` (`POST /sys/wrapping/lookup`).
   */
  readProperties(input: WrappingReadPropertiesInput, options?: CallOptions): ApiPromise<UnwrappedBody<operations["readWrappingProperties"], "data">> {
    return this.send("readWrappingProperties", input, options);
  }

  /**
   * Move wrapped data to a new wrapping token
   *
   * Wraps the data held by a wrapping token again under a new wrapping token with the same TTL, and revokes the old one (for long-lived wrapped secrets that must not be kept under one token). Not safe to repeat. The new token is in `wrap_info`.
   *
   * Operation `rewrap` (`POST /sys/wrapping/rewrap`).
   */
  rewrap(input: WrappingRewrapInput, options?: CallOptions): ApiPromise<SuccessBody<operations["rewrap"]>> {
    return this.send("rewrap", input, options);
  }

  /**
   * Unwrap a wrapping token
   *
   * Returns the response a wrapping token holds and destroys the token: it works once only, so the call is not safe to repeat (a retry after a lost answer finds the token gone and fails with 400).
   * 
   * Either send the wrapping token in `token` (any token allowed to call this path authenticates the request; the `default` policy allows it), or omit `token` and send the wrapping token itself as `X-Vault-Token` (override the client's token for this call).
   * 
   * The 200 body is the wrapped response as the server first produced it, with its own `request_id`: `data` for wrapped data and secrets, `auth` for a wrapped token. A wrapped response without a body unwraps to 204.
   *
   * Operation `unwrap` (`POST /sys/wrapping/unwrap`).
   */
  unwrap(input: WrappingUnwrapInput = {}, options?: CallOptions): ApiPromise<UnwrappedBody<operations["unwrap"], "data">> {
    return this.send("unwrap", input, options);
  }

  /**
   * Wrap data in a new wrapping token
   *
   * Stores the request body (any JSON object) under a new single-use wrapping token valid for the TTL given in `X-Vault-Wrap-TTL`, which is required here. The token is in `wrap_info`; whoever holds it can read the data once with `unwrap`. Each call mints a new token, so the call is not safe to repeat.
   *
   * Operation `wrap` (`POST /sys/wrapping/wrap`).
   */
  wrap(input: WrappingWrapInput, options?: CallOptions): ApiPromise<SuccessBody<operations["wrap"]>> {
    return this.send("wrap", input, options);
  }
}

/** The generated class of every resource. */
export const resourceClasses = {
  auth: AuthResource,
  entities: EntitiesResource,
  entityAliases: EntityAliasesResource,
  groupAliases: GroupAliasesResource,
  groups: GroupsResource,
  legacyAliases: LegacyAliasesResource,
  lookup: LookupResource,
  mfaLoginEnforcements: MfaLoginEnforcementsResource,
  mfaMethods: MfaMethodsResource,
  mfaTotpSecrets: MfaTotpSecretsResource,
  oidc: OidcResource,
  oidcProviders: OidcProvidersResource,
  sys: SysResource,
  token: TokenResource,
  wrapping: WrappingResource,
} as const;

/** Resource classes by name. */
export type ResourceClasses = typeof resourceClasses;

/** Which operation each `resource.method` calls. */
export const methodRegistry: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  auth: { login: "login", loginUserpass: "loginUserpass" },
  entities: { batchDelete: "batchDeleteEntities", create: "createEntity", deleteById: "deleteEntityById", deleteByName: "deleteEntityByName", listById: "listEntitiesById", listByName: "listEntitiesByName", merge: "mergeEntities", readById: "readEntityById", readByName: "readEntityByName", updateById: "updateEntityById", updateByName: "updateEntityByName" },
  entityAliases: { create: "createEntityAlias", deleteById: "deleteEntityAliasById", listById: "listEntityAliasesById", readById: "readEntityAliasById", updateById: "updateEntityAliasById" },
  groupAliases: { create: "createGroupAlias", deleteById: "deleteGroupAliasById", listById: "listGroupAliasesById", readById: "readGroupAliasById", updateById: "updateGroupAliasById" },
  groups: { create: "createGroup", deleteById: "deleteGroupById", deleteByName: "deleteGroupByName", listById: "listGroupsById", listByName: "listGroupsByName", readById: "readGroupById", readByName: "readGroupByName", updateById: "updateGroupById", updateByName: "updateGroupByName" },
  legacyAliases: { createAlias: "createAlias", createPersona: "createPersona", deleteAliasById: "deleteAliasById", deletePersonaById: "deletePersonaById", listAliasesById: "listAliasesById", listPersonasById: "listPersonasById", readAliasById: "readAliasById", readPersonaById: "readPersonaById", updateAliasById: "updateAliasById", updatePersonaById: "updatePersonaById" },
  lookup: { entity: "lookupEntity", group: "lookupGroup" },
  mfaLoginEnforcements: { delete: "deleteMfaLoginEnforcement", list: "listMfaLoginEnforcements", read: "readMfaLoginEnforcement", write: "writeMfaLoginEnforcement" },
  mfaMethods: { createDuoMethod: "createMfaDuoMethod", createOktaMethod: "createMfaOktaMethod", createPingIdMethod: "createMfaPingIdMethod", createTotpMethod: "createMfaTotpMethod", deleteDuoMethod: "deleteMfaDuoMethod", deleteOktaMethod: "deleteMfaOktaMethod", deletePingIdMethod: "deleteMfaPingIdMethod", deleteTotpMethod: "deleteMfaTotpMethod", list: "listMfaMethods", listDuoMethods: "listMfaDuoMethods", listOktaMethods: "listMfaOktaMethods", listPingIdMethods: "listMfaPingIdMethods", listTotpMethods: "listMfaTotpMethods", read: "readMfaMethod", readDuoMethod: "readMfaDuoMethod", readOktaMethod: "readMfaOktaMethod", readPingIdMethod: "readMfaPingIdMethod", readTotpMethod: "readMfaTotpMethod", updateDuoMethod: "updateMfaDuoMethod", updateOktaMethod: "updateMfaOktaMethod", updatePingIdMethod: "updateMfaPingIdMethod", updateTotpMethod: "updateMfaTotpMethod" },
  mfaTotpSecrets: { adminDestroy: "adminDestroyMfaTotpSecret", adminGenerate: "adminGenerateMfaTotpSecret", generate: "generateMfaTotpSecret" },
  oidc: { configure: "configureOidc", deleteKey: "deleteOidcKey", deleteRole: "deleteOidcRole", generateToken: "generateOidcToken", introspectToken: "introspectOidcToken", listKeys: "listOidcKeys", listRoles: "listOidcRoles", readConfig: "readOidcConfig", readKey: "readOidcKey", readOpenIdConfiguration: "readOidcOpenIdConfiguration", readPublicKeys: "readOidcPublicKeys", readRole: "readOidcRole", rotateKey: "rotateOidcKey", writeKey: "writeOidcKey", writeRole: "writeOidcRole" },
  oidcProviders: { authorize: "authorizeOidcProvider", authorizeWithParameters: "authorizeOidcProviderWithParameters", delete: "deleteOidcProvider", deleteAssignment: "deleteOidcAssignment", deleteClient: "deleteOidcClient", deleteScope: "deleteOidcScope", exchangeToken: "exchangeOidcProviderToken", list: "listOidcProviders", listAssignments: "listOidcAssignments", listClients: "listOidcClients", listScopes: "listOidcScopes", read: "readOidcProvider", readAssignment: "readOidcAssignment", readClient: "readOidcClient", readOpenIdConfiguration: "readOidcProviderOpenIdConfiguration", readPublicKeys: "readOidcProviderPublicKeys", readScope: "readOidcScope", readUserInfo: "readOidcProviderUserInfo", readUserInfoWithPost: "readOidcProviderUserInfoWithPost", write: "writeOidcProvider", writeAssignment: "writeOidcAssignment", writeClient: "writeOidcClient", writeScope: "writeOidcScope" },
  sys: { listAuthMethods: "listAuthMethods", readAuthMethod: "readAuthMethod" },
  token: { lookupSelf: "lookupTokenSelf", renewSelf: "renewTokenSelf", revokeSelf: "revokeTokenSelf" },
  wrapping: { readProperties: "readWrappingProperties", rewrap: "rewrap", unwrap: "unwrap", wrap: "wrap" },
};

/** Every resource of the client: the generated classes, or the subclasses given in `overrides`. */
export type Resources<O extends Partial<ResourceClasses> = {}> = {
  readonly [K in keyof ResourceClasses]: K extends keyof O ? InstanceType<NonNullable<O[K]>> : InstanceType<ResourceClasses[K]>;
};

/**
 * One instance of every resource over one core client; hand-written subclasses (helpers,
 * overrides) replace the generated class of their resource, and `page` (when given) is how every
 * list method pages.
 */
export function createResources<O extends Partial<ResourceClasses> = {}>(
  api: ResourceContext["api"],
  overrides: O = {} as O,
  page?: PageHook,
): Resources<O> {
  const ctx: ResourceContext = { api, bindings, ...(page && { page }) };
  const out: Record<string, Resource> = {};
  for (const [name, generated] of Object.entries(resourceClasses)) {
    const Chosen = ((overrides as Record<string, unknown>)[name] ?? generated) as new (ctx: ResourceContext) => Resource;
    out[name] = new Chosen(ctx);
  }
  return out as Resources<O>;
}

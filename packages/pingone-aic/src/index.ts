/**
 * @trustplane/pingone-aic: typed client for the PingOne Advanced Identity Cloud API.
 * @packageDocumentation
 */
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";

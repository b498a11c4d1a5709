/**
 * @trustplane/pingone: typed client for the PingOne Platform certificates and keys API.
 * @packageDocumentation
 */
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";

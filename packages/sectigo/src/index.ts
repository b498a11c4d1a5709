/**
 * @trustplane/sectigo: typed client for the Sectigo Certificate Manager API.
 * @packageDocumentation
 */
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";

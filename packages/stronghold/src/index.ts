/**
 * @trustplane/stronghold: typed client for the Stronghold identity engine API.
 * @packageDocumentation
 */
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";

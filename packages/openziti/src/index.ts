/**
 * @trustplane/openziti: typed client for the OpenZiti Edge Management API.
 * @packageDocumentation
 */
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";

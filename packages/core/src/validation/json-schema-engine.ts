/**
 * The JSON Schema validator behind generated methods: zod's `fromJSONSchema`. This module is a
 * separate entry (`@trustplane/core/json-schema`) loaded on the first validation, so importing a
 * client costs nothing; its build bundles only the parts of zod that `fromJSONSchema` needs.
 */
import { fromJSONSchema } from "zod";
import type { StandardSchema } from "./validate.js";

/** Builds a validator for a JSON Schema (draft 2020-12, with `$defs`). */
export function compileJsonSchema(schema: Record<string, unknown>): StandardSchema {
  return fromJSONSchema(schema as Parameters<typeof fromJSONSchema>[0]) as unknown as StandardSchema;
}

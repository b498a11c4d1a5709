import { TrustplaneError } from "../errors/trustplane-error.js";
import type { StandardSchema } from "./validate.js";
import { validate } from "./validate.js";

/** A JSON Schema kept as text until first use, with the vendor's shared `$defs`. */
export interface JsonSchemaSource {
  /** The schema as JSON text (`$ref`s point at `#/$defs/...`). */
  readonly text: string;
  /** The `$defs` the schema refers to (parsed once per vendor). */
  readonly defs?: (() => Record<string, unknown>) | undefined;
}

type Engine = { compileJsonSchema(schema: Record<string, unknown>): StandardSchema };

let engine: Promise<Engine> | undefined;
const compiled = new WeakMap<JsonSchemaSource, StandardSchema>();

function loadEngine(): Promise<Engine> {
  engine ??= import("@trustplane/core/json-schema").catch((error: unknown) => {
    engine = undefined;
    throw new TrustplaneError("could not load the JSON Schema validator (@trustplane/core/json-schema)", {
      cause: error,
    });
  }) as Promise<Engine>;
  return engine;
}

/**
 * Validates `value` against a generated operation's input schema, or throws a ValidationError
 * naming each field and rule. The validator (zod's `fromJSONSchema`) is loaded on the first call
 * and each schema is compiled once.
 */
export async function validateJsonSchema(source: JsonSchemaSource, value: unknown, what: string): Promise<void> {
  let schema = compiled.get(source);
  if (!schema) {
    const { compileJsonSchema } = await loadEngine();
    const parsed = JSON.parse(source.text) as Record<string, unknown>;
    schema = compileJsonSchema(source.defs ? { ...parsed, $defs: source.defs() } : parsed);
    compiled.set(source, schema);
  }
  validate(schema, value, what);
}

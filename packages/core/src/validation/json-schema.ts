import { TrustplaneError } from "../errors/trustplane-error.js";
import type { StandardSchema } from "./validate.js";
import { validate } from "./validate.js";

/** A JSON Schema as text, with the vendor's shared `$defs`. */
export interface JsonSchemaText {
  /** The schema as JSON text (`$ref`s point at `#/$defs/...`). */
  readonly text: string;
  /** The `$defs` the schema refers to (parsed once per vendor). */
  readonly defs?: (() => Record<string, unknown>) | undefined;
}

/**
 * A JSON Schema kept as text until first use; or, in generated clients, one whose text lives in a
 * module loaded on first use (see {@link schemaModule}).
 */
export type JsonSchemaSource =
  | JsonSchemaText
  | {
      /** Loads the schema text and its `$defs` (called once; the result is compiled and kept). */
      readonly load: () => Promise<JsonSchemaText>;
    };

/** A generated `schemas.gen.ts` module: every operation's input schema of one vendor, as JSON text. */
export interface SchemaModule {
  /** The `$defs` the schemas share, as JSON text. */
  readonly defs: string;
  /** Each operation's input schema, as JSON text, by operationId. */
  readonly schemas: Readonly<Record<string, string>>;
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
 * The schema sources of a generated client whose schemas live in their own module: `load` imports
 * it (a dynamic `import()`, so bundlers split it off and importing the client does not parse it)
 * the first time any operation's input is checked. Returns the source of one operation.
 */
export function schemaModule(load: () => Promise<SchemaModule>): (operationId: string) => JsonSchemaSource {
  let loaded: Promise<{ module: SchemaModule; defs: () => Record<string, unknown> }> | undefined;
  const get = () => {
    loaded ??= load().then(
      (module) => {
        let parsed: Record<string, unknown> | undefined;
        const defs = () => {
          parsed ??= JSON.parse(module.defs) as Record<string, unknown>;
          return parsed;
        };
        return { module, defs };
      },
      (error: unknown) => {
        loaded = undefined;
        throw new TrustplaneError("could not load the generated input schemas", { cause: error });
      },
    );
    return loaded;
  };
  return (operationId) => ({
    load: async () => {
      const { module, defs } = await get();
      const text = module.schemas[operationId];
      if (text === undefined) throw new TrustplaneError(`the generated input schemas have none for ${operationId}`);
      return { text, defs };
    },
  });
}

/**
 * Validates `value` against a generated operation's input schema, or throws a ValidationError
 * naming each field and rule. The validator (zod's `fromJSONSchema`) is loaded on the first call
 * and each schema is compiled once.
 */
export async function validateJsonSchema(source: JsonSchemaSource, value: unknown, what: string): Promise<void> {
  let schema = compiled.get(source);
  if (!schema) {
    const [{ compileJsonSchema }, resolved] = await Promise.all([
      loadEngine(),
      "load" in source ? source.load() : source,
    ]);
    const parsed = JSON.parse(resolved.text) as Record<string, unknown>;
    schema = compileJsonSchema(resolved.defs ? { ...parsed, $defs: resolved.defs() } : parsed);
    compiled.set(source, schema);
  }
  validate(schema, value, what);
}

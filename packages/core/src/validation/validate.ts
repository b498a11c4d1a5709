import { ValidationError } from "../errors/errors.js";
import { TrustplaneError } from "../errors/trustplane-error.js";
import type { Issue } from "./rules.js";

/**
 * The Standard Schema interface (https://standardschema.dev) that zod, zod/mini, valibot and
 * arktype schemas implement: core validates with any of them without depending on one.
 */
export interface StandardSchema<Output = unknown> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    validate(value: unknown):
      | { readonly value: Output; readonly issues?: undefined }
      | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined }> }
      | Promise<unknown>;
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
  };
}

/** The output type of a Standard Schema. */
export type SchemaOutput<S> = S extends StandardSchema<infer O> ? O : never;

/**
 * Parses `value` with a Standard Schema (zod, zod/mini...), or throws a ValidationError that names
 * each failing field and the rule it broke. The received value is never echoed: it may be a
 * credential. Schemas must validate synchronously.
 */
export function validate<S extends StandardSchema>(schema: S, value: unknown, what: string): SchemaOutput<S> {
  const result = schema["~standard"].validate(value);
  if (result instanceof Promise) throw new TrustplaneError(`${what}: asynchronous schemas are not supported`);
  const outcome = result as Exclude<typeof result, Promise<unknown>>;
  if (!outcome.issues) return (outcome as { value: SchemaOutput<S> }).value;
  const issues: Issue[] = outcome.issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((p) => (typeof p === "object" ? p.key : p))),
    message: issue.message,
  }));
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  throw new ValidationError(`Invalid ${what}: ${summary}`, issues);
}

/** `["auth", "scopes", 0]` -> `auth.scopes[0]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

import { ValidationError } from "../errors/errors.js";
import { TrustplaneError } from "../errors/trustplane-error.js";
import { type Issue, unknownFieldsMessage } from "./rules.js";

/**
 * The Standard Schema interface (https://standardschema.dev) that zod, zod/mini, valibot and
 * arktype schemas implement: core validates with any of them without depending on one.
 */
export interface StandardSchema<Output = unknown> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    /** Validates `value`: its output, or the issues found. */
    validate(value: unknown):
      | { readonly value: Output; readonly issues?: undefined }
      | {
          readonly issues: ReadonlyArray<{
            readonly message: string;
            readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
          }>;
        }
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
  const issues: Issue[] = outcome.issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => (typeof p === "object" ? p.key : p));
    const missing = keys.length > 0 && at(value, keys) === undefined;
    return { path: formatPath(keys), message: describeIssue(issue, missing) };
  });
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  throw new ValidationError(`Invalid ${what}: ${summary}`, issues);
}

/** The value at a path of keys, or undefined when any step is missing. */
function at(value: unknown, keys: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
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

/** What zod (classic or mini) puts on an issue beside the message. */
interface IssueDetail {
  readonly message: string;
  readonly code?: string;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly divisor?: number;
}

/**
 * zod's built-in wording ("Invalid input", "Too small: expected...", "Invalid email address"):
 * replaced by one phrasing for every schema, so messages read the same whichever zod built them
 * (zod/mini has no locale at all). A schema's own message is kept.
 */
const DEFAULT_WORDING = /^(invalid\b|too (small|big)\b|unrecognized key)/i;

/**
 * The rule an issue describes, in words: the schema's own message when it has one, else one built
 * from zod's issue fields (so zod/mini schemas need no locale table for clear messages). `missing`
 * says the field was not given at all (a type error then reads "is required").
 */
export function describeIssue(issue: IssueDetail, missing = false): string {
  if (issue.message && !(issue.code && DEFAULT_WORDING.test(issue.message.trim()))) return issue.message;
  const size = (n: number | bigint | undefined) => String(n);
  const unit =
    issue.origin === "string" ? " characters" : issue.origin === "array" || issue.origin === "set" ? " items" : "";
  switch (issue.code) {
    case "invalid_type":
      if (missing || /received undefined/i.test(issue.message)) return "is required";
      return issue.expected === "undefined" ? "is not allowed" : `must be ${article(issue.expected ?? "a value")}`;
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "must not be empty";
      return `must be ${issue.origin === "string" || issue.origin === "array" ? "at least" : issue.inclusive === false ? "greater than" : ">="} ${size(issue.minimum)}${unit}`;
    case "too_big":
      return `must be ${issue.origin === "string" || issue.origin === "array" ? "at most" : issue.inclusive === false ? "less than" : "<="} ${size(issue.maximum)}${unit}`;
    case "invalid_format":
      if (issue.format === "regex" && issue.pattern) return `must match ${issue.pattern}`;
      return `must be a valid ${issue.format ?? "value"}`;
    case "invalid_value":
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return unknownFieldsMessage(issue.keys ?? []);
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    case "invalid_union":
      return "does not match any of the allowed shapes";
    default:
      return issue.message || "is invalid";
  }
}

function article(type: string): string {
  if (type === "int") return "an integer";
  if (type === "array" || type === "object") return `an ${type}`;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * A schema built on first use: module evaluation stays free, and a schema nobody validates with
 * is never built. `validate(lazy(() => z.object(...)), input, what)`.
 */
export function lazy<S extends StandardSchema>(build: () => S): StandardSchema<SchemaOutput<S>> {
  let built: S | undefined;
  return {
    "~standard": {
      version: 1,
      vendor: "trustplane-lazy",
      validate: (value: unknown) => {
        built ??= build();
        return built["~standard"].validate(value) as ReturnType<
          StandardSchema<SchemaOutput<S>>["~standard"]["validate"]
        >;
      },
    },
  };
}

import { z } from "zod";
import { ValidationError } from "../errors/errors.js";

/**
 * Parses `value` with `schema`, or throws a ValidationError that names each failing field and the
 * rule it broke. The received value is never echoed: it may be a credential.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
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

/** A zod schema for "any function", with a message naming the field. */
export function isFunction(what: string) {
  return z.custom<(...args: never[]) => unknown>((v) => typeof v === "function", `${what} must be a function`);
}

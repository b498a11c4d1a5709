/**
 * Building blocks of the input checks, on zod/mini. Every block is a function: schemas are built
 * inside `lazy(() => ...)` on first use, never at import time. zod/mini has no locale loaded, so
 * every check carries its own message (field path + rule); values are never quoted.
 */
import { strictObjectError } from "@trustplane/core";
import {
  array,
  boolean,
  custom,
  instanceof as instanceOf,
  maxLength,
  minLength,
  number,
  pipe,
  record,
  refine,
  regex,
  strictObject,
  string,
  transform,
  union,
  enum as zodEnum,
} from "zod/mini";
import type { components } from "../generated/openapi.gen.js";

/** How a variable's value is read in configuration (`expressionType`). */
export const EXPRESSION_TYPES = [
  "string",
  "list",
  "array",
  "object",
  "bool",
  "int",
  "number",
  "base64encodedinlined",
  "keyvaluelist",
] as const satisfies readonly components["schemas"]["EsvExpressionType"][];

/** How a secret's value is encoded (`encoding`). */
export const SECRET_ENCODINGS = [
  "generic",
  "pem",
  "base64hmac",
  "base64aes",
] as const satisfies readonly components["schemas"]["EsvSecretEncoding"][];

/** Variable and secret ids, as the API documents them. */
export const ESV_ID_PATTERN = /^esv-[a-z0-9_-]{1,124}$/;

/** An error message function: "is required" when the field is absent, `rule` otherwise. */
export const need =
  (rule: string) =>
  (issue: { readonly input?: unknown }): string =>
    issue.input === undefined ? "is required" : rule;

/** A string (any, empty included). */
export const text = (rule = "must be a string") => string({ error: need(rule) });

/** A non-empty string. */
export const nonEmpty = () => text().check(minLength(1, "must not be empty"));

/** true or false. */
export const flag = () => boolean({ error: need("must be true or false") });

/**
 * An id that goes into the URL path as one segment: non-empty, and not `.` or `..` (which URL
 * parsing would collapse into another endpoint).
 */
export const pathId = () =>
  nonEmpty().check(
    refine((v: string) => v !== "." && v !== "..", 'must not be "." or ".." (it would change the request path)'),
  );

/** One of `values`. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, rule?: string) =>
  zodEnum(values, { error: need(rule ?? `must be one of ${values.join(", ")}`) });

/** An ESV id: `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
export const esvId = () =>
  text().check(regex(ESV_ID_PATTERN, "must be esv- followed by 1 to 124 lower-case letters, digits, _ or -"));

const VERSION_RULE = 'must be a version number or "latest"';

/** A secret version: a positive number (as number or digits) or `latest`. Normalised to a string. */
export const versionId = () =>
  pipe(
    union([string(), number()], { error: need(VERSION_RULE) }).check(
      refine(
        (v: string | number) => (typeof v === "number" ? Number.isInteger(v) && v > 0 : /^(?:latest|[0-9]+)$/.test(v)),
        VERSION_RULE,
      ),
    ),
    transform((v: string | number) => String(v)),
  );

/** A description: text up to 1000 characters. */
export const description = () => text().check(maxLength(1000, "must be at most 1000 characters"));

/** A page size: an integer from 1 to 100. */
export const pageSize = () =>
  number({ error: need("must be a number") }).check(
    refine((v: number) => Number.isInteger(v) && v >= 1 && v <= 100, "must be an integer from 1 to 100"),
  );

/** A non-negative number of milliseconds. */
export const millis = () =>
  number({ error: need("must be a number of ms") }).check(refine((v: number) => v >= 0, "must be >= 0 ms"));

/** A function. */
export const func = <F>(rule = "must be a function") =>
  custom<F>((v) => typeof v === "function", { error: need(rule) });

/** An AbortSignal. */
export const abortSignal = () => instanceOf(AbortSignal, { error: need("must be an AbortSignal") });

/** A wait between polls: a number of ms, or a function of the poll number. */
export const interval = () =>
  union([millis(), func<(attempt: number) => number>()], {
    error: need("must be a number of ms or a function of the poll number"),
  });

/** An array of non-empty strings. */
export const names = (rule: string) => array(nonEmpty(), { error: need(rule) });

/** A record of directive names to source lists (Content-Security-Policy). */
export const directives = () =>
  record(string(), array(text("each source must be a string"), { error: need("must be an array of sources") }), {
    error: need("must map directive names to arrays of sources"),
  });

/** Text or bytes (decoded as UTF-8 where text is needed, base64-encoded where bytes are sent). */
export const textOrBytes = () =>
  union([string(), instanceOf(Uint8Array)], { error: need("must be a string or bytes (Uint8Array / Buffer)") });

const decoder = new TextDecoder();
const asText = (v: string | Uint8Array): string => (typeof v === "string" ? v : decoder.decode(v));

/** Text or bytes that must hold PEM; the output is the text. */
function pemText(test: (text: string) => boolean, rule: string) {
  return pipe(
    pipe(textOrBytes(), transform<string | Uint8Array<ArrayBuffer>, string>(asText)),
    string().check(refine(test, rule)),
  );
}

/** True when `text` has a PEM block (of `label`, when given). */
export function isPem(value: string | Uint8Array, label?: string): boolean {
  const t = asText(value);
  const begin = label ? t.includes(`-----BEGIN ${label}-----`) : /-----BEGIN [A-Z0-9 ]+-----/.test(t);
  return begin && /-----END [A-Z0-9 ]+-----/.test(t);
}

/** A PEM document of the given label (`CERTIFICATE`), or any PEM block when no label is given. */
export const pem = (label?: string) =>
  pemText(
    (t) => isPem(t, label),
    `must be ${label ? `a PEM ${label.toLowerCase()} (-----BEGIN ${label}-----)` : "PEM text (-----BEGIN ...-----)"}`,
  );

/** A PEM private key of any of the usual kinds (PKCS#8, PKCS#1, SEC1, encrypted PKCS#8). */
export const pemPrivateKey = () =>
  pemText(
    (t) => /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(t) && /-----END [A-Z ]*PRIVATE KEY-----/.test(t),
    "must be a PEM private key (-----BEGIN ... PRIVATE KEY-----)",
  );

export function input<S extends Parameters<typeof strictObject>[0]>(shape: S) {
  return strictObject(shape, { error: strictObjectError(Object.keys(shape)) });
}

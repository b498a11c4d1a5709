import { z } from "zod";
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

export const esvId = z
  .string({ error: "must be a string" })
  .regex(ESV_ID_PATTERN, "must be esv- followed by 1 to 124 lower-case letters, digits, _ or -");

/** A secret version: a positive number (as number or digits) or `latest`. Normalised to a string. */
export const versionId = z
  .union([z.string(), z.number()], { error: 'must be a version number or "latest"' })
  .refine(
    (v) => (typeof v === "number" ? Number.isInteger(v) && v > 0 : /^(?:latest|[0-9]+)$/.test(v)),
    'must be a version number or "latest"',
  )
  .transform(String);

export const description = z.string({ error: "must be a string" }).max(1000, "must be at most 1000 characters");

export const pageSize = z
  .number({ error: "must be a number" })
  .int("must be an integer")
  .min(1, "must be from 1 to 100")
  .max(100, "must be from 1 to 100");

export const nonEmpty = z.string({ error: "must be a string" }).min(1, "must not be empty");

/** Text or bytes (decoded as UTF-8 where text is needed, base64-encoded where bytes are sent). */
export const textOrBytes = z.union([z.string(), z.instanceof(Uint8Array)], {
  error: "must be a string or bytes (Uint8Array / Buffer)",
});

/** A PEM document of the given label (`CERTIFICATE`), or any PEM block when no label is given. */
export function pem(label?: string) {
  const marker = label ? `-----BEGIN ${label}-----` : undefined;
  const what = label ? `a PEM ${label.toLowerCase()} (-----BEGIN ${label}-----)` : "PEM text (-----BEGIN ...-----)";
  return textOrBytes
    .transform((v) => (typeof v === "string" ? v : new TextDecoder().decode(v)))
    .refine(
      (text) =>
        (marker ? text.includes(marker) : /-----BEGIN [A-Z0-9 ]+-----/.test(text)) &&
        /-----END [A-Z0-9 ]+-----/.test(text),
      `must be ${what}`,
    );
}

/** A PEM private key of any of the usual kinds (PKCS#8, PKCS#1, SEC1, encrypted PKCS#8). */
export const pemPrivateKey = textOrBytes
  .transform((v) => (typeof v === "string" ? v : new TextDecoder().decode(v)))
  .refine(
    (text) => /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text) && /-----END [A-Z ]*PRIVATE KEY-----/.test(text),
    "must be a PEM private key (-----BEGIN ... PRIVATE KEY-----)",
  );

/** Call options and paging options are passed separately; inputs are plain objects. */
export const objectInput = <T extends z.ZodRawShape>(shape: T) =>
  z.object(shape, { error: "must be an object" }).strict();

/** Input of the variable and secret lists. */
export const esvListInput = objectInput({ pageSize: pageSize.optional(), onlyPending: z.boolean().optional() });

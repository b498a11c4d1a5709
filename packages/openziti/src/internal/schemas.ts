/**
 * Input checks of the hand-written methods and auth helpers, on `zod/mini` (named imports, so the
 * bundle keeps only what is used). Every schema is built on first use through core's `lazy`:
 * importing the package builds none. zod/mini has no locale, so checks carry their own words: the
 * rule, never the value (it may be a secret); the field's name comes from the issue path.
 */
import { lazy, strictObjectError } from "@trustplane/core";
import {
  array,
  boolean,
  type core,
  custom,
  gte,
  int,
  literal,
  minLength,
  number,
  optional,
  record,
  refine,
  strictObject,
  string,
  union,
  unknown,
} from "zod/mini";

/** Error params: "is required" when the value is missing, `message` otherwise. */
const rule = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message),
});

/** An input object: unknown fields are refused, naming the closest known one. */
function input<const Shape extends Record<string, core.SomeType>>(shape: Shape) {
  return strictObject(shape, { error: strictObjectError(Object.keys(shape)) });
}

const nonEmpty = () => string(rule("must be a string")).check(minLength(1, "must not be empty"));
const singleLine = () => nonEmpty().check(refine((v: string) => !/[\r\n]/.test(v), "must not contain line breaks"));
const fn = () => custom<(...args: never[]) => unknown>((v) => typeof v === "function", rule("must be a function"));
const ms = () => number(rule("must be a number of ms")).check(gte(0, "must be >= 0 ms"));
const strings = () => array(string(rule("must be a string")), rule("must be an array of strings"));
const bytes = () => custom<Uint8Array>((v) => v instanceof Uint8Array, rule("must be bytes (Buffer or Uint8Array)"));

const text = (v: string | Uint8Array) => (typeof v === "string" ? v : new TextDecoder().decode(v));
/** PEM text or bytes holding a block whose label matches. The value is never quoted. */
const pemOf = (label: RegExp, what: string) =>
  custom<string | Uint8Array>(
    (v) => (typeof v === "string" || v instanceof Uint8Array) && label.test(text(v)),
    rule(`must be PEM text or bytes with ${what}`),
  );

const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
const PRIVATE_KEY = /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----[\s\S]+?-----END ([A-Z]+ )?PRIVATE KEY-----/;

const loginFields = () => ({
  totp: optional(fn()),
  configTypes: optional(strings()),
  refreshAheadMs: optional(ms()),
  skewMs: optional(ms()),
  now: optional(fn()),
});

/** `password({...})`. */
export const passwordLoginSchema = lazy(() =>
  input({ username: singleLine(), password: nonEmpty(), ...loginFields() }),
);

/** `certificate({...})`: cert and key together, or pfx; never both. */
export const certificateLoginSchema = lazy(() =>
  input({
    cert: optional(pemOf(CERTIFICATE, "a CERTIFICATE block")),
    key: optional(pemOf(PRIVATE_KEY, "a PRIVATE KEY block")),
    pfx: optional(bytes()),
    passphrase: optional(string(rule("must be a string"))),
    ...loginFields(),
  }).check(
    refine(
      (o) => (o.pfx !== undefined) !== (o.cert !== undefined || o.key !== undefined),
      "give cert and key (PEM), or pfx (PKCS#12), not both",
    ),
    refine((o) => o.pfx !== undefined || (o.cert !== undefined && o.key !== undefined), "cert and key go together"),
  ),
);

/** `externalJwt(token, {...})` options. */
export const externalJwtOptionsSchema = lazy(() =>
  input({ mode: optional(literal(["session", "bearer"], rule('must be "session" or "bearer"'))), ...loginFields() }),
);

/** The JWT (or function) of `externalJwt`. */
export const externalJwtTokenSchema = lazy(() =>
  union([singleLine(), fn()], { error: () => "must be a non-empty JWT string or a function that returns one" }),
);

/** A name to look up (`findByName`). */
export const nameSchema = lazy(() => input({ name: nonEmpty() }));

const IDENTITY_TYPES = ["User", "Device", "Service", "Router", "Default"] as const;

/** How a new identity will enroll: `"ott"`, `{ ottca: caId }` or `{ updb: username }`. */
const enrollmentChoice = () =>
  union([literal("ott"), input({ ott: literal(true) }), input({ ottca: nonEmpty() }), input({ updb: singleLine() })], {
    error: () => 'must be "ott", { ottca: "<CA id>" } or { updb: "<username>" }',
  });

/** `identities.createWithEnrollment(...)`: the fields the helper reads; the rest is checked by `create`. */
export const createWithEnrollmentSchema = lazy(() =>
  input({
    name: nonEmpty(),
    type: optional(literal(IDENTITY_TYPES, rule(`must be one of ${IDENTITY_TYPES.join(", ")}`))),
    isAdmin: optional(boolean(rule("must be true or false"))),
    roleAttributes: optional(strings()),
    enrollment: enrollmentChoice(),
    tags: optional(record(string(), unknown())),
    appData: optional(record(string(), unknown())),
    authPolicyId: optional(string(rule("must be a string"))),
    externalId: optional(string(rule("must be a string"))),
    defaultHostingCost: optional(int(rule("must be an integer"))),
    defaultHostingPrecedence: optional(string(rule("must be a string"))),
    serviceHostingCosts: optional(record(string(), unknown())),
    serviceHostingPrecedences: optional(record(string(), unknown())),
    enrollmentExpiresAt: optional(custom<Date | string>(isDateLike, rule("must be a Date or an ISO date-time"))),
  }),
);

/** `identities.reEnroll(...)`. */
export const reEnrollSchema = lazy(() =>
  input({
    id: nonEmpty(),
    method: optional(enrollmentChoice()),
    expiresAt: optional(custom<Date | string>(isDateLike, rule("must be a Date or an ISO date-time"))),
  }),
);

/** `cas.verify({ id, certificate })`. */
export const caVerifySchema = lazy(() =>
  input({ id: nonEmpty(), certificate: pemOf(CERTIFICATE, "the verification CERTIFICATE block") }),
);

/** `deleteByTag({ key, value }, ...)`. */
export const tagSelectorSchema = lazy(() =>
  input({
    key: nonEmpty().check(
      refine((k: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k), "must be letters, digits and _ (a filterable tag key)"),
    ),
    value: union([string(), number(), boolean()], { error: () => "must be a string, number or boolean" }),
  }),
);

/** The options of `deleteByTag`. */
export const deleteByTagOptionsSchema = lazy(() =>
  input({
    dryRun: optional(boolean(rule("must be true or false"))),
    signal: optional(custom<AbortSignal>((v) => v instanceof AbortSignal, rule("must be an AbortSignal"))),
  }),
);

/** An identity or service named by id or name. */
const entityChoice = () =>
  union([nonEmpty(), input({ id: nonEmpty() }), input({ name: nonEmpty() })], {
    error: () => "must be an id or name, { id } or { name }",
  });

/** `policyAdvisor({ identity, service })`. */
export const policyAdvisorSchema = lazy(() => input({ identity: entityChoice(), service: entityChoice() }));

/** The `ca` client option: PEM text with at least one certificate, or several. */
export const caOptionSchema = lazy(() =>
  union([pemOf(CERTIFICATE, "a CERTIFICATE block"), array(pemOf(CERTIFICATE, "a CERTIFICATE block"))], {
    error: () => "must be PEM certificate text (or bytes), or an array of them",
  }),
);

function isDateLike(v: unknown): boolean {
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  return typeof v === "string" && !Number.isNaN(Date.parse(v));
}

/** zod/mini's positive-integer check, for page sizes. */
export const positiveInt = () => int(rule("must be an integer")).check(gte(1, "must be >= 1"));

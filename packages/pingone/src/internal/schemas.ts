/**
 * The building blocks of the input schemas, on `zod/mini` (named imports, so a bundler keeps only
 * what is used). Every schema is built on first use through core's `lazy`: importing the package
 * builds none. zod/mini has no locale, so every check carries its own message: the rule, never the
 * value (it may be a secret). The field's name comes from the issue path (`keyId: must be a UUID`).
 */
import { strictObjectError } from "@trustplane/core";
import { type core, gte, int, literal, minLength, optional, refine, regex, strictObject, string } from "zod/mini";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Error params: "is required" when the value is missing, `rule` otherwise. */
export const rule = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message),
});

/**
 * A method's input object: unknown fields are refused, naming the closest known one (a typo such
 * as `keyID` must not be dropped silently).
 */
export function input<const Shape extends Record<string, core.SomeType>>(shape: Shape) {
  return strictObject(shape, { error: strictObjectError(Object.keys(shape)) });
}

/** A PingOne resource id (a UUID). */
export const uuid = () => string(rule("must be a string")).check(regex(UUID, "must be a UUID (a PingOne resource id)"));

/** A non-empty string. */
export const nonEmpty = () => string(rule("must be a string")).check(minLength(1, "must not be empty"));

/** The optional per-call environment override every method input has. */
export const environmentOverride = () => ({ environmentId: optional(uuid()) });

/** What a key or certificate is used for. */
export const usageType = () =>
  literal(
    ["ENCRYPTION", "SIGNING", "SSL/TLS", "ISSUANCE", "OUTBOUND_MTLS"],
    rule("must be one of ENCRYPTION, SIGNING, SSL/TLS, ISSUANCE, OUTBOUND_MTLS"),
  );

/** Signature algorithms PingOne generates keys with. */
export const signatureAlgorithm = () =>
  literal(
    ["SHA256withRSA", "SHA384withRSA", "SHA512withRSA", "SHA256withECDSA", "SHA384withECDSA", "SHA512withECDSA"],
    rule("must be SHA256withRSA, SHA384withRSA, SHA512withRSA, SHA256withECDSA, SHA384withECDSA or SHA512withECDSA"),
  );

/** An integer of at least `min`. */
export const intAtLeast = (min: number, unit = "") =>
  int(rule("must be an integer")).check(gte(min, `must be >= ${min}${unit}`));

/** Page size of a list call (PingOne `limit`). */
export const limit = () => optional(intAtLeast(1));

/** A positive whole number of days. */
export const days = () => intAtLeast(1, " day");

/** A key's subject DN: RFC 4514 syntax, with a CN. */
export const subjectDN = () =>
  nonEmpty().check(
    refine(
      (dn: string) => hasCommonName(dn),
      "must be a distinguished name with a CN (RFC 4514), e.g. CN=app, O=Example, C=US",
    ),
  );

/** A customCRL: a plain http:// URL (PingOne's rule). */
export const customCRL = () =>
  string(rule("must be a string")).check(regex(/^http:\/\/[a-zA-Z0-9./-]*$/, "must be a plain http:// URL"));

/** One attribute of an RDN: its type (upper case) and its value (unescaped). */
export interface DnAttribute {
  type: string;
  value: string;
}

const ATTRIBUTE_TYPE = /^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)*)$/;
const SPECIAL = new Set(['"', "+", ",", ";", "<", ">", "\\", "=", "#", " "]);
const HEX = /^[0-9a-fA-F]{2}$/;

/**
 * Parses a distinguished name in the RFC 4514 string form (`CN=app, OU=IT, O=Example, C=US`):
 * RDNs separated by commas, multi-valued RDNs joined by `+`, values with `\` escapes (a special
 * character or two hex digits) or a `#` hex string. Spaces around the separators are accepted (as
 * most DN parsers and PingOne's own examples do). Undefined when `dn` is not a DN.
 */
export function parseDn(dn: string): DnAttribute[][] | undefined {
  const rdns: DnAttribute[][] = [];
  let rdn: DnAttribute[] = [];
  let i = 0;
  const n = dn.length;
  const skipSpaces = () => {
    while (i < n && dn[i] === " ") i++;
  };
  for (;;) {
    skipSpaces();
    const equals = dn.indexOf("=", i);
    if (equals < 0) return undefined;
    const type = dn.slice(i, equals).trim();
    if (!ATTRIBUTE_TYPE.test(type)) return undefined;
    i = equals + 1;
    skipSpaces();
    let value = "";
    if (dn[i] === "#") {
      const hex = /^#((?:[0-9a-fA-F]{2})+)/.exec(dn.slice(i));
      if (!hex) return undefined;
      value = hex[0];
      i += hex[0].length;
      skipSpaces();
    } else {
      let trailing = 0; // unescaped spaces at the end of the value, dropped
      while (i < n && dn[i] !== "," && dn[i] !== "+") {
        const c = dn[i] as string;
        if (c === "\\") {
          const next = dn[i + 1];
          if (next !== undefined && SPECIAL.has(next)) {
            value += next;
            i += 2;
          } else if (HEX.test(dn.slice(i + 1, i + 3))) {
            value += String.fromCharCode(Number.parseInt(dn.slice(i + 1, i + 3), 16));
            i += 3;
          } else {
            return undefined;
          }
          trailing = 0;
          continue;
        }
        if (c === '"' || c === ";" || c === "<" || c === ">" || c === "\u0000") return undefined;
        value += c;
        trailing = c === " " ? trailing + 1 : 0;
        i++;
      }
      if (trailing) value = value.slice(0, -trailing);
    }
    rdn.push({ type: type.toUpperCase(), value });
    if (i >= n) break;
    if (dn[i] === "+") {
      i++;
    } else if (dn[i] === ",") {
      rdns.push(rdn);
      rdn = [];
      i++;
    } else {
      return undefined;
    }
  }
  rdns.push(rdn);
  return rdns;
}

/** True for a DN (see `parseDn`) that names a non-empty CN (`CN` or OID 2.5.4.3). */
export function hasCommonName(dn: string): boolean {
  const rdns = parseDn(dn);
  return (
    rdns?.some((rdn) => rdn.some((a) => (a.type === "CN" || a.type === "2.5.4.3") && a.value.trim() !== "")) ?? false
  );
}

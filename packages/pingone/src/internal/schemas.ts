import { z } from "zod";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** A PingOne resource id (a UUID), named in messages as `what`. */
export const id = (what: string) =>
  z.string({ error: `${what} must be a string` }).regex(UUID, `${what} must be a UUID (PingOne resource id)`);

/** Optional per-call environment override. */
export const environmentOverride = { environmentId: id("environmentId").optional() };

export const usageType = z.enum(["ENCRYPTION", "SIGNING", "SSL/TLS", "ISSUANCE", "OUTBOUND_MTLS"], {
  error: "usageType must be one of ENCRYPTION, SIGNING, SSL/TLS, ISSUANCE, OUTBOUND_MTLS",
});

export const signatureAlgorithm = z.enum(
  ["SHA256withRSA", "SHA384withRSA", "SHA512withRSA", "SHA256withECDSA", "SHA384withECDSA", "SHA512withECDSA"],
  { error: "signatureAlgorithm must be SHA256/384/512withRSA or SHA256/384/512withECDSA" },
);

/** Page size of a list call. */
export const limit = z
  .number({ error: "limit must be a number" })
  .int("limit must be an integer")
  .min(1, "limit must be >= 1")
  .optional();

/** Positive whole number of days. */
export const days = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be an integer`)
    .min(1, `${what} must be >= 1`);

export const nonEmpty = (what: string) =>
  z.string({ error: `${what} must be a string` }).min(1, `${what} must not be empty`);

/** The RDNs a PingOne subject DN must name (values may be empty). */
const REQUIRED_RDNS = ["CN", "O", "OU", "L", "ST", "C"] as const;

/** Attribute types named in a DN such as `CN=app, OU=IT, O=Example, L=, ST=, C=US`. */
export function dnAttributeTypes(dn: string): string[] {
  return dn
    .split(/,(?=\s*[A-Za-z][A-Za-z0-9.]*\s*=)/)
    .map((part) => part.split("=")[0]?.trim().toUpperCase() ?? "")
    .filter(Boolean);
}

export const subjectDN = nonEmpty("subjectDN").refine((dn) => {
  const types = dnAttributeTypes(dn);
  return REQUIRED_RDNS.every((t) => types.includes(t));
}, "subjectDN must name CN, O, OU, L, ST and C (values may be empty), e.g. CN=app, OU=IT, O=Example, L=, ST=, C=US");

export const customCRL = z
  .string({ error: "customCRL must be a string" })
  .regex(/^http:\/\/[a-zA-Z0-9./-]*$/, "customCRL must be a plain http:// URL");

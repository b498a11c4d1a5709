import type { KeyObject } from "node:crypto";
import { builtin } from "../internal/builtins.js";

/** JWS algorithms trustplane signs with (node:crypto does the signing). */
export const JWS_ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
] as const;

/** One of {@link JWS_ALGORITHMS}. */
export type JwsAlgorithm = (typeof JWS_ALGORITHMS)[number];

const b64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url");

/**
 * A compact JWS (a signed JWT) over `payload`, signed with `key` by node:crypto. ECDSA signatures
 * use the fixed-length `r || s` form JWS requires, RSA-PSS a salt as long as the digest.
 */
export function signJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyObject,
  alg: JwsAlgorithm,
): string {
  const input = `${b64url(JSON.stringify({ ...header, alg }))}.${b64url(JSON.stringify(payload))}`;
  const digest = alg === "EdDSA" ? null : `sha${alg.slice(2)}`;
  const { constants, sign } = builtin("node:crypto");
  const signer = alg.startsWith("PS")
    ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
    : alg.startsWith("ES")
      ? { key, dsaEncoding: "ieee-p1363" as const }
      : key;
  return `${input}.${b64url(sign(digest, Buffer.from(input), signer))}`;
}

/** True when `alg` is a JWS algorithm that fits this key type. */
export function algorithmFits(alg: string, key: KeyObject): alg is JwsAlgorithm {
  if (!(JWS_ALGORITHMS as readonly string[]).includes(alg)) return false;
  const type = key.asymmetricKeyType;
  if (alg.startsWith("RS") || alg.startsWith("PS")) return type === "rsa" || type === "rsa-pss";
  if (alg === "EdDSA") return type === "ed25519" || type === "ed448";
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const wanted = { ES256: "prime256v1", ES384: "secp384r1", ES512: "secp521r1" }[alg as "ES256" | "ES384" | "ES512"];
  return type === "ec" && curve === wanted;
}

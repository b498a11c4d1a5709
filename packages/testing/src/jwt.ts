/**
 * Compact JWS/JWT signing and verification on node:crypto alone (no ESM-only dependency, so the
 * package loads under `require()`): RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA.
 */
import {
  constants,
  createPrivateKey,
  createPublicKey,
  type JsonWebKey,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";

/** JWS algorithms this module signs and verifies. */
export type JwtAlgorithm =
  | "RS256"
  | "RS384"
  | "RS512"
  | "PS256"
  | "PS384"
  | "PS512"
  | "ES256"
  | "ES384"
  | "ES512"
  | "EdDSA";

/** The claims of a JWT: the registered ones typed, any other as `unknown`. */
export interface JwtClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  jti?: string;
  [claim: string]: unknown;
}

/** A JWS protected header. */
export interface JwtHeader {
  alg: string;
  typ?: string;
  kid?: string;
  [parameter: string]: unknown;
}

/** A JSON Web Key (RFC 7517) with the members a JWKS carries. */
export interface Jwk extends JsonWebKey {
  kid?: string;
  alg?: string;
  use?: string;
  x5c?: string[];
}

/** A key as PEM text, a JWK object or a node:crypto KeyObject. */
export type KeyInput = string | Jwk | Record<string, unknown> | KeyObject;

const HASH: Record<JwtAlgorithm, string | null> = {
  RS256: "sha256",
  RS384: "sha384",
  RS512: "sha512",
  PS256: "sha256",
  PS384: "sha384",
  PS512: "sha512",
  ES256: "sha256",
  ES384: "sha384",
  ES512: "sha512",
  EdDSA: null,
};

/** The curve each ECDSA algorithm requires (RFC 7518 §3.4). */
const CURVE: Partial<Record<JwtAlgorithm, string>> = {
  ES256: "prime256v1",
  ES384: "secp384r1",
  ES512: "secp521r1",
};

const isKeyObject = (input: KeyInput): input is KeyObject =>
  typeof input === "object" && "asymmetricKeyType" in input && typeof (input as KeyObject).export === "function";

/** A private KeyObject from PEM, a JWK or a KeyObject. */
export function toPrivateKey(input: KeyInput): KeyObject {
  if (isKeyObject(input)) return input;
  if (typeof input === "string") return createPrivateKey(input);
  return createPrivateKey({ key: input as JsonWebKey, format: "jwk" });
}

/** A public KeyObject from PEM (public, private or certificate), a JWK or a KeyObject. */
export function toPublicKey(input: KeyInput): KeyObject {
  if (isKeyObject(input)) return input.type === "public" ? input : createPublicKey(input);
  if (typeof input === "string") {
    const text = input.trim();
    return text.startsWith("{") ? createPublicKey({ key: JSON.parse(text), format: "jwk" }) : createPublicKey(text);
  }
  return createPublicKey({ key: input as JsonWebKey, format: "jwk" });
}

/** The JWS algorithm a key signs with by default: RS256 for RSA, ES256/384/512 by curve, EdDSA. */
export function defaultJwtAlgorithm(key: KeyObject): JwtAlgorithm {
  const type = key.asymmetricKeyType;
  if (type === "rsa" || type === "rsa-pss") return type === "rsa" ? "RS256" : "PS256";
  if (type === "ed25519" || type === "ed448") return "EdDSA";
  if (type === "ec") {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const alg = (Object.keys(CURVE) as JwtAlgorithm[]).find((a) => CURVE[a] === curve);
    if (alg) return alg;
  }
  throw new Error(`no JWS algorithm for a ${type ?? "secret"} key`);
}

/** Whether `alg` can be used with `key` (key type and, for ECDSA, curve). */
function fits(alg: JwtAlgorithm, key: KeyObject): boolean {
  const type = key.asymmetricKeyType;
  if (alg.startsWith("RS")) return type === "rsa";
  if (alg.startsWith("PS")) return type === "rsa" || type === "rsa-pss";
  if (alg === "EdDSA") return type === "ed25519" || type === "ed448";
  return type === "ec" && key.asymmetricKeyDetails?.namedCurve === CURVE[alg];
}

function signOptions(alg: JwtAlgorithm) {
  if (alg.startsWith("PS")) {
    return { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST };
  }
  if (alg.startsWith("ES")) return { dsaEncoding: "ieee-p1363" as const };
  return {};
}

const b64url = (data: string | Uint8Array): string => Buffer.from(data).toString("base64url");

/**
 * Signs `claims` as a compact JWS. `alg` defaults to what the key signs with (RS256 for RSA,
 * ES256/ES384/ES512 by curve, EdDSA); `kid` and other header members go in the protected header.
 */
export function signJwt(
  claims: JwtClaims,
  key: KeyInput,
  options: { alg?: JwtAlgorithm; kid?: string; header?: Record<string, unknown> } = {},
): string {
  const privateKey = toPrivateKey(key);
  const alg = options.alg ?? defaultJwtAlgorithm(privateKey);
  if (!fits(alg, privateKey)) throw new Error(`${alg} cannot be used with this ${privateKey.asymmetricKeyType} key`);
  const header = { alg, typ: "JWT", ...(options.kid !== undefined && { kid: options.kid }), ...options.header };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = sign(HASH[alg], Buffer.from(input), { key: privateKey, ...signOptions(alg) });
  return `${input}.${b64url(signature)}`;
}

/** Thrown when a JWT is malformed, its signature does not verify, or a claim check fails. */
export class JwtError extends Error {
  override readonly name = "JwtError";
}

function parts(token: string): { header: JwtHeader; claims: JwtClaims; input: string; signature: Buffer } {
  const [h, p, s, ...rest] = token.split(".");
  if (h === undefined || p === undefined || s === undefined || rest.length) {
    throw new JwtError("not a compact JWS (three dot-separated parts)");
  }
  const json = (part: string, what: string): Record<string, unknown> => {
    try {
      const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
      if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw new JwtError(`the ${what} is not a base64url JSON object`);
  };
  const header = json(h, "header");
  if (typeof header.alg !== "string") throw new JwtError('the header has no "alg"');
  return {
    header: header as JwtHeader,
    claims: json(p, "payload") as JwtClaims,
    input: `${h}.${p}`,
    signature: Buffer.from(s, "base64url"),
  };
}

/** The claims of a JWT without verifying it (for assertions in tests). Throws a JwtError when malformed. */
export function decodeJwt(token: string): JwtClaims {
  return parts(token).claims;
}

/** The protected header of a JWT without verifying it. */
export function decodeJwtHeader(token: string): JwtHeader {
  return parts(token).header;
}

/** What `verifyJwt` checks beyond the signature. */
export interface VerifyJwtOptions {
  /** Algorithms accepted. Default: every algorithm that fits the key. */
  algorithms?: JwtAlgorithm[];
  /** Required `iss`. */
  issuer?: string;
  /** Required `sub`. */
  subject?: string;
  /** An `aud` value (or one of several) the token must name. */
  audience?: string | string[];
  /** Claims that must be present. */
  requiredClaims?: string[];
  /** Seconds of clock skew allowed for `exp` and `nbf`. Default 0. */
  clockToleranceSeconds?: number;
  /** The time to check against. Default now. */
  now?: Date;
}

/**
 * Verifies a compact JWS with `key` (the signature, then `exp`, `nbf`, `iss`, `sub`, `aud` and the
 * required claims) and returns its header and claims. Throws a JwtError saying what failed.
 */
export function verifyJwt(
  token: string,
  key: KeyInput,
  options: VerifyJwtOptions = {},
): { header: JwtHeader; claims: JwtClaims } {
  const { header, claims, input, signature } = parts(token);
  const publicKey = toPublicKey(key);
  const alg = header.alg as JwtAlgorithm;
  if (!(alg in HASH) || (options.algorithms && !options.algorithms.includes(alg))) {
    throw new JwtError(`algorithm ${header.alg} is not accepted`);
  }
  if (!fits(alg, publicKey)) throw new JwtError(`algorithm ${alg} does not fit the ${publicKey.asymmetricKeyType} key`);
  if (!verify(HASH[alg], Buffer.from(input), { key: publicKey, ...signOptions(alg) }, signature)) {
    throw new JwtError("signature verification failed");
  }
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const skew = options.clockToleranceSeconds ?? 0;
  for (const name of options.requiredClaims ?? []) {
    if (claims[name] === undefined) throw new JwtError(`missing required "${name}" claim`);
  }
  for (const name of ["exp", "nbf", "iat"] as const) {
    if (claims[name] !== undefined && typeof claims[name] !== "number") {
      throw new JwtError(`"${name}" claim must be a number`);
    }
  }
  if (claims.exp !== undefined && now - skew >= claims.exp) throw new JwtError('"exp" claim timestamp check failed');
  if (claims.nbf !== undefined && now + skew < claims.nbf) throw new JwtError('"nbf" claim timestamp check failed');
  if (options.issuer !== undefined && claims.iss !== options.issuer) throw new JwtError('unexpected "iss" claim value');
  if (options.subject !== undefined && claims.sub !== options.subject)
    throw new JwtError('unexpected "sub" claim value');
  if (options.audience !== undefined) {
    const wanted = ([] as string[]).concat(options.audience);
    const named = ([] as unknown[]).concat(claims.aud ?? []);
    if (!named.some((a) => typeof a === "string" && wanted.includes(a))) {
      throw new JwtError('unexpected "aud" claim value');
    }
  }
  return { header, claims };
}

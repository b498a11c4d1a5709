/** Key pairs (node:crypto) and the signature algorithms certificates, CSRs and JWTs are signed with. */

import { createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from "node:crypto";
import { AlgorithmIdentifier } from "@peculiar/asn1-x509";

/** A private key and its public key. */
export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** NIST curves by their JOSE names. */
export type EcCurve = "P-256" | "P-384" | "P-521";

/** What key to generate: RSA (2048 bits unless said) or EC on a NIST curve (P-256 unless said). */
export type KeyAlgorithm = { type: "rsa"; modulusLength?: number } | { type: "ec"; curve?: EcCurve | "P-224" };

const OPENSSL_CURVES: Record<EcCurve | "P-224", string> = {
  "P-224": "secp224r1",
  "P-256": "prime256v1",
  "P-384": "secp384r1",
  "P-521": "secp521r1",
};

/**
 * Generates a key pair. RSA generation takes tens to hundreds of milliseconds: tests that need
 * many keys should share one (see `sharedKeyPair`) or pass keys they already have.
 */
export function generateKeyPair(algorithm: KeyAlgorithm = { type: "rsa" }): KeyPair {
  if (algorithm.type === "ec") {
    return generateKeyPairSync("ec", { namedCurve: OPENSSL_CURVES[algorithm.curve ?? "P-256"] });
  }
  return generateKeyPairSync("rsa", { modulusLength: algorithm.modulusLength ?? 2048 });
}

const sharedKeys = new Map<string, KeyPair>();

/** One key pair per algorithm for the whole process (generated on first use): fast tests. */
export function sharedKeyPair(algorithm: KeyAlgorithm = { type: "rsa" }): KeyPair {
  const id = algorithm.type === "ec" ? `ec:${algorithm.curve ?? "P-256"}` : `rsa:${algorithm.modulusLength ?? 2048}`;
  let pair = sharedKeys.get(id);
  if (!pair) {
    pair = generateKeyPair(algorithm);
    sharedKeys.set(id, pair);
  }
  return pair;
}

/** A public key from a KeyObject (public or private) or PEM text (public key, private key or certificate). */
export function publicKeyOf(key: KeyObject | string): KeyObject {
  return typeof key === "string" || key.type === "private" ? createPublicKey(key) : key;
}

/** Signature algorithms by their JCA names, with their hash, key type and OID. */
export const SIGNATURE_ALGORITHMS = {
  SHA256withRSA: { hash: "sha256", key: "rsa", oid: "1.2.840.113549.1.1.11" },
  SHA384withRSA: { hash: "sha384", key: "rsa", oid: "1.2.840.113549.1.1.12" },
  SHA512withRSA: { hash: "sha512", key: "rsa", oid: "1.2.840.113549.1.1.13" },
  SHA256withECDSA: { hash: "sha256", key: "ec", oid: "1.2.840.10045.4.3.2" },
  SHA384withECDSA: { hash: "sha384", key: "ec", oid: "1.2.840.10045.4.3.3" },
  SHA512withECDSA: { hash: "sha512", key: "ec", oid: "1.2.840.10045.4.3.4" },
} as const satisfies Record<string, { hash: string; key: "rsa" | "ec"; oid: string }>;

/** A signature algorithm name (`SHA256withRSA`, `SHA384withECDSA`...). */
export type SignatureAlgorithm = keyof typeof SIGNATURE_ALGORITHMS;

/** The signature algorithm with that OID, if it is one of `SIGNATURE_ALGORITHMS`. */
export function signatureAlgorithmByOid(oid: string): SignatureAlgorithm | undefined {
  return (Object.keys(SIGNATURE_ALGORITHMS) as SignatureAlgorithm[]).find((n) => SIGNATURE_ALGORITHMS[n].oid === oid);
}

/** What a key signs with by default: SHA256withRSA for RSA; ECDSA with the hash that matches the curve. */
export function defaultSignatureAlgorithm(key: KeyObject): SignatureAlgorithm {
  if (key.asymmetricKeyType === "rsa") return "SHA256withRSA";
  if (key.asymmetricKeyType === "ec") {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    return curve === "secp384r1" ? "SHA384withECDSA" : curve === "secp521r1" ? "SHA512withECDSA" : "SHA256withECDSA";
  }
  throw new Error(`unsupported key type ${key.asymmetricKeyType ?? "secret"} (RSA and EC are supported)`);
}

/** The AlgorithmIdentifier of a signature algorithm (RSA with NULL parameters, ECDSA with none). */
export function algorithmIdentifier(name: SignatureAlgorithm): AlgorithmIdentifier {
  const a = SIGNATURE_ALGORITHMS[name];
  return new AlgorithmIdentifier({ algorithm: a.oid, ...(a.key === "rsa" && { parameters: null }) });
}

/** Signs `data` (ECDSA signatures DER-encoded, as X.509 and PKCS#10 carry them). */
export function signWith(name: SignatureAlgorithm, data: Uint8Array, privateKey: KeyObject): Uint8Array {
  const a = SIGNATURE_ALGORITHMS[name];
  if (privateKey.asymmetricKeyType !== a.key) {
    throw new Error(`${name} needs an ${a.key.toUpperCase()} key, not ${privateKey.asymmetricKeyType ?? "a secret"}`);
  }
  return new Uint8Array(sign(a.hash, data, privateKey));
}

/** Verifies a signature made by `signWith`. */
export function verifyWith(
  name: SignatureAlgorithm,
  data: Uint8Array,
  publicKey: KeyObject,
  signature: Uint8Array,
): boolean {
  const a = SIGNATURE_ALGORITHMS[name];
  return publicKey.asymmetricKeyType === a.key && verify(a.hash, data, publicKey, signature);
}

/** The algorithm and size of a key: RSA modulus bits, or the EC curve size in bits. */
export function describeKey(key: KeyObject): { algorithm: "RSA" | "EC" | "OTHER"; bits: number | undefined } {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === "rsa") return { algorithm: "RSA", bits: details?.modulusLength };
  if (key.asymmetricKeyType === "ec") {
    const curve = Object.entries(OPENSSL_CURVES).find(([, c]) => c === details?.namedCurve)?.[0];
    return { algorithm: "EC", bits: curve ? Number(curve.slice(2)) : undefined };
  }
  return { algorithm: "OTHER", bits: undefined };
}

/** A throwaway certificate authority: issues certificates for CSRs and keys, signs JWTs, publishes a JWKS. */
import { createHash, type KeyObject } from "node:crypto";
import { defaultJwtAlgorithm, type Jwk, type JwtAlgorithm, type JwtClaims, signJwt } from "../jwt.js";
import {
  type CertificateOptions,
  createCertificate,
  type IssuedCertificate,
  type NameInput,
  readCertificate,
  type SerialNumberInput,
} from "./certificates.js";
import { readCsr } from "./csr.js";
import { generateKeyPair, type KeyAlgorithm, type KeyPair, type SignatureAlgorithm, sharedKeyPair } from "./keys.js";
import type { PemOrDer } from "./pem.js";

/** Options of `createCertificateAuthority`. */
export interface CertificateAuthorityOptions {
  /** The CA's subject. Default `CN=Trustplane Test CA,O=Trustplane`. */
  subject?: NameInput;
  /** Keys to use instead of generating a pair (RSA generation is the slow part). */
  keys?: KeyPair;
  /** What key to generate when `keys` is not given. Default RSA 2048. */
  keyAlgorithm?: KeyAlgorithm;
  /** Default: by the key (SHA256withRSA; ECDSA with the curve's hash). */
  signatureAlgorithm?: SignatureAlgorithm;
  /** Default 365. */
  validityDays?: number;
  notBefore?: Date;
  notAfter?: Date;
  serialNumber?: SerialNumberInput;
  /** basicConstraints pathLenConstraint. Default: none. */
  pathLength?: number;
  /** The `kid` of JWTs and of the JWK. Default: the key's RFC 7638 thumbprint. */
  kid?: string;
}

/** Options of `ca.signCsr`: the certificate fields, and a subject to use instead of the request's. */
export interface SignCsrOptions extends CertificateOptions {
  subject?: NameInput;
  /** Refuse a request whose self-signature does not verify. Default true. */
  verifySignature?: boolean;
}

/** Options of `ca.issue`: a certificate for a public key, without a CSR. */
export interface IssueOptions extends CertificateOptions {
  subject: NameInput;
  /** The subject's public key (a private key or PEM gives its public part). */
  publicKey: KeyObject | string;
}

/** A test CA. Issued certificates verify with `certificate.x509.publicKey` and pass `checkIssued`. */
export interface CertificateAuthority {
  /** The self-signed CA certificate. */
  readonly certificate: IssuedCertificate;
  readonly keys: KeyPair;
  /** The CA's subject (RFC 4514). */
  readonly subject: string;
  /** The key id of its JWTs and JWK. */
  readonly kid: string;
  /** The JWS algorithm its JWTs use by default (RS256 for RSA, ES256/ES384/ES512 by curve). */
  readonly jwtAlgorithm: JwtAlgorithm;
  /**
   * Issues a certificate for a PKCS#10 request (PEM or DER): its subject and subject alternative
   * names unless overridden, a leaf for TLS server and client use unless told otherwise.
   */
  signCsr(csr: PemOrDer, options?: SignCsrOptions): IssuedCertificate;
  /** Issues a certificate for a public key (no CSR). */
  issue(options: IssueOptions): IssuedCertificate;
  /** Signs claims as a JWT with the CA key, `kid` in the header. */
  signJwt(claims: JwtClaims, options?: { alg?: JwtAlgorithm; header?: Record<string, unknown> }): string;
  /** The CA's public key as a JWK: `kid`, `alg`, `use: "sig"` and `x5c` (the CA certificate). */
  readonly jwk: Jwk;
  /** `{ keys: [jwk] }`: what a JWKS endpoint of this CA serves. */
  jwks(): { keys: Jwk[] };
}

/** The RFC 7638 thumbprint of a public key (base64url SHA-256 of its required JWK members). */
export function jwkThumbprint(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: "jwk" });
  const required =
    jwk.kty === "RSA"
      ? { e: jwk.e, kty: jwk.kty, n: jwk.n }
      : jwk.kty === "EC"
        ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
        : { crv: jwk.crv, kty: jwk.kty, x: jwk.x };
  return createHash("sha256").update(JSON.stringify(required)).digest("base64url");
}

/** Creates a CA with a self-signed certificate (RSA 2048 unless told otherwise). */
export function createCertificateAuthority(options: CertificateAuthorityOptions = {}): CertificateAuthority {
  const keys = options.keys ?? generateKeyPair(options.keyAlgorithm);
  const subjectInput = options.subject ?? "CN=Trustplane Test CA,O=Trustplane";
  const certificate = createCertificate({
    subject: subjectInput,
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    ca: options.pathLength === undefined ? true : { pathLength: options.pathLength },
    validityDays: options.validityDays ?? 365,
    ...(options.notBefore && { notBefore: options.notBefore }),
    ...(options.notAfter && { notAfter: options.notAfter }),
    ...(options.serialNumber !== undefined && { serialNumber: options.serialNumber }),
    ...(options.signatureAlgorithm && { signatureAlgorithm: options.signatureAlgorithm }),
  });
  const { subjectDer, subject } = readCertificate(certificate.der);
  const kid = options.kid ?? jwkThumbprint(keys.publicKey);
  const jwtAlgorithm = defaultJwtAlgorithm(keys.privateKey);
  const issueWith = (base: CertificateOptions, subject: NameInput, publicKey: KeyObject | string) =>
    createCertificate({
      ...(options.signatureAlgorithm && { signatureAlgorithm: options.signatureAlgorithm }),
      ...base,
      subject,
      publicKey,
      issuer: subjectDer,
      signingKey: keys.privateKey,
    });
  const jwk: Jwk = {
    ...keys.publicKey.export({ format: "jwk" }),
    kid,
    alg: jwtAlgorithm,
    use: "sig",
    x5c: [Buffer.from(certificate.der).toString("base64")],
  };
  return {
    certificate,
    keys,
    subject,
    kid,
    jwtAlgorithm,
    signCsr(csr, o = {}) {
      const { subject, verifySignature = true, ...base } = o;
      const request = readCsr(csr);
      if (verifySignature && !request.signatureValid) throw new Error("the request's self-signature does not verify");
      return issueWith(
        { ...base, subjectAltNames: base.subjectAltNames ?? request.subjectAltNames },
        subject ?? request.subjectDer,
        request.publicKey,
      );
    },
    issue({ subject, publicKey, ...base }) {
      return issueWith(base, subject, publicKey);
    },
    signJwt: (claims, o = {}) =>
      signJwt(claims, keys.privateKey, { kid, alg: o.alg ?? jwtAlgorithm, ...(o.header && { header: o.header }) }),
    jwk,
    jwks: () => ({ keys: [{ ...jwk }] }),
  };
}

const shared = new Map<string, CertificateAuthority>();

/**
 * One CA per key algorithm and subject for the whole process (created on first use, with a shared
 * key pair): for tests that only need some CA and want to skip key generation.
 */
export function sharedCertificateAuthority(
  options: { keyAlgorithm?: KeyAlgorithm; subject?: string } = {},
): CertificateAuthority {
  const id = JSON.stringify([options.keyAlgorithm ?? { type: "rsa" }, options.subject ?? ""]);
  let ca = shared.get(id);
  if (!ca) {
    ca = createCertificateAuthority({
      keys: sharedKeyPair(options.keyAlgorithm),
      ...(options.subject && { subject: options.subject }),
    });
    shared.set(id, ca);
  }
  return ca;
}

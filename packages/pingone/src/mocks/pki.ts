/**
 * The fake's certificate material in PingOne's terms, on the test PKI of `@trustplane/testing`:
 * key pairs by PingOne algorithm and length, certificates and CSRs with PingOne's signature
 * algorithm names, the attributes PingOne reports for a certificate, and PKCS#12 keystores.
 */
import { type KeyObject, randomBytes } from "node:crypto";
import {
  certificatesFromFile as certificatesIn,
  createPkcs12,
  createCsr as createTestingCsr,
  createPkcs7 as createTestingPkcs7,
  type DistinguishedName,
  describeKey as describeTestingKey,
  formatDistinguishedName,
  fromPem,
  generateKeyPair as generateTestingKeyPair,
  type KeyPair,
  Pkcs12Error,
  readCertificate,
  readCsr,
  readPkcs7,
  readPkcs12,
  SIGNATURE_ALGORITHMS,
  type SignatureAlgorithm,
  createCertificate as testingCertificate,
  toPem,
} from "@trustplane/testing";

export { fromPem, type KeyPair, SIGNATURE_ALGORITHMS, toPem };

/** A signature algorithm name PingOne uses (`SHA256withRSA`, `SHA384withECDSA`...). */
export type SignatureAlgorithmName = SignatureAlgorithm;

/** EC key lengths PingOne accepts, and their curves. */
export const EC_CURVES: Readonly<Record<number, "P-224" | "P-256" | "P-384" | "P-521">> = {
  224: "P-224",
  256: "P-256",
  384: "P-384",
  521: "P-521",
};

/** RSA key lengths the fake accepts. */
export const RSA_LENGTHS: readonly number[] = [2048, 3072, 4096, 7680];

/** Generates an RSA (by modulus length) or EC (by curve size) key pair. */
export function generateKeyPair(algorithm: "RSA" | "EC", keyLength: number): KeyPair {
  if (algorithm === "EC") {
    const curve = EC_CURVES[keyLength];
    if (!curve) throw new Error(`EC keyLength must be one of ${Object.keys(EC_CURVES).join(", ")}`);
    return generateTestingKeyPair({ type: "ec", curve });
  }
  return generateTestingKeyPair({ type: "rsa", modulusLength: keyLength });
}

/** The algorithm and size of a public key, as PingOne reports them. */
export function describeKey(key: KeyObject): { algorithm: "RSA" | "EC" | "UNKNOWN"; keyLength: number | undefined } {
  const { algorithm, bits } = describeTestingKey(key);
  return { algorithm: algorithm === "OTHER" ? "UNKNOWN" : algorithm, keyLength: bits };
}

/** A distinguished name as PingOne writes it: RFC 4514, most specific first, `, ` between RDNs. */
const PINGONE_DN = { separator: ", " } as const;

/** What `createCertificate` needs. */
export interface CertificateSpec {
  /** Subject as a DN string, or a DER Name to copy exactly (from a CSR). */
  subject: string | Uint8Array;
  /** Issuer DN string or DER Name; default: the subject (self-signed). */
  issuer?: string | Uint8Array | undefined;
  serialNumber: bigint | number;
  notBefore: Date;
  notAfter: Date;
  publicKey: KeyObject;
  /** The issuer's private key (the subject's own for self-signed). */
  signingKey: KeyObject;
  signatureAlgorithm: SignatureAlgorithmName;
  /** A CA certificate (basicConstraints cA, keyCertSign). */
  ca?: boolean | undefined;
  /** Not needed: the authority key identifier comes from `signingKey`. */
  issuerPublicKey?: KeyObject | undefined;
  /** Plain-HTTP CRL distribution point. */
  customCRL?: string | undefined;
}

/**
 * Builds and signs an X.509 v3 certificate as PingOne issues them (basicConstraints, key usage,
 * key identifiers, CRL distribution point; no extended key usage); returns its DER.
 */
export function createCertificate(spec: CertificateSpec): Uint8Array {
  return testingCertificate({
    subject: spec.subject,
    ...(spec.issuer !== undefined && { issuer: spec.issuer }),
    serialNumber: spec.serialNumber,
    notBefore: spec.notBefore,
    notAfter: spec.notAfter,
    publicKey: spec.publicKey,
    signingKey: spec.signingKey,
    signatureAlgorithm: spec.signatureAlgorithm,
    ca: spec.ca === true,
    ...(spec.ca && { keyUsage: ["keyCertSign", "cRLSign"] }),
    extendedKeyUsage: [],
    ...(spec.customCRL && { crlDistributionPoints: [spec.customCRL] }),
  }).der;
}

/** A random positive serial number that fits a JSON number exactly. */
export function randomSerial(): number {
  return Number.parseInt(randomBytes(6).toString("hex"), 16) + 1;
}

/** Attributes PingOne reports for a certificate. */
export interface CertificateFacts {
  subjectDN: string;
  issuerDN: string;
  serialNumber: number;
  startsAt: string;
  expiresAt: string;
  algorithm: "RSA" | "EC" | "UNKNOWN";
  keyLength: number | undefined;
  signatureAlgorithm: SignatureAlgorithmName | undefined;
  publicKey: KeyObject;
}

/** Reads a certificate's attributes. */
export function certificateFacts(der: Uint8Array): CertificateFacts {
  const info = readCertificate(der);
  return {
    subjectDN: formatDn(info.subjectName),
    issuerDN: formatDn(info.issuerName),
    serialNumber: Number(BigInt(`0x${info.serialNumber}`) % BigInt(Number.MAX_SAFE_INTEGER)),
    startsAt: info.notBefore.toISOString(),
    expiresAt: info.notAfter.toISOString(),
    ...describeKey(info.publicKey),
    signatureAlgorithm: info.signatureAlgorithm,
    publicKey: info.publicKey,
  };
}

function formatDn(dn: DistinguishedName): string {
  return formatDistinguishedName(dn, PINGONE_DN);
}

/** Builds and signs a PKCS#10 certificate signing request; returns its DER. */
export function createCsr(spec: {
  subject: string | Uint8Array;
  publicKey: KeyObject;
  privateKey: KeyObject;
  signatureAlgorithm: SignatureAlgorithmName;
}): Uint8Array {
  return createTestingCsr({
    subject: spec.subject,
    keys: { publicKey: spec.publicKey, privateKey: spec.privateKey },
    signatureAlgorithm: spec.signatureAlgorithm,
  }).der;
}

/** A parsed CSR: its subject (exact DER and as text), public key, and whether its signature holds. */
export interface ParsedCsr {
  subjectDer: Uint8Array;
  subjectDN: string;
  publicKey: KeyObject;
  signatureAlgorithm: SignatureAlgorithmName | undefined;
  signatureValid: boolean;
}

/** Parses a PKCS#10 request (DER or PEM) and checks its self-signature. */
export function parseCsr(der: Uint8Array | string): ParsedCsr {
  const info = readCsr(der);
  return {
    subjectDer: info.subjectDer,
    subjectDN: formatDn(info.subjectName),
    publicKey: info.publicKey,
    signatureAlgorithm: info.signatureAlgorithm,
    signatureValid: info.signatureValid,
  };
}

/** A certs-only PKCS#7 SignedData bundle (what `.p7b` files hold); returns its DER. */
export function createPkcs7(certificates: readonly Uint8Array[]): Uint8Array {
  return createTestingPkcs7(certificates);
}

/** The certificates (DER, exactly as stored) inside a PKCS#7 bundle. */
export function certificatesFromPkcs7(der: Uint8Array): Uint8Array[] {
  return readPkcs7(der);
}

/**
 * The certificates in an uploaded file: PEM text (CERTIFICATE or PKCS7 blocks), a DER PKCS#7
 * bundle, or a DER certificate. Throws when none are found or one is not a certificate.
 */
export function certificatesFromFile(bytes: Uint8Array): Uint8Array[] {
  const certificates = certificatesIn(bytes);
  for (const der of certificates) readCertificate(der); // throws on anything that is not a certificate
  return certificates;
}

/** Why a keystore could not be read, in words for an INVALID_DATA answer. */
export class KeystoreError extends Error {}

/** What a PKCS#12 keystore holds: the key and its certificate chain (leaf first). */
export interface KeystoreContents {
  privateKey: KeyObject;
  certificates: Uint8Array[];
}

/**
 * Opens a PKCS#12 keystore with its password (undefined for an unencrypted one). Reads PBES2
 * keystores (AES or 3DES; OpenSSL 3's and Java's default) and PKCS#12-PBE 3DES ones.
 */
export function openKeystore(bytes: Uint8Array, password: string | undefined): KeystoreContents {
  try {
    const { privateKey, certificates } = readPkcs12(bytes, password);
    return { privateKey, certificates };
  } catch (error) {
    if (error instanceof Pkcs12Error) throw new KeystoreError(error.message);
    throw error;
  }
}

/**
 * Builds a PKCS#12 keystore from a private key and its certificate chain (AES-256 with a SHA-256
 * MAC when a password is given; unencrypted otherwise).
 */
export function createKeystore(
  privateKey: KeyObject,
  certificates: readonly Uint8Array[],
  password?: string,
): Uint8Array {
  return createPkcs12({ privateKey, certificates, ...(password !== undefined && { password }) });
}

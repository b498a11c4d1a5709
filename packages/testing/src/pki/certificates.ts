/** X.509 v3 certificates: built with @peculiar/asn1-x509, signed and parsed with node:crypto. */

import { type KeyObject, randomBytes, X509Certificate } from "node:crypto";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate, Name, SubjectPublicKeyInfo, TBSCertificate, Validity, Version } from "@peculiar/asn1-x509";
import { Integer } from "asn1js";
import {
  buildExtensions,
  type ExtendedKeyUsageName,
  type KeyUsageName,
  readExtensions,
  type SubjectAltName,
} from "./extensions.js";
import {
  algorithmIdentifier,
  defaultSignatureAlgorithm,
  describeKey,
  type KeyPair,
  publicKeyOf,
  type SignatureAlgorithm,
  signatureAlgorithmByOid,
  signWith,
} from "./keys.js";
import { type DistinguishedName, formatDistinguishedName, fromAsnName, toAsnName } from "./names.js";
import { arrayBuffer, derDocument, type PemOrDer, toPem } from "./pem.js";

const DAY = 86_400_000;

/** A certificate in the forms tests use: DER, PEM, and node:crypto's parsed view. */
export interface IssuedCertificate {
  readonly der: Uint8Array;
  readonly pem: string;
  readonly x509: X509Certificate;
}

/** Wraps certificate DER as an IssuedCertificate. */
export function issuedCertificate(der: Uint8Array): IssuedCertificate {
  return { der, pem: toPem("CERTIFICATE", der), x509: new X509Certificate(der) };
}

/** A subject or issuer: an RFC 4514 string, parsed attributes, or a DER Name to copy as it is. */
export type NameInput = string | DistinguishedName | Uint8Array;

/** A serial number: a bigint, a safe integer, or hex digits. */
export type SerialNumberInput = bigint | number | string;

/** What a certificate says besides its subject, key and issuer. Every field has a default. */
export interface CertificateOptions {
  /** Default: 16 random bytes (positive). */
  serialNumber?: SerialNumberInput;
  /** Default: one minute ago (tolerates clock skew). */
  notBefore?: Date;
  /** Default: `notBefore` plus `validityDays`. */
  notAfter?: Date;
  /** Days of validity when `notAfter` is not given. Default 90 (a leaf) or 365 (a CA). */
  validityDays?: number;
  subjectAltNames?: readonly SubjectAltName[];
  /** A CA certificate (`true`, or with a path length constraint). Default false. */
  ca?: boolean | { pathLength?: number };
  /**
   * Key usage. Default for a CA: keyCertSign, cRLSign, digitalSignature; for a leaf:
   * digitalSignature, plus keyEncipherment for RSA (what TLS needs).
   */
  keyUsage?: readonly KeyUsageName[];
  /** Extended key usage. Default for a leaf: serverAuth and clientAuth (TLS); none for a CA. `[]` for none. */
  extendedKeyUsage?: readonly ExtendedKeyUsageName[];
  /** CRL distribution point URIs. */
  crlDistributionPoints?: readonly string[];
  /** Default: by the signing key (SHA256withRSA; ECDSA with the curve's hash). */
  signatureAlgorithm?: SignatureAlgorithm;
}

/** Everything `createCertificate` needs. */
export interface CreateCertificateOptions extends CertificateOptions {
  subject: NameInput;
  /** The subject's public key (a private key or PEM gives its public part). */
  publicKey: KeyObject | string;
  /** The issuer's private key; for a self-signed certificate, the subject's own. */
  signingKey: KeyObject;
  /** The issuer's name. Default: the subject (self-signed). */
  issuer?: NameInput;
}

function asnName(input: NameInput): Name {
  return input instanceof Uint8Array ? AsnConvert.parse(arrayBuffer(input), Name) : toAsnName(input);
}

/** A serial number as the content bytes of a positive INTEGER (asn1js does the two's complement). */
export function serialBytes(input: SerialNumberInput | undefined): Uint8Array {
  let value: bigint;
  if (input === undefined) {
    // 16 random bytes, positive and non-zero (RFC 5280 allows at most 20 octets).
    value = (BigInt(`0x${randomBytes(16).toString("hex")}`) >> 1n) | 1n;
  } else if (typeof input === "string") {
    const hex = input.replace(/[:\s]/g, "").replace(/^0x/i, "");
    if (!/^[0-9a-fA-F]+$/.test(hex)) throw new Error(`serialNumber "${input}" is not hex digits`);
    value = BigInt(`0x${hex}`);
  } else value = BigInt(input);
  if (value <= 0n) throw new Error("serialNumber must be positive");
  return new Uint8Array(Integer.fromBigInt(value).valueBlock.valueHexView);
}

/** The default key usage of a certificate for `key`. */
export function defaultKeyUsage(key: KeyObject, ca: boolean): KeyUsageName[] {
  if (ca) return ["keyCertSign", "cRLSign", "digitalSignature"];
  return key.asymmetricKeyType === "rsa" ? ["digitalSignature", "keyEncipherment"] : ["digitalSignature"];
}

/**
 * Builds and signs an X.509 v3 certificate with basicConstraints, key usage, extended key usage,
 * subject alternative names, subject and authority key identifiers and CRL distribution points.
 */
export function createCertificate(options: CreateCertificateOptions): IssuedCertificate {
  const publicKey = publicKeyOf(options.publicKey);
  const ca = options.ca !== undefined && options.ca !== false;
  const pathLength = typeof options.ca === "object" ? options.ca.pathLength : undefined;
  const notBefore = options.notBefore ?? new Date(Date.now() - 60_000);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + (options.validityDays ?? (ca ? 365 : 90)) * DAY);
  if (notAfter <= notBefore) throw new Error("notAfter must be after notBefore");
  const signatureAlgorithm = options.signatureAlgorithm ?? defaultSignatureAlgorithm(options.signingKey);
  const subject = asnName(options.subject);
  const extensions = buildExtensions({
    ca,
    pathLength,
    keyUsage: options.keyUsage ?? defaultKeyUsage(publicKey, ca),
    extendedKeyUsage: options.extendedKeyUsage ?? (ca ? [] : ["serverAuth", "clientAuth"]),
    subjectAltNames: options.subjectAltNames ?? [],
    subjectKey: publicKey,
    issuerKey: publicKeyOf(options.signingKey),
    crlDistributionPoints: options.crlDistributionPoints ?? [],
    emptySubject: subject.length === 0,
  });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: arrayBuffer(serialBytes(options.serialNumber)),
    signature: algorithmIdentifier(signatureAlgorithm),
    issuer: options.issuer === undefined ? subject : asnName(options.issuer),
    validity: new Validity({ notBefore, notAfter }),
    subject,
    subjectPublicKeyInfo: AsnConvert.parse(publicKey.export({ type: "spki", format: "der" }), SubjectPublicKeyInfo),
    extensions,
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbs));
  const certificate = new Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: algorithmIdentifier(signatureAlgorithm),
    signatureValue: arrayBuffer(signWith(signatureAlgorithm, tbsDer, options.signingKey)),
  });
  return issuedCertificate(new Uint8Array(AsnConvert.serialize(certificate)));
}

/** What `selfSignCertificate` needs: a subject, and keys (generated when not given). */
export interface SelfSignOptions extends CertificateOptions {
  subject: NameInput;
  /** The key pair to certify. */
  keys: KeyPair;
}

/** A self-signed certificate for `keys` (a leaf unless `ca` is set). */
export function selfSignCertificate(options: SelfSignOptions): IssuedCertificate {
  const { keys, ...rest } = options;
  return createCertificate({ ...rest, publicKey: keys.publicKey, signingKey: keys.privateKey });
}

/** What a certificate says, parsed. */
export interface CertificateInfo {
  /** The DER. */
  der: Uint8Array;
  /** Subject as an RFC 4514 string (most specific first). */
  subject: string;
  subjectName: DistinguishedName;
  /** The subject Name exactly as encoded. */
  subjectDer: Uint8Array;
  issuer: string;
  issuerName: DistinguishedName;
  /** Serial number as lowercase hex without leading zeros. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  publicKey: KeyObject;
  /** `RSA` / `EC` and the modulus or curve size. */
  keyAlgorithm: "RSA" | "EC" | "OTHER";
  keyBits: number | undefined;
  /** The signature algorithm by name, when it is one of `SIGNATURE_ALGORITHMS`. */
  signatureAlgorithm: SignatureAlgorithm | undefined;
  signatureAlgorithmOid: string;
  ca: boolean;
  keyUsage: KeyUsageName[];
  extendedKeyUsage: string[];
  subjectAltNames: SubjectAltName[];
  crlDistributionPoints: string[];
}

/** Parses a certificate (PEM or DER). Throws when it is not one. */
export function readCertificate(input: PemOrDer): CertificateInfo {
  const der = derDocument(input, ["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]);
  const x509 = new X509Certificate(der); // throws on anything that is not a certificate
  const cert = AsnConvert.parse(arrayBuffer(der), Certificate);
  const tbs = cert.tbsCertificate;
  const subjectName = fromAsnName(tbs.subject);
  const issuerName = fromAsnName(tbs.issuer);
  const { algorithm, bits } = describeKey(x509.publicKey);
  const facts = readExtensions(tbs.extensions);
  return {
    der,
    subject: formatDistinguishedName(subjectName),
    subjectName,
    subjectDer: new Uint8Array(AsnConvert.serialize(tbs.subject)),
    issuer: formatDistinguishedName(issuerName),
    issuerName,
    serialNumber: BigInt(`0x${x509.serialNumber}`).toString(16),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    publicKey: x509.publicKey,
    keyAlgorithm: algorithm,
    keyBits: bits,
    signatureAlgorithm: signatureAlgorithmByOid(cert.signatureAlgorithm.algorithm),
    signatureAlgorithmOid: cert.signatureAlgorithm.algorithm,
    ca: facts.ca,
    keyUsage: facts.keyUsage,
    extendedKeyUsage: facts.extendedKeyUsage,
    subjectAltNames: facts.subjectAltNames,
    crlDistributionPoints: facts.crlDistributionPoints,
  };
}

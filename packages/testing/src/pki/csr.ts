/** PKCS#10 certificate signing requests: built with @peculiar/asn1-csr, signed and verified with node:crypto. */

import { createPublicKey, type KeyObject } from "node:crypto";
import { CertificationRequest, CertificationRequestInfo } from "@peculiar/asn1-csr";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Attribute, Extensions, Name, SubjectPublicKeyInfo } from "@peculiar/asn1-x509";
import type { NameInput } from "./certificates.js";
import { readExtensions, type SubjectAltName, sanExtensions } from "./extensions.js";
import {
  algorithmIdentifier,
  defaultSignatureAlgorithm,
  type KeyPair,
  type SignatureAlgorithm,
  signatureAlgorithmByOid,
  signWith,
  verifyWith,
} from "./keys.js";
import { type DistinguishedName, formatDistinguishedName, fromAsnName, toAsnName } from "./names.js";
import { arrayBuffer, derDocument, type PemOrDer, toPem } from "./pem.js";

/** PKCS#9 extensionRequest: the extensions a CSR asks for. */
const EXTENSION_REQUEST = "1.2.840.113549.1.9.14";

/** PEM labels a CSR is found under. */
export const CSR_LABELS = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"] as const;

/** What `createCsr` needs. */
export interface CreateCsrOptions {
  subject: NameInput;
  /** The key pair the request is for (the private key signs it). */
  keys: KeyPair;
  /** Subject alternative names to ask for (an extensionRequest attribute). */
  subjectAltNames?: readonly SubjectAltName[];
  /** Default: by the key (SHA256withRSA; ECDSA with the curve's hash). */
  signatureAlgorithm?: SignatureAlgorithm;
}

/** A CSR as DER and PEM. */
export interface CsrDocument {
  readonly der: Uint8Array;
  readonly pem: string;
}

/** Builds and signs a PKCS#10 request. */
export function createCsr(options: CreateCsrOptions): CsrDocument {
  const signatureAlgorithm = options.signatureAlgorithm ?? defaultSignatureAlgorithm(options.keys.privateKey);
  const subject =
    options.subject instanceof Uint8Array
      ? AsnConvert.parse(arrayBuffer(options.subject), Name)
      : toAsnName(options.subject);
  const info = new CertificationRequestInfo({
    version: 0,
    subject,
    subjectPKInfo: AsnConvert.parse(
      options.keys.publicKey.export({ type: "spki", format: "der" }),
      SubjectPublicKeyInfo,
    ),
  });
  if (options.subjectAltNames?.length) {
    info.attributes.push(
      new Attribute({
        type: EXTENSION_REQUEST,
        values: [AsnConvert.serialize(sanExtensions(options.subjectAltNames))],
      }),
    );
  }
  const infoDer = new Uint8Array(AsnConvert.serialize(info));
  const request = new CertificationRequest({
    certificationRequestInfo: info,
    signatureAlgorithm: algorithmIdentifier(signatureAlgorithm),
    signature: arrayBuffer(signWith(signatureAlgorithm, infoDer, options.keys.privateKey)),
  });
  const der = new Uint8Array(AsnConvert.serialize(request));
  return { der, pem: toPem("CERTIFICATE REQUEST", der) };
}

/** What a CSR says, parsed. */
export interface CsrInfo {
  der: Uint8Array;
  /** Subject as an RFC 4514 string. */
  subject: string;
  subjectName: DistinguishedName;
  /** The subject Name exactly as encoded (to copy into a certificate). */
  subjectDer: Uint8Array;
  publicKey: KeyObject;
  /** Subject alternative names asked for in an extensionRequest. */
  subjectAltNames: SubjectAltName[];
  signatureAlgorithm: SignatureAlgorithm | undefined;
  /** Whether the request's self-signature verifies with its public key. */
  signatureValid: boolean;
}

/** Parses a PKCS#10 request (PEM or DER) and checks its self-signature. Throws when it is not one. */
export function readCsr(input: PemOrDer): CsrInfo {
  const der = derDocument(input, CSR_LABELS);
  let request: CertificationRequest;
  try {
    request = AsnConvert.parse(arrayBuffer(der), CertificationRequest);
  } catch (error) {
    throw new Error(`not a PKCS#10 request: ${error instanceof Error ? error.message : String(error)}`);
  }
  const info = request.certificationRequestInfo;
  const publicKey = createPublicKey({
    key: Buffer.from(AsnConvert.serialize(info.subjectPKInfo)),
    format: "der",
    type: "spki",
  });
  const signatureAlgorithm = signatureAlgorithmByOid(request.signatureAlgorithm.algorithm);
  const signed = request.certificationRequestInfoRaw
    ? new Uint8Array(request.certificationRequestInfoRaw)
    : new Uint8Array(AsnConvert.serialize(info));
  const signatureValid =
    signatureAlgorithm !== undefined &&
    verifyWith(signatureAlgorithm, signed, publicKey, new Uint8Array(request.signature));
  const requested = info.attributes
    .filter((a) => a.type === EXTENSION_REQUEST)
    .flatMap((a) => a.values.map((v) => AsnConvert.parse(v, Extensions)))
    .flatMap((list) => [...list]);
  const subjectName = fromAsnName(info.subject);
  return {
    der,
    subject: formatDistinguishedName(subjectName),
    subjectName,
    subjectDer: new Uint8Array(AsnConvert.serialize(info.subject)),
    publicKey,
    subjectAltNames: readExtensions(requested).subjectAltNames,
    signatureAlgorithm,
    signatureValid,
  };
}

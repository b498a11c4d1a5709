/**
 * A test PKI on maintained libraries (@peculiar/asn1-* for X.509, PKCS#10 and CMS; pkijs for
 * PKCS#12) with node:crypto for keys, signatures and ciphers: CAs, certificates, CSRs, PKCS#7 and
 * PKCS#12 bundles, distinguished names, JWTs and fingerprints. Everything is synchronous.
 */
export {
  type CertificateAuthority,
  type CertificateAuthorityOptions,
  createCertificateAuthority,
  type IssueOptions,
  jwkThumbprint,
  type SignCsrOptions,
  sharedCertificateAuthority,
} from "./authority.js";
export {
  type CertificateInfo,
  type CertificateOptions,
  type CreateCertificateOptions,
  createCertificate,
  type IssuedCertificate,
  type NameInput,
  readCertificate,
  type SelfSignOptions,
  type SerialNumberInput,
  selfSignCertificate,
} from "./certificates.js";
export { type CreateCsrOptions, type CsrDocument, type CsrInfo, createCsr, readCsr } from "./csr.js";
export type { ExtendedKeyUsageName, KeyUsageName, SubjectAltName } from "./extensions.js";
export { type FingerprintOptions, fingerprint } from "./fingerprints.js";
export {
  describeKey,
  type EcCurve,
  generateKeyPair,
  type KeyAlgorithm,
  type KeyPair,
  SIGNATURE_ALGORITHMS,
  type SignatureAlgorithm,
  sharedKeyPair,
} from "./keys.js";
export {
  type DistinguishedName,
  type DistinguishedNameAttribute,
  decodeName,
  encodeName,
  formatDistinguishedName,
  parseDistinguishedName,
  type RelativeDistinguishedNameAttributes,
} from "./names.js";
export { fromPem, type PemBlock, type PemOrDer, toPem } from "./pem.js";
export { type CertificateInput, certificatesFromFile, createPkcs7, readPkcs7 } from "./pkcs7.js";
export {
  type CreatePkcs12Options,
  createPkcs12,
  type Pkcs12Contents,
  Pkcs12Error,
  type Pkcs12Problem,
  readPkcs12,
} from "./pkcs12.js";

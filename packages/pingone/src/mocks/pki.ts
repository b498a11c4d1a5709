/**
 * Real certificate material for the fake: key pairs (node:crypto), X.509 certificates, PKCS#10
 * requests and certs-only PKCS#7 bundles (DER built here, signed by node:crypto), and PKCS#12
 * keystores (node-forge). Everything it makes parses with node:crypto `X509Certificate` and
 * OpenSSL.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign,
  verify,
  X509Certificate,
} from "node:crypto";
import forge from "node-forge";
import {
  bits,
  bool,
  bytesOf,
  children,
  concat,
  ctx,
  ctxPrimitive,
  type Der,
  ia5,
  integer,
  nullValue,
  octets,
  oid,
  printable,
  readOid,
  readString,
  readTlv,
  seq,
  set,
  time,
  utf8,
} from "./der.js";

/** Signature algorithms PingOne names, with their hash and OID. */
export const SIGNATURE_ALGORITHMS = {
  SHA256withRSA: { hash: "sha256", oid: "1.2.840.113549.1.1.11", key: "rsa" },
  SHA384withRSA: { hash: "sha384", oid: "1.2.840.113549.1.1.12", key: "rsa" },
  SHA512withRSA: { hash: "sha512", oid: "1.2.840.113549.1.1.13", key: "rsa" },
  SHA256withECDSA: { hash: "sha256", oid: "1.2.840.10045.4.3.2", key: "ec" },
  SHA384withECDSA: { hash: "sha384", oid: "1.2.840.10045.4.3.3", key: "ec" },
  SHA512withECDSA: { hash: "sha512", oid: "1.2.840.10045.4.3.4", key: "ec" },
} as const;

/** A signature algorithm name PingOne uses. */
export type SignatureAlgorithmName = keyof typeof SIGNATURE_ALGORITHMS;

const BY_OID = Object.fromEntries(Object.entries(SIGNATURE_ALGORITHMS).map(([name, a]) => [a.oid, name])) as Record<
  string,
  SignatureAlgorithmName
>;

/** EC key lengths PingOne accepts, and their curves. */
export const EC_CURVES: Readonly<Record<number, string>> = {
  224: "secp224r1",
  256: "prime256v1",
  384: "secp384r1",
  521: "secp521r1",
};

/** RSA key lengths the fake accepts. */
export const RSA_LENGTHS: readonly number[] = [2048, 3072, 4096, 7680];

/** A key pair. */
export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Generates an RSA (by modulus length) or EC (by curve size) key pair. */
export function generateKeyPair(algorithm: "RSA" | "EC", keyLength: number): KeyPair {
  if (algorithm === "EC") {
    const namedCurve = EC_CURVES[keyLength];
    if (!namedCurve) throw new Error(`EC keyLength must be one of ${Object.keys(EC_CURVES).join(", ")}`);
    return generateKeyPairSync("ec", { namedCurve });
  }
  return generateKeyPairSync("rsa", { modulusLength: keyLength });
}

/** The algorithm and size of a public key, as PingOne reports them. */
export function describeKey(key: KeyObject): { algorithm: "RSA" | "EC" | "UNKNOWN"; keyLength: number | undefined } {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === "rsa") return { algorithm: "RSA", keyLength: details?.modulusLength };
  if (key.asymmetricKeyType === "ec") {
    const curve = details?.namedCurve;
    const size = Object.entries(EC_CURVES).find(([, c]) => c === curve)?.[0];
    return { algorithm: "EC", keyLength: size ? Number(size) : undefined };
  }
  return { algorithm: "UNKNOWN", keyLength: undefined };
}

// ---------------------------------------------------------------------------------------------
// Distinguished names

const ATTRIBUTE_OIDS: Readonly<Record<string, string>> = {
  CN: "2.5.4.3",
  SERIALNUMBER: "2.5.4.5",
  C: "2.5.4.6",
  L: "2.5.4.7",
  ST: "2.5.4.8",
  STREET: "2.5.4.9",
  O: "2.5.4.10",
  OU: "2.5.4.11",
  DC: "0.9.2342.19200300.100.1.25",
  UID: "0.9.2342.19200300.100.1.1",
  E: "1.2.840.113549.1.9.1",
  EMAILADDRESS: "1.2.840.113549.1.9.1",
};
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ATTRIBUTE_OIDS)
    .filter(([name]) => name !== "EMAILADDRESS")
    .map(([name, o]) => [o, name]),
);

/** `CN=app, OU=IT, O=Example, L=, ST=, C=US` as [type, value] pairs, most specific first. */
export function parseDn(dn: string): Array<[string, string]> {
  return dn
    .split(/,(?=\s*[A-Za-z][A-Za-z0-9.]*\s*=)/)
    .map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim().toUpperCase(), part.slice(at + 1).trim()] as [string, string];
    })
    .filter(([type]) => type !== "");
}

/** A DN string as a DER Name. Empty values are left out (X.509 strings cannot be empty). */
export function encodeName(dn: string): Der {
  const rdns = parseDn(dn)
    .filter(([, value]) => value !== "")
    .reverse()
    .map(([type, value]) => {
      const o = ATTRIBUTE_OIDS[type];
      if (!o) throw new Error(`unsupported attribute type ${type} in DN`);
      const encoded =
        type === "C"
          ? printable(value)
          : type === "E" || type === "EMAILADDRESS" || type === "DC"
            ? ia5(value)
            : utf8(value);
      return set(seq(oid(o), encoded));
    });
  return seq(...rdns);
}

/** A DER Name as a DN string, most specific first (`CN=app, O=Example, C=US`). */
export function decodeName(der: Uint8Array): string {
  const root = readTlv(der);
  const parts: string[] = [];
  for (const rdn of children(der, root)) {
    const values = children(der, rdn).map((atv) => {
      const [type, value] = children(der, atv) as [ReturnType<typeof readTlv>, ReturnType<typeof readTlv>];
      const o = readOid(der, type);
      return `${ATTRIBUTE_NAMES[o] ?? o}=${readString(der, value)}`;
    });
    parts.push(values.join("+"));
  }
  return parts.reverse().join(", ");
}

// ---------------------------------------------------------------------------------------------
// X.509 certificates

function algorithmIdentifier(name: SignatureAlgorithmName): Der {
  const a = SIGNATURE_ALGORITHMS[name];
  return a.key === "rsa" ? seq(oid(a.oid), nullValue()) : seq(oid(a.oid));
}

function spki(publicKey: KeyObject): Der {
  return new Uint8Array(publicKey.export({ type: "spki", format: "der" }));
}

function keyIdentifier(publicKey: KeyObject): Uint8Array {
  return new Uint8Array(createHash("sha1").update(spki(publicKey)).digest());
}

function extension(id: string, critical: boolean, value: Der): Der {
  return critical ? seq(oid(id), bool(true), octets(value)) : seq(oid(id), octets(value));
}

/** What `createCertificate` needs. */
export interface CertificateSpec {
  /** Subject as a DN string, or a DER Name to copy exactly (from a CSR). */
  subject: string | Uint8Array;
  /** Issuer DN string or DER Name; default: the subject (self-signed). */
  issuer?: string | Uint8Array;
  serialNumber: bigint | number;
  notBefore: Date;
  notAfter: Date;
  publicKey: KeyObject;
  /** The issuer's private key (the subject's own for self-signed). */
  signingKey: KeyObject;
  signatureAlgorithm: SignatureAlgorithmName;
  /** A CA certificate (basicConstraints cA, keyCertSign). */
  ca?: boolean;
  /** The issuer's public key, for the authority key identifier. Default: `publicKey`. */
  issuerPublicKey?: KeyObject;
  /** Plain-HTTP CRL distribution point. */
  customCRL?: string;
}

/** Builds and signs an X.509 v3 certificate; returns its DER. */
export function createCertificate(spec: CertificateSpec): Uint8Array {
  const subject = typeof spec.subject === "string" ? encodeName(spec.subject) : spec.subject;
  const issuerSpec = spec.issuer ?? spec.subject;
  const issuer = typeof issuerSpec === "string" ? encodeName(issuerSpec) : issuerSpec;
  const isEc = spec.publicKey.asymmetricKeyType === "ec";
  const keyUsage = spec.ca
    ? bits(new Uint8Array([0x06]), 1) // keyCertSign, cRLSign
    : isEc
      ? bits(new Uint8Array([0x80]), 7) // digitalSignature
      : bits(new Uint8Array([0xa0]), 5); // digitalSignature, keyEncipherment
  const extensions = [
    extension("2.5.29.19", true, spec.ca ? seq(bool(true)) : seq()),
    extension("2.5.29.15", true, keyUsage),
    extension("2.5.29.14", false, octets(keyIdentifier(spec.publicKey))),
    extension("2.5.29.35", false, seq(ctxPrimitive(0, keyIdentifier(spec.issuerPublicKey ?? spec.publicKey)))),
  ];
  if (spec.customCRL) {
    extensions.push(
      extension(
        "2.5.29.31",
        false,
        seq(seq(ctx(0, ctx(0, ctxPrimitive(6, new TextEncoder().encode(spec.customCRL)))))),
      ),
    );
  }
  const algorithm = algorithmIdentifier(spec.signatureAlgorithm);
  const tbs = seq(
    ctx(0, integer(2)),
    integer(spec.serialNumber),
    algorithm,
    issuer,
    seq(time(spec.notBefore), time(spec.notAfter)),
    subject,
    spki(spec.publicKey),
    ctx(3, seq(...extensions)),
  );
  const signature = sign(SIGNATURE_ALGORITHMS[spec.signatureAlgorithm].hash, tbs, spec.signingKey);
  return seq(tbs, algorithm, bits(new Uint8Array(signature)));
}

/** A random positive serial number that fits a JSON number exactly. */
export function randomSerial(): number {
  return Number.parseInt(randomBytes(6).toString("hex"), 16) + 1;
}

/** The signature algorithm named in a certificate or CSR (the element after the signed part). */
export function signatureAlgorithmOf(der: Uint8Array): SignatureAlgorithmName | undefined {
  const parts = children(der, readTlv(der));
  const algorithm = parts[1];
  if (!algorithm) return undefined;
  const first = children(der, algorithm)[0];
  return first ? BY_OID[readOid(der, first)] : undefined;
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

/** Reads a certificate's attributes (node:crypto does the parsing). */
export function certificateFacts(der: Uint8Array): CertificateFacts {
  const cert = new X509Certificate(der);
  const tbs = children(der, readTlv(der))[0];
  if (!tbs) throw new Error("not a certificate");
  const fields = children(der, tbs);
  const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
  const issuer = fields[offset + 2];
  const subject = fields[offset + 4];
  if (!issuer || !subject) throw new Error("not a certificate");
  return {
    subjectDN: decodeName(bytesOf(der, subject)),
    issuerDN: decodeName(bytesOf(der, issuer)),
    serialNumber: Number(BigInt(`0x${cert.serialNumber}`) % BigInt(Number.MAX_SAFE_INTEGER)),
    startsAt: new Date(cert.validFrom).toISOString(),
    expiresAt: new Date(cert.validTo).toISOString(),
    ...describeKey(cert.publicKey),
    signatureAlgorithm: signatureAlgorithmOf(der),
    publicKey: cert.publicKey,
  };
}

// ---------------------------------------------------------------------------------------------
// PKCS#10

/** Builds and signs a PKCS#10 certificate signing request; returns its DER. */
export function createCsr(spec: {
  subject: string | Uint8Array;
  publicKey: KeyObject;
  privateKey: KeyObject;
  signatureAlgorithm: SignatureAlgorithmName;
}): Uint8Array {
  const subject = typeof spec.subject === "string" ? encodeName(spec.subject) : spec.subject;
  const info = seq(integer(0), subject, spki(spec.publicKey), ctx(0));
  const algorithm = algorithmIdentifier(spec.signatureAlgorithm);
  const signature = sign(SIGNATURE_ALGORITHMS[spec.signatureAlgorithm].hash, info, spec.privateKey);
  return seq(info, algorithm, bits(new Uint8Array(signature)));
}

/** A parsed CSR: its subject (exact DER and as text), public key, and whether its signature holds. */
export interface ParsedCsr {
  subjectDer: Uint8Array;
  subjectDN: string;
  publicKey: KeyObject;
  signatureAlgorithm: SignatureAlgorithmName | undefined;
  signatureValid: boolean;
}

/** Parses a DER PKCS#10 request and checks its self-signature. */
export function parseCsr(der: Uint8Array): ParsedCsr {
  const root = readTlv(der);
  const [info, , signature] = children(der, root);
  if (!info || !signature) throw new Error("not a PKCS#10 request");
  const [, subject, key] = children(der, info);
  if (!subject || !key) throw new Error("not a PKCS#10 request");
  const publicKey = createPublicKey({ key: Buffer.from(bytesOf(der, key)), format: "der", type: "spki" });
  const signatureAlgorithm = signatureAlgorithmOf(der);
  const sig = der.subarray(signature.contentStart + 1, signature.end);
  const signatureValid =
    signatureAlgorithm !== undefined &&
    verify(SIGNATURE_ALGORITHMS[signatureAlgorithm].hash, bytesOf(der, info), publicKey, sig);
  const subjectDer = new Uint8Array(bytesOf(der, subject));
  return { subjectDer, subjectDN: decodeName(subjectDer), publicKey, signatureAlgorithm, signatureValid };
}

// ---------------------------------------------------------------------------------------------
// PKCS#7 (certs-only SignedData)

const SIGNED_DATA = "1.2.840.113549.1.7.2";
const DATA = "1.2.840.113549.1.7.1";

/** A certs-only PKCS#7 SignedData bundle (what `.p7b` files hold); returns its DER. */
export function createPkcs7(certificates: readonly Uint8Array[]): Uint8Array {
  const signedData = seq(integer(1), set(), seq(oid(DATA)), ctx(0, ...certificates), set());
  return seq(oid(SIGNED_DATA), ctx(0, signedData));
}

/** The certificates (DER, exactly as stored) inside a PKCS#7 bundle. */
export function certificatesFromPkcs7(der: Uint8Array): Uint8Array[] {
  const root = readTlv(der);
  const [type, content] = children(der, root);
  if (!type || readOid(der, type) !== SIGNED_DATA || !content) throw new Error("not a PKCS#7 SignedData bundle");
  const signedData = children(der, content)[0];
  if (!signedData) throw new Error("empty PKCS#7 bundle");
  const certs = children(der, signedData).find((t) => t.tag === 0xa0);
  return certs ? children(der, certs).map((t) => new Uint8Array(bytesOf(der, t))) : [];
}

// ---------------------------------------------------------------------------------------------
// PEM

/** DER as PEM with 64-character lines. */
export function toPem(label: string, der: Uint8Array): string {
  const lines =
    Buffer.from(der)
      .toString("base64")
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/** Every PEM block in a text. */
export function fromPem(text: string): Array<{ label: string; der: Uint8Array }> {
  const out: Array<{ label: string; der: Uint8Array }> = [];
  for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g)) {
    out.push({ label: m[1] as string, der: new Uint8Array(Buffer.from((m[2] ?? "").replace(/\s+/g, ""), "base64")) });
  }
  return out;
}

/**
 * The certificates in an uploaded file: PEM text (CERTIFICATE or PKCS7 blocks), a DER PKCS#7
 * bundle, or a DER certificate. Throws when none are found.
 */
export function certificatesFromFile(bytes: Uint8Array): Uint8Array[] {
  const text = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  const out: Uint8Array[] = [];
  if (text.includes("-----BEGIN ")) {
    for (const block of fromPem(new TextDecoder().decode(bytes))) {
      if (block.label === "CERTIFICATE" || block.label === "X509 CERTIFICATE") out.push(block.der);
      else if (block.label === "PKCS7") out.push(...certificatesFromPkcs7(block.der));
    }
  } else {
    const root = readTlv(bytes);
    if (root.end !== bytes.length) throw new Error("trailing bytes after the DER document");
    const first = children(bytes, root)[0];
    if (first?.tag === 0x06) out.push(...certificatesFromPkcs7(bytes));
    else out.push(new Uint8Array(bytes));
  }
  if (out.length === 0) throw new Error("no certificate in the file");
  for (const der of out) new X509Certificate(der); // throws on anything that is not a certificate
  return out;
}

// ---------------------------------------------------------------------------------------------
// PKCS#12

const binary = (bytes: Uint8Array): string => Buffer.from(bytes).toString("binary");
const fromBinary = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "binary"));

/** Why a keystore could not be read, in words for an INVALID_DATA answer. */
export class KeystoreError extends Error {}

/** What a PKCS#12 keystore holds: the key and its certificate chain (leaf first). */
export interface KeystoreContents {
  privateKey: KeyObject;
  certificates: Uint8Array[];
}

/**
 * Opens a PKCS#12 keystore with its password (undefined for an unencrypted one). Reads
 * PBES2/AES keystores (OpenSSL 3's default) and PKCS#12-PBE 3DES ones.
 */
export function openKeystore(bytes: Uint8Array, password: string | undefined): KeystoreContents {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const parsed = forge.asn1.fromDer(forge.util.createBuffer(binary(bytes)), false);
    p12 = forge.pkcs12.pkcs12FromAsn1(parsed, false, password ?? "");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password|MAC|decrypt/i.test(reason)) {
      throw new KeystoreError(
        password === undefined
          ? "The keystore is encrypted: send its password"
          : "The keystore could not be opened with the password given",
      );
    }
    throw new KeystoreError("The file is not a PKCS#12 keystore this service can read");
  }
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag as string] ?? [];
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag as string] ??
      []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag as string] ?? []),
  ];
  const keyBag = keyBags[0];
  if (!keyBag) throw new KeystoreError("The keystore holds no private key");
  const privateKey = keyBag.key
    ? createPrivateKey(forge.pki.privateKeyToPem(keyBag.key))
    : createPrivateKey({
        key: Buffer.from(fromBinary(forge.asn1.toDer((keyBag as { asn1: forge.asn1.Asn1 }).asn1).getBytes())),
        format: "der",
        type: "pkcs8",
      });
  const certificates = certBags.map((bag) =>
    fromBinary(
      forge.asn1
        .toDer(bag.cert ? forge.pki.certificateToAsn1(bag.cert) : (bag as { asn1: forge.asn1.Asn1 }).asn1)
        .getBytes(),
    ),
  );
  if (certificates.length === 0) throw new KeystoreError("The keystore holds no certificate");
  // Leaf first: the certificate whose public key matches the private key.
  const publicDer = Buffer.from(createPublicKey(privateKey).export({ type: "spki", format: "der" }));
  certificates.sort((a, b) => Number(matches(b, publicDer)) - Number(matches(a, publicDer)));
  if (!matches(certificates[0] as Uint8Array, publicDer)) {
    throw new KeystoreError("No certificate in the keystore matches its private key");
  }
  return { privateKey, certificates };
}

function matches(certificate: Uint8Array, publicDer: Buffer): boolean {
  return Buffer.from(new X509Certificate(certificate).publicKey.export({ type: "spki", format: "der" })).equals(
    publicDer,
  );
}

/**
 * Builds a PKCS#12 keystore from an RSA private key and its certificate chain (AES-256 with a
 * SHA-256 MAC when a password is given; unencrypted otherwise).
 */
export function createKeystore(
  privateKey: KeyObject,
  certificates: readonly Uint8Array[],
  password?: string,
): Uint8Array {
  if (privateKey.asymmetricKeyType !== "rsa") throw new Error("createKeystore supports RSA keys");
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const certs = certificates.map((der) => forge.pki.certificateFromAsn1(forge.asn1.fromDer(binary(der))));
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs, password ?? null, {
    algorithm: "aes256",
    useMac: password !== undefined,
    count: 2048,
  });
  return fromBinary(forge.asn1.toDer(asn1).getBytes());
}

/** Concatenates byte arrays (re-exported for the handlers). */
export { concat };

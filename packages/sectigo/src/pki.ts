/**
 * Reading what Sectigo sends and what it is sent: certificate chains (PEM, PKCS#7 as PEM, Base64
 * or DER) split into certificates, and PKCS#10 requests checked before an enrollment. Parsing uses
 * maintained ASN.1 libraries (@peculiar/asn1-*) with node:crypto's `X509Certificate` and
 * `createPublicKey`; the libraries are loaded on first use, never at import.
 */
import type { KeyObject, X509Certificate } from "node:crypto";

import { ValidationError } from "@trustplane/core";

/** node:crypto, fetched on first use so importing the package does not load it. */
const nodeCrypto = () => process.getBuiltinModule("node:crypto");

type Asn1 = {
  schema: typeof import("@peculiar/asn1-schema");
  cms: typeof import("@peculiar/asn1-cms");
  csr: typeof import("@peculiar/asn1-csr");
  x509: typeof import("@peculiar/asn1-x509");
};

let loading: Promise<Asn1> | undefined;

/** The ASN.1 libraries, imported once, on first use. */
function asn1(): Promise<Asn1> {
  loading ??= Promise.all([
    import("@peculiar/asn1-schema"),
    import("@peculiar/asn1-cms"),
    import("@peculiar/asn1-csr"),
    import("@peculiar/asn1-x509"),
  ]).then(([schema, cms, csr, x509]) => ({ schema, cms, csr, x509 }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const CERTIFICATE_LABELS = new Set(["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]);
const PKCS7_LABELS = new Set(["PKCS7", "CMS"]);
const CSR_LABELS = new Set(["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"]);
const ID_SIGNED_DATA = "1.2.840.113549.1.7.2";
const decoder = new TextDecoder();

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const base64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\s+/g, ""), "base64"));

/** True when bytes look like text (PEM or Base64), not DER. */
function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64);
  return sample.length > 0 && sample.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
}

function refuse(what: string, message: string): never {
  throw new ValidationError(`Invalid ${what}: ${message}`, [{ path: what, message }]);
}

async function certificatesOfPkcs7(der: Uint8Array): Promise<Uint8Array[]> {
  const { schema, cms } = await asn1();
  const info = schema.AsnConvert.parse(buffer(der), cms.ContentInfo);
  if (info.contentType !== ID_SIGNED_DATA) throw new Error(`content type ${info.contentType}`);
  const signed = schema.AsnConvert.parse(info.content, cms.SignedData);
  return [...(signed.certificates ?? [])].flatMap((choice) =>
    choice.certificate ? [new Uint8Array(schema.AsnConvert.serialize(choice.certificate))] : [],
  );
}

/** DER certificates in DER data: a PKCS#7 bundle, else one certificate. */
async function certificatesOfDer(der: Uint8Array): Promise<Uint8Array[]> {
  try {
    return await certificatesOfPkcs7(der);
  } catch {
    new (nodeCrypto().X509Certificate)(der); // throws when it is not a certificate either
    return [der];
  }
}

/** How {@link splitChain} orders what it found. */
export interface SplitChainOptions {
  /**
   * `as-is` (default): the order of the data. `leaf-first`: the end-entity certificate, then each
   * issuer (what TLS servers send); `root-first`: the reverse. Certificates that are not part of
   * the chain keep their place at the end.
   */
  order?: "as-is" | "leaf-first" | "root-first" | undefined;
}

/**
 * The certificates in a chain as Sectigo delivers it, as node:crypto `X509Certificate`s (`.toString()`
 * is the PEM, `.raw` the DER, `.fingerprint256`, `.subject`, `.verify()`...): PEM text with one or
 * more certificates (`x509`, `pem`, `pemia`...), PKCS#7 as PEM or bare Base64 (`base64`), PKCS#7 DER
 * (`bin`), or one DER certificate. Throws a ValidationError when the data holds no certificate.
 *
 * ```ts
 * const [leaf, ...issuers] = await splitChain(await sectigo.ssl.collect({ sslId, format: "bin" }), { order: "leaf-first" });
 * ```
 */
export async function splitChain(
  data: string | Uint8Array,
  options: SplitChainOptions = {},
): Promise<X509Certificate[]> {
  const what = "certificate chain";
  if (typeof data !== "string" && !(data instanceof Uint8Array)) refuse(what, "must be PEM/Base64 text or DER bytes");
  const ders: Uint8Array[] = [];
  try {
    if (typeof data === "string" || isText(data)) {
      const text = typeof data === "string" ? data : decoder.decode(data);
      const blocks = [...text.matchAll(PEM_BLOCK)];
      for (const [, label, body] of blocks) {
        if (CERTIFICATE_LABELS.has(label as string)) ders.push(base64(body as string));
        else if (PKCS7_LABELS.has(label as string)) ders.push(...(await certificatesOfPkcs7(base64(body as string))));
      }
      if (blocks.length === 0 && /^[A-Za-z0-9+/=\s]+$/.test(text) && text.trim() !== "") {
        ders.push(...(await certificatesOfDer(base64(text))));
      }
    } else {
      ders.push(...(await certificatesOfDer(data)));
    }
  } catch {
    refuse(what, "is not PEM, PKCS#7 (PEM, Base64 or DER) or DER certificate data");
  }
  if (ders.length === 0) refuse(what, "holds no certificate");
  const { X509Certificate } = nodeCrypto();
  const certificates = ders.map((der) => new X509Certificate(der));
  return options.order && options.order !== "as-is" ? orderChain(certificates, options.order) : certificates;
}

/** Orders certificates from the leaf up through each issuer (or the reverse). */
function orderChain(certificates: X509Certificate[], order: "leaf-first" | "root-first"): X509Certificate[] {
  const issuerOf = (c: X509Certificate) =>
    certificates.find((other) => other !== c && other.subject === c.issuer && c.checkIssued(other));
  const issuesSomething = new Set(certificates.map(issuerOf).filter((c): c is X509Certificate => c !== undefined));
  const leaf = certificates.find((c) => !issuesSomething.has(c)) ?? certificates[0];
  const chain: X509Certificate[] = [];
  for (let c = leaf; c && !chain.includes(c); c = issuerOf(c)) chain.push(c);
  const rest = certificates.filter((c) => !chain.includes(c));
  return order === "leaf-first" ? [...chain, ...rest] : [...chain.reverse(), ...rest];
}

/** What a PKCS#10 request says about its key, subject and names. */
export interface CsrSummary {
  /** `RSA`, `EC`, `Ed25519`, `Ed448` or another node:crypto key type in upper case. */
  readonly keyType: string;
  /** RSA modulus length in bits, or the EC curve's size (256, 384, 521). */
  readonly keySize: number | undefined;
  /** The EC curve as its NIST name (`P-256`, `P-384`, `P-521`), for EC keys. */
  readonly curve: string | undefined;
  /** The subject, as node:crypto writes distinguished names (`CN=example.com\nO=Example`). */
  readonly subject: string;
  /** DNS names and IP addresses asked for in the request's subjectAltName extension. */
  readonly subjectAltNames: readonly string[];
  /** True when the request's self-signature verifies with its public key; undefined for an algorithm not checked here (RSA-PSS). */
  readonly signatureValid: boolean | undefined;
  /** The public key. */
  readonly publicKey: KeyObject;
}

const SIGNATURES: Record<string, string | null> = {
  "1.2.840.113549.1.1.5": "sha1",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
  "1.2.840.10045.4.3.4": "sha512",
  "1.3.101.112": null,
  "1.3.101.113": null,
};
const CURVES: Record<string, string> = { prime256v1: "P-256", secp384r1: "P-384", secp521r1: "P-521" };
const EXTENSION_REQUEST = "1.2.840.113549.1.9.14";
const SUBJECT_ALT_NAME = "2.5.29.17";

/** The DER of a CSR given as PEM (either label) or as bare Base64. */
function csrDer(csr: string | Uint8Array): Uint8Array {
  if (csr instanceof Uint8Array && !isText(csr)) return csr;
  const text = typeof csr === "string" ? csr : decoder.decode(csr);
  for (const [, label, body] of text.matchAll(PEM_BLOCK)) {
    if (CSR_LABELS.has(label as string)) return base64(body as string);
  }
  if (/^[A-Za-z0-9+/=\s]+$/.test(text) && text.trim() !== "") return base64(text);
  throw new Error("no CERTIFICATE REQUEST block");
}

/**
 * Parses a PKCS#10 certificate request (PEM, Base64 or DER) and checks its self-signature. Throws a
 * ValidationError on field `csr` when it is not one.
 */
export async function inspectCsr(csr: string | Uint8Array): Promise<CsrSummary> {
  const { schema, csr: pkcs10, x509 } = await asn1();
  let request: InstanceType<typeof pkcs10.CertificationRequest>;
  let publicKey: KeyObject;
  try {
    request = schema.AsnConvert.parse(buffer(csrDer(csr)), pkcs10.CertificationRequest);
    const info = request.certificationRequestInfo;
    publicKey = nodeCrypto().createPublicKey({
      key: Buffer.from(schema.AsnConvert.serialize(info.subjectPKInfo)),
      format: "der",
      type: "spki",
    });
  } catch {
    refuse("csr", "is not a PKCS#10 certificate request (PEM, Base64 or DER)");
  }
  const info = request.certificationRequestInfo;
  const type = publicKey.asymmetricKeyType ?? "unknown";
  const details = publicKey.asymmetricKeyDetails ?? {};
  const curve = type === "ec" ? (CURVES[details.namedCurve ?? ""] ?? details.namedCurve) : undefined;
  const keySize = type.startsWith("rsa") ? details.modulusLength : curve ? Number(curve.replace(/\D/g, "")) : undefined;
  const algorithm = request.signatureAlgorithm.algorithm;
  let signatureValid: boolean | undefined;
  if (algorithm in SIGNATURES) {
    const signed = request.certificationRequestInfoRaw ?? schema.AsnConvert.serialize(info);
    try {
      signatureValid = nodeCrypto().verify(
        SIGNATURES[algorithm] ?? null,
        Buffer.from(signed),
        type === "ec" ? { key: publicKey, dsaEncoding: "der" } : publicKey,
        Buffer.from(request.signature),
      );
    } catch {
      signatureValid = false;
    }
  }
  const names: string[] = [];
  for (const attribute of info.attributes) {
    if (attribute.type !== EXTENSION_REQUEST) continue;
    for (const value of attribute.values) {
      const extensions = schema.AsnConvert.parse(value, x509.Extensions);
      for (const extension of extensions) {
        if (extension.extnID !== SUBJECT_ALT_NAME) continue;
        const san = schema.AsnConvert.parse(extension.extnValue, x509.SubjectAlternativeName);
        for (const name of san) {
          if (name.dNSName) names.push(name.dNSName);
          else if (name.iPAddress) names.push(name.iPAddress);
          else if (name.rfc822Name) names.push(name.rfc822Name);
        }
      }
    }
  }
  return {
    keyType: type === "rsa-pss" ? "RSA" : type.toUpperCase().replace("ED", "Ed"),
    keySize,
    curve,
    subject: subjectText(new Uint8Array(schema.AsnConvert.serialize(info.subject)), x509, schema),
    subjectAltNames: names,
    signatureValid,
    publicKey,
  };
}

function subjectText(der: Uint8Array, x509: Asn1["x509"], schema: Asn1["schema"]): string {
  const name = schema.AsnConvert.parse(buffer(der), x509.Name);
  const short: Record<string, string> = {
    "2.5.4.3": "CN",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "1.2.840.113549.1.9.1": "emailAddress",
  };
  const parts: string[] = [];
  for (const rdn of name) {
    for (const attribute of rdn) parts.push(`${short[attribute.type] ?? attribute.type}=${attribute.value.toString()}`);
  }
  return parts.join("\n");
}

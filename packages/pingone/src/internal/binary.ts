import { ValidationError } from "@trustplane/core";
import { UnexpectedContentError } from "../errors.js";

/** File contents a method uploads: bytes (`Uint8Array`, `Buffer`, `ArrayBuffer`), a `Blob`, or PEM text. */
export type BinaryInput = Uint8Array | ArrayBuffer | Blob | string;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function invalid(what: string, path: string, message: string): never {
  throw new ValidationError(`Invalid ${what}: ${path}: ${message}`, [{ path, message }]);
}

/** The bytes of any BinaryInput (PEM text as UTF-8). */
export async function toBytes(input: BinaryInput): Promise<Uint8Array> {
  if (typeof input === "string") return encoder.encode(input);
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(await input.arrayBuffer());
}

/** True when the bytes are text that starts with a PEM header. */
export function looksLikePem(bytes: Uint8Array): boolean {
  const head = decoder.decode(bytes.subarray(0, Math.min(bytes.length, 1024)));
  const at = head.indexOf("-----BEGIN ");
  return at >= 0 && /^[\t\n\r\x20-\x7e]*$/.test(head.slice(0, at));
}

/** Every PEM block in `text`: its label and DER bytes. */
export function pemBlocks(text: string): Array<{ label: string; der: Uint8Array }> {
  const out: Array<{ label: string; der: Uint8Array }> = [];
  const re = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
  for (const m of text.matchAll(re)) {
    const body = (m[2] ?? "").replace(/[^A-Za-z0-9+/=]/g, "");
    out.push({ label: m[1] as string, der: new Uint8Array(Buffer.from(body, "base64")) });
  }
  return out;
}

/** DER bytes as a PEM block with 64-character lines. */
export function toPem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString("base64");
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/** True when node:crypto reads the bytes as an X.509 certificate (DER; trailing bytes are ignored). */
function isCertificate(der: Uint8Array): boolean {
  try {
    new (process.getBuiltinModule("node:crypto").X509Certificate)(der);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when a certificate starts within the first bytes of `der` (but not at its start): a
 * certs-only PKCS#7 bundle carries its certificates whole, after a few dozen bytes of
 * ContentInfo and SignedData headers, and node:crypto reads one there.
 */
function carriesCertificate(der: Uint8Array): boolean {
  for (let at = 1; at < Math.min(der.length, 160); at++) {
    if (isCertificate(der.subarray(at))) return true;
  }
  return false;
}

/**
 * A DER document a download may be: a `certificate` (node:crypto parses it), a `pkcs7` bundle, a
 * `csr`, or `signed` (a certificate or a CSR). node:crypto reads neither PKCS#7 nor PKCS#10, so
 * those are binary documents that are not a certificate (a CSR also carries none); the
 * Content-Type and the operation say which.
 */
export type DerKind = "certificate" | "pkcs7" | "csr" | "signed";

/** Whether binary bytes can be a DER document of that kind (PEM text never is). */
function isDerOf(kind: DerKind, der: Uint8Array): boolean {
  if (der.length === 0 || looksLikePem(der)) return false;
  const certificate = isCertificate(der);
  if (kind === "certificate") return certificate;
  if (kind === "pkcs7") return !certificate;
  const csr = !certificate && !carriesCertificate(der);
  return kind === "csr" ? csr : certificate || csr;
}

/** A multipart file part: the bytes, their media type and a file name. */
export interface FilePart {
  blob: Blob;
  fileName: string;
}

function blobOf(bytes: Uint8Array, type: string): Blob {
  return new Blob([new Uint8Array(bytes)], { type });
}

/**
 * A certificate file (PEM text or DER PKCS#7 / X.509) as a multipart part. PEM goes up as
 * `application/x-pem-file`; a PKCS#7 bundle as `application/x-pkcs7-certificates`; a single DER
 * certificate is sent as PEM. Private keys are refused: they never belong in these uploads.
 */
export async function certificatePart(input: unknown, what: string, fileName?: string): Promise<FilePart> {
  if (!isBinaryInput(input)) {
    invalid(what, "file", "must be PEM text, a Uint8Array/Buffer, an ArrayBuffer or a Blob");
  }
  const bytes = await toBytes(input);
  if (bytes.length === 0) invalid(what, "file", "must not be empty");
  if (typeof input === "string" || looksLikePem(bytes)) {
    const text = decoder.decode(bytes);
    const labels = pemBlocks(text).map((b) => b.label);
    if (labels.some((l) => l.includes("PRIVATE KEY"))) {
      invalid(what, "file", "contains a private key; upload certificates only (import key pairs with keys.import)");
    }
    if (!labels.some((l) => l === "CERTIFICATE" || l === "PKCS7" || l === "X509 CERTIFICATE")) {
      invalid(what, "file", "PEM text must hold a CERTIFICATE or PKCS7 block");
    }
    return { blob: blobOf(bytes, "application/x-pem-file"), fileName: fileName ?? "certificate.pem" };
  }
  if (isCertificate(bytes)) {
    const pem = encoder.encode(toPem("CERTIFICATE", bytes));
    return { blob: blobOf(pem, "application/x-pem-file"), fileName: fileName ?? "certificate.pem" };
  }
  if (carriesCertificate(bytes)) {
    return { blob: blobOf(bytes, "application/x-pkcs7-certificates"), fileName: fileName ?? "certificate.p7b" };
  }
  invalid(what, "file", "must be PEM text, a DER PKCS#7 bundle or a DER X.509 certificate");
}

/** A PKCS#12 keystore as a multipart part (`application/x-pkcs12`). */
export async function pkcs12Part(input: unknown, what: string, fileName?: string): Promise<FilePart> {
  if (typeof input === "string") {
    invalid(what, "file", "a PKCS#12 keystore is binary: pass its bytes (Buffer, Uint8Array, ArrayBuffer or Blob)");
  }
  if (!isBinaryInput(input)) invalid(what, "file", "must be a Uint8Array/Buffer, an ArrayBuffer or a Blob");
  const bytes = await toBytes(input);
  if (bytes.length < 16 || looksLikePem(bytes) || isCertificate(bytes)) {
    invalid(what, "file", "is not a DER PKCS#12 keystore (.p12/.pfx)");
  }
  return { blob: blobOf(bytes, "application/x-pkcs12"), fileName: fileName ?? "keystore.p12" };
}

function isBinaryInput(input: unknown): input is BinaryInput {
  return (
    typeof input === "string" ||
    input instanceof Uint8Array ||
    input instanceof ArrayBuffer ||
    (typeof Blob !== "undefined" && input instanceof Blob)
  );
}

const TEXT_TYPES = ["application/x-pem-file", "application/pem-certificate-chain"];
const BINARY_TYPES = ["application/pkcs10", "application/x-pkcs7-certificates", "application/pkcs7-mime"];

/** How to turn a download into the form the caller asked for. */
export interface DownloadSpec {
  /** operationId, for messages. */
  operation: string;
  /** `pem` returns a string, `der` a Uint8Array. */
  want: "pem" | "der";
  /** PEM labels the document may carry (first one is used to wrap DER). */
  pemLabels: readonly string[];
  /** Which DER documents may be wrapped as PEM / returned as DER (checked with node:crypto). */
  derKinds: readonly DerKind[];
}

/**
 * Decodes a binary or PEM download. The response `Content-Type` says how the body is encoded
 * (PEM text for `application/x-pem-file`, binary for `application/pkcs10` and
 * `application/x-pkcs7-certificates`; the bytes are looked at only for ambiguous types such as
 * `application/x-x509-ca-cert` and `application/octet-stream`). The result is then given in the
 * form asked for: a PEM string, or DER bytes, converting between the two encodings of the same
 * document when the server chose the other one.
 */
export function decodeDownload(
  body: ArrayBuffer | Uint8Array,
  contentType: string | null,
  spec: DownloadSpec,
): string | Uint8Array {
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const fail = (why: string): never => {
    throw new UnexpectedContentError(`${spec.operation}: ${why} (Content-Type ${type || "none"})`, {
      contentType: type,
      operation: spec.operation,
    });
  };
  if (type === "application/json" || type.endsWith("+json")) fail("expected a certificate download, got JSON");
  const isText =
    TEXT_TYPES.includes(type) || type.startsWith("text/")
      ? true
      : BINARY_TYPES.includes(type)
        ? false
        : looksLikePem(bytes);

  if (isText) {
    const text = decoder.decode(bytes);
    const blocks = pemBlocks(text).filter((b) => spec.pemLabels.includes(b.label));
    if (blocks.length === 0) fail(`expected a PEM ${spec.pemLabels[0]} block`);
    if (spec.want === "pem") return text;
    return (blocks[0] as { der: Uint8Array }).der;
  }
  if (!spec.derKinds.some((kind) => isDerOf(kind, bytes))) {
    fail(`the binary body is not a ${spec.pemLabels[0]} document`);
  }
  return spec.want === "der" ? bytes : toPem(spec.pemLabels[0] as string, bytes);
}

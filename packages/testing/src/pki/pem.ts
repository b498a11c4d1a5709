/** PEM armour (RFC 7468): DER bytes as base64 text between BEGIN/END lines, and back. */

/** One PEM block: its label (`CERTIFICATE`, `PKCS7`...) and the DER bytes it carries. */
export interface PemBlock {
  label: string;
  der: Uint8Array;
}

/** DER bytes as a PEM block with 64-character lines and a final newline. */
export function toPem(label: string, der: Uint8Array): string {
  const lines =
    Buffer.from(der)
      .toString("base64")
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/** Every PEM block in a text, in order (text between blocks is ignored). */
export function fromPem(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 #]+)-----([\s\S]*?)-----END \1-----/g)) {
    const body = (m[2] ?? "").replace(/[^A-Za-z0-9+/=]/g, "");
    out.push({ label: m[1] as string, der: new Uint8Array(Buffer.from(body, "base64")) });
  }
  return out;
}

/** PEM text or DER bytes (a Uint8Array holding PEM text counts as text). */
export type PemOrDer = string | Uint8Array;

/** True when the bytes are text that starts with a PEM header (after optional printable text). */
export function isPemText(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 1024)));
  const at = head.indexOf("-----BEGIN ");
  return at >= 0 && /^[\t\n\r\x20-\x7e]*$/.test(head.slice(0, at));
}

/**
 * The DER documents in `input`: the blocks with one of `labels` when it is PEM, the bytes
 * themselves when it is DER. Throws when PEM text holds no such block.
 */
export function derDocuments(input: PemOrDer, labels: readonly string[]): Uint8Array[] {
  if (typeof input !== "string" && !isPemText(input)) return [input];
  const text = typeof input === "string" ? input : new TextDecoder().decode(input);
  const blocks = fromPem(text).filter((b) => labels.includes(b.label));
  if (blocks.length === 0) throw new Error(`no PEM ${labels.join(" or ")} block in the text`);
  return blocks.map((b) => b.der);
}

/** The first DER document in `input` (see `derDocuments`). */
export function derDocument(input: PemOrDer, labels: readonly string[]): Uint8Array {
  return derDocuments(input, labels)[0] as Uint8Array;
}

/** A copy of the bytes as an ArrayBuffer of exactly their length (what the ASN.1 parsers take). */
export function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/**
 * A minimal DER encoder and reader for the fake's certificate material: enough ASN.1 to build
 * X.509 certificates, PKCS#10 requests and PKCS#7 bundles, and to read them back exactly.
 */

/** One encoded element. */
export type Der = Uint8Array;

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
  return [0x80 | out.length, ...out];
}

/** A TLV with the given tag byte and content. */
export function tlv(tag: number, content: Uint8Array): Der {
  const len = lengthBytes(content.length);
  const out = new Uint8Array(1 + len.length + content.length);
  out[0] = tag;
  out.set(len, 1);
  out.set(content, 1 + len.length);
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const seq = (...items: Der[]): Der => tlv(0x30, concat(items));
export const set = (...items: Der[]): Der => tlv(0x31, concat(items));
/** Context-specific constructed `[n]` (explicit wrapper or implicit constructed type). */
export const ctx = (n: number, ...items: Der[]): Der => tlv(0xa0 | n, concat(items));
/** Context-specific primitive `[n]`. */
export const ctxPrimitive = (n: number, content: Uint8Array): Der => tlv(0x80 | n, content);
export const nullValue = (): Der => new Uint8Array([0x05, 0x00]);
export const bool = (v: boolean): Der => new Uint8Array([0x01, 0x01, v ? 0xff : 0x00]);
export const octets = (bytes: Uint8Array): Der => tlv(0x04, bytes);
/** BIT STRING with no unused bits. */
export const bits = (bytes: Uint8Array, unused = 0): Der => tlv(0x03, concat([new Uint8Array([unused]), bytes]));
export const utf8 = (s: string): Der => tlv(0x0c, new TextEncoder().encode(s));
export const printable = (s: string): Der => tlv(0x13, new TextEncoder().encode(s));
export const ia5 = (s: string): Der => tlv(0x16, new TextEncoder().encode(s));

/** A non-negative INTEGER. */
export function integer(value: bigint | number): Der {
  let hex = BigInt(value).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes: Uint8Array = Uint8Array.from(Buffer.from(hex, "hex"));
  if ((bytes[0] as number) & 0x80) bytes = concat([new Uint8Array([0]), bytes]);
  return tlv(0x02, bytes);
}

export function oid(dotted: string): Der {
  const parts = dotted.split(".").map(Number);
  const out: number[] = [40 * (parts[0] as number) + (parts[1] as number)];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [];
    let n = part;
    do {
      chunk.unshift(n & 0x7f);
      n = Math.floor(n / 128);
    } while (n > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i] = (chunk[i] as number) | 0x80;
    out.push(...chunk);
  }
  return tlv(0x06, new Uint8Array(out));
}

/** UTCTime until 2049, GeneralizedTime after (RFC 5280). */
export function time(date: Date): Der {
  const iso = date.toISOString().replace(/[-:T]/g, "").slice(0, 14); // YYYYMMDDHHMMSS
  return date.getUTCFullYear() < 2050
    ? tlv(0x17, new TextEncoder().encode(`${iso.slice(2)}Z`))
    : tlv(0x18, new TextEncoder().encode(`${iso}Z`));
}

/** A read element: where its header, content and end are in the buffer. */
export interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

/** Reads the element at `offset`. Throws on truncated or indefinite-length input. */
export function readTlv(buf: Uint8Array, offset = 0): Tlv {
  if (offset + 2 > buf.length) throw new Error("DER: truncated element");
  const tag = buf[offset] as number;
  const first = buf[offset + 1] as number;
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new Error("DER: unsupported length");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buf[offset + 2 + i] as number);
    header += count;
  }
  const end = offset + header + length;
  if (end > buf.length) throw new Error("DER: element runs past the end");
  return { tag, start: offset, contentStart: offset + header, end };
}

/** The elements inside a constructed element. */
export function children(buf: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end; ) {
    const t = readTlv(buf, at);
    out.push(t);
    at = t.end;
  }
  return out;
}

/** The whole encoding of an element. */
export const bytesOf = (buf: Uint8Array, t: Tlv): Uint8Array => buf.subarray(t.start, t.end);
/** The content of an element. */
export const contentOf = (buf: Uint8Array, t: Tlv): Uint8Array => buf.subarray(t.contentStart, t.end);

export function readOid(buf: Uint8Array, t: Tlv): string {
  const c = contentOf(buf, t);
  const first = c[0] as number;
  const parts = [Math.floor(first / 40), first % 40];
  let n = 0;
  for (let i = 1; i < c.length; i++) {
    const b = c[i] as number;
    n = n * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  return parts.join(".");
}

export function readString(buf: Uint8Array, t: Tlv): string {
  const c = contentOf(buf, t);
  if (t.tag === 0x1e) return Buffer.from(c).swap16().toString("utf16le");
  return new TextDecoder().decode(c);
}

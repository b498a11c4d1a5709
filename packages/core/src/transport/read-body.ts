import { promisify } from "node:util";
import zlib from "node:zlib";
import { ConnectionError, ResponseTooLargeError } from "../errors/errors.js";

/** Default `maxResponseBytes`: 64 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** The error for a body over the limit. */
export function tooLarge(limit: number, url: string, what = "the response body"): ResponseTooLargeError {
  return new ResponseTooLargeError(
    `${what} from ${new URL(url).origin} is larger than maxResponseBytes (${limit} bytes); raise maxResponseBytes if this is expected`,
    { limit },
  );
}

/** Fails early when `Content-Length` already says the body is over the limit. */
export function checkDeclaredLength(value: string | null | undefined, limit: number, url: string): void {
  if (value === null || value === undefined) return;
  const length = Number(value);
  if (Number.isFinite(length) && length > limit) throw tooLarge(limit, url);
}

/** Joins chunks into one Uint8Array without an extra copy when there is only one. */
export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

type Decoder = (buffer: Uint8Array, options: zlib.ZlibOptions | zlib.BrotliOptions) => Promise<Buffer>;

const gunzip = promisify(zlib.gunzip) as Decoder;
const inflate = promisify(zlib.inflate) as Decoder;
const inflateRaw = promisify(zlib.inflateRaw) as Decoder;
const brotli = promisify(zlib.brotliDecompress) as Decoder;
const zstdDecompress = (zlib as unknown as { zstdDecompress?: unknown }).zstdDecompress;
const zstd = typeof zstdDecompress === "function" ? (promisify(zstdDecompress as never) as Decoder) : undefined;

/**
 * Undoes `Content-Encoding` (gzip, deflate, br, and zstd where Node has it), as `fetch` does, with
 * the output capped at `limit` bytes: a small compressed body cannot inflate into gigabytes.
 */
export async function decode(
  body: Uint8Array,
  encoding: string | null,
  limit: number,
  url: string,
): Promise<Uint8Array> {
  if (!encoding) return body;
  const codings = encoding
    .toLowerCase()
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c && c !== "identity");
  let out = body;
  for (const coding of codings.reverse()) {
    const options = { maxOutputLength: limit };
    try {
      if (coding === "gzip" || coding === "x-gzip")
        out = await gunzip(out, { ...options, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      else if (coding === "deflate") out = await inflate(out, options).catch(() => inflateRaw(out, options));
      else if (coding === "br") out = await brotli(out, options);
      else if (coding === "zstd" && zstd) out = await zstd(out, options);
      else return out; // an encoding we cannot undo: hand the bytes over as they are, as fetch does
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) {
        throw tooLarge(limit, url, "the decompressed response body");
      }
      throw new ConnectionError(`the response body from ${new URL(url).origin} could not be decoded (${coding})`, {
        cause: error,
        beforeSend: false,
        code: (error as { code?: string }).code,
      });
    }
  }
  return out.length > limit
    ? Promise.reject(tooLarge(limit, url))
    : new Uint8Array(out.buffer, out.byteOffset, out.length);
}

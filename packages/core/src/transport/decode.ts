/** Content decoding as `fetch` does it, loaded only when an answer is compressed. */
import { promisify } from "node:util";
import zlib from "node:zlib";
import { ConnectionError } from "../errors/errors.js";
import { tooLarge } from "./read-body.js";

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
export async function decodeBody(body: Uint8Array, encoding: string, limit: number, url: string): Promise<Uint8Array> {
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

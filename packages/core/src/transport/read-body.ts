import { ResponseTooLargeError } from "../errors/errors.js";

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

/**
 * Undoes `Content-Encoding` with the output capped at `limit` (see decode.ts, loaded only when an
 * answer is compressed).
 */
export async function decode(
  body: Uint8Array,
  encoding: string | null,
  limit: number,
  url: string,
): Promise<Uint8Array> {
  if (!encoding) return body;
  const { decodeBody } = await import("./decode.js");
  return decodeBody(body, encoding, limit, url);
}

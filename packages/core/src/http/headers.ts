import type { HeaderReader } from "./types.js";

/** Response headers as undici's dispatcher API gives them: lower-case names, repeated values as arrays. */
export type RawHeaders = Record<string, string | string[] | undefined>;

/** A HeaderReader over undici's plain header object, without building a WHATWG `Headers`. */
export class HeaderMap implements HeaderReader {
  readonly #raw: RawHeaders;

  constructor(raw: RawHeaders) {
    this.#raw = raw;
  }

  /** The header's value (repeated values joined with `, `), or null. */
  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(", ") : value;
  }

  /** True when the header is present. */
  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined;
  }

  /** Calls `callback` for every header, names in lower case and sorted. */
  forEach(callback: (value: string, name: string) => void): void {
    for (const name of Object.keys(this.#raw).sort()) {
      const value = this.get(name);
      if (value !== null) callback(value, name);
    }
  }
}

/** A WHATWG `Headers` copy of any HeaderReader (what users get on errors and `withResponse()`). */
export function toHeaders(reader: HeaderReader): Headers {
  if (reader instanceof Headers) return reader;
  const out = new Headers();
  reader.forEach((value, name) => {
    out.append(name, value);
  });
  return out;
}

/** RFC 9110 token characters: what a header name may contain. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** True when `name` can be sent as a header name. */
export function isHeaderName(name: string): boolean {
  return TOKEN.test(name);
}

/** True when `value` can be sent as a header value: no CR, LF or NUL, no other control characters but tab. */
export function isHeaderValue(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is exactly about control characters.
  return !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value);
}

/** Lower-cased copy of a header record (names are case-insensitive; the pipeline keeps them lower case). */
export function lowerCaseHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers) for (const name of Object.keys(headers)) out[name.toLowerCase()] = headers[name] as string;
  return out;
}

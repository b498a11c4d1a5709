import { UnexpectedResponseError } from "../errors/errors.js";
import type { HttpResponse, RequestBody } from "./types.js";

/** How to read a success body: by `Content-Type` (`auto`, the default), or as JSON, text, bytes, or not at all. */
export type ParseAs = "auto" | "json" | "text" | "bytes" | "none";

/** A body a method or `raw` call may pass; everything else is sent as JSON. */
export type BodyInit = RequestBody | ArrayBuffer | ArrayBufferView | URLSearchParams | FormData | Blob;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Serializes a body once, so every attempt (retry, re-auth, redirect) sends the same bytes. Strings
 * and bytes go as they are, `URLSearchParams` as a form, `FormData` as multipart (with its
 * boundary), anything else as JSON. `contentType` overrides what is inferred.
 */
export async function encodeBody(
  body: unknown,
  contentType?: string,
): Promise<{ body: RequestBody | undefined; contentType: string | undefined }> {
  if (body === undefined) return { body: undefined, contentType };
  if (typeof body === "string") return { body, contentType: contentType ?? "text/plain;charset=UTF-8" };
  if (body instanceof Uint8Array) return { body, contentType: contentType ?? "application/octet-stream" };
  if (body instanceof ArrayBuffer)
    return { body: new Uint8Array(body), contentType: contentType ?? "application/octet-stream" };
  if (ArrayBuffer.isView(body)) {
    return {
      body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      contentType: contentType ?? "application/octet-stream",
    };
  }
  if (body instanceof URLSearchParams) {
    return { body: body.toString(), contentType: contentType ?? "application/x-www-form-urlencoded;charset=UTF-8" };
  }
  const type = contentType ?? "application/json";
  const isForm = typeof FormData !== "undefined" && body instanceof FormData;
  const isBlob = typeof Blob !== "undefined" && body instanceof Blob;
  if (isForm || isBlob || type.includes("multipart/form-data") || type.includes("x-www-form-urlencoded")) {
    // Multipart and form encoding load their code on first use.
    const { encodeForm } = await import("./encode-forms.js");
    return encodeForm(body, contentType);
  }
  return { body: JSON.stringify(body), contentType: type };
}

/** A body's bytes as UTF-8 text. */
export function bodyText(body: RequestBody | Uint8Array | undefined): string {
  if (body === undefined) return "";
  return typeof body === "string" ? body : decoder.decode(body);
}

/** The UTF-8 bytes of a request body. */
export function bodyBytes(body: RequestBody): Uint8Array {
  return typeof body === "string" ? encoder.encode(body) : body;
}

/** Media types that hold text though they are not `text/*`. */
const TEXT_TYPES =
  /^(application\/(jwt|x-pem-file|pem-certificate-chain|x-x509-ca-cert-pem|xml|csv|x-www-form-urlencoded|javascript)|text\/)/;

/** What `auto` reads a body as, from its content type. */
export function parseKind(contentType: string | null): Exclude<ParseAs, "auto"> {
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("json")) return "json";
  if (TEXT_TYPES.test(type)) return "text";
  return type === "" ? "json" : "bytes";
}

/** What a success body must look like for the method to make sense of it. */
export interface ExpectedBody {
  /** `object` (a JSON object, not null or an array), `array`, or `string`. */
  type?: "object" | "array" | "string";
  /** Top-level fields that must be present. */
  required?: readonly string[];
}

/** Who asked, for the messages of a body that cannot be read. */
export interface BodyContext {
  operation: string | undefined;
  requestId: string | undefined;
  method: string;
}

/**
 * Reads a success body as `parseAs` says, and checks it has the `expect`ed shape. A body that is
 * not what was asked for (an HTML error page with status 200, `null` where an object is needed)
 * is an UnexpectedResponseError naming the status, operation and request id; the body itself is
 * never quoted (it can hold anything).
 */
export function readBody(response: HttpResponse, parseAs: ParseAs, ctx: BodyContext, expect?: ExpectedBody): unknown {
  const kind = parseAs === "auto" ? parseKind(response.headers.get("content-type")) : parseAs;
  const bytes = response.body;
  let value: unknown;
  if (kind === "none") return undefined;
  if (kind === "bytes") value = bytes ?? new Uint8Array(0);
  else if (kind === "text") value = bytes ? decoder.decode(bytes) : "";
  else if (!bytes || bytes.length === 0) value = undefined;
  else {
    try {
      value = JSON.parse(decoder.decode(bytes));
    } catch {
      throw unexpected(response, ctx, "is not valid JSON");
    }
  }
  if (expect) checkShape(value, expect, response, ctx);
  return value;
}

function checkShape(value: unknown, expect: ExpectedBody, response: HttpResponse, ctx: BodyContext): void {
  if (expect.type === "object" || expect.required) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw unexpected(response, ctx, `is ${describe(value)} where a JSON object was expected`);
    }
    const missing = (expect.required ?? []).filter((field) => (value as Record<string, unknown>)[field] === undefined);
    if (missing.length)
      throw unexpected(response, ctx, `lacks the field${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  } else if (expect.type === "array" && !Array.isArray(value)) {
    throw unexpected(response, ctx, `is ${describe(value)} where a JSON array was expected`);
  } else if (expect.type === "string" && typeof value !== "string") {
    throw unexpected(response, ctx, `is ${describe(value)} where text was expected`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "empty";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function unexpected(response: HttpResponse, ctx: BodyContext, problem: string): UnexpectedResponseError {
  const type = response.headers.get("content-type") ?? "no content type";
  const size = response.body?.length ?? 0;
  const what = ctx.operation ?? ctx.method;
  return new UnexpectedResponseError(
    `${what} answered ${response.status}, but the body (${type}, ${size} bytes) ${problem}`,
    {
      status: response.status,
      operation: ctx.operation,
      requestId: ctx.requestId,
      contentType: response.headers.get("content-type") ?? undefined,
    },
  );
}

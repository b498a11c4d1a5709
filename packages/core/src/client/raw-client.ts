import type { Client } from "openapi-fetch";
import { type ParseAs, readBody } from "../http/body.js";
import type { HttpResponse } from "../http/types.js";
import type { CallOptions } from "../pipeline/types.js";
import { CALL_OPTIONS } from "./call-init.js";
import { toWebResponse } from "./web.js";

/** What one raw call asks core to send. */
export interface RawCall {
  method: string;
  path: string;
  pathParams: Record<string, unknown> | undefined;
  query: Record<string, unknown> | undefined;
  headers: Record<string, string>;
  body: unknown;
  hasBody: boolean;
  options: CallOptions | undefined;
}

type RawInit = {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  bodySerializer?: (body: unknown) => unknown;
  headers?: HeadersInit | Record<string, string | number | boolean | undefined | null>;
  parseAs?: "json" | "text" | "blob" | "arrayBuffer" | "stream";
  signal?: AbortSignal;
  [CALL_OPTIONS]?: CallOptions;
  [key: string]: unknown;
};

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
const decoder = new TextDecoder();

/**
 * An openapi-fetch compatible client (same `GET`/`POST`/... signatures and `{ data, error,
 * response }` results, typed from the spec's `paths`) whose calls go through core's own path
 * serializer and pipeline: path parameters are checked and encoded like in named methods, and
 * error statuses are thrown as ApiError (so `error` is always undefined).
 */
export function createRawClient<Paths extends {}>(send: (call: RawCall) => Promise<HttpResponse>): Client<Paths> {
  const request = async (method: string, path: string, init: RawInit = {}) => {
    const headers: Record<string, string> = {};
    const put = (source: unknown) => {
      if (!source) return;
      const entries =
        source instanceof Headers
          ? [...source.entries()]
          : Array.isArray(source)
            ? (source as Array<[string, string]>)
            : Object.entries(source as Record<string, unknown>);
      for (const [name, value] of entries) {
        if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
      }
    };
    put(init.headers);
    put(init.params?.header); // spec-declared headers win over ad-hoc ones, as in openapi-fetch
    const carried = init[CALL_OPTIONS];
    const options = carried ?? (init.signal ? { signal: init.signal } : undefined);
    const hasBody = init.body !== undefined;
    const body = hasBody && init.bodySerializer ? init.bodySerializer(init.body) : init.body;
    const response = await send({
      method,
      path,
      pathParams: init.params?.path,
      query: init.params?.query,
      headers,
      body,
      hasBody,
      options,
    });
    const parseAs = init.parseAs ?? "json";
    return { data: rawData(response, method, parseAs), error: undefined, response: toWebResponse(response) };
  };
  const client: Record<string, unknown> = {
    request: (method: string, path: string, init?: RawInit) => request(method.toUpperCase(), path, init),
    use: () => undefined,
    eject: () => undefined,
  };
  for (const method of METHODS) client[method] = (path: string, init?: RawInit) => request(method, path, init);
  return client as unknown as Client<Paths>;
}

function rawData(
  response: HttpResponse,
  method: string,
  parseAs: ParseAs | "blob" | "arrayBuffer" | "stream",
): unknown {
  const bytes = response.body;
  if (response.status === 204 || method === "HEAD" || !bytes || bytes.length === 0) {
    return parseAs === "json" ? undefined : parseAs === "text" ? "" : undefined;
  }
  switch (parseAs) {
    case "text":
      return decoder.decode(bytes);
    case "arrayBuffer":
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    case "blob":
      return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: response.headers.get("content-type") ?? "" });
    case "stream":
      return new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
    default:
      return readBody(response, "json", { operation: undefined, requestId: undefined, method });
  }
}

import { type ApiError, apiErrorClassFor, type ErrorEnvelopeParser } from "../errors/api-error.js";
import { toHeaders } from "../http/headers.js";
import type { HttpRequest, HttpResponse } from "../http/types.js";
import { responseRequestId } from "./errors.js";
import { safeUrl } from "./log.js";
import type { RequestContext } from "./types.js";

const decoder = new TextDecoder();

/** Reason phrases of the statuses APIs answer with (RFC 9110); loading node:http for them costs ~10 ms. */
const REASONS: Record<number, string> = {
  300: "Multiple Choices",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Content Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  423: "Locked",
  425: "Too Early",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
};

/** The reason phrase of a status (undici's dispatcher API does not report the server's). */
export function statusText(response: Pick<HttpResponse, "status" | "statusText">): string {
  return response.statusText || REASONS[response.status] || "";
}

/**
 * Builds the ApiError subclass for an error response, using the vendor's envelope parser. The
 * message says what was called (method and URL, query left out) so a wrong base URL shows at once.
 */
export function toApiError(
  response: HttpResponse,
  request: Pick<HttpRequest, "method" | "url" | "headers">,
  ctx: Pick<RequestContext, "vendor" | "operationId" | "requestId">,
  parse?: ErrorEnvelopeParser,
  isSecret: (name: string) => boolean = () => false,
): ApiError {
  const text = response.body ? decoder.decode(response.body) : "";
  let body: unknown = text === "" ? undefined : text;
  try {
    if (text) body = JSON.parse(text);
  } catch {
    // keep the text
  }
  const headers = toHeaders(response.headers);
  const reason = statusText(response);
  const info = { status: response.status, statusText: reason, headers, url: response.url };
  const parsed = safeParse(parse, body, info);
  const what = ctx.operationId ?? request.method;
  const vendorMessage = parsed?.message ?? (typeof body === "string" && body.length < 300 ? body.trim() : undefined);
  const status = `${response.status}${reason ? ` ${reason}` : ""}`;
  const code = parsed?.code !== undefined ? ` [${parsed.code}]` : "";
  const called = `${request.method} ${pathOnly(request.url)}`;
  const message = `${what} failed with ${status}${code}${vendorMessage ? `: ${vendorMessage}` : ""} (${called})`;
  const requestId = parsed?.requestId ?? responseRequestId(headers) ?? ctx.requestId ?? undefined;
  const ErrorClass = apiErrorClassFor(response.status);
  return new ErrorClass({
    status: response.status,
    message,
    code: parsed?.code,
    requestId,
    vendor: ctx.vendor,
    operation: ctx.operationId,
    headers,
    body,
    details: parsed?.details,
    request: {
      method: request.method,
      url: safeUrl(request.url, isSecret),
      headers: request.headers,
    },
    response: { status: response.status, statusText: reason, url: response.url },
  });
}

/** Scheme, host and path of a URL: no query (it can carry secrets), no credentials. */
function pathOnly(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

function safeParse(
  parse: ErrorEnvelopeParser | undefined,
  body: unknown,
  response: Parameters<ErrorEnvelopeParser>[1],
) {
  if (!parse) return undefined;
  try {
    return parse(body, response);
  } catch {
    return undefined; // a parser bug must not hide the HTTP error
  }
}

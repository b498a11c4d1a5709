import { type ApiError, apiErrorClassFor, type ErrorEnvelopeParser } from "../errors/api-error.js";
import type { Policy, RequestContext } from "./types.js";

/** Response headers where vendors put their request / transaction id, checked in order. */
const REQUEST_ID_HEADERS = [
  "x-request-id",
  "x-forgerock-transactionid",
  "x-correlation-id",
  "correlation-id",
  "x-amzn-requestid",
];

/** Outermost policy: an HTTP error status that survived retries and re-auth becomes an ApiError. */
export function errorPolicy(options: { parse?: ErrorEnvelopeParser | undefined }): Policy {
  return {
    name: "errors",
    async handle(request, ctx, next) {
      const response = await next(request, ctx);
      if (response.status < 400) return response;
      throw await toApiError(response, request, ctx, options.parse);
    },
  };
}

/** Builds the ApiError subclass for an error response, using the vendor's envelope parser. */
export async function toApiError(
  response: Response,
  request: Request,
  ctx: Pick<RequestContext, "vendor" | "operationId" | "requestId">,
  parse?: ErrorEnvelopeParser,
): Promise<ApiError> {
  const text = await response
    .clone()
    .text()
    .catch(() => "");
  let body: unknown = text === "" ? undefined : text;
  try {
    if (text) body = JSON.parse(text);
  } catch {
    // keep the text
  }
  const parsed = safeParse(parse, body, response);
  const what = ctx.operationId ?? `${request.method} ${new URL(request.url).pathname}`;
  const vendorMessage = parsed?.message ?? (typeof body === "string" && body.length < 300 ? body.trim() : undefined);
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  const code = parsed?.code !== undefined ? ` [${parsed.code}]` : "";
  const message = `${what} failed with ${status}${code}${vendorMessage ? `: ${vendorMessage}` : ""}`;
  const requestId =
    parsed?.requestId ??
    REQUEST_ID_HEADERS.map((h) => response.headers.get(h)).find((v) => v) ??
    ctx.requestId ??
    undefined;
  const ErrorClass = apiErrorClassFor(response.status);
  return new ErrorClass({
    status: response.status,
    message,
    code: parsed?.code,
    requestId,
    vendor: ctx.vendor,
    operation: ctx.operationId,
    headers: response.headers,
    body,
    details: parsed?.details,
    request,
    response,
  });
}

function safeParse(parse: ErrorEnvelopeParser | undefined, body: unknown, response: Response) {
  if (!parse) return undefined;
  try {
    return parse(body, response);
  } catch {
    return undefined; // a parser bug must not hide the HTTP error
  }
}

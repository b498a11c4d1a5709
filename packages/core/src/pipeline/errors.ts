import type { ErrorEnvelopeParser } from "../errors/api-error.js";
import type { Policy } from "./types.js";

/** Response headers where vendors put their request / transaction id, checked in order. */
export const REQUEST_ID_HEADERS = [
  "x-request-id",
  "x-forgerock-transactionid",
  "x-ping-external-transaction-id",
  "x-correlation-id",
  "correlation-id",
  "x-amzn-requestid",
];

/** The request id a vendor put in its answer's headers, if any. */
export function responseRequestId(headers: { get(name: string): string | null }): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Outermost policy: an HTTP error status that survived retries and re-auth becomes an ApiError. */
export function errorPolicy(options: {
  parse?: ErrorEnvelopeParser | undefined;
  isSecret?: ((name: string) => boolean) | undefined;
}): Policy {
  return {
    name: "errors",
    async handle(request, ctx, next) {
      const response = await next(request, ctx);
      if (response.status < 400) return response;
      // The error builder (envelope parsing, messages, redaction) loads on the first error.
      const { toApiError } = await import("./api-errors.js");
      throw toApiError(response, request, ctx, options.parse, options.isSecret);
    },
  };
}

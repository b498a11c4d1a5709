import type { Policy } from "./types.js";

/**
 * Gives each call one id, sent in the vendor's correlation header on every attempt (retries keep
 * the same id) so the vendor's logs and ours line up: `X-ForgeRock-TransactionId` for AIC,
 * `X-Ping-External-Transaction-ID` for PingOne, `x-request-id` where a vendor defines none.
 * An id the caller set in that header is kept. `false` sends none (the id is still on errors).
 */
export function requestIdPolicy(options: { header?: string | false | undefined } = {}): Policy {
  const header = options.header === false ? false : (options.header ?? "x-request-id").toLowerCase();
  return {
    name: "request-id",
    handle(request, ctx, next) {
      const existing = header ? request.headers[header] : undefined;
      ctx.requestId = existing ?? globalThis.crypto.randomUUID();
      if (header && existing === undefined) request.headers[header] = ctx.requestId;
      return next(request, ctx);
    },
  };
}

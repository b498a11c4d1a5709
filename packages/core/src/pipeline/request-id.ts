import { randomUUID } from "node:crypto";
import type { Policy } from "./types.js";

/**
 * Gives each call one id, sent in `header` on every attempt (retries keep the same id) so the
 * vendor's logs and ours line up.
 */
export function requestIdPolicy(options: { header?: string | false } = {}): Policy {
  const header = options.header ?? "x-request-id";
  return {
    name: "request-id",
    handle(request, ctx, next) {
      const existing = header ? request.headers.get(header) : null;
      ctx.requestId = existing ?? randomUUID();
      if (header && !existing) request.headers.set(header, ctx.requestId);
      return next(request, ctx);
    },
  };
}

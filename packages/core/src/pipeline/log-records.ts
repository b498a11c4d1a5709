import { bodyText } from "../http/body.js";
import { levelEnabled } from "../logging/logger.js";
import { safeUrl } from "./log.js";
import type { Policy } from "./types.js";

export interface LogPolicyOptions {
  /** Header names whose values may be logged (others show as `[redacted]`). */
  allowHeaders?: readonly string[];
  /** Says whether a body field or query parameter holds a secret. */
  isSecret: (name: string) => boolean;
}

/**
 * One record per attempt: `info` gets method, URL, status, duration and attempt; `debug` adds
 * allow-listed headers and bodies with secrets masked. Nothing is logged when the level is higher.
 */
export function logRecordsPolicy(options: LogPolicyOptions): Policy {
  return {
    name: "log",
    async handle(request, ctx, next) {
      const debug = levelEnabled(ctx.logLevel, "debug");
      const info = levelEnabled(ctx.logLevel, "info");
      if (!debug && !info) return next(request, ctx);
      const base = {
        vendor: ctx.vendor,
        operation: ctx.operationId,
        requestId: ctx.requestId,
        attempt: ctx.attempt,
        method: request.method,
        url: safeUrl(request.url, options.isSecret),
      };
      // Debug records (masked bodies and headers) load their code the first time they are made.
      const mask = debug ? await import("../logging/mask.js") : undefined;
      if (mask) {
        const { headersForLog, maskBody } = mask;
        const body = bodyText(request.body);
        ctx.logger.debug("request", {
          ...base,
          headers: headersForLog(request.headers, options.allowHeaders),
          ...(body && { body: maskBody(body, request.headers["content-type"] ?? null, options.isSecret) }),
        });
      }
      const started = performance.now();
      try {
        const response = await next(request, ctx);
        const fields = { ...base, status: response.status, durationMs: Math.round(performance.now() - started) };
        if (mask) {
          const { headersForLog, maskBody } = mask;
          const body = bodyText(response.body);
          ctx.logger.debug("response", {
            ...fields,
            headers: headersForLog(response.headers, options.allowHeaders),
            ...(body && { body: maskBody(body, response.headers.get("content-type"), options.isSecret) }),
          });
        } else {
          ctx.logger.info("response", fields);
        }
        return response;
      } catch (error) {
        ctx.logger.info("request failed", {
          ...base,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          durationMs: Math.round(performance.now() - started),
        });
        throw error;
      }
    },
  };
}

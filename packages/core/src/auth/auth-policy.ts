import type { Policy } from "../pipeline/types.js";
import type { AuthContext, AuthProvider } from "./types.js";

/**
 * Applies credentials to each request. On a 401 it drops the credential that was refused, gets a
 * new one, and replays the request once (a 401 means the server did not act on it, so even a
 * POST is safe to replay). Operations marked `noAuth` go out bare.
 */
export function authPolicy(provider: AuthProvider, context: (signal: AbortSignal | undefined) => AuthContext): Policy {
  return {
    name: "auth",
    async handle(request, ctx, next) {
      if (ctx.operation?.noAuth) return next(request, ctx);
      // The replay needs an unsent body; a body-less request can simply be sent again.
      const first = request.body !== null ? request.clone() : request;
      const grant = await provider.authorize(first, context(ctx.signal));
      const response = await next(first, ctx);
      if (response.status !== 401 || !grant) return response;
      grant.invalidate();
      await response.body?.cancel().catch(() => undefined);
      ctx.logger.info("401: re-authenticating and replaying once", {
        vendor: ctx.vendor,
        operation: ctx.operationId,
        requestId: ctx.requestId,
        auth: provider.kind,
      });
      await provider.authorize(request, context(ctx.signal));
      return next(request, ctx);
    },
  };
}

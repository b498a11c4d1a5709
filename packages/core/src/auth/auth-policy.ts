import type { Policy } from "../pipeline/types.js";
import type { AuthContext, AuthProvider } from "./types.js";

/**
 * Applies credentials to each request. On a 401 (or what the provider calls a refusal) it drops
 * the credential that was refused, gets a new one, and replays the request once (the server did
 * not act on it, so even a POST is safe to replay). Operations marked `noAuth` go out bare.
 */
export function authPolicy(provider: AuthProvider, context: (signal: AbortSignal | undefined) => AuthContext): Policy {
  const refused = provider.isRefusal ?? ((response) => response.status === 401);
  return {
    name: "auth",
    async handle(request, ctx, next) {
      if (ctx.operation?.noAuth) return next(request, ctx);
      const first = { ...request, headers: { ...request.headers } };
      const grant = await provider.authorize(first, context(ctx.signal));
      const response = await next(first, ctx);
      if (!grant || !refused(response)) return response;
      grant.invalidate();
      ctx.logger.info(`${response.status}: re-authenticating and replaying once`, {
        vendor: ctx.vendor,
        operation: ctx.operationId,
        requestId: ctx.requestId,
        auth: provider.kind,
      });
      const replay = { ...request, headers: { ...request.headers } };
      await provider.authorize(replay, context(ctx.signal));
      return next(replay, ctx);
    },
  };
}

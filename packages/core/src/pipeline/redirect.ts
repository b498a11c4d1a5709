import type { Policy } from "./types.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Follows redirects, but only within the origin the request went to (see redirect-follow.ts,
 * loaded on the first redirect). A redirect to another origin is a RedirectError and nothing is
 * sent there.
 */
export function redirectPolicy(options: { maxHops?: number } = {}): Policy {
  let follow: Promise<Policy> | undefined;
  return {
    name: "redirect",
    async handle(request, ctx, next) {
      const response = await next(request, ctx);
      if (!REDIRECTS.has(response.status) || !response.headers.has("location")) return response;
      follow ??= import("./redirect-follow.js").then((m) => m.followRedirects(options));
      const policy = await follow;
      let first = true;
      // The follower starts from this answer instead of sending the request again.
      return policy.handle(request, ctx, (req, c) => {
        if (first) {
          first = false;
          return Promise.resolve(response);
        }
        return next(req, c);
      });
    },
  };
}

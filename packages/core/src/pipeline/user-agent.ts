import type { Policy } from "./types.js";

/** Sets `User-Agent` to `trustplane-<vendor>/<version> node/<version>` plus the user's product token. */
export function userAgentPolicy(options: { product: string; append?: string | undefined }): Policy {
  const value = [options.product, `node/${process.versions.node}`, options.append].filter(Boolean).join(" ");
  return {
    name: "user-agent",
    handle(request, ctx, next) {
      const current = request.headers["user-agent"];
      if (current === undefined || current === "node") request.headers["user-agent"] = value;
      return next(request, ctx);
    },
  };
}

import { RedirectError } from "../errors/errors.js";
import type { HttpRequest } from "../http/types.js";
import type { Policy } from "./types.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_HOPS = 5;

/**
 * Follows redirects, but only within the origin the request went to. A redirect to another origin
 * is a RedirectError naming both, and nothing is sent there: not the token, not a custom header,
 * not the body, not the client certificate. 303 (and 301/302 after a POST) continue as a GET
 * without body, as browsers and fetch do; 307/308 repeat the request as it was.
 */
export function followRedirects(options: { maxHops?: number } = {}): Policy {
  const maxHops = options.maxHops ?? MAX_HOPS;
  return {
    name: "redirect",
    async handle(request, ctx, next) {
      let current = request;
      for (let hop = 0; ; hop++) {
        const response = await next(current, ctx);
        if (!REDIRECTS.has(response.status)) return response;
        const location = response.headers.get("location");
        if (!location) return response;
        const from = new URL(current.url);
        let target: URL;
        try {
          target = new URL(location, from);
        } catch {
          return response;
        }
        if (target.origin !== from.origin) {
          throw new RedirectError(
            `${ctx.operationId ?? current.method} was redirected (${response.status}) from ${from.origin} to ${target.origin}; redirects are followed only within the origin you named, so nothing was sent to ${target.origin}`,
            { from: from.origin, to: target.origin, status: response.status },
          );
        }
        if (hop >= maxHops) {
          throw new RedirectError(`${ctx.operationId ?? current.method} was redirected more than ${maxHops} times`, {
            from: from.origin,
            to: target.origin,
            status: response.status,
          });
        }
        current = nextRequest(current, response.status, target.toString());
      }
    },
  };
}

function nextRequest(request: HttpRequest, status: number, url: string): HttpRequest {
  const becomesGet = status === 303 || ((status === 301 || status === 302) && request.method === "POST");
  if (!becomesGet) return { ...request, url };
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name !== "content-type" && name !== "content-length") headers[name] = value;
  }
  return { method: request.method === "HEAD" ? "HEAD" : "GET", url, headers, body: undefined };
}

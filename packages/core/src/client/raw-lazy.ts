import type { Client } from "openapi-fetch";
import { TrustplaneError } from "../errors/trustplane-error.js";
import type { HttpResponse } from "../http/types.js";
import type { RawCall } from "./raw-client.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * The raw client, loaded on its first call: every method is asynchronous anyway, so its code
 * (openapi-fetch compatible init handling, WHATWG Response results) stays out of apps and
 * cold starts that never use `client.raw`.
 */
export function lazyRawClient<Paths extends {}>(send: (call: RawCall) => Promise<HttpResponse>): Client<Paths> {
  let loaded: Promise<Record<string, (...args: unknown[]) => unknown>> | undefined;
  const load = () => {
    loaded ??= import("./raw-client.js").then(
      (m) => m.createRawClient<Paths>(send) as unknown as Record<string, (...args: unknown[]) => unknown>,
    );
    return loaded;
  };
  const client: Record<string, unknown> = {
    request: (...args: unknown[]) => load().then((c) => c.request?.(...args)),
    use: () => {
      throw new TrustplaneError(
        "client.raw does not take openapi-fetch middleware; pass `policies` to the client instead",
      );
    },
    eject: () => undefined,
  };
  for (const method of METHODS) client[method] = (...args: unknown[]) => load().then((c) => c[method]?.(...args));
  return client as unknown as Client<Paths>;
}

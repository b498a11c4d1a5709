/** The fake's msw handlers, one module per area of the API, wired on one shared context. */
import type { HttpHandler } from "msw";
import { applicationHandlers } from "./applications.js";
import { certificateHandlers } from "./certificates.js";
import { createApi, type HandlerConfig } from "./context.js";
import { cryptoHandlers } from "./crypto.js";
import { keyHandlers } from "./keys.js";
import { rotationPolicyHandlers } from "./rotation-policies.js";
import { tokenHandlers } from "./tokens.js";

export type { HandlerConfig } from "./context.js";
export { negotiate, p1Error, rateLimitResponse } from "./requests.js";

/** The fake's msw handlers: token endpoints, then the management API by area. */
export function createHandlers(config: HandlerConfig): HttpHandler[] {
  const api = createApi(config);
  return [
    ...tokenHandlers(config),
    ...keyHandlers(api),
    ...certificateHandlers(api),
    ...applicationHandlers(api),
    ...cryptoHandlers(api),
    ...rotationPolicyHandlers(api),
  ];
}

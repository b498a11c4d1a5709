/** The Admin API's OAuth2 token endpoint (client credentials, by form or HTTP Basic). */
import { randomBytes } from "node:crypto";
import { clientCredentialsOf, oauthError } from "@trustplane/testing";
import { type HttpHandler, HttpResponse, http } from "msw";
import type { FakeConfig } from "../router.js";

/** The token endpoint handler of one fake. */
export function tokenHandler(config: FakeConfig): HttpHandler {
  return http.post(config.tokenUrl, async ({ request }) => {
    const fault = await config.faults.apply(request);
    if (fault) return fault;
    const { state } = config;
    state.tokenRequests++;
    const form = new URLSearchParams(await request.text());
    if (form.get("grant_type") !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", "Only client_credentials is supported");
    }
    const [clientId, secret] = clientCredentialsOf(request, form);
    if (!clientId || state.oauthClients.get(clientId) !== secret) {
      return oauthError(401, "unauthorized_client", "Invalid client or Invalid client credentials");
    }
    const token = randomBytes(24).toString("base64url");
    state.tokens.set(token, { clientId, expiresAt: Date.now() + config.tokenLifetimeSeconds * 1000 });
    return HttpResponse.json({
      access_token: token,
      token_type: "Bearer",
      expires_in: config.tokenLifetimeSeconds,
      scope: "profile email",
    });
  });
}

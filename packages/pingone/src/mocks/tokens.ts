/** The fake's OAuth2 token endpoints: client credentials per environment and per custom domain. */
import { randomBytes } from "node:crypto";
import { clientCredentialsOf, oauthError } from "@trustplane/testing";
import { type HttpHandler, HttpResponse, http } from "msw";
import type { HandlerConfig } from "./context.js";

/** The token endpoint handlers of one fake. */
export function tokenHandlers(config: HandlerConfig): HttpHandler[] {
  const { state } = config;

  const issueToken = async (request: Request, environmentId: string): Promise<Response> => {
    const fault = await config.faults.apply(request);
    if (fault) return fault;
    state.tokenRequests++;
    const form = new URLSearchParams(await request.text());
    if (form.get("grant_type") !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", "Only client_credentials is supported here");
    }
    const [clientId, secret] = clientCredentialsOf(request, form);
    const worker = clientId ? state.workers.get(clientId) : undefined;
    if (!worker || worker.clientSecret !== secret || worker.environmentId !== environmentId) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    const token = randomBytes(24).toString("base64url");
    state.tokens.set(token, {
      clientId: worker.clientId,
      environmentId,
      expiresAt: Date.now() + config.tokenLifetimeSeconds * 1000,
    });
    state.tokensIssued++;
    return HttpResponse.json({ access_token: token, token_type: "Bearer", expires_in: config.tokenLifetimeSeconds });
  };

  return [
    http.post(`${config.authUrl}/:environmentId/as/token`, ({ request, params }) =>
      issueToken(request, String(params.environmentId)),
    ),
    ...Object.entries(config.customDomains).map(([origin, environmentId]) =>
      http.post(`${origin.replace(/\/+$/, "")}/as/token`, ({ request }) => issueToken(request, environmentId)),
    ),
  ];
}

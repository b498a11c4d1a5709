/**
 * What every route of the fake shares: state, views, PKI, settings, the request log, and `route()`,
 * which wraps a handler with the controller's session check, input validation and error envelope.
 */
import { validateJsonSchema } from "@trustplane/core";
import { type FaultInjector, verifyJwt } from "@trustplane/testing";
import { type HttpHandler, http } from "msw";
import { bindings } from "../generated/resources.gen.js";
import { errorResponse, FakeError, invalidField, jsonBody, unauthorized } from "./http.js";
import type { FakePki } from "./pki.js";
import type { Relations } from "./relations.js";
import type { FakeApiSession, FakeRow, FakeZitiState } from "./state.js";
import type { Views } from "./views.js";

/** The header through which an HTTPS front passes the client certificate it verified (base64 DER). */
export const CLIENT_CERT_HEADER = "x-trustplane-fake-client-certificate";

/** One request the fake received (no credentials, no body). */
export interface RecordedRequest {
  readonly method: string;
  /** Path below the management API (`/identities`), or the full path for the controller root. */
  readonly path: string;
  /** Query string as sent (filters included). */
  readonly query: string;
  /** The operation that answered. */
  readonly operationId: string;
  /** The answer's status. */
  readonly status: number;
}

/** The fake's settings, live (tests may change them). */
export interface FakeSettings {
  /** Idle time after which an API session ends, in seconds (each call restarts it). */
  sessionTimeoutSeconds: number;
  /** Lifetime of new enrollments, in minutes. */
  enrollmentMinutes: number;
  /** The next this many logins answer 429 (the controller's auth rate limiter). */
  rateLimitedLogins: number;
}

/** Everything the routes share. */
export interface FakeContext {
  /** The controller root (`https://ctrl.example.com:1280`). */
  readonly root: string;
  /** The management API base (`<root>/edge/management/v1`). */
  readonly api: string;
  readonly state: FakeZitiState;
  readonly relations: Relations;
  readonly views: Views;
  readonly pki: FakePki;
  readonly settings: FakeSettings;
  readonly requests: RecordedRequest[];
  readonly faults: FaultInjector;
}

/** A request as a route sees it. */
export interface Call {
  readonly request: Request;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  /** The caller's API session (undefined on public routes and for external JWT bearer calls). */
  readonly session: FakeApiSession | undefined;
  /** The caller's identity (undefined on public routes). */
  readonly identity: FakeRow | undefined;
  /** The JSON body (an object), read once. */
  body(): Promise<Record<string, unknown>>;
}

/** Route options. */
export interface RouteOptions {
  /** No session needed (`security: []`). */
  public?: boolean;
  /** A session still waiting for its MFA code may call it. */
  partial?: boolean;
}

type Method = "get" | "post" | "put" | "patch" | "delete";

/** Field names whose values the fake never echoes in an error. */
const SECRET_FIELDS = new Set(["password", "currentPassword", "code", "token", "identitySecret", "jwt"]);

/**
 * Checks an operation's input (body fields and path parameters) against the spec's JSON Schema
 * (the generated bindings), as the controller validates its documents: the first problem is a 400
 * COULD_NOT_VALIDATE naming the field. Unknown fields are ignored, as the controller does.
 */
export async function checkInput(operationId: string, input: Record<string, unknown>): Promise<void> {
  const schema = bindings[operationId]?.schema;
  if (!schema) return;
  try {
    await validateJsonSchema(schema, input, operationId);
  } catch (error) {
    const issues = ((error as { issues?: Array<{ path: string; message: string }> }).issues ?? []).filter(
      (i) => !/unknown field|not a known/.test(i.message),
    );
    const first = issues[0];
    if (!first) return;
    const field = first.path.replace(/^body\.?/, "") || "(root)";
    const top = field.split(/[.[]/)[0] as string;
    const missing = field === top && input[top] === undefined;
    const reason = missing ? "is required" : first.message;
    const value = SECRET_FIELDS.has(top) ? undefined : (input[top] ?? null);
    throw invalidField(field, reason, value, `schema validation failed: ${field} ${reason}`);
  }
}

/** The session a request carries (`zt-session`, or `Authorization: Bearer` with a session token or external JWT). */
function authenticate(
  ctx: FakeContext,
  request: Request,
  partialOk: boolean,
): { session?: FakeApiSession; identity: FakeRow } {
  const { state, settings } = ctx;
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const token = request.headers.get("zt-session") ?? bearer;
  if (!token) throw unauthorized("no zt-session header or bearer token");
  const session = [...state.apiSessions.values()].find((s) => s.token === token);
  if (session) {
    const now = Date.now();
    if (now >= session.expiresAt) {
      state.apiSessions.delete(session.id);
      throw unauthorized("the API session expired");
    }
    if (session.isMfaRequired && !session.isMfaComplete && !partialOk) {
      throw new FakeError(401, "UNAUTHORIZED", "The request could not be completed. MFA is required", {
        causeMessage: "the session must answer its MFA auth query first",
      });
    }
    const identity = state.identities.get(session.identityId);
    if (!identity) {
      state.apiSessions.delete(session.id);
      throw unauthorized("the session's identity no longer exists");
    }
    session.lastActivityAt = now;
    session.expiresAt = now + settings.sessionTimeoutSeconds * 1000;
    return { session, identity };
  }
  if (bearer) {
    const identity = identityForExternalJwt(ctx, bearer);
    if (identity) return { identity };
  }
  throw unauthorized("the session token is not known or has been ended");
}

/** The identity an external JWT (from an enabled external JWT signer) names, or undefined. */
export function identityForExternalJwt(ctx: FakeContext, jwt: string): FakeRow | undefined {
  for (const signer of ctx.state.externalJwtSigners.values()) {
    if (signer.enabled === false || typeof signer.certPem !== "string") continue;
    try {
      const { claims } = verifyJwt(jwt, signer.certPem, {
        ...(typeof signer.issuer === "string" && { issuer: signer.issuer }),
        ...(typeof signer.audience === "string" && { audience: signer.audience }),
      });
      const property =
        typeof signer.claimsProperty === "string" && signer.claimsProperty ? signer.claimsProperty : "sub";
      const subject = claims[property];
      if (typeof subject !== "string") continue;
      const identity = [...ctx.state.identities.values()].find((i) =>
        signer.useExternalId ? i.externalId === subject : i.id === subject || i.externalId === subject,
      );
      if (identity) return identity;
    } catch {
      // not this signer's token
    }
  }
  return undefined;
}

/** A route factory bound to one fake. */
export type Route = (
  method: Method,
  path: string,
  operationId: string,
  handler: (call: Call) => Response | Promise<Response>,
  options?: RouteOptions,
) => HttpHandler;

/** Builds `route()`: session check, validation errors as envelopes, the request log. */
export function routeFactory(ctx: FakeContext): Route {
  return (method, path, operationId, handler, options = {}) => {
    const absolute = path.startsWith("http") ? path : `${ctx.api}${path}`;
    return http[method](absolute, async ({ request, params }) => {
      const url = new URL(request.url);
      let response: Response;
      try {
        const who = options.public ? undefined : authenticate(ctx, request, options.partial === true);
        let body: Promise<Record<string, unknown>> | undefined;
        response = await handler({
          request,
          url,
          params: params as Record<string, string>,
          session: who?.session,
          identity: who?.identity,
          body: () => {
            body ??= jsonBody(request);
            return body;
          },
        });
      } catch (error) {
        if (!(error instanceof FakeError)) throw error;
        response = errorResponse(error);
      }
      const local = url.pathname.startsWith(new URL(ctx.api).pathname)
        ? url.pathname.slice(new URL(ctx.api).pathname.length) || "/"
        : url.pathname;
      ctx.requests.push({
        method: request.method,
        path: local,
        query: url.search,
        operationId,
        status: response.status,
      });
      return response;
    });
  };
}

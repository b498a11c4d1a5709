import { generateKeyPairSync } from "node:crypto";
import { inspect } from "node:util";
import { captureLogs, decodeClaims } from "@trustplane/testing";
import { http } from "msw";
import { describe, expect, it, vi } from "vitest";
import {
  AIC_SCOPES,
  AuthenticationError,
  bearer,
  createAicClient,
  PermissionDeniedError,
  ScopeRefusedError,
  serviceAccount,
  ValidationError,
} from "../src/index.js";
import { clientFor, rejectionOf, setupTenant } from "./helpers.js";

// The tenant grants everything but the release and federation scopes.
const allowed = AIC_SCOPES.filter((s) => s !== "fr:idc:release:*" && s !== "fr:idc:federation:*");
const { mocks, server } = setupTenant({ allowedScopes: allowed });
const key = mocks.serviceAccount.privateJwk as Record<string, unknown>;
const esvOnly = ["fr:idc:esv:read"];

/** Form fields of each token request. */
function captureTokenRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.use(
    http.post(mocks.tokenUrl, async ({ request }) => {
      seen.push(new URLSearchParams(await request.clone().text()));
      return undefined;
    }),
  );
  return seen;
}

describe("service account (JWT bearer)", () => {
  it("signs an RS256 assertion with iss = sub = id, aud = token URL, ~3 min exp and a unique jti", async () => {
    const seen = captureTokenRequests();
    let now = Date.now();
    const aic = clientFor(mocks, { scopes: ["fr:idc:esv:read", "fr:idc:esv:update"] });
    await aic.count.get();
    const second = createAicClient({
      tenant: mocks.baseUrl,
      auth: serviceAccount({ id: mocks.serviceAccount.id, privateKey: key, scopes: esvOnly, now: () => now }),
      logLevel: "off",
    });
    await second.count.get();
    now += 900_000 + 1;
    await second.count.get();

    expect(seen).toHaveLength(3);
    const form = seen[0] as URLSearchParams;
    expect(form.get("grant_type")).toBe("urn:ietf:params:oauth:grant-type:jwt-bearer");
    expect(form.get("client_id")).toBe("service-account");
    expect(form.get("scope")).toBe("fr:idc:esv:read fr:idc:esv:update");
    const claims = decodeClaims(form.get("assertion") as string);
    expect(claims.iss).toBe(mocks.serviceAccount.id);
    expect(claims.sub).toBe(mocks.serviceAccount.id);
    expect(claims.aud).toBe(`${mocks.baseUrl}/am/oauth2/access_token`);
    expect((claims.exp as number) - (claims.iat as number)).toBe(180);
    const header = JSON.parse(
      Buffer.from((form.get("assertion") as string).split(".")[0] as string, "base64url").toString(),
    );
    expect(header.alg).toBe("RS256");
    const jtis = seen.map((f) => decodeClaims(f.get("assertion") as string).jti);
    expect(new Set(jtis).size).toBe(3);
  });

  it.each([
    ["a JWK object", () => key],
    ["JWK JSON text", () => JSON.stringify(key)],
    ["PEM", () => mocks.serviceAccount.privatePem as string],
  ])("accepts the key as %s (the fake verifies the signature)", async (_name, privateKey) => {
    const aic = createAicClient({
      tenant: mocks.baseUrl,
      auth: serviceAccount({ id: mocks.serviceAccount.id, privateKey: privateKey(), scopes: esvOnly }),
      logLevel: "off",
    });
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
    expect(mocks.tokens.issuedCount).toBe(1);
  });

  it("a token is fetched once and shared by concurrent calls", async () => {
    const aic = clientFor(mocks, { scopes: esvOnly });
    await Promise.all(Array.from({ length: 20 }, () => aic.count.get()));
    expect(mocks.tokens.requestCount).toBe(1);
  });

  it("invalid_scope becomes a ScopeRefusedError naming the refused scopes", async () => {
    const aic = clientFor(mocks, { scopes: ["fr:idc:esv:*", "fr:idc:release:*", "fr:idc:federation:*"] });
    const error = (await rejectionOf(aic.count.get())) as ScopeRefusedError;
    expect(error).toBeInstanceOf(ScopeRefusedError);
    expect(error.name).toBe("ScopeRefusedError");
    expect(error.code).toBe("invalid_scope");
    expect(error.refusedScopes).toEqual(["fr:idc:release:*", "fr:idc:federation:*"]);
    expect(error.message).toContain("fr:idc:release:*, fr:idc:federation:*");
    expect(error.description).toBe("Unsupported scope for service account: fr:idc:release:*,fr:idc:federation:*");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      refusedScopes: ["fr:idc:release:*", "fr:idc:federation:*"],
    });
    expect(mocks.requests).toHaveLength(0);
  });

  it("dropRefusedScopes asks again without them; calls needing them then fail with 403", async () => {
    const seen = captureTokenRequests();
    const { logger, records } = captureLogs();
    const aic = clientFor(mocks, {
      scopes: ["fr:idc:esv:*", "fr:idc:release:*"],
      dropRefusedScopes: true,
      logger,
      logLevel: "warn",
    });
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
    expect(seen.map((f) => f.get("scope"))).toEqual(["fr:idc:esv:* fr:idc:release:*", "fr:idc:esv:*"]);
    expect(records).toContainEqual(
      expect.objectContaining({
        level: "warn",
        fields: expect.objectContaining({ refusedScopes: ["fr:idc:release:*"] }),
      }),
    );
    const denied = (await rejectionOf(aic.release.get())) as PermissionDeniedError;
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    expect(denied.code).toBe(403);
    // later calls keep the reduced scope set: no more refused token requests
    await aic.variables.list().toArray();
    expect(seen).toHaveLength(2);
  });

  it("dropRefusedScopes still fails when every scope is refused", async () => {
    const aic = clientFor(mocks, { scopes: ["fr:idc:release:*"], dropRefusedScopes: true });
    expect(await rejectionOf(aic.count.get())).toBeInstanceOf(ScopeRefusedError);
  });

  it("a token that expired on the server (401) is replaced and the call replayed once", async () => {
    const aic = clientFor(mocks, { scopes: esvOnly });
    await aic.count.get();
    mocks.control.expireTokens();
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
    expect(mocks.tokens.issuedCount).toBe(2);
    expect(mocks.requests.map((r) => r.status)).toEqual([200, 401, 200]);
  });

  it("refreshes ahead of expiry while the current token still serves", async () => {
    let now = Date.now();
    const aic = createAicClient({
      tenant: mocks.baseUrl,
      auth: serviceAccount({
        id: mocks.serviceAccount.id,
        privateKey: key,
        scopes: esvOnly,
        now: () => now,
        refreshAheadMs: 120_000,
      }),
      logLevel: "off",
    });
    await aic.count.get();
    now += 900_000 - 60_000; // inside the refresh window, not expired
    await aic.count.get();
    await vi.waitFor(() => expect(mocks.tokens.issuedCount).toBe(2)); // the refresh runs in the background
    expect(mocks.requests.every((r) => r.status === 200)).toBe(true);
  });

  it("a 403 for a missing scope is a PermissionDeniedError in the tenant's words", async () => {
    const aic = clientFor(mocks, { scopes: esvOnly });
    const error = (await rejectionOf(aic.variables.set({ id: "esv-x", value: "1" }))) as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toContain("fr:idc:esv:update");
    expect(error.operation).toBe("createVariables");
  });

  it("checks serviceAccount options at once, naming the field and never echoing the key", () => {
    const { publicKey, privateKey: ecKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const cases: Array<[() => unknown, string]> = [
      [() => serviceAccount({ id: "", privateKey: key, scopes: esvOnly }), "id"],
      [() => serviceAccount({ id: "x", privateKey: key, scopes: [] }), "scopes"],
      [() => serviceAccount({ id: "x", privateKey: key, scopes: ["a b"] }), "scopes[0]"],
      [
        () =>
          serviceAccount({
            id: "x",
            privateKey: "-----BEGIN PRIVATE KEY-----\nsecretstuff\n-----END PRIVATE KEY-----",
            scopes: esvOnly,
          }),
        "privateKey",
      ],
      [
        () => serviceAccount({ id: "x", privateKey: publicKey.export({ format: "jwk" }) as never, scopes: esvOnly }),
        "privateKey",
      ],
      [
        () => serviceAccount({ id: "x", privateKey: ecKey.export({ format: "jwk" }) as never, scopes: esvOnly }),
        "privateKey",
      ],
    ];
    for (const [make, path] of cases) {
      let error: unknown;
      try {
        make();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).toBe(path);
      expect((error as Error).message).not.toContain("secretstuff");
    }
  });

  it("nothing secret shows in JSON.stringify or util.inspect of the auth, the client or errors", async () => {
    const auth = serviceAccount({ id: mocks.serviceAccount.id, privateKey: key, scopes: ["fr:idc:release:*"] });
    const aic = createAicClient({ tenant: mocks.baseUrl, auth, logLevel: "off" });
    const error = await rejectionOf(aic.count.get());
    const d = String(key.d);
    for (const view of [
      JSON.stringify(auth),
      inspect(auth, { depth: 10, showHidden: true }),
      JSON.stringify(aic),
      inspect(aic, { depth: 10, showHidden: true }),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ]) {
      expect(view).not.toContain(d);
      expect(view).not.toContain(d.slice(0, 20));
    }
    expect(JSON.parse(JSON.stringify(aic))).toEqual({
      tenantUrl: mocks.baseUrl,
      tokenUrl: mocks.tokenUrl,
      auth: "service-account",
    });
  });
});

describe("bearer", () => {
  it("sends a token you already have", async () => {
    const token = mocks.control.issueToken(["fr:idc:esv:read"]);
    const aic = createAicClient({ tenant: mocks.baseUrl, auth: bearer(token), logLevel: "off" });
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
    expect(mocks.tokens.requestCount).toBe(0);
    expect(JSON.stringify(aic)).not.toContain(token);
    expect(inspect(aic, { depth: 10, showHidden: true })).not.toContain(token);
  });

  it("asks a token function again after a 401", async () => {
    const first = mocks.control.issueToken();
    let second = "";
    let calls = 0;
    const aic = createAicClient({
      tenant: mocks.baseUrl,
      // hands out the old token until it has been refused once
      auth: bearer(async () => (++calls <= 2 ? first : second)),
      logLevel: "off",
    });
    await aic.release.get();
    mocks.control.expireTokens();
    second = mocks.control.issueToken();
    await aic.release.get();
    expect(calls).toBe(3);
    expect(mocks.requests.map((r) => r.status)).toEqual([200, 401, 200]);
  });

  it("a static token that stops working ends in AuthenticationError", async () => {
    const aic = createAicClient({ tenant: mocks.baseUrl, auth: bearer("not-a-token"), logLevel: "off" });
    const error = (await rejectionOf(aic.count.get())) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("Access Token is invalid");
  });
});

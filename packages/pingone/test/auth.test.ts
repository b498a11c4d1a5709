import { inspect } from "node:util";
import { AuthError, AuthenticationError, PermissionDeniedError } from "@trustplane/core";
import { captureLogs } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import { bearer, clientCredentials, createPingOneClient } from "../src/index.js";
import { createTestKeystore, PINGONE_DEMO } from "../src/mocks/index.js";
import { failure, signingKey, useFake } from "./helpers.js";

const ADMIN_ENV = "11111111-2222-4333-8444-555555555555";
const OTHER_ENV = "99999999-8888-4777-8666-555555555555";
const { client, mocks, server } = useFake({
  customDomains: { "https://login.example.com": PINGONE_DEMO.environmentId },
  seed: (state) => {
    state.addEnvironment({ id: ADMIN_ENV, name: "Administrators" });
    state.addEnvironment({ id: OTHER_ENV, name: "Unmanaged" });
    state.addWorker({
      environmentId: ADMIN_ENV,
      clientId: "admin-worker",
      clientSecret: "admin-secret",
      manages: [PINGONE_DEMO.environmentId],
    });
  },
});

describe("client credentials", () => {
  it("gets one token from the environment's token endpoint and reuses it", async () => {
    const p1 = client();
    await p1.keys.list();
    await p1.keys.list();
    expect(mocks.state.tokenRequests).toBe(1);
    const [token] = [...mocks.state.tokens.values()];
    expect(token).toMatchObject({ clientId: PINGONE_DEMO.clientId, environmentId: PINGONE_DEMO.environmentId });
  });

  it("shares one token request between concurrent calls", async () => {
    const p1 = client();
    await Promise.all(Array.from({ length: 20 }, () => p1.keys.list()));
    expect(mocks.state.tokenRequests).toBe(1);
  });

  it("gets the token in another environment than the one it manages", async () => {
    const p1 = client({
      auth: clientCredentials({ clientId: "admin-worker", clientSecret: "admin-secret", environmentId: ADMIN_ENV }),
    });
    await p1.keys.generate(signingKey());
    expect([...mocks.state.tokens.values()][0]?.environmentId).toBe(ADMIN_ENV);
    // The admin worker has no role in OTHER_ENV: PingOne's 403 ACCESS_FAILED.
    const error = await failure(p1.keys.list({ environmentId: OTHER_ENV }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).code).toBe("ACCESS_FAILED");
  });

  it("re-authenticates once when the token is refused, and replays the call", async () => {
    const p1 = client();
    await p1.keys.list();
    mocks.state.expireAllTokens();
    await p1.keys.generate(signingKey()); // a POST: a 401 means it was not acted on, so replay is safe
    expect(mocks.state.tokensIssued).toBe(2);
    expect(mocks.state.environment(PINGONE_DEMO.environmentId).keys.size).toBe(1);
  });

  it("refreshes ahead of expiry, and fetches a new token once the old one is unusable", async () => {
    let shift = 0;
    const p1 = client({
      auth: clientCredentials({
        clientId: PINGONE_DEMO.clientId,
        clientSecret: PINGONE_DEMO.clientSecret,
        now: () => Date.now() + shift,
      }),
    });
    await p1.keys.list();
    shift = 3_600_000 - 30_000; // 30 s before expiry: inside the 60 s refresh-ahead window
    await p1.keys.list();
    await new Promise((r) => setTimeout(r, 20));
    expect(mocks.state.tokenRequests).toBe(2);
    shift = 2 * 3_600_000;
    await p1.keys.list();
    expect(mocks.state.tokenRequests).toBe(3);
  });

  it("sends the secret in the form with authMethod post", async () => {
    let body = "";
    server.events.on("request:start", async ({ request }) => {
      if (request.url.endsWith("/as/token")) body = await request.clone().text();
    });
    await client({
      auth: clientCredentials({
        clientId: PINGONE_DEMO.clientId,
        clientSecret: PINGONE_DEMO.clientSecret,
        authMethod: "post",
      }),
    }).keys.list();
    server.events.removeAllListeners();
    expect(new URLSearchParams(body).get("client_id")).toBe(PINGONE_DEMO.clientId);
  });

  it("uses a custom-domain token URL", async () => {
    const p1 = client({
      auth: clientCredentials({
        clientId: PINGONE_DEMO.clientId,
        clientSecret: PINGONE_DEMO.clientSecret,
        tokenUrl: "https://login.example.com/as/token",
      }),
    });
    await p1.keys.list();
    expect(mocks.state.tokensIssued).toBe(1);
  });

  it("reports refused credentials as AuthError without the secret", async () => {
    const p1 = client({
      auth: clientCredentials({ clientId: PINGONE_DEMO.clientId, clientSecret: "wrong-secret-value" }),
    });
    const error = await failure(p1.keys.list());
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe("invalid_client");
    expect(`${String(error)} ${JSON.stringify(error)} ${inspect(error)}`).not.toContain("wrong-secret-value");
  });
});

describe("bearer", () => {
  it("sends a static token, and the API answers 401 for a bad one", async () => {
    const p1 = client({ auth: bearer("not-a-token") });
    const error = await failure(p1.keys.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("ACCESS_FAILED");
  });

  it("calls a token function, again after a 401", async () => {
    // Get a real token from the fake to hand out.
    const issue = async () => {
      const response = await fetch(`https://auth.pingone.com/${PINGONE_DEMO.environmentId}/as/token`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${PINGONE_DEMO.clientId}:${PINGONE_DEMO.clientSecret}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: "grant_type=client_credentials",
      });
      return ((await response.json()) as { access_token: string }).access_token;
    };
    const first = await issue();
    const handedOut: string[] = [];
    let fresh: string | undefined;
    const p1 = client({
      auth: bearer(async () => {
        // The function hands out the current token; after PingOne refuses it, a fresh one.
        const token = handedOut.length < 2 ? first : (fresh as string);
        handedOut.push(token);
        return token;
      }),
    });
    await p1.keys.list();
    mocks.state.expireAllTokens();
    fresh = await issue();
    await p1.keys.list();
    // first call, the call the server refused (401), then the replay with the fresh token
    expect(handedOut).toEqual([first, first, fresh]);
  });
});

describe("secrets stay out of sight", () => {
  it("never shows the client secret, a token or a PKCS#12 password in JSON, inspect or debug logs", async () => {
    const log = captureLogs();
    const auth = clientCredentials({ clientId: PINGONE_DEMO.clientId, clientSecret: PINGONE_DEMO.clientSecret });
    const p1 = createPingOneClient({
      environmentId: PINGONE_DEMO.environmentId,
      auth,
      logger: log.logger,
      logLevel: "debug",
    });
    await p1.keys.generate(signingKey());
    const key = (await p1.keys.list()).items[0];
    await p1.crypto
      .decrypt({ body: { keyId: key?.id as string, data: "AAAA", plaintext: "top-secret-plaintext" } })
      .catch(() => undefined);
    const keystore = createTestKeystore({ password: "keystore-password-42" });
    await p1.keys.import({ file: keystore.pkcs12, usageType: "SIGNING", password: "keystore-password-42" });
    await failure(p1.keys.import({ file: keystore.pkcs12, usageType: "SIGNING", password: "wrong-password-43" }));
    const token = [...mocks.state.tokens.keys()][0] as string;
    const shown = [
      JSON.stringify(p1),
      inspect(p1, { depth: 10 }),
      JSON.stringify(auth),
      inspect(auth),
      log.text(),
    ].join("\n");
    expect(shown).not.toContain(PINGONE_DEMO.clientSecret);
    expect(shown).not.toContain(token);
    expect(shown).not.toContain("top-secret-plaintext");
    expect(shown).not.toContain("keystore-password-42");
    expect(shown).not.toContain("wrong-password-43");
    expect(log.records.some((r) => r.message === "request")).toBe(true);
  });
});

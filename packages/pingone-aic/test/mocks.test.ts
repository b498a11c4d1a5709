import { createMockServer } from "@trustplane/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAicClient, serviceAccount } from "../src/index.js";
import { sandboxMocks } from "../src/mocks/index.js";

const BASE = "http://127.0.0.1:4010/pingone-aic";
const sandbox = sandboxMocks(BASE);
const server = createMockServer(...sandbox.handlers);
const { connection } = sandbox;

beforeAll(() => server.listen());
afterAll(() => server.close());

/** A live bearer header from the fake's token endpoint, captured next to the wire. */
const tokenFor = async (scope: string) => {
  let token = "";
  const aic = createAicClient({
    tenant: connection.tenantUrl,
    auth: serviceAccount({ id: connection.serviceAccountId, privateKey: connection.privateJwk, scopes: [scope] }),
    logLevel: "off",
    policies: [
      {
        name: "capture-authorization",
        handle(request, ctx, next) {
          token = request.headers.authorization ?? "";
          return next(request, ctx);
        },
      },
    ],
  });
  await aic.count.get();
  return token;
};

describe("sandboxMocks", () => {
  it("publishes a JSON connection a client can use as is", async () => {
    expect(JSON.parse(JSON.stringify(connection))).toEqual(connection);
    expect(connection).toMatchObject({
      tenantUrl: BASE,
      tokenUrl: `${BASE}/am/oauth2/access_token`,
      faultsUrl: `${BASE}/__faults`,
    });
    const aic = createAicClient({
      tenant: connection.tenantUrl,
      auth: serviceAccount({
        id: connection.serviceAccountId,
        privateKey: connection.privateJwk,
        scopes: connection.scopes,
      }),
      logLevel: "off",
    });
    const first = await aic.variables.list({ pageSize: 10 });
    expect(first.items).toHaveLength(10);
    expect(await aic.variables.list().toArray()).toHaveLength(24);
    expect((await aic.secrets.list().toArray()).map((s) => s._id)).toContain("esv-demo-smtp-password");
  });

  it("answers like the tenant: 401 without a token, v1 lists without Accept-API-Version, 400 for a bad page size", async () => {
    const bare = await fetch(`${BASE}/environment/variables`);
    expect(bare.status).toBe(401);
    expect(bare.headers.get("www-authenticate")).toContain("Bearer");
    expect(await bare.json()).toEqual({ code: 401, message: "Access Token is missing" });

    const authorization = await tokenFor("fr:idc:esv:read");
    const v1 = await fetch(`${BASE}/environment/variables`, { headers: { authorization } });
    const v1Body = (await v1.json()) as { result: Array<{ valueBase64?: string }>; pagedResultsCookie: unknown };
    expect(v1Body.result).toHaveLength(24);
    expect(v1Body.result[0]?.valueBase64).toBeTruthy();
    expect(v1Body.pagedResultsCookie).toBeNull();

    const badPage = await fetch(`${BASE}/environment/variables?_pageSize=0`, {
      headers: { authorization, "accept-api-version": "resource=2.0" },
    });
    expect(badPage.status).toBe(400);
    expect(((await badPage.json()) as { code: number }).code).toBe(400);
    expect(badPage.headers.get("x-forgerock-transactionid")).toMatch(/^fake-/);

    const noScope = await fetch(`${BASE}/environment/release`, { headers: { authorization } });
    expect(noScope.status).toBe(403);
  });

  it("reset puts the seeded tenant back", async () => {
    const aic = createAicClient({
      tenant: connection.tenantUrl,
      auth: serviceAccount({
        id: connection.serviceAccountId,
        privateKey: connection.privateJwk,
        scopes: ["fr:idc:esv:*"],
      }),
      logLevel: "off",
    });
    await aic.variables.delete({ id: "esv-demo-setting-01" });
    expect(await aic.variables.list().toArray()).toHaveLength(23);
    sandbox.reset();
    expect(await aic.variables.list().toArray()).toHaveLength(24);
  });
});

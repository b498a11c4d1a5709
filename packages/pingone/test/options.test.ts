import { TimeoutError, ValidationError } from "@trustplane/core";
import { createMockServer } from "@trustplane/testing";
import { delay, HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { bearer, clientCredentials, createPingOneClient, PINGONE_ENV, PINGONE_REGION_CODES } from "../src/index.js";
import { createPingOneMocks, PINGONE_DEMO } from "../src/mocks/index.js";

const ENV = PINGONE_DEMO.environmentId;
const auth = () => clientCredentials({ clientId: PINGONE_DEMO.clientId, clientSecret: PINGONE_DEMO.clientSecret });

// Fakes on the production hosts, on the EU hosts, and behind a proxy (custom host names).
const production = createPingOneMocks();
const eu = createPingOneMocks({ region: "eu" });
const proxied = createPingOneMocks({
  apiUrl: "https://p1-api.example.test/v1",
  authUrl: "https://p1-auth.example.test",
});
const fakes = [production, eu, proxied];
const server = createMockServer(...fakes.flatMap((f) => f.handlers));
const hosts: string[] = [];
server.events.on("request:start", ({ request }) => {
  hosts.push(new URL(request.url).host);
});
beforeAll(() => server.listen());
afterEach(() => {
  server.resetHandlers();
  for (const fake of fakes) fake.reset();
  hosts.length = 0;
  vi.unstubAllEnvs();
});
afterAll(() => server.close());

/** Clears every PINGONE_* variable this package reads (the machine running the tests may have some). */
function clearPingOneEnv() {
  for (const name of Object.values(PINGONE_ENV)) vi.stubEnv(name, "");
}

describe("options are checked before anything is sent", () => {
  it("refuses a misspelt option, naming the closest one, instead of using the default host (regression: apiURL)", async () => {
    // Before: `apiURL` was ignored, so the token from authUrl went to https://api.pingone.com.
    const options = {
      apiURL: "https://p1-api.example.test/v1",
      authUrl: "https://p1-auth.example.test",
      environmentId: ENV,
      auth: auth(),
      logLevel: "off",
      maxRetries: 0,
    } as const;
    let error: unknown;
    try {
      await createPingOneClient(options as never).keys.list();
    } catch (e) {
      error = e;
    }
    expect(hosts).not.toContain("api.pingone.com"); // the token never reaches the production host
    expect(error).toBeInstanceOf(ValidationError);
    expect(String(error)).toMatch(/apiURL: is not a known option; did you mean "apiUrl"\?/);
    expect(hosts).toEqual([]);
  });

  it("refuses typos in core options and in clientCredentials too", () => {
    expect(() => createPingOneClient({ environmentId: ENV, auth: auth(), timeOut: 5 } as never)).toThrow(
      /timeOut: is not a known option; did you mean "timeout"\?/,
    );
    expect(() =>
      clientCredentials({ clientId: "a", clientSecret: "b", tokenURL: "https://x.example/as/token" } as never),
    ).toThrow(/tokenURL: is not a known option; did you mean "tokenUrl"\?/);
  });

  it("refuses a URL with user:password@ without echoing the password", () => {
    for (const field of ["apiUrl", "authUrl"] as const) {
      const error = (() => {
        try {
          createPingOneClient({
            apiUrl: "https://p1-api.example.test/v1",
            authUrl: "https://p1-auth.example.test",
            [field]: "https://admin:hunter2-secret@p1.example.test/v1",
            environmentId: ENV,
            auth: auth(),
          });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect(String(error)).toContain(`${field}: must not contain credentials`);
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain("hunter2-secret");
    }
    expect(() =>
      clientCredentials({ clientId: "a", clientSecret: "b", tokenUrl: "https://u:hunter2-secret@x.example/as/token" }),
    ).toThrow(/tokenUrl: must not contain credentials/);
  });
});

describe("configuration from the environment", () => {
  it("builds a client from PINGONE_* alone, read when the client is created", async () => {
    clearPingOneEnv();
    vi.stubEnv("PINGONE_CLIENT_ID", PINGONE_DEMO.clientId);
    vi.stubEnv("PINGONE_CLIENT_SECRET", PINGONE_DEMO.clientSecret);
    vi.stubEnv("PINGONE_ENVIRONMENT_ID", ENV);
    vi.stubEnv("PINGONE_REGION_CODE", "EU");
    const p1 = createPingOneClient();
    expect([p1.apiUrl, p1.authUrl, p1.environmentId]).toEqual([
      "https://api.pingone.eu/v1",
      "https://auth.pingone.eu",
      ENV,
    ]);
    expect(JSON.parse(JSON.stringify(p1)).auth).toBe("client-credentials");
    expect((await p1.keys.list()).items).toEqual([]);
    expect(eu.state.tokensIssued).toBe(1);
    expect(production.state.tokensIssued).toBe(0);
  });

  it("maps every PingOne region code, in any case", () => {
    clearPingOneEnv();
    vi.stubEnv("PINGONE_ENVIRONMENT_ID", ENV);
    const expected = { NA: "com", EU: "eu", AP: "asia", CA: "ca", AU: "com.au", SG: "sg" };
    expect(PINGONE_REGION_CODES).toEqual(expected);
    for (const [code, region] of Object.entries(expected)) {
      vi.stubEnv("PINGONE_REGION_CODE", code.toLowerCase());
      expect(createPingOneClient({ auth: bearer("t") }).apiUrl).toBe(`https://api.pingone.${region}/v1`);
    }
  });

  it("takes the API and auth host names, as the Terraform provider and Go SDK do", async () => {
    clearPingOneEnv();
    vi.stubEnv("PINGONE_CLIENT_ID", PINGONE_DEMO.clientId);
    vi.stubEnv("PINGONE_CLIENT_SECRET", PINGONE_DEMO.clientSecret);
    vi.stubEnv("PINGONE_ENVIRONMENT_ID", ENV);
    vi.stubEnv("PINGONE_API_SERVICE_HOSTNAME", "p1-api.example.test");
    vi.stubEnv("PINGONE_AUTH_SERVICE_HOSTNAME", "p1-auth.example.test");
    const p1 = createPingOneClient({ logLevel: "off" });
    expect([p1.apiUrl, p1.authUrl]).toEqual(["https://p1-api.example.test/v1", "https://p1-auth.example.test"]);
    await p1.keys.list();
    expect(proxied.state.tokensIssued).toBe(1);
    expect(new Set(hosts)).toEqual(new Set(["p1-api.example.test", "p1-auth.example.test"]));
  });

  it("explicit options always win; a location is taken from one source", async () => {
    clearPingOneEnv();
    vi.stubEnv("PINGONE_CLIENT_ID", "someone-else");
    vi.stubEnv("PINGONE_CLIENT_SECRET", "someone-elses-secret");
    vi.stubEnv("PINGONE_ENVIRONMENT_ID", "99999999-8888-4777-8666-555555555555");
    vi.stubEnv("PINGONE_REGION_CODE", "SG");
    vi.stubEnv("PINGONE_API_SERVICE_HOSTNAME", "p1-api.example.test");
    vi.stubEnv("PINGONE_AUTH_SERVICE_HOSTNAME", "p1-auth.example.test");
    const p1 = createPingOneClient({ region: "eu", environmentId: ENV, auth: auth(), logLevel: "off" });
    expect([p1.apiUrl, p1.authUrl, p1.environmentId]).toEqual([
      "https://api.pingone.eu/v1",
      "https://auth.pingone.eu",
      ENV,
    ]);
    await p1.keys.list();
    expect(eu.state.tokensIssued).toBe(1);
    expect(hosts.every((h) => h.endsWith("pingone.eu"))).toBe(true);
    // apiUrl alone is not completed by PINGONE_AUTH_SERVICE_HOSTNAME: the secret would go where the caller did not say.
    expect(() => createPingOneClient({ apiUrl: "https://p1-api.example.test/v1" })).toThrow(
      /authUrl: is required with apiUrl/,
    );
  });

  it("names the variables looked for when a required value is missing", () => {
    clearPingOneEnv();
    const error = (() => {
      try {
        createPingOneClient();
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(String(error)).toMatch(/environmentId: is required: pass it, or set PINGONE_ENVIRONMENT_ID/);
    expect(String(error)).toMatch(/auth: is required: .*set PINGONE_CLIENT_ID and PINGONE_CLIENT_SECRET/);
    vi.stubEnv("PINGONE_ENVIRONMENT_ID", ENV);
    vi.stubEnv("PINGONE_CLIENT_ID", PINGONE_DEMO.clientId);
    expect(() => createPingOneClient()).toThrow(/PINGONE_CLIENT_SECRET: is required with PINGONE_CLIENT_ID/);
  });

  it("refuses bad values naming the variable, never echoing a secret", () => {
    clearPingOneEnv();
    vi.stubEnv("PINGONE_CLIENT_ID", PINGONE_DEMO.clientId);
    vi.stubEnv("PINGONE_CLIENT_SECRET", "env-secret-value-77");
    vi.stubEnv("PINGONE_ENVIRONMENT_ID", "not-a-uuid");
    vi.stubEnv("PINGONE_REGION_CODE", "US");
    vi.stubEnv("PINGONE_API_SERVICE_HOSTNAME", "https://api.example.test");
    const error = (() => {
      try {
        createPingOneClient();
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    const text = String(error);
    expect(text).toMatch(/PINGONE_ENVIRONMENT_ID: must be a UUID/);
    expect(text).toMatch(/PINGONE_REGION_CODE: must be one of NA, EU, AP, CA, AU, SG/);
    expect(text).toMatch(/PINGONE_API_SERVICE_HOSTNAME: must be a host name/);
    expect(text).not.toContain("env-secret-value-77");
    // An API host without an auth host, with client credentials: the secret's destination is not named.
    vi.stubEnv("PINGONE_ENVIRONMENT_ID", ENV);
    vi.stubEnv("PINGONE_REGION_CODE", "");
    vi.stubEnv("PINGONE_API_SERVICE_HOSTNAME", "p1-api.example.test");
    expect(() => createPingOneClient()).toThrow(
      /PINGONE_AUTH_SERVICE_HOSTNAME: is required with PINGONE_API_SERVICE_HOSTNAME/,
    );
  });
});

describe("withOptions", () => {
  const client = () =>
    createPingOneClient({
      environmentId: ENV,
      auth: auth(),
      logLevel: "off",
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
    });

  it("shares the token cache: one token request for calls on the parent and the derived client", async () => {
    const parent = client();
    const derived = parent.withOptions({ timeout: 10_000, headers: { "x-team": "pki" } });
    expect(derived).not.toBe(parent);
    expect([derived.apiUrl, derived.environmentId]).toEqual([parent.apiUrl, parent.environmentId]);
    await parent.keys.list();
    await derived.keys.list();
    await Promise.all([parent.keys.list(), derived.keys.list()]);
    expect(production.state.tokenRequests).toBe(1);
  });

  it("applies the derived timeout and headers, and leaves the parent as it was", async () => {
    const key = production.state.addKey(ENV, { name: "slow" });
    const teams: Array<string | null> = [];
    server.use(
      http.get(`https://api.pingone.com/v1/environments/${ENV}/keys/${key.record.id}`, async ({ request }) => {
        teams.push(request.headers.get("x-team"));
        await delay(300);
        return HttpResponse.json({ id: key.record.id });
      }),
    );
    const parent = client();
    const derived = parent.withOptions({ timeout: 50, maxRetries: 0, headers: { "x-team": "pki" } });
    await expect(derived.keys.get({ keyId: key.record.id })).rejects.toBeInstanceOf(TimeoutError);
    expect((await parent.keys.get({ keyId: key.record.id })).id).toBe(key.record.id);
    expect(teams).toEqual(["pki", null]);
    expect(production.state.tokenRequests).toBe(1);
  });

  it("checks the overrides", () => {
    const parent = client();
    expect(() => parent.withOptions({ timeout: -1 })).toThrow(/timeout: must be greater than 0/);
    expect(() => parent.withOptions({ region: "eu" } as never)).toThrow(/region: is not a known option/);
  });
});

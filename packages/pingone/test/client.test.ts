import { inspect } from "node:util";
import { ValidationError } from "@trustplane/core";
import { createMockServer } from "@trustplane/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  clientCredentials,
  createPingOneClient,
  PINGONE_REGIONS,
  type PingOneRegion,
  regionUrls,
  tokenUrlFor,
} from "../src/index.js";
import { createPingOneMocks, PINGONE_DEMO } from "../src/mocks/index.js";

const ENV = PINGONE_DEMO.environmentId;
const auth = () => clientCredentials({ clientId: PINGONE_DEMO.clientId, clientSecret: PINGONE_DEMO.clientSecret });

describe("regions", () => {
  it("maps each region to its API and auth hosts", () => {
    expect(PINGONE_REGIONS).toEqual(["com", "eu", "asia", "ca", "com.au", "sg"]);
    expect(regionUrls("com.au")).toEqual({
      apiUrl: "https://api.pingone.com.au/v1",
      authUrl: "https://auth.pingone.com.au",
    });
    expect(tokenUrlFor("https://auth.pingone.sg/", ENV)).toBe(`https://auth.pingone.sg/${ENV}/as/token`);
  });

  const fakes = PINGONE_REGIONS.map((region) => createPingOneMocks({ region }));
  const server = createMockServer(...fakes.flatMap((f) => f.handlers));
  beforeAll(() => server.listen());
  afterAll(() => server.close());

  it.each(PINGONE_REGIONS.map((r, i) => [r, i] as const))(
    "talks to %s hosts only",
    async (region: PingOneRegion, i) => {
      const p1 = createPingOneClient({ region, environmentId: ENV, auth: auth(), logLevel: "off" });
      expect(p1.apiUrl).toBe(`https://api.pingone.${region}/v1`);
      await p1.keys.list();
      fakes.forEach((fake, j) => {
        expect(fake.state.tokensIssued).toBe(i === j ? 1 : 0);
      });
      for (const fake of fakes) fake.reset();
    },
  );
});

describe("options", () => {
  it("names the bad field in a ValidationError before anything is sent", () => {
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ environmentId: "env-1", auth: auth() }, /environmentId: must be a UUID/],
      [{ environmentId: ENV, auth: auth(), region: "us" }, /region: must be one of/],
      [{ environmentId: ENV, auth: { kind: "bearer" } }, /auth: must be clientCredentials/],
      [{ environmentId: ENV, auth: auth(), apiUrl: "https://p1.internal/v1" }, /authUrl: is required with apiUrl/],
      [{ environmentId: ENV, auth: auth(), timeout: -1 }, /timeout: must be greater than 0/],
      [{ environmentId: ENV, auth: auth(), retryTransientAfterCreate: "yes" }, /retryTransientAfterCreate/],
    ];
    for (const [options, message] of bad) {
      expect(() => createPingOneClient(options as never)).toThrow(ValidationError);
      expect(() => createPingOneClient(options as never)).toThrow(message);
    }
    expect(() => clientCredentials({ clientId: "", clientSecret: "x" })).toThrow(/clientId: must not be empty/);
  });

  it("accepts apiUrl without authUrl when the auth needs no token endpoint", () => {
    const p1 = createPingOneClient({ environmentId: ENV, auth: bearer("t"), apiUrl: "https://p1.internal/v1/" });
    expect(p1.apiUrl).toBe("https://p1.internal/v1");
  });

  it("shows only non-secret facts of the client", () => {
    const p1 = createPingOneClient({ region: "eu", environmentId: ENV, auth: auth() });
    expect(JSON.parse(JSON.stringify(p1))).toEqual({
      vendor: "pingone",
      apiUrl: "https://api.pingone.eu/v1",
      authUrl: "https://auth.pingone.eu",
      environmentId: ENV,
      auth: "client-credentials",
    });
    expect(inspect(p1)).not.toContain(PINGONE_DEMO.clientSecret);
  });
});

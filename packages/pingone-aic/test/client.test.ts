import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  AicClient,
  bearer,
  ConnectionError,
  createAicClient,
  operationTable,
  RateLimitError,
  ServerError,
  ValidationError,
} from "../src/index.js";
import { faults } from "../src/mocks/index.js";
import { clientFor, rejectionOf, setupTenant } from "./helpers.js";

// The sandbox serves the fake under a path prefix over plain http; the client must keep it.
const BASE = "http://127.0.0.1:4999/pingone-aic";
const { mocks } = setupTenant({ baseUrl: BASE });
const aic = clientFor(mocks);

describe("createAicClient", () => {
  it.each([
    ["openam-acme.id.forgerock.io", "https://openam-acme.id.forgerock.io"],
    ["  openam-acme.id.forgerock.io  ", "https://openam-acme.id.forgerock.io"],
    ["https://openam-acme.id.forgerock.io/", "https://openam-acme.id.forgerock.io"],
    ["http://127.0.0.1:4010/pingone-aic/", "http://127.0.0.1:4010/pingone-aic"],
    ["HTTPS://Openam-Acme.id.forgerock.io", "https://openam-acme.id.forgerock.io"],
  ])("tenant %j -> %s", (tenant, url) => {
    const client = createAicClient({ tenant, auth: bearer("t") });
    expect(client).toBeInstanceOf(AicClient);
    expect(client.tenantUrl).toBe(url);
    expect(client.tokenUrl).toBe(`${url}/am/oauth2/access_token`);
  });

  it.each([
    [{ tenant: "", auth: bearer("t") }, "tenant"],
    [{ tenant: "ftp://host", auth: bearer("t") }, "tenant"],
    [{ tenant: "https://host/?x=1", auth: bearer("t") }, "tenant"],
    [{ tenant: "host name", auth: bearer("t") }, "tenant"],
    [{ auth: bearer("t") }, "tenant"],
    [{ tenant: "host" }, "auth"],
    [{ tenant: "host", auth: { token: "t" } }, "auth"],
    [{ tenant: "host", auth: bearer("t"), timeout: -1 }, "timeout"],
    [{ tenant: "host", auth: bearer("t"), tenantUrl: "x" }, ""],
  ])("rejects bad options before sending: %j", (options, field) => {
    let error: unknown;
    try {
      createAicClient(options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    if (field) expect((error as ValidationError).issues.map((i) => i.path)).toContain(field);
    expect(mocks.requests).toHaveLength(0);
  });

  it("keeps the path prefix for the API and the token endpoint", async () => {
    await aic.count.get();
    expect(mocks.tokens.issuedCount).toBe(1);
    expect(mocks.requests[0]?.path).toBe("/environment/count");
  });
});

describe("every operation through a named method", () => {
  it("reaches all 54 operations, each with its Accept-API-Version", async () => {
    const cert = readFileSync(new URL("./fixtures/tls-cert.pem", import.meta.url), "utf8");
    const key = readFileSync(new URL("./fixtures/tls-key.pem", import.meta.url), "utf8");
    mocks.timings.promotion = {};
    mocks.timings.lock = {};
    mocks.timings.unlock = {};

    await aic.variables.set({ id: "esv-a", value: "1" });
    await aic.variables.get({ id: "esv-a" });
    await aic.variables.list().toArray();
    await aic.variables.setDescription({ id: "esv-a", description: "d" });
    await aic.variables.delete({ id: "esv-a" });

    await aic.secrets.create({ id: "esv-s", value: "1" });
    await aic.secrets.get({ id: "esv-s" });
    await aic.secrets.list().toArray();
    await aic.secrets.setDescription({ id: "esv-s", description: "d" });
    await aic.secrets.createVersion({ id: "esv-s", value: "2" });
    await aic.secrets.listVersions({ id: "esv-s" }).toArray();
    await aic.secrets.getVersion({ id: "esv-s", version: "latest" });
    await aic.secrets.setVersionStatus({ id: "esv-s", version: 1, status: "DISABLED" });
    await aic.secrets.deleteVersion({ id: "esv-s", version: 1 });
    await aic.secrets.delete({ id: "esv-s" });

    await aic.count.get();
    await aic.restart.status();
    await aic.restart.start();

    const preview = await aic.promotion.provisionalReport();
    expect(preview.type).toBe("promotion");
    const { promotionId } = await aic.promotion.lockAndWait({ interval: 0 });
    await aic.promotion.lockState();
    await aic.promotion.promote({ dryRun: false });
    await aic.promotion.status();
    const reports = await aic.promotion.listReports().toArray();
    await aic.promotion.report({ reportId: reports[0]?.reportId as string });
    await aic.promotion.lastReport();
    await aic.promotion.provisionalRollbackReport();
    await aic.promotion.rollback();
    await aic.promotion.status();
    await aic.promotion.unlock({ promotionId });

    const c = await aic.certificates.upload({ certificate: cert, privateKey: key });
    await aic.certificates.get({ id: c.id as string });
    await aic.certificates.list().toArray();
    await aic.certificates.setActive({ id: c.id as string, active: false });
    await aic.certificates.delete({ id: c.id as string });

    const csr = await aic.csrs.create({ commonName: "login.example.com" });
    await aic.csrs.get({ id: csr.id as string });
    await aic.csrs.list().toArray();
    await aic.csrs.complete({ id: csr.id as string, certificate: cert });
    await aic.csrs.delete({ id: csr.id as string });

    await aic.contentSecurityPolicy.getEnforced();
    await aic.contentSecurityPolicy.setEnforced({ active: true, directives: {} });
    await aic.contentSecurityPolicy.getReportOnly();
    await aic.contentSecurityPolicy.setReportOnly({ active: true, directives: {} });
    await aic.cookieDomains.get();
    await aic.cookieDomains.set({ domains: ["example.com"] });
    await aic.customDomains.verifyCname({ name: "login.example.com" });
    await aic.customDomains.get({ realm: "alpha" });
    await aic.customDomains.set({ realm: "bravo", domains: ["id.example.com"] });
    await aic.federationEnforcement.get();
    await aic.federationEnforcement.set({ groups: "all" });
    await aic.release.get();
    await aic.ssoCookie.get();
    await aic.ssoCookie.set({ name: "abc" });
    await aic.ssoCookie.reset();

    const seen = new Map(mocks.requests.map((r) => [r.operationId, r]));
    expect([...seen.keys()].sort()).toEqual(Object.keys(operationTable).sort());
    expect(seen.size).toBe(54);
    for (const r of mocks.requests) {
      const tag = operationTable[r.operationId].tags[0] as string;
      const esv = ["Variables", "Secrets", "Restart", "Count"].includes(tag);
      expect([r.operationId, r.acceptApiVersion]).toEqual([
        r.operationId,
        esv ? "resource=2.0" : "protocol=1.0,resource=1.0",
      ]);
    }
    // each operation succeeded (the first call may be a 401 + replay: reset() ended the last token)
    for (const id of seen.keys()) {
      expect(
        mocks.requests.some((r) => r.operationId === id && r.status < 400),
        id,
      ).toBe(true);
    }
  });

  it("a header passed per call cannot displace Accept-API-Version", async () => {
    await aic.count.get({}, { headers: { "Accept-API-Version": "resource=1.0", "x-custom": "1" } });
    expect(mocks.requests.at(-1)?.acceptApiVersion).toBe("resource=2.0");
  });
});

describe("errors and retries", () => {
  it("a bodiless 500 is a ServerError named by its status, with the transaction id", async () => {
    mocks.faults.inject(faults.status(500, null, { "x-forgerock-transactionid": "txn-42" }), { times: 10 });
    const error = (await rejectionOf(aic.release.get({ maxRetries: 0 }))) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(500);
    expect(error.requestId).toBe("txn-42");
    expect(error.operation).toBe("getReleaseInfo");
    expect(error.vendor).toBe("pingone-aic");
  });

  it("an unknown route under /environment answers the tenant's bodiless 404", async () => {
    const { response } = await aic.raw
      .GET("/environment/release", { params: { header: { "Accept-API-Version": "protocol=1.0,resource=1.0" } } })
      .then((r) => r);
    expect(response.status).toBe(200);
    const answer = await fetch(`${BASE}/environment/nope`);
    expect(answer.status).toBe(404);
    expect(await answer.text()).toBe("");
  });

  it("GETs are retried through 503 and dropped connections", async () => {
    const before = mocks.faults.applied;
    mocks.faults.inject(faults.unavailable(503), { match: "/environment/release", times: 1 });
    mocks.faults.inject(faults.connectionReset(), { match: "/environment/release", times: 1 });
    expect((await aic.release.get()).currentVersion).toBeTruthy();
    expect(mocks.faults.applied - before).toBe(2);
  });

  it("a write that may have reached the server is not replayed", async () => {
    await aic.count.get(); // a live token first, so the POST is the only request
    const before = mocks.faults.applied;
    mocks.faults.inject(faults.unavailable(503), { match: "/environment/startup", times: 1 });
    const error = await rejectionOf(aic.restart.start());
    expect(error).toBeInstanceOf(ServerError);
    expect(mocks.state.restart.status).toBe("ready");
    expect(mocks.faults.applied - before).toBe(1);
    expect(mocks.faults.pending).toBe(0);
  });

  it("429 with Retry-After is waited out; past the retries it is a RateLimitError", async () => {
    mocks.faults.inject(faults.rateLimit({ retryAfterMs: 5 }), { match: "/environment/count", times: 1 });
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
    mocks.faults.inject(faults.rateLimit({ retryAfterMs: 1 }), { match: "/environment/count", times: 5 });
    const error = (await rejectionOf(aic.count.get({}, { maxRetries: 1 }))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(1);
  });

  it("connection failures surface as ConnectionError", async () => {
    mocks.faults.inject(faults.connectionReset(), { match: "/environment/count", times: 10 });
    expect(await rejectionOf(aic.count.get({}, { maxRetries: 0 }))).toBeInstanceOf(ConnectionError);
  });
});

describe("./mocks over HTTP", () => {
  it("the fault admin route queues faults for clients that only speak HTTP", async () => {
    const before = mocks.faults.applied;
    const queued = await fetch(`${BASE}/__faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "unavailable", status: 503, times: 2, match: "/environment/release" }),
    });
    expect(queued.status).toBe(201);
    expect(await (await fetch(`${BASE}/__faults`)).json()).toEqual({ pending: 2, applied: before });
    await aic.release.get();
    expect(mocks.faults.applied - before).toBe(2);
    const bad = await fetch(`${BASE}/__faults`, { method: "POST", body: JSON.stringify({ kind: "explode" }) });
    expect(bad.status).toBe(400);
  });

  it("reset forgets ESVs, tokens, faults and the request log", async () => {
    await aic.variables.set({ id: "esv-a", value: "1" });
    mocks.faults.inject(faults.unavailable(), { times: 3 });
    mocks.reset();
    expect(mocks.state.variables.size).toBe(0);
    expect(mocks.faults.pending).toBe(0);
    expect(mocks.requests).toHaveLength(0);
    expect(mocks.tokens.issuedCount).toBe(0);
  });
});

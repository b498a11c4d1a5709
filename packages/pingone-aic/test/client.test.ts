import { readFileSync } from "node:fs";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  AicClient,
  ApiPromise,
  bearer,
  ConnectionError,
  createAicClient,
  operationTable,
  Paged,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from "../src/index.js";
import { faults } from "../src/mocks/index.js";
import { clientFor, rejectionOf, setupTenant } from "./helpers.js";

// The sandbox serves the fake under a path prefix over plain http; the client must keep it.
const BASE = "http://127.0.0.1:4999/pingone-aic";
const { mocks, server } = setupTenant({ baseUrl: BASE });
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
    [{ tenant: "host", auth: bearer("t"), env: "process.env" }, "env"],
  ])("rejects bad options before sending: %j", (options, field) => {
    let error: unknown;
    try {
      // env: false, so variables set on the machine running the tests cannot fill a gap
      createAicClient({ env: false, ...options } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    if (field) expect((error as ValidationError).issues.map((i) => i.path)).toContain(field);
    expect(mocks.requests).toHaveLength(0);
  });

  it("refuses a tenant with user:password@ without quoting the password", () => {
    let error: unknown;
    try {
      createAicClient({ tenant: "https://admin:hunter2-secret@openam-acme.id.forgerock.io", auth: bearer("t") });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: "tenant", message: expect.stringContaining("must not contain credentials") },
    ]);
    expect(JSON.stringify(error)).not.toContain("hunter2");
    expect((error as Error).message).not.toContain("hunter2");
  });

  it("names the closest option for an unknown one", () => {
    let error: unknown;
    try {
      createAicClient({ tenant: "host", auth: bearer("t"), timeOut: 5 } as never);
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).issues).toEqual([
      { path: "timeOut", message: 'is not a known option; did you mean "timeout"?' },
    ]);
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

describe("single calls are ApiPromises", () => {
  it("await gives the body; withResponse() gives it with status, headers and the request id, from one request", async () => {
    await aic.variables.set({ id: "esv-a", value: "1" });
    const before = mocks.requests.length;
    const call = aic.variables.get({ id: "esv-a" });
    expect(call).toBeInstanceOf(ApiPromise);
    expect(call).toBeInstanceOf(Promise);
    const { data, response } = await call.withResponse();
    expect(await call).toEqual(data);
    expect(data.value).toBe("1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-api-version")).toBe("resource=2.0");
    expect(response.requestId).toMatch(/^fake-/);
    expect(response.requestId).toBe(response.headers.get("x-forgerock-transactionid"));
    expect(response.url).toBe(`${BASE}/environment/variables/esv-a`);
    expect(mocks.requests.length - before).toBe(1);
  });

  it("verifyCname's refusal resolves, and withResponse() shows the 400", async () => {
    const { data, response } = await aic.customDomains.verifyCname({ name: "new.example.com" }).withResponse();
    expect(data).toMatchObject({ name: "new.example.com", verified: false });
    expect(response.status).toBe(400);
    expect(response.requestId).toMatch(/^fake-/);
  });

  it("methods never throw synchronously: bad input is a rejected promise", async () => {
    let call: Promise<unknown> | undefined;
    expect(() => {
      call = aic.variables.get({ id: "not-an-esv" });
    }).not.toThrow();
    expect(call).toBeInstanceOf(ApiPromise);
    await expect(call).rejects.toBeInstanceOf(ValidationError);
    let list: Paged<unknown> | undefined;
    expect(() => {
      list = aic.variables.list({ pageSize: 0 });
    }).not.toThrow();
    expect(list).toBeInstanceOf(Paged);
    await expect(list).rejects.toBeInstanceOf(ValidationError);
    await expect(list?.toArray()).rejects.toBeInstanceOf(ValidationError);
    await expect(aic.variables.get(undefined as never).withResponse()).rejects.toBeInstanceOf(ValidationError);
    await expect(aic.restart.restartAndWait({ timeout: -1 })).rejects.toBeInstanceOf(ValidationError);
    expect(mocks.requests).toHaveLength(0);
  });
});

describe("answers that are not what the operation returns", () => {
  it.each([
    ["null", () => HttpResponse.json(null), "is null where a JSON object was expected"],
    ["{}", () => HttpResponse.json({}), "lacks the field valueBase64"],
    [
      "an HTML page",
      () => new HttpResponse("<html>maintenance</html>", { headers: { "content-type": "text/html" } }),
      "where a JSON object was expected",
    ],
    ["broken JSON", () => new HttpResponse("{", { headers: { "content-type": "application/json" } }), "not valid JSON"],
  ])("a 200 with %s is an UnexpectedResponseError, not a TypeError", async (_what, answer, problem) => {
    server.use(http.get(`${BASE}/environment/variables/:id`, answer));
    const error = (await rejectionOf(aic.variables.get({ id: "esv-a" }))) as UnexpectedResponseError;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.status).toBe(200);
    expect(error.operation).toBe("getVariable");
    expect(error.message).toContain(problem);
    expect(error.requestId).toBeTruthy();
  });

  it("a list page without its result array is an UnexpectedResponseError", async () => {
    server.use(http.get(`${BASE}/environment/variables`, () => HttpResponse.json({ pagedResultsCookie: null })));
    const error = (await rejectionOf(aic.variables.list().toArray())) as UnexpectedResponseError;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.message).toContain("lacks the field result");
  });

  it("a whole list that is not an array is an UnexpectedResponseError", async () => {
    server.use(http.get(`${BASE}/environment/certificates`, () => HttpResponse.json({ result: [] })));
    expect(await rejectionOf(aic.certificates.list().toArray())).toBeInstanceOf(UnexpectedResponseError);
  });

  it("a restart status without restartStatus cannot make a waiter spin", async () => {
    server.use(http.get(`${BASE}/environment/startup`, () => HttpResponse.json({})));
    const error = (await rejectionOf(aic.restart.restartAndWait({ timeout: 5_000 }))) as UnexpectedResponseError;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.message).toContain("lacks the field restartStatus");
  });
});

describe("ids that would change the request path are refused before sending", () => {
  /** Every request that reaches msw (the token endpoint and unknown routes too). */
  function countRequests() {
    let count = 0;
    const listener = () => {
      count++;
    };
    server.events.on("request:start", listener);
    return {
      get count() {
        return count;
      },
      stop: () => server.events.removeListener("request:start", listener),
    };
  }

  const ids: unknown[] = [".", "..", "", null];
  const calls: Array<[string, (id: never) => Promise<unknown>, string]> = [
    ["certificates.delete", (id) => aic.certificates.delete({ id }), "id"],
    ["certificates.get", (id) => aic.certificates.get({ id }), "id"],
    ["certificates.setActive", (id) => aic.certificates.setActive({ id, active: false }), "id"],
    ["csrs.delete", (id) => aic.csrs.delete({ id }), "id"],
    ["csrs.get", (id) => aic.csrs.get({ id }), "id"],
    [
      "csrs.complete",
      (id) => aic.csrs.complete({ id, certificate: "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----" }),
      "id",
    ],
    ["promotion.unlock", (id) => aic.promotion.unlock({ promotionId: id }), "promotionId"],
    ["promotion.report", (id) => aic.promotion.report({ reportId: id }), "reportId"],
    ["promotion.unlockAndWait", (id) => aic.promotion.unlockAndWait({ promotionId: id }), "promotionId"],
  ];

  it.each(calls)("%s", async (_name, call, field) => {
    const seen = countRequests();
    try {
      for (const id of ids) {
        let pending: Promise<unknown> | undefined;
        expect(() => {
          pending = call(id as never);
        }).not.toThrow();
        const error = (await rejectionOf(pending as Promise<unknown>)) as ValidationError;
        expect(error, String(id)).toBeInstanceOf(ValidationError);
        expect(error.issues[0]?.path).toBe(field);
      }
      expect(seen.count).toBe(0);
      expect(mocks.requests).toHaveLength(0);
    } finally {
      seen.stop();
    }
  });

  it('says why "." and ".." are refused', async () => {
    const error = (await rejectionOf(aic.certificates.delete({ id: ".." }))) as ValidationError;
    expect(error.message).toBe(
      'Invalid certificates.delete input: id: must not be "." or ".." (it would change the request path)',
    );
  });
});

describe("correlation header", () => {
  it("each call sends X-ForgeRock-TransactionId (the same on a retry)", async () => {
    await aic.count.get(); // a live token first (reset() ended the last one), so no 401 + replay below
    const sent: string[] = [];
    server.use(
      http.get(`${BASE}/environment/release`, ({ request }) => {
        sent.push(request.headers.get("x-forgerock-transactionid") ?? "");
        return undefined;
      }),
    );
    mocks.faults.inject(faults.unavailable(503), { match: "/environment/release", times: 1 });
    await aic.release.get();
    await aic.release.get();
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).not.toBe(sent[0]);
  });

  it("error.requestId falls back to the id we sent when the answer carries none", async () => {
    let sent: string | null = null;
    server.use(
      http.get(`${BASE}/environment/release`, ({ request }) => {
        sent = request.headers.get("x-forgerock-transactionid");
        return new HttpResponse(null, { status: 500 });
      }),
    );
    const error = (await rejectionOf(aic.release.get({ maxRetries: 0 }))) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(sent).toBeTruthy();
    expect(error.requestId).toBe(sent);
  });

  it("an id the caller sets is kept", async () => {
    let sent: string | null = null;
    server.use(
      http.get(`${BASE}/environment/release`, ({ request }) => {
        sent = request.headers.get("x-forgerock-transactionid");
        return undefined;
      }),
    );
    const { response } = await aic.release
      .get({ headers: { "X-ForgeRock-TransactionId": "my-pipeline-run-7" } })
      .withResponse();
    expect(sent).toBe("my-pipeline-run-7");
    expect(response.requestId).toMatch(/^fake-/); // the tenant's answer names its own
  });
});

describe("withOptions", () => {
  it("a derived client shares the token, and applies its own headers and timeout", async () => {
    const base = clientFor(mocks);
    const derived = base.withOptions({ timeout: 100, maxRetries: 0, headers: { "x-team": "iam" } });
    expect(derived).toBeInstanceOf(AicClient);
    expect(derived).not.toBe(base);
    expect(derived.tenantUrl).toBe(base.tenantUrl);
    expect(JSON.stringify(derived)).toBe(JSON.stringify(base));

    const teams: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/environment/count`, ({ request }) => {
        teams.push(request.headers.get("x-team"));
        return undefined;
      }),
    );
    await base.count.get();
    await derived.count.get();
    await derived.variables.list().toArray();
    expect(mocks.tokens.requestCount).toBe(1);
    expect(teams).toEqual([null, "iam"]);

    mocks.faults.inject(faults.slowHeaders(400), { match: "/environment/count", times: 1 });
    expect(await rejectionOf(derived.count.get())).toBeInstanceOf(TimeoutError);
    mocks.faults.inject(faults.slowHeaders(400), { match: "/environment/count", times: 1 });
    expect(await base.count.get()).toEqual({ variables: 0, secrets: 0 });
    expect(mocks.tokens.requestCount).toBe(1);
  });

  it("refuses what it cannot change, at once", () => {
    const base = clientFor(mocks);
    expect(() => base.withOptions({ timeout: -1 })).toThrow(ValidationError);
    expect(() => base.withOptions({ tenant: "elsewhere" } as never)).toThrow(ValidationError);
  });
});

describe("waiters against the default fake", () => {
  it("restartAndWait() sees a quick restart quickly: polls start at 0.5 s and back off", async () => {
    const started = Date.now();
    const polls: number[] = [];
    const result = await aic.restart.restartAndWait({
      onProgress: (p) => {
        if (p.phase === "restarting") polls.push(p.elapsedMs);
      },
    });
    expect(result).toMatchObject({ restartStatus: "ready", polls: 2 });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((polls[1] as number) - (polls[0] as number)).toBeGreaterThanOrEqual(450);
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

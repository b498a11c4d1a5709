/** The fake controller itself: every operation answers, with the controller's envelopes and rules. */

import type { ResourceContext } from "@trustplane/core";
import { describe, expect, it } from "vitest";
import { isApiError, operationTable } from "../src/index.js";
import { sandboxMocks } from "../src/mocks/index.js";
import { useFake } from "./helpers.js";

const { mocks, client } = useFake();

async function adminToken(): Promise<string> {
  const response = await fetch(`${mocks.managementUrl}/authenticate?method=password`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(mocks.admin),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

describe("every operation answers", () => {
  it("through the client: a body it can read, or an ApiError with the controller's code; never the catch-all", async () => {
    const ziti = client();
    // Every operation by id, through the client's pipeline and session (inputs left unchecked on purpose).
    const api = (ziti.identities as unknown as { api: ResourceContext["api"] }).api;
    const problems: string[] = [];
    for (const [id, op] of Object.entries(operationTable)) {
      const write = !["GET", "DELETE"].includes(op.method);
      const request = {
        path: { id: "probe-1", serviceId: "probe-1" },
        ...(write && { body: {} }),
        ...(id === "listWellKnownCas" && { url: `${mocks.url}/.well-known/est/cacerts` }),
      };
      try {
        const { response } = await api.call(id, request).withResponse();
        if (response.headers.get("x-trustplane-fake") === "unhandled") problems.push(`${id}: unhandled`);
        const type = response.headers.get("content-type") ?? "";
        if (type.includes("json") && !(response.body && typeof response.body === "object" && "data" in response.body)) {
          problems.push(`${id}: ${response.status} without data`);
        }
      } catch (error) {
        if (!isApiError(error) || typeof error.code !== "string" || error.status >= 500) {
          problems.push(`${id}: ${String(error)}`);
        } else if (error.headers.get("x-trustplane-fake") === "unhandled") problems.push(`${id}: unhandled`);
      }
    }
    expect(problems).toEqual([]);
    const answered = new Set(mocks.requests.map((r) => r.operationId));
    expect(Object.keys(operationTable).filter((id) => !answered.has(id))).toEqual([]);
  });

  it("refuses calls without a session with the 401 envelope, except the public ones", async () => {
    const publicOps = Object.entries(operationTable)
      .filter(([, op]) => (op as { noAuth?: boolean }).noAuth)
      .map(([id]) => id)
      .sort();
    expect(publicOps).toEqual([
      "authenticate",
      "detailSpec",
      "detailSpecBody",
      "listEnumeratedCapabilities",
      "listRoot",
      "listSpecs",
      "listVersion",
      "listWellKnownCas",
    ]);
    const response = await fetch(`${mocks.managementUrl}/identities`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });
    const version = await fetch(`${mocks.managementUrl}/version`);
    expect(version.status).toBe(200);
  });

  it("answers unknown paths with the 404 envelope marked as unhandled", async () => {
    const response = await fetch(`${mocks.managementUrl}/no-such-thing`, {
      headers: { "zt-session": await adminToken() },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-trustplane-fake")).toBe("unhandled");
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("controller rules", () => {
  it("paging: default 10, at most 500, meta.pagination with the total", async () => {
    const token = await adminToken();
    const get = (query: string) =>
      fetch(`${mocks.managementUrl}/config-types${query}`, { headers: { "zt-session": token } }).then(
        async (r) =>
          [r.status, await r.json()] as [number, { meta: { pagination?: unknown }; error?: { code: string } }],
      );
    const [, first] = await get("");
    expect(first.meta.pagination).toEqual({ limit: 10, offset: 0, totalCount: 5 });
    const [status, refused] = await get("?limit=501");
    expect(status).toBe(400);
    expect(refused.error?.code).toBe("INVALID_PAGINATION");
    const [, skipped] = await get(`?filter=${encodeURIComponent("sort by name desc skip 1 limit 2")}`);
    expect(skipped.meta.pagination).toEqual({ limit: 2, offset: 1, totalCount: 5 });
  });

  it("inputs are checked against the spec: a missing field is COULD_NOT_VALIDATE naming it", async () => {
    const response = await fetch(`${mocks.managementUrl}/services`, {
      method: "POST",
      headers: { "zt-session": await adminToken(), "content-type": "application/json" },
      body: JSON.stringify({ name: "no-flag" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "COULD_NOT_VALIDATE", cause: { field: "encryptionRequired", reason: "is required" } },
    });
  });

  it("policies must point at existing ids; config types in use cannot be removed", async () => {
    const ziti = client();
    const error = await ziti.servicePolicies
      .create({ name: "p", type: "Dial", semantic: "AnyOf", identityRoles: ["@missing"] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, details: { issues: [{ field: "identityRoles" }] } });
    const type = await ziti.configs.createType({ name: "t.v1" });
    await ziti.configs.create({ name: "c", configTypeId: type.id, data: {} });
    expect(await ziti.configs.deleteType({ id: type.id }).catch((e: unknown) => e)).toMatchObject({ status: 409 });
  });

  it("the data integrity check answers 202, is in progress on the first poll, done on the next", async () => {
    const ziti = client();
    const started = await ziti.database.checkDataIntegrity().withResponse();
    expect(started.response.status).toBe(202);
    expect(await ziti.database.dataIntegrityResults()).toMatchObject({ inProgress: true });
    expect(await ziti.database.dataIntegrityResults()).toMatchObject({ inProgress: false, results: [] });
    expect(await ziti.database.checkDataIntegrity()).toEqual({});
    expect(await ziti.database.fixDataIntegrity().catch((e: unknown) => e)).toMatchObject({ status: 409 });
  });

  it("runIntegrityCheck starts the check and waits for its results", async () => {
    const ziti = client();
    const polls: boolean[] = [];
    const results = await ziti.database.runIntegrityCheck({
      fix: true,
      interval: 5,
      onProgress: (p) => polls.push(p.value?.inProgress === true),
    });
    expect(results).toMatchObject({ inProgress: false, fixingErrors: true });
    expect(polls).toEqual([true, false]);
    expect(mocks.requests.map((r) => r.operationId).filter((id) => id !== "authenticate")).toEqual([
      "fixDataIntegrity",
      "dataIntegrityResults",
      "dataIntegrityResults",
    ]);
  });

  it("reset() forgets everything but the seed", async () => {
    const ziti = client();
    await ziti.services.create({ name: "temporary", encryptionRequired: true });
    mocks.reset();
    expect(mocks.state.services.size).toBe(0);
    expect(mocks.state.identities.size).toBe(1);
    expect(mocks.requests).toEqual([]);
  });

  it("sandboxMocks publishes how to connect and serves the demo edge routers", () => {
    const sandbox = sandboxMocks("http://127.0.0.1:4010/openziti");
    expect(sandbox.connection).toMatchObject({
      url: "http://127.0.0.1:4010/openziti",
      managementUrl: "http://127.0.0.1:4010/openziti/edge/management/v1",
      username: "admin",
    });
    expect(typeof sandbox.connection.password).toBe("string");
    expect(sandbox.handlers.length).toBeGreaterThan(150);
  });
});

/**
 * The fake itself: every operation of the spec answered, through its named method, on a generation
 * that serves it; logins checked per generation; routes it does not serve marked; what it publishes
 * to the sandbox; and the data files it shares with the client kept in step with the spec.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderAnswers } from "../scripts/fake-answers.js";
import { defs as defsText, schemas } from "../src/generated/schemas.gen.js";
import {
  ApiError,
  createSectigoClient,
  DEVELOPER_OPERATIONS,
  describeSectigoCode,
  developer,
  methodRegistry,
  NOT_READY_CODES,
  operationTable,
  SectigoErrorCode,
  servedOn,
} from "../src/index.js";
import { sandboxMocks } from "../src/mocks/index.js";
import { useFake } from "./helpers.js";
import { sampleValue } from "./sample-input.js";

const { mocks, classic, admin } = useFake();
const specText = readFileSync(new URL("../../../specs/sectigo/openapi.yaml", import.meta.url), "utf8");
const spec = parse(specText) as {
  paths: Record<string, Record<string, { operationId?: string; security?: unknown }>>;
  components: { schemas: { Error: Record<string, unknown> } };
};

describe("kept in step with the spec", () => {
  it("src/generated/fake-answers.gen.ts is what scripts/fake-answers.ts writes from the spec", () => {
    const file = readFileSync(new URL("../src/generated/fake-answers.gen.ts", import.meta.url), "utf8");
    expect(file === renderAnswers(specText)).toBe(true);
  });

  it("SectigoErrorCode names every documented code, with the spec's meaning", () => {
    const documented = spec.components.schemas.Error["x-trustplane-error-codes"] as Record<string, string>;
    const named = Object.values(SectigoErrorCode).map(String).sort();
    expect(named).toEqual(Object.keys(documented).sort());
    for (const [code, meaning] of Object.entries(documented)) expect(describeSectigoCode(Number(code))).toBe(meaning);
    expect(spec.components.schemas.Error["x-trustplane-pending-codes"]).toEqual(NOT_READY_CODES.slice(0, 2));
  });

  it("the developer operations are the ones the spec secures with the developer e-mail", () => {
    const developerOps = Object.values(spec.paths)
      .flatMap((item) => Object.values(item))
      .filter((op) => JSON.stringify(op.security ?? "").includes("developerEmail"))
      .map((op) => op.operationId)
      .sort();
    expect([...DEVELOPER_OPERATIONS].sort()).toEqual(developerOps);
  });
});

describe("every operation, through its named method", () => {
  it("answers well formed on a generation that serves it", { timeout: 60_000 }, async () => {
    const clients = {
      classic: classic({ maxRetries: 0 }),
      admin: admin({ maxRetries: 0 }),
      developer: createSectigoClient({
        url: mocks.connection.url,
        auth: developer({
          email: mocks.connection.developerEmail,
          password: mocks.connection.developerPassword,
          customerUri: mocks.connection.customerUri,
        }),
        logLevel: "off",
        maxRetries: 0,
      }),
    };
    const defs = JSON.parse(defsText) as Parameters<typeof sampleValue>[1];
    const problems: string[] = [];
    let succeeded = 0;
    let answeredWithError = 0;
    const called = new Set<string>();
    for (const [resource, methods] of Object.entries(methodRegistry)) {
      for (const [method, operationId] of Object.entries(methods)) {
        const schema = schemas[operationId];
        const input = schema ? sampleValue(JSON.parse(schema), defs) : {};
        const client = DEVELOPER_OPERATIONS.has(operationId)
          ? clients.developer
          : servedOn(operationId, "classic")
            ? clients.classic
            : clients.admin;
        const target = (client as unknown as Record<string, Record<string, (i: unknown) => PromiseLike<unknown>>>)[
          resource
        ];
        called.add(operationId);
        try {
          const fn = target?.[method];
          if (!fn) throw new Error(`no method ${resource}.${method}`);
          await fn.call(target, input);
          succeeded++;
        } catch (error) {
          const unhandled = error instanceof ApiError && error.headers.get("x-trustplane-fake") === "unhandled";
          if (error instanceof ApiError && typeof error.code === "number" && !unhandled) answeredWithError++;
          else
            problems.push(
              `${resource}.${method} (${operationId}): ${(error as Error).name}: ${(error as Error).message}`,
            );
        }
      }
    }
    expect(problems).toEqual([]);
    expect(called.size).toBe(Object.keys(operationTable).length);
    expect(succeeded + answeredWithError).toBe(387);
    // Most answer 2xx; the rest are Sectigo's errors for what the sweep made up (unknown IDs: 404;
    // a DCV for a domain that does not exist; the demo organization the sweep deleted...).
    expect(succeeded).toBeGreaterThan(150);
  });
});

describe("the fake's rules", () => {
  it("checks the login of each generation, and marks routes it does not serve", async () => {
    const { url, adminUrl } = mocks.connection;
    const noLogin = await fetch(`${url}/api/ssl/v1/types`);
    expect(noLogin.status).toBe(401);
    expect(await noLogin.json()).toEqual({ code: -16, description: "Unknown user" });
    const adminWithHeaders = await fetch(`${adminUrl}/api/ssl/v1/types`, {
      headers: { login: mocks.connection.login, password: mocks.connection.password, customerUri: "acme" },
    });
    expect(adminWithHeaders.status).toBe(401);
    const unknown = await fetch(`${url}/api/nothing/here/at/all`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("x-trustplane-fake")).toBe("unhandled");
    const adminOnlyOnClassic = await fetch(`${url}/api/ssl/v2/types`, {
      headers: { login: mocks.connection.login, password: mocks.connection.password, customerUri: "acme" },
    });
    expect(adminOnlyOnClassic.headers.get("x-trustplane-fake")).toBe("unhandled");
  });

  it("the sandbox serves both generations on one base: the login decides", async () => {
    const sandbox = sandboxMocks("http://127.0.0.1:9/sectigo");
    const c = sandbox.connection;
    expect(c.url).toBe("http://127.0.0.1:9/sectigo");
    expect(c.adminUrl).toBe(c.url);
    expect(c.tokenUrl).toBe("http://127.0.0.1:9/sectigo/oauth2/token");
    const { getResponse } = await import("msw");
    const probe = await getResponse(sandbox.handlers, new Request(`${c.url}/api/ssl/v2/types`));
    expect(probe?.status).toBe(401); // an Admin API route, unauthenticated
    const managedBy = await getResponse(
      sandbox.handlers,
      new Request(`${c.url}/api/organization/v1/managedBy/MRAO`, {
        headers: { login: c.login, password: c.password, customerUri: c.customerUri },
      }),
    );
    expect(managedBy?.status).toBe(200);
  });

  it("an administrator approves through the fake's admin route", async () => {
    mocks.state.requireApproval = true;
    const order = mocks.state.order({ kind: "ssl", orgId: 1, certType: 101, term: 365, commonName: "a.example.com" });
    const approve = await fetch(`${mocks.connection.fakeAdminUrl}/approve/${order.id}`, { method: "POST" });
    expect(approve.status).toBe(200);
    expect(mocks.state.certificates.get(order.id)?.state).toBe("approved");
    const again = await fetch(`${mocks.connection.fakeAdminUrl}/approve/${order.id}`, { method: "POST" });
    expect(again.status).toBe(400);
  });

  it("queues faults through its admin route (for the sandbox)", async () => {
    await fetch(`${mocks.connection.fakeAdminUrl}/faults`, {
      method: "POST",
      body: JSON.stringify({ kind: "status", status: 503, match: "/api/ssl/v1/types" }),
    });
    const error = await classic({ maxRetries: 0 })
      .ssl.listProfiles()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as ApiError).status).toBe(503);
  });
});

/** The generated Stronghold layer end to end against a few msw handlers. */
import { createMockServer } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { operationTable } from "../src/generated/operations.gen.js";
import { bindings, methodRegistry } from "../src/generated/resources.gen.js";
import { createStrongholdClient, NotFoundError, token } from "../src/index.js";

const BASE = "https://vault.test:8200/v1";
let keys: string[] = ["e-1", "e-2"];
const seen: Request[] = [];

const server = createMockServer(
  http.get(`${BASE}/identity/entity/id`, ({ request }) => {
    expect(new URL(request.url).searchParams.get("list")).toBe("true");
    return keys.length
      ? HttpResponse.json({ request_id: "r1", data: { keys } })
      : HttpResponse.json({ errors: [] }, { status: 404 });
  }),
  http.get(`${BASE}/identity/entity/id/:id`, ({ params }) =>
    params.id === "e-1"
      ? HttpResponse.json({ request_id: "r2", data: { id: "e-1", name: "alice" }, warnings: null })
      : HttpResponse.json({ errors: ["entity not found", "second reason"] }, { status: 404 }),
  ),
);
server.events.on("request:start", ({ request }) => {
  seen.push(request.clone());
});
beforeAll(() => server.listen());
afterEach(() => {
  seen.length = 0;
  keys = ["e-1", "e-2"];
});
afterAll(() => server.close());

const stronghold = createStrongholdClient({
  address: "https://vault.test:8200",
  auth: token("hvs.secret"),
  logLevel: "off",
  maxRetries: 0,
});

describe("generated Stronghold resources", () => {
  it("key lists use GET ?list=true and a 404 is an empty list", async () => {
    expect(await stronghold.entities.listById().toArray()).toEqual(["e-1", "e-2"]);
    keys = [];
    expect(await stronghold.entities.listById().toArray()).toEqual([]);
    expect(seen[0]?.headers.get("x-vault-token")).toBe("hvs.secret");
  });

  it("every key-list method reads a 404 with empty errors as an empty list, and a 404 with errors as an error", async () => {
    let errors: string[] = [];
    server.use(
      http.get(`${BASE}/*`, ({ request }) =>
        new URL(request.url).searchParams.get("list") === "true"
          ? HttpResponse.json({ errors }, { status: 404 })
          : undefined,
      ),
    );
    type List = (input: object) => { toArray(): Promise<unknown[]> };
    const client = stronghold as unknown as Record<string, Record<string, List>>;
    const table = operationTable as Record<string, { pagination?: unknown }>;
    const lists = Object.entries(methodRegistry).flatMap(([resource, methods]) =>
      Object.entries(methods)
        .filter(([, operationId]) => table[operationId]?.pagination)
        .map(([method, operationId]) => {
          const target = client[resource] as Record<string, List>;
          // Path parameters only (a UUID fits every one of them)
          const input = Object.fromEntries(
            (bindings[operationId]?.path ?? []).map((name) => [name, "00000000-0000-4000-8000-000000000000"]),
          );
          return { name: `${resource}.${method}`, run: () => (target[method] as List).call(target, input).toArray() };
        }),
    );
    expect(lists.length).toBeGreaterThanOrEqual(20);
    for (const list of lists) expect([list.name, await list.run()]).toEqual([list.name, []]);
    errors = ["1 error occurred:\n\t* unsupported path"];
    for (const list of lists) {
      expect([list.name, await list.run().catch((e: unknown) => e)]).toEqual([list.name, expect.any(NotFoundError)]);
    }
  });

  it("readById unwraps data; the envelope stays reachable through withResponse", async () => {
    expect(await stronghold.entities.readById({ id: "e-1" })).toEqual({ id: "e-1", name: "alice" });
    const { data, response } = await stronghold.entities.readById({ id: "e-1" }).withResponse();
    expect(data).toEqual({ id: "e-1", name: "alice" });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ request_id: "r2", data: { id: "e-1" } });
  });

  it("every message of { errors } is kept", async () => {
    const error = (await stronghold.entities.readById({ id: "nope" }).catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("entity not found; second reason");
    expect(error.details).toEqual({ errors: ["entity not found", "second reason"] });
  });
});

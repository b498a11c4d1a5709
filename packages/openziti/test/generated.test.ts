/** The generated layer end to end against a few msw handlers: naming, inputs, validation, paging, outputs, errors. */
import { createMockServer } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type BadRequestError, createZitiClient, NotFoundError, ValidationError, zitiSession } from "../src/index.js";

const BASE = "https://ctrl.test:1280/edge/management/v1";
const identities = Array.from({ length: 7 }, (_, i) => ({ id: `id-${i}`, name: `web-${i}`, type: { id: "User" } }));
const seen: Request[] = [];

const server = createMockServer(
  http.get(`${BASE}/identities`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const offset = Number(q.get("offset"));
    const limit = Number(q.get("limit"));
    return HttpResponse.json({
      data: identities.slice(offset, offset + limit),
      meta: { pagination: { offset, limit, totalCount: identities.length } },
    });
  }),
  http.get(`${BASE}/identities/:id`, ({ params }) => {
    const found = identities.find((i) => i.id === params.id);
    return found
      ? HttpResponse.json({ data: found, meta: {} })
      : HttpResponse.json({ error: { code: "NOT_FOUND", message: "not found", requestId: "ctrl-7" } }, { status: 404 });
  }),
  http.post(`${BASE}/identities`, async ({ request }) => {
    const body = (await request.json()) as { name: string };
    if (body.name === "taken") {
      return HttpResponse.json(
        {
          error: {
            code: "COULD_NOT_VALIDATE",
            message: "the value provided was not valid",
            cause: { field: "name", value: "taken", reason: "duplicate value" },
          },
        },
        { status: 400 },
      );
    }
    return HttpResponse.json({ data: { id: "new-1", _links: {} }, meta: {} }, { status: 201 });
  }),
  http.get(
    `${BASE}/cas/:id/jwt`,
    () => new HttpResponse("eyJhbGciOi.payload.sig", { headers: { "content-type": "application/jwt" } }),
  ),
  http.post(`${BASE}/cas/:id/verify`, () => HttpResponse.json({ data: {}, meta: {} })),
);
server.events.on("request:start", ({ request }) => {
  seen.push(request.clone());
});
beforeAll(() => server.listen());
afterEach(() => {
  seen.length = 0;
});
afterAll(() => server.close());

const ziti = createZitiClient({
  url: "https://ctrl.test:1280",
  auth: zitiSession("session-token"),
  logLevel: "off",
  maxRetries: 0,
});

describe("generated OpenZiti resources", () => {
  it("lists page themselves by limit/offset and expose the total", async () => {
    const list = ziti.identities.list({ filter: 'name contains "web"' }, { pageSize: 3 });
    const first = await list;
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(7);
    expect((await list.toArray()).map((i) => i.id)).toEqual(identities.map((i) => i.id));
    const urls = seen.map((r) => new URL(r.url));
    expect(urls[0]?.searchParams.get("filter")).toBe('name contains "web"');
    expect(urls.map((u) => u.searchParams.get("offset"))).toEqual(["0", "3", "6"]);
    expect(seen[0]?.headers.get("zt-session")).toBe("session-token");
  });

  it("get unwraps the data envelope, and withResponse keeps the raw answer", async () => {
    expect(await ziti.identities.get({ id: "id-2" })).toEqual(identities[2]);
    const { data, response } = await ziti.identities.get({ id: "id-2" }).withResponse();
    expect(data).toEqual(identities[2]);
    expect(response.status).toBe(200);
  });

  it("create sends the flat input as the JSON body and returns the new id", async () => {
    const created = await ziti.identities.create({ name: "web-9", type: "User", isAdmin: false });
    expect(created).toEqual({ id: "new-1", _links: {} });
    expect(await seen[0]?.json()).toEqual({ name: "web-9", type: "User", isAdmin: false });
  });

  it("checks the input against the spec before sending: required fields, enums, unknown fields", async () => {
    const error = (await ziti.identities
      .create({ name: "x", type: "Robot", isAdmin: "no", nmae: "typo" } as never)
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    const paths = error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["type", "isAdmin"]));
    expect(error.message).toMatch(/type: must be one of "User"/);
    expect(error.message).toMatch(/nmae/);
    expect(seen).toHaveLength(0);
    await expect(ziti.identities.create({ type: "User", isAdmin: false } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("a path id that would escape its segment is refused", async () => {
    await expect(ziti.identities.get({ id: ".." })).rejects.toBeInstanceOf(ValidationError);
    expect(seen).toHaveLength(0);
  });

  it("the error envelope becomes an ApiError with the controller's code, request id and field causes", async () => {
    const missing = (await ziti.identities.get({ id: "nope" }).catch((e: unknown) => e)) as NotFoundError;
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.requestId).toBe("ctrl-7");
    const invalid = (await ziti.identities
      .create({ name: "taken", type: "User", isAdmin: false })
      .catch((e: unknown) => e)) as BadRequestError;
    expect(invalid.code).toBe("COULD_NOT_VALIDATE");
    expect(invalid.details).toMatchObject({ issues: [{ field: "name", value: "taken", reason: "duplicate value" }] });
  });

  it("text answers come back as strings, text bodies go as text/plain", async () => {
    expect(await ziti.cas.getJwt({ id: "ca-1" })).toBe("eyJhbGciOi.payload.sig");
    expect(seen[0]?.headers.get("accept")).toBe("application/jwt");
    await ziti.cas.verify({ id: "ca-1", body: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" });
    expect(seen[1]?.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await seen[1]?.text()).toContain("BEGIN CERTIFICATE");
  });

  it("names every operation of the spec", async () => {
    const { methodRegistry, operationTable } = await import("../src/index.js");
    const named = Object.values(methodRegistry).flatMap((methods) => Object.values(methods));
    expect(new Set(named).size).toBe(Object.keys(operationTable).length);
    expect(named.sort()).toEqual(Object.keys(operationTable).sort());
  });
});

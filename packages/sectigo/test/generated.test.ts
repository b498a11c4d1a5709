/** The generated Sectigo layer end to end against a few msw handlers. */
import { createMockServer } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createSectigoClient, credentials, ValidationError } from "../src/index.js";

const BASE = "https://scm.test";
const certs = Array.from({ length: 5 }, (_, i) => ({ sslId: i + 1, commonName: `host${i}.example.com` }));
const seen: Request[] = [];
const der = new Uint8Array([0x30, 0x82, 0x01, 0x0a, 0xff, 0x00]);

const server = createMockServer(
  http.get(`${BASE}/api/ssl/v1`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const position = Number(q.get("position"));
    const size = Number(q.get("size"));
    return HttpResponse.json(certs.slice(position, position + size), {
      headers: { "X-Total-Count": String(certs.length) },
    });
  }),
  http.get(`${BASE}/api/ssl/v1/collect/:id`, ({ params }) =>
    params.id === "9"
      ? HttpResponse.json({ code: -1400, description: "The request is being processed by Sectigo" }, { status: 400 })
      : new HttpResponse(der, { headers: { "content-type": "application/octet-stream" } }),
  ),
  http.post(`${BASE}/api/ssl/v1/enroll`, () => HttpResponse.json({ sslId: 42, renewId: "r-1" })),
);
server.events.on("request:start", ({ request }) => {
  seen.push(request.clone());
});
beforeAll(() => server.listen());
afterEach(() => {
  seen.length = 0;
});
afterAll(() => server.close());

const sectigo = createSectigoClient({
  url: BASE,
  auth: credentials({ login: "api-user", password: "pw-secret", customerUri: "acme" }),
  logLevel: "off",
  maxRetries: 0,
});

describe("generated Sectigo resources", () => {
  it("pages by size/position with X-Total-Count and sends the header credentials", async () => {
    const list = sectigo.ssl.list({}, { pageSize: 2 });
    expect((await list).total).toBe(5);
    expect((await list.toArray()).map((c) => c.sslId)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.map((r) => new URL(r.url).searchParams.get("position"))).toEqual(["0", "2", "4"]);
    expect(seen[0]?.headers.get("login")).toBe("api-user");
    expect(seen[0]?.headers.get("customeruri")).toBe("acme");
  });

  it("binary answers are bytes, never decoded as text", async () => {
    const bytes = await sectigo.ssl.collect({ sslId: 7, format: "bin" });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([...der]);
  });

  it("the { code, description } envelope becomes ApiError.code", async () => {
    const error = (await sectigo.ssl.collect({ sslId: 9 }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe(-1400);
    expect(error.message).toContain("being processed");
  });

  it("checks enums and minimums before sending", async () => {
    const error = (await sectigo.ssl
      .collect({ sslId: 0, format: "der" } as never)
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path).sort()).toEqual(["format", "sslId"]);
    expect(seen).toHaveLength(0);
  });

  it("an enroll is a POST that is never retried into a duplicate", async () => {
    expect(
      await sectigo.ssl.enroll({
        orgId: 1,
        csr: "-----BEGIN CERTIFICATE REQUEST-----",
        certType: 2,
        term: 365,
      } as never),
    ).toEqual({
      sslId: 42,
      renewId: "r-1",
    });
    expect(seen[0]?.method).toBe("POST");
  });
});

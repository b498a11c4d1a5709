import { createHash } from "node:crypto";
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { FaultInjector, faults } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { Agent, fetch as undiciFetch } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/index.js";

/** Bytes 0..255 repeated: every byte value, and big enough (1 MiB) to need several writes. */
const BINARY = Uint8Array.from({ length: 1 << 20 }, (_, i) => i % 256);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let sandbox: Sandbox;
let baseUrl = "";
const injector = new FaultInjector();
let releaseStream: () => void = () => undefined;

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    builtins: false,
    discover: false,
    vendors: [
      {
        prefix: "echo",
        sandboxMocks: (base) => {
          baseUrl = base;
          return {
            connection: { apiUrl: base },
            handlers: [
              http.all(`${base}/*`, ({ request }) => injector.apply(request)),
              http.get(`${base}/json`, ({ request }) => {
                const url = new URL(request.url);
                const headers = new Headers({ "x-echo-query": url.searchParams.get("q") ?? "" });
                headers.append("set-cookie", "a=1; Path=/");
                headers.append("set-cookie", "b=2; Path=/");
                return HttpResponse.json(
                  { hello: "world", header: request.headers.get("x-demo"), url: request.url },
                  { status: 201, statusText: "Made", headers },
                );
              }),
              http.get(
                `${base}/binary`,
                () => new HttpResponse(BINARY, { headers: { "content-type": "application/octet-stream" } }),
              ),
              http.post(`${base}/echo`, async ({ request }) => {
                const bytes = new Uint8Array(await request.arrayBuffer());
                return HttpResponse.json({
                  method: request.method,
                  contentType: request.headers.get("content-type"),
                  length: bytes.byteLength,
                  sha256: sha256(bytes),
                  text: bytes.byteLength < 200 ? new TextDecoder().decode(bytes) : undefined,
                });
              }),
              http.get(`${base}/stream`, () => {
                // The second chunk is held back until the test has read the first one: a
                // sandbox that buffered whole bodies would never deliver anything.
                const encoder = new TextEncoder();
                const stream = new ReadableStream<Uint8Array>({
                  start(controller) {
                    controller.enqueue(encoder.encode("first;"));
                    releaseStream = () => {
                      controller.enqueue(encoder.encode("second"));
                      controller.close();
                    };
                  },
                });
                return new HttpResponse(stream, { headers: { "content-type": "text/plain" } });
              }),
              http.get(`${base}/reset`, () => HttpResponse.error()),
              http.get(`${base}/throws`, () => {
                throw new Error("handler bug");
              }),
              http.get(`${base}/empty`, () => new HttpResponse(null, { status: 204 })),
            ],
          };
        },
      },
    ],
  });
});

afterAll(async () => {
  await sandbox?.close();
});

describe("serving msw handlers over real HTTP", () => {
  it("listens on a free port and hands the vendor its base URL", () => {
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(baseUrl).toBe(`http://127.0.0.1:${sandbox.port}/echo`);
    expect(sandbox.vendors).toEqual([{ prefix: "echo", baseUrl, connection: { apiUrl: baseUrl }, source: "explicit" }]);
  });

  it("passes status, status text, headers (each Set-Cookie) and a JSON body", async () => {
    const response = await undiciFetch(`${baseUrl}/json?q=search%20me`, { headers: { "x-demo": "from-client" } });
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Made");
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("x-echo-query")).toBe("search me");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(await response.json()).toEqual({
      hello: "world",
      header: "from-client",
      url: `${baseUrl}/json?q=search%20me`,
    });
  });

  it("streams a binary body byte for byte", async () => {
    const response = await undiciFetch(`${baseUrl}/binary`);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBe(BINARY.byteLength);
    expect(sha256(bytes)).toBe(sha256(BINARY));
  });

  it("delivers body chunks as the handler produces them", async () => {
    const response = await undiciFetch(`${baseUrl}/stream`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe("first;");
    releaseStream();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(rest).toBe("second");
  }, 5_000);

  it("hands JSON and binary request bodies to the handler", async () => {
    const json = await undiciFetch(`${baseUrl}/echo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "café ✓" }),
    });
    expect(await json.json()).toMatchObject({
      method: "POST",
      contentType: "application/json",
      text: JSON.stringify({ name: "café ✓" }),
    });

    const binary = await undiciFetch(`${baseUrl}/echo`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: BINARY,
    });
    expect(await binary.json()).toMatchObject({ length: BINARY.byteLength, sha256: sha256(BINARY) });
  });

  it("answers 204 without a body", async () => {
    const response = await undiciFetch(`${baseUrl}/empty`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  it("answers 404 JSON for an unknown prefix and for an unmatched path", async () => {
    for (const path of ["/nope/items", "/echo/missing", "/%E0%A4%A/bad-escape"]) {
      const response = await undiciFetch(`${sandbox.url}${path}?x=1`, { method: "DELETE" });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "no sandbox route", method: "DELETE", path });
    }
  });

  it("turns a throwing handler into a 500", async () => {
    const response = await undiciFetch(`${baseUrl}/throws`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: "sandbox handler threw", message: "handler bug" });
  });

  it("lists the mounted vendors at GET /", async () => {
    const response = await undiciFetch(`${sandbox.url}/`);
    expect(await response.json()).toEqual({
      name: "trustplane sandbox",
      url: sandbox.url,
      vendors: [{ prefix: "echo", baseUrl, source: "explicit", connection: { apiUrl: baseUrl } }],
    });
  });
});

describe("connections", () => {
  it("destroys the socket for HttpResponse.error(): the client sees a network error", async () => {
    const dispatcher = new Agent();
    try {
      const failure = await undiciFetch(`${baseUrl}/reset`, { dispatcher }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(TypeError);
      expect(String((failure as TypeError).cause)).toMatch(/other side closed|socket|reset/i);
      // The server itself is fine afterwards.
      expect((await undiciFetch(`${baseUrl}/json`, { dispatcher })).status).toBe(201);
    } finally {
      await dispatcher.close();
    }
  });

  it("serves FaultInjector's connection-reset fault the same way", async () => {
    injector.inject(faults.connectionReset(), { match: "/json" });
    await expect(undiciFetch(`${baseUrl}/json`)).rejects.toThrow(TypeError);
    expect(injector.applied).toBeGreaterThan(0);
    expect((await undiciFetch(`${baseUrl}/json`)).status).toBe(201);
  });

  it("keeps connections alive between requests", async () => {
    const agent = new HttpAgent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<IncomingMessage & { reused: boolean }>((resolve, reject) => {
        const req = httpRequest(`${baseUrl}/json`, { agent }, (res) => {
          res.resume();
          res.on("end", () => resolve(Object.assign(res, { reused: req.reusedSocket })));
        });
        req.on("error", reject);
        req.end();
      });
    try {
      const first = await get();
      const second = await get();
      expect(first.headers.connection).toBe("keep-alive");
      expect(first.reused).toBe(false);
      expect(second.reused).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it("stops listening on close()", async () => {
    const other = await startSandbox({ port: 0, builtins: false, discover: false });
    await other.close();
    await expect(undiciFetch(`${other.url}/`)).rejects.toThrow(TypeError);
  });

  it("refuses two vendors with one prefix", async () => {
    const mocks = () => ({ handlers: [], connection: {} });
    await expect(
      startSandbox({
        port: 0,
        builtins: false,
        discover: false,
        vendors: [
          { prefix: "twice", sandboxMocks: mocks },
          { prefix: "twice", sandboxMocks: mocks },
        ],
      }),
    ).rejects.toThrow(/prefix "twice"/);
  });
});

import { spawnSync } from "node:child_process";
import { getEventListeners } from "node:events";
import { fileURLToPath } from "node:url";
import { createMockServer } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callInit } from "../src/index.js";
import { BASE, testClient } from "./helpers.js";

describe("no process-wide side effects", () => {
  it("importing core and making a client does not make undici 7 the process's fetch dispatcher", () => {
    const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
    // Node's own fetch sets its dispatcher lazily; undici 7, once loaded, installs its own Agent
    // if none is set yet. Core must not load undici unless a client needs a custom dispatcher.
    const code = `
      import { createRequire } from "node:module";
      const key = Symbol.for("undici.globalDispatcher.1");
      const core = await import(${JSON.stringify(entry)});
      core.createApiClient({ vendor: "v", version: "1" }, { baseUrl: "https://x.test" });
      // A client with TLS options loads undici 7 on its first call; Node's own dispatcher must stay.
      const tls = core.createApiClient({ vendor: "v", version: "1" }, { baseUrl: "https://127.0.0.1:39", transport: { rejectUnauthorized: true }, maxRetries: 0, logLevel: "off" });
      await tls.fetch("https://127.0.0.1:39/x").catch(() => undefined);
      const current = globalThis[key];
      const { Agent } = await import(createRequire(${JSON.stringify(entry)}).resolve("undici"));
      console.log(current === undefined ? "untouched" : current instanceof Agent ? "undici 7" : "node's own");
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      encoding: "utf8",
      env: { ...process.env, HTTPS_PROXY: "", HTTP_PROXY: "", https_proxy: "", http_proxy: "" },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("node's own");
  });
});

describe("a long-lived caller signal", () => {
  const server = createMockServer(http.get(`${BASE}/items/:id`, () => HttpResponse.json({ id: "1", name: "x" })));
  beforeAll(() => server.listen());
  afterAll(() => server.close());

  it("keeps no listeners from finished calls", async () => {
    const shutdown = new AbortController();
    const client = testClient({ timeout: 5_000 });
    for (let i = 0; i < 50; i++) {
      // As named methods pass it: the caller's own signal reaches the pipeline's policies.
      await client.call("getItem", { path: { id: "1" } }, { signal: shutdown.signal });
      await client.raw.GET("/items/{id}", { params: { path: { id: "1" } }, ...callInit({ signal: shutdown.signal }) });
    }
    // No WHATWG Request is built for either, so nothing but the pipeline could listen, and it
    // removes its listener when each attempt ends.
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
  });
});

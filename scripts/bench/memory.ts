/**
 * Memory while 100,000 items (~200 B of JSON each, pages of 100) are walked over HTTP, run in a
 * fresh process per mode:
 * - `fetch`: the baseline, a hand-written offset/limit loop with `fetch` and `response.json()`;
 * - `trustplane`: a core client and `pageOperation` (offset-limit from the spec), `for await`;
 * - `collect`: the same walk keeping every item, to show what growing memory looks like.
 * The server runs in its own process. Replies with `MemoryResult`.
 */
import type { ChildProcess } from "node:child_process";
import { createApiClient, pageOperation } from "../../packages/core/dist/index.js";
import type { Item } from "./fixtures.ts";
import { forceGc, forkChild, reply } from "./lib.ts";

export type MemoryMode = "fetch" | "trustplane" | "collect";

export interface MemorySample {
  rss: number;
  heapUsed: number;
}

export interface MemoryResult {
  mode: MemoryMode;
  items: number;
  pageSize: number;
  before: MemorySample;
  /** Halfway through, after a forced GC: `after - middle` is the growth of the second half. */
  middle: MemorySample;
  peak: MemorySample;
  after: MemorySample;
  elapsedMs: number;
}

const PAGE_SIZE = 100;

function sample(): MemorySample {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function startServer(total: number): Promise<{ child: ChildProcess; port: number }> {
  const child = forkChild("./server.ts", [], { BENCH_ITEMS: String(total) });
  const { port } = await new Promise<{ port: number }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { port: number }));
    child.once("exit", (code) => reject(new Error(`bench server exited early (code ${code})`)));
  });
  return { child, port };
}

async function* fetchLoop(base: string, total: number): AsyncGenerator<Item> {
  for (let offset = 0; offset < total; offset += PAGE_SIZE) {
    const res = await fetch(`${base}/items?offset=${offset}&limit=${PAGE_SIZE}`);
    const page = (await res.json()) as { data: Item[] };
    yield* page.data;
  }
}

async function main(): Promise<void> {
  const mode = (process.argv[2] ?? "trustplane") as MemoryMode;
  const total = Number(process.argv[3] ?? 100_000);
  const server = await startServer(total);
  const base = `http://127.0.0.1:${server.port}`;
  await (await fetch("data:,")).arrayBuffer();
  const api = createApiClient(
    {
      vendor: "bench",
      version: "0.0.0",
      operations: {
        listItems: {
          method: "GET",
          path: "/items",
          pagination: { style: "offset-limit", items: "data", maxPageSize: PAGE_SIZE },
        },
      },
    },
    { baseUrl: base, logLevel: "off" },
  );
  const items = (): AsyncIterable<Item> =>
    mode === "fetch" ? fetchLoop(base, total) : pageOperation<Item>(api, "listItems", {}, { pageSize: PAGE_SIZE });

  // Warm up both paths (JIT, sockets), then measure from a collected heap.
  let warm = 0;
  for await (const _ of pageOperation<Item>(api, "listItems", {}, { pageSize: PAGE_SIZE, maxPages: 20 })) warm++;
  for await (const _ of fetchLoop(base, 2000)) warm++;

  const kept: Item[] = [];
  let count = 0;
  let checksum = 0;
  forceGc();
  const before = sample();
  const peak = { ...before };
  let middle = before;
  const t0 = performance.now();
  for await (const item of items()) {
    checksum += item.name.length + item.tags.length;
    if (mode === "collect") kept.push(item);
    if (++count % PAGE_SIZE === 0) {
      const now = sample();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    }
    if (count === total >> 1) {
      forceGc();
      middle = sample();
    }
  }
  const elapsedMs = performance.now() - t0;
  forceGc();
  const after = sample();
  peak.rss = Math.max(peak.rss, after.rss);
  peak.heapUsed = Math.max(peak.heapUsed, after.heapUsed);
  if (count !== total || checksum <= 0 || warm === 0 || (mode === "collect" && kept.length !== total)) {
    throw new Error(`iterated ${count} of ${total} items (kept ${kept.length})`);
  }
  server.child.disconnect();
  await api.close();
  reply({ mode, items: count, pageSize: PAGE_SIZE, before, middle, peak, after, elapsedMs } satisfies MemoryResult);
}

await main();

/**
 * Section 2, run in a fresh process per mode: RSS and heap while 100,000 items stream through
 * `Paged<T>` (offsetLimit, pages of 100 ~200-byte items built on the fly, no network).
 *
 * Args: `stream` (iterate and drop each item) or `collect` (keep every item in an array: the
 * baseline that shows what growing memory looks like), then the item count. Replies with
 * `MemoryResult`.
 */
import { offsetLimit, Paged } from "../../packages/core/dist/index.js";
import { type Item, makeItem } from "./fixtures.ts";
import { forceGc, reply } from "./lib.ts";

export type MemoryMode = "stream" | "collect";

export interface MemorySample {
  rss: number;
  heapUsed: number;
}

export interface MemoryResult {
  mode: MemoryMode;
  items: number;
  pageSize: number;
  itemJsonBytes: number;
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

async function main(): Promise<void> {
  const mode = (process.argv[2] ?? "stream") as MemoryMode;
  const total = Number(process.argv[3] ?? 100_000);

  const list = new Paged<Item>(
    offsetLimit({
      pageSize: PAGE_SIZE,
      fetch: async (offset, limit) => {
        // A real page arrives from I/O: give the event loop a turn, as a socket read would.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const items: Item[] = [];
        for (let i = offset; i < Math.min(offset + limit, total); i++) items.push(makeItem(i));
        return { items, total };
      },
    }),
  );

  const kept: Item[] = [];
  let count = 0;
  let checksum = 0;

  forceGc();
  const before = sample();
  const peak = { ...before };
  let middle = before;
  const t0 = performance.now();
  for await (const item of list) {
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

  if (count !== total || checksum <= 0 || (mode === "collect" && kept.length !== total)) {
    throw new Error(`iterated ${count} of ${total} items (kept ${kept.length})`);
  }
  reply({
    mode,
    items: count,
    pageSize: PAGE_SIZE,
    itemJsonBytes: JSON.stringify(makeItem(total >> 1)).length,
    before,
    middle,
    peak,
    after,
    elapsedMs,
  } satisfies MemoryResult);
}

await main();

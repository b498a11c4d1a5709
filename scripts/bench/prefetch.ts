/**
 * Section 3, run in its own process: items/s through `Paged<T>` when every page takes 20 ms to
 * arrive and the consumer spends 15 ms (awaited) on each page, with and without `prefetch: true`.
 *
 * Args: JSON `PrefetchConfig`. Replies with `PrefetchResult`.
 */
import { offsetLimit, Paged } from "../../packages/core/dist/index.js";
import { type Item, makeItem } from "./fixtures.ts";
import { reply, sleep } from "./lib.ts";

export interface PrefetchConfig {
  pages: number;
  pageSize: number;
  fetchMs: number;
  workMs: number;
  rounds: number;
}

export interface PrefetchResult {
  config: PrefetchConfig;
  /** Wall time of each round, by mode. */
  roundsMs: { sequential: number[]; prefetch: number[] };
}

async function walk(config: PrefetchConfig, prefetch: boolean): Promise<number> {
  const total = config.pages * config.pageSize;
  const list = new Paged<Item>(
    offsetLimit({
      pageSize: config.pageSize,
      fetch: async (offset, limit) => {
        await sleep(config.fetchMs);
        const items: Item[] = [];
        for (let i = offset; i < Math.min(offset + limit, total); i++) items.push(makeItem(i));
        return { items, total };
      },
    }),
    { prefetch },
  );
  let count = 0;
  const t0 = performance.now();
  for await (const item of list) {
    if (!item.id) throw new Error("empty item");
    if (++count % config.pageSize === 0) await sleep(config.workMs); // the consumer's work on this page
  }
  const elapsed = performance.now() - t0;
  if (count !== total) throw new Error(`iterated ${count} of ${total} items`);
  return elapsed;
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? "{}") as PrefetchConfig;
  const roundsMs: PrefetchResult["roundsMs"] = { sequential: [], prefetch: [] };
  await walk({ ...config, pages: 3 }, true); // warm-up: JIT the paging path once
  for (let round = 0; round < config.rounds; round++) {
    roundsMs.sequential.push(await walk(config, false));
    roundsMs.prefetch.push(await walk(config, true));
  }
  reply({ config, roundsMs } satisfies PrefetchResult);
}

await main();

/**
 * trustplane benchmarks: prints numbers, asserts nothing about time.
 *
 *   pnpm bench          full run (a few minutes)
 *   pnpm bench:quick    smoke run with few iterations (numbers are noisy)
 *
 * 1. Per-call cost: AIC `variables.get` through the whole pipeline vs raw `fetch`,
 *    `undici.request` and bare openapi-fetch on one keep-alive server (another process), at
 *    concurrency 1 and 64 and bodies of 1 KB, 100 KB and 1 MB: wall time and client CPU.
 * 2. Cold import of each package (median of fresh processes, timed inside each around the import), ESM and CJS.
 * 3. Bundle size of an app using one client (esbuild, minified, gzip; initial vs lazy chunks).
 * 4. Memory walking 100,000 paged items over HTTP: trustplane vs a raw fetch loop (RSS, heap).
 * 5. Prefetch: items/s with slow pages and a slow consumer.
 * 6. `tsc --noEmit` of an app using two clients and all five.
 *
 * Every ratio is against a baseline measured in the same run. Imports the packages' builds (dist/).
 */
import { existsSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { type BundleRow, bundleSizes } from "./bundle.ts";
import { type ColdImportResult, coldImports } from "./cold-import.ts";
import type { LatencyConfig, LatencyResult, LatencyRun, Variant } from "./latency.ts";
import { markdownTable, mb, median, num, pct, ratio, runChild, spread, textTable } from "./lib.ts";
import type { MemoryMode, MemoryResult } from "./memory.ts";
import type { PrefetchConfig, PrefetchResult } from "./prefetch.ts";
import { type TscRow, tscTimes } from "./tsc-time.ts";

const quick = process.argv.includes("--quick");
const PACKAGES = ["core", "pingone-aic", "pingone", "openziti", "sectigo", "stronghold"] as const;
const SIZES = [1024, 100 * 1024, 1024 * 1024];

const LATENCY: LatencyConfig = quick
  ? { concurrency: [1, 64], sizes: SIZES, calls: { 1024: 400, 102400: 100, 1048576: 20 }, rounds: 3 }
  : { concurrency: [1, 64], sizes: SIZES, calls: { 1024: 3000, 102400: 600, 1048576: 80 }, rounds: 7 };
const MEMORY_ITEMS = 100_000;
const PREFETCH: PrefetchConfig = quick
  ? { pages: 10, pageSize: 100, fetchMs: 20, workMs: 15, rounds: 1 }
  : { pages: 50, pageSize: 100, fetchMs: 20, workMs: 15, rounds: 3 };
const COLD_RUNS = quick ? 5 : 21;
const TSC_RUNS = quick ? 1 : 3;

const scratch = fileURLToPath(new URL("./.scratch/", import.meta.url));
const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

interface LatencyRow {
  run: LatencyRun;
  usPerCall: number;
  cpuUsPerCall: number;
  spread: number;
}

function latencyRows(result: LatencyResult): LatencyRow[] {
  return result.runs.map((run) => ({
    run,
    usPerCall: (median(run.roundsMs) * 1000) / run.calls,
    cpuUsPerCall: (median(run.roundsCpuMs) * 1000) / run.calls,
    spread: spread(run.roundsMs),
  }));
}

const find = (rows: LatencyRow[], concurrency: number, size: number, variant: Variant): LatencyRow => {
  const row = rows.find((r) => r.run.concurrency === concurrency && r.run.size === size && r.run.variant === variant);
  if (!row) throw new Error(`no latency result for ${variant} at ${concurrency}/${size}`);
  return row;
};

function printLatency(result: LatencyResult, rows: LatencyRow[]): void {
  console.log("\n1. Per-call cost: AIC variables.get (typed, bearer auth, default retries and timeout, logging off)");
  console.log(
    `   vs raw fetch, undici.request ${result.undiciVersion} and bare openapi-fetch ${result.openapiFetchVersion}; trustplane engine: ${result.engine}`,
  );
  console.log(
    "   µs per call is the median round's wall time ÷ calls; CPU is the client process's CPU ÷ calls (server excluded)",
  );
  for (const size of LATENCY.sizes) {
    for (const concurrency of LATENCY.concurrency) {
      const base = (v: Variant) => find(rows, concurrency, size, v);
      console.log(
        `\n   ${sizeLabel(size)} body, concurrency ${concurrency}, ${base("trustplane").run.calls} calls × ${LATENCY.rounds} rounds`,
      );
      console.log(
        textTable(
          ["client", "µs/call", "spread", "CPU µs", "÷ fetch", "÷ undici", "÷ openapi-fetch", "CPU ÷ fetch"],
          (["trustplane", "fetch", "undici.request", "openapi-fetch"] as const).map((v) => {
            const r = base(v);
            return [
              v,
              num(r.usPerCall, 1),
              pct(r.spread),
              num(r.cpuUsPerCall, 1),
              ratio(r.usPerCall / base("fetch").usPerCall),
              ratio(r.usPerCall / base("undici.request").usPerCall),
              ratio(r.usPerCall / base("openapi-fetch").usPerCall),
              ratio(r.cpuUsPerCall / base("fetch").cpuUsPerCall),
            ];
          }),
        ),
      );
    }
  }
}

function printCold(result: ColdImportResult): void {
  console.log(
    `\n2. Cold import (median of ${result.runs} fresh processes, the import timed inside each; bare node starts in ESM ${num(result.bareEsmMs, 1)} ms, CJS ${num(result.bareCjsMs, 1)} ms)`,
  );
  console.log(
    textTable(
      ["package", "ESM import ms", "CJS require ms"],
      result.rows.map((r) => [r.target, num(r.esmMs, 1), num(r.cjsMs, 1)]),
    ),
  );
}

function printBundles(rows: BundleRow[]): void {
  console.log("\n3. Bundle of an app creating one client and making one call (esbuild, minified; gzip -9)");
  console.log(
    textTable(
      ["package", "initial min", "initial gz", "lazy min", "lazy gz"],
      rows.map((r) => [r.target, kb(r.initialMin), kb(r.initialGz), kb(r.lazyMin), kb(r.lazyGz)]),
    ),
  );
}

const growth = (r: MemoryResult, key: "rss" | "heapUsed") => r.after[key] - r.before[key];
const secondHalf = (r: MemoryResult, key: "rss" | "heapUsed") => r.after[key] - r.middle[key];

function printMemory(results: Record<MemoryMode, MemoryResult>): void {
  const any = results.trustplane;
  console.log(`\n4. Memory walking ${num(any.items)} items over HTTP (pages of ${any.pageSize}, ~200 B JSON each)`);
  console.log("   before and after follow a forced full GC; peak is sampled every page");
  const row = (label: string, r: MemoryResult) => [
    label,
    mb(growth(r, "rss"), true),
    mb(secondHalf(r, "rss"), true),
    mb(r.peak.rss - r.before.rss, true),
    mb(growth(r, "heapUsed"), true),
    `${num(r.items / (r.elapsedMs / 1000))}`,
  ];
  console.log(
    textTable(
      ["walk", "RSS growth", "RSS 2nd half", "RSS peak growth", "heap growth", "items/s"],
      [
        row("trustplane Paged (for await)", results.trustplane),
        row("raw fetch loop (baseline)", results.fetch),
        row("trustplane, collecting", results.collect),
      ],
    ),
  );
}

interface PrefetchSummary {
  sequentialItemsPerSec: number;
  prefetchItemsPerSec: number;
  speedup: number;
  ideal: number;
}

function summarizePrefetch(result: PrefetchResult): PrefetchSummary {
  const { pages, pageSize, fetchMs, workMs } = result.config;
  const items = pages * pageSize;
  const sequentialItemsPerSec = items / (median(result.roundsMs.sequential) / 1000);
  const prefetchItemsPerSec = items / (median(result.roundsMs.prefetch) / 1000);
  const idealSequential = pages * (fetchMs + workMs);
  const idealPrefetch = fetchMs + (pages - 1) * Math.max(fetchMs, workMs) + workMs;
  return {
    sequentialItemsPerSec,
    prefetchItemsPerSec,
    speedup: prefetchItemsPerSec / sequentialItemsPerSec,
    ideal: idealSequential / idealPrefetch,
  };
}

function printPrefetch(result: PrefetchResult, summary: PrefetchSummary): void {
  const { pages, pageSize, fetchMs, workMs } = result.config;
  console.log(
    `\n5. Prefetch: ${pages} pages × ${pageSize} items, ${fetchMs} ms per page fetch, ${workMs} ms of work per page`,
  );
  console.log(
    `   sequential ${num(summary.sequentialItemsPerSec)} items/s, prefetch ${num(summary.prefetchItemsPerSec)} items/s: ${ratio(summary.speedup)} (ideal ${ratio(summary.ideal)})`,
  );
}

function printTsc(rows: TscRow[]): void {
  console.log("\n6. tsc --noEmit of an app using the clients (published .d.ts, skipLibCheck off)");
  console.log(
    textTable(
      ["example", "ms"],
      rows.map((r) => [r.example, num(r.ms)]),
    ),
  );
}

function markdown(
  facts: string,
  rows: LatencyRow[],
  cold: ColdImportResult,
  bundles: BundleRow[],
  memory: Record<MemoryMode, MemoryResult>,
  tsc: TscRow[],
): string {
  const lat = LATENCY.concurrency.flatMap((c) =>
    LATENCY.sizes.map((size) => {
      const t = find(rows, c, size, "trustplane");
      const f = find(rows, c, size, "fetch");
      const u = find(rows, c, size, "undici.request");
      const o = find(rows, c, size, "openapi-fetch");
      return [
        `${sizeLabel(size)}, concurrency ${c}`,
        `${num(t.usPerCall, 1)} µs`,
        `${ratio(t.usPerCall / f.usPerCall)} (CPU ${ratio(t.cpuUsPerCall / f.cpuUsPerCall)})`,
        ratio(t.usPerCall / u.usPerCall),
        ratio(t.usPerCall / o.usPerCall),
      ];
    }),
  );
  return [
    facts,
    "",
    "Per call (AIC `variables.get`; ratios: trustplane ÷ baseline, lower is better)",
    "",
    markdownTable(["body, concurrency", "trustplane", "÷ raw fetch", "÷ undici.request", "÷ openapi-fetch"], lat),
    "",
    markdownTable(
      ["package", "cold import ESM / CJS", "bundle initial (gzip)", "loaded on first use (gzip)"],
      bundles.map((b) => {
        const c = cold.rows.find((r) => r.target === b.target);
        return [b.target, c ? `${num(c.esmMs, 1)} / ${num(c.cjsMs, 1)} ms` : "", kb(b.initialGz), kb(b.lazyGz)];
      }),
    ),
    "",
    markdownTable(
      ["walk of 100,000 items over HTTP", "RSS growth", "heap growth"],
      [
        [
          "trustplane `for await` over `Paged`",
          mb(growth(memory.trustplane, "rss"), true),
          mb(growth(memory.trustplane, "heapUsed"), true),
        ],
        ["raw `fetch` loop", mb(growth(memory.fetch, "rss"), true), mb(growth(memory.fetch, "heapUsed"), true)],
      ],
    ),
    "",
    markdownTable(
      ["`tsc --noEmit` of an app using", "time"],
      tsc.map((r) => [r.example, `${num(r.ms)} ms`]),
    ),
  ].join("\n");
}

async function main(): Promise<void> {
  const started = performance.now();
  for (const pkg of PACKAGES) {
    if (!existsSync(new URL(`../../packages/${pkg}/dist/index.js`, import.meta.url))) {
      throw new Error(`packages/${pkg}/dist is missing: run \`pnpm bench\` (it builds the packages first)`);
    }
  }
  const command = quick ? "pnpm bench:quick" : "pnpm bench";
  const cpus = os.cpus();
  const facts = `\`${command}\` · Node ${process.version} · ${cpus[0]?.model.trim() ?? "unknown CPU"} · ${cpus.length} cores`;
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  console.log(`trustplane benchmarks (${command})\n${facts} · load average ${load()} at start`);
  if (quick) console.log("--quick: few iterations, numbers are for smoke-testing only");

  // Cold imports first: short fresh processes are the most sensitive to what ran just before.
  const cold = coldImports(PACKAGES, COLD_RUNS);

  const latency = await runChild<LatencyResult>("./latency.ts", [JSON.stringify(LATENCY)]);
  const rows = latencyRows(latency);
  printLatency(latency, rows);
  printCold(cold);

  const bundles = await bundleSizes(`${scratch}bundle`, PACKAGES);
  printBundles(bundles);

  const memory = {} as Record<MemoryMode, MemoryResult>;
  for (const mode of ["trustplane", "fetch", "collect"] as const) {
    memory[mode] = await runChild<MemoryResult>("./memory.ts", [mode, String(MEMORY_ITEMS)]);
  }
  printMemory(memory);

  const prefetch = await runChild<PrefetchResult>("./prefetch.ts", [JSON.stringify(PREFETCH)]);
  printPrefetch(prefetch, summarizePrefetch(prefetch));

  const tsc = tscTimes(`${scratch}tsc`, TSC_RUNS);
  printTsc(tsc);

  console.log("\n--- Markdown for the README ---\n");
  console.log(markdown(facts, rows, cold, bundles, memory, tsc));
  console.log(`\n(total ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${load()} at end)`);
}

await main();

/**
 * trustplane benchmarks: prints numbers, asserts nothing about time.
 *
 *   pnpm bench          full run (about a minute and a half)
 *   pnpm bench:quick    smoke run with few iterations (numbers are noisy)
 *
 * 1. Per-call cost: typed GET through the whole pipeline vs raw `fetch` vs `undici.request`
 *    against a keep-alive server in another process, at concurrency 1 and 64.
 * 2. Memory: RSS and heap while 100,000 items stream through `Paged<T>`, vs collecting them.
 * 3. Prefetch: items/s through `Paged<T>` with slow pages and a slow consumer, with and without
 *    `prefetch: true`.
 *
 * Each section runs in its own process (with --expose-gc); this one only prints. Every ratio is
 * against a baseline measured in the same run. Imports @trustplane/core from its build (dist/).
 */
import { existsSync } from "node:fs";
import os from "node:os";
import type { LatencyConfig, LatencyResult, Variant } from "./latency.ts";
import { markdownTable, mb, median, num, pct, ratio, runChild, spread, textTable } from "./lib.ts";
import type { MemoryMode, MemoryResult } from "./memory.ts";
import type { PrefetchConfig, PrefetchResult } from "./prefetch.ts";

const quick = process.argv.includes("--quick");

const LATENCY: LatencyConfig = quick
  ? { concurrency: [1, 64], calls: { 1: 500, 64: 2000 }, warmup: { 1: 300, 64: 1000 }, rounds: 3 }
  : { concurrency: [1, 64], calls: { 1: 1000, 64: 4000 }, warmup: { 1: 1000, 64: 4000 }, rounds: 7 };
const MEMORY_ITEMS = 100_000; // fast (well under a second per mode), so --quick keeps it
const PREFETCH: PrefetchConfig = quick
  ? { pages: 10, pageSize: 100, fetchMs: 20, workMs: 15, rounds: 1 }
  : { pages: 50, pageSize: 100, fetchMs: 20, workMs: 15, rounds: 3 };

interface LatencyRow {
  concurrency: number;
  variant: Variant;
  calls: number;
  /** Median round's wall time per call. */
  usPerCall: number;
  callsPerSec: number;
  /** Fastest round, µs per call: on a busy machine noise only adds time, so this is the floor. */
  bestUsPerCall: number;
  /** Median round's client CPU time per call (user + system, server excluded). */
  cpuUsPerCall: number;
  spread: number;
}

function latencyRows(result: LatencyResult): LatencyRow[] {
  return result.runs.map((run) => {
    const ms = median(run.roundsMs);
    return {
      concurrency: run.concurrency,
      variant: run.variant,
      calls: run.calls,
      usPerCall: (ms * 1000) / run.calls,
      callsPerSec: run.calls / (ms / 1000),
      bestUsPerCall: (Math.min(...run.roundsMs) * 1000) / run.calls,
      cpuUsPerCall: (median(run.roundsCpuMs) * 1000) / run.calls,
      spread: spread(run.roundsMs),
    };
  });
}

function find(rows: LatencyRow[], concurrency: number, variant: Variant): LatencyRow {
  const row = rows.find((r) => r.concurrency === concurrency && r.variant === variant);
  if (!row) throw new Error(`no latency result for ${variant} at concurrency ${concurrency}`);
  return row;
}

function printLatency(result: LatencyResult, rows: LatencyRow[]): void {
  console.log(`\n1. Per-call cost: GET of a ${num(result.bodyBytes)}-byte JSON body over keep-alive HTTP (127.0.0.1)`);
  console.log(
    "   trustplane = createApiClient + client.raw.GET (bearerToken auth, logging off, default retry/timeout)",
  );
  console.log(`   fetch uses ${result.globalDispatcher}`);
  console.log("   µs/call and ratios: median round (wall time ÷ calls); best: fastest round; spread: farthest round");
  console.log(
    "   from the median; CPU: the client process's CPU time ÷ calls (server excluded; steadier on a busy host)",
  );
  for (const concurrency of LATENCY.concurrency) {
    console.log(
      `\n   concurrency ${concurrency}: ${num(find(rows, concurrency, "trustplane").calls)} calls per round, ${LATENCY.rounds} rounds`,
    );
    const fetchRow = find(rows, concurrency, "fetch");
    const undiciRow = find(rows, concurrency, "undici.request");
    const table = rows
      .filter((r) => r.concurrency === concurrency)
      .map((r) => [
        r.variant,
        num(r.usPerCall, 1),
        num(r.callsPerSec),
        num(r.bestUsPerCall, 1),
        pct(r.spread),
        num(r.cpuUsPerCall, 1),
        ratio(r.usPerCall / fetchRow.usPerCall),
        ratio(r.usPerCall / undiciRow.usPerCall),
        ratio(r.cpuUsPerCall / fetchRow.cpuUsPerCall),
        ratio(r.cpuUsPerCall / undiciRow.cpuUsPerCall),
      ]);
    const header = [
      "client",
      "µs/call",
      "calls/s",
      "best µs",
      "spread",
      "CPU µs",
      "÷ fetch",
      "÷ undici",
      "CPU ÷ fetch",
    ];
    console.log(textTable([...header, "CPU ÷ undici"], table));
  }
}

type MemKey = "rss" | "heapUsed";
type MemSpan = "after" | "peak" | "secondHalf";

/** after: after − before (both after GC); peak: peak − before; secondHalf: after − halfway (both after GC). */
function growth(result: MemoryResult, key: MemKey, span: MemSpan): number {
  if (span === "secondHalf") return result.after[key] - result.middle[key];
  return result[span][key] - result.before[key];
}

function printMemory(stream: MemoryResult, collect: MemoryResult): void {
  console.log(
    `\n2. Memory: ${num(stream.items)} items (~${stream.itemJsonBytes} B JSON each) through Paged<T> + offsetLimit, pages of ${stream.pageSize}, no network`,
  );
  console.log("   before, halfway and after follow a forced full GC; peak is sampled every page without forcing GC");
  const row = (label: string, r: MemoryResult, key: MemKey) => [
    label,
    mb(r.before[key]),
    mb(r.middle[key]),
    mb(r.after[key]),
    mb(r.peak[key]),
    mb(growth(r, key, "after"), true),
    mb(growth(r, key, "secondHalf"), true),
    mb(growth(r, key, "peak"), true),
  ];
  console.log(
    textTable(
      ["", "before", "halfway", "after", "peak", "growth", "2nd half", "peak growth"],
      [
        row("RSS   Paged stream", stream, "rss"),
        row("RSS   collect (baseline)", collect, "rss"),
        row("heap  Paged stream", stream, "heapUsed"),
        row("heap  collect (baseline)", collect, "heapUsed"),
      ],
    ),
  );
  console.log(
    `   time: stream ${num(stream.elapsedMs)} ms (${num(stream.items / (stream.elapsedMs / 1000))} items/s), collect ${num(collect.elapsedMs)} ms`,
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
  const { pages, pageSize, fetchMs, workMs, rounds } = result.config;
  console.log(
    `\n3. Prefetch: ${pages} pages × ${pageSize} items, ${fetchMs} ms per page fetch, ${workMs} ms awaited work per page; ${rounds} round(s), median`,
  );
  const row = (label: string, ms: number[]) => [
    label,
    num(median(ms)),
    num((pages * pageSize) / (median(ms) / 1000)),
    pct(spread(ms)),
  ];
  console.log(
    textTable(
      ["mode", "ms", "items/s", "spread"],
      [row("sequential (default)", result.roundsMs.sequential), row("prefetch: true", result.roundsMs.prefetch)],
    ),
  );
  console.log(`   speed-up ${ratio(summary.speedup)} (ideal overlap of fetch and work: ${ratio(summary.ideal)})`);
}

function markdown(
  command: string,
  facts: string,
  rows: LatencyRow[],
  stream: MemoryResult,
  collect: MemoryResult,
  prefetch: PrefetchResult,
  summary: PrefetchSummary,
): string {
  const cell = (r: LatencyRow) => `${num(r.usPerCall, 1)} µs (CPU ${num(r.cpuUsPerCall, 1)}) · ${num(r.callsPerSec)}/s`;
  const latency = LATENCY.concurrency.flatMap((c) => {
    const mine = find(rows, c, "trustplane");
    return (["fetch", "undici.request"] as const).map((baseline) => {
      const theirs = find(rows, c, baseline);
      return [
        `GET ~1 KB JSON, concurrency ${c}: trustplane vs \`${baseline}\``,
        cell(mine),
        cell(theirs),
        `${ratio(mine.usPerCall / theirs.usPerCall)} (CPU ${ratio(mine.cpuUsPerCall / theirs.cpuUsPerCall)})`,
      ];
    });
  });
  const n = num(stream.items);
  const memory = (
    [
      ["RSS growth after GC", "rss", "after"],
      ["heap growth after GC", "heapUsed", "after"],
      [`RSS growth over the second ${num(stream.items - (stream.items >> 1))} items`, "rss", "secondHalf"],
      ["peak RSS growth", "rss", "peak"],
    ] as const
  ).map(([what, key, span]) => {
    const mine = growth(stream, key, span);
    const theirs = growth(collect, key, span);
    return [
      `${n} items through \`Paged\`, ${what}: streaming vs collecting into an array`,
      mb(mine, true),
      mb(theirs, true),
      theirs > 0 ? ratio(Math.max(0, mine) / theirs) : "n/a",
    ];
  });
  const { pages, fetchMs, workMs } = prefetch.config;
  const prefetchRow = [
    `${pages} pages, ${fetchMs} ms fetch + ${workMs} ms work each: \`prefetch: true\` vs default`,
    `${num(summary.prefetchItemsPerSec)} items/s`,
    `${num(summary.sequentialItemsPerSec)} items/s`,
    `${ratio(summary.speedup)} faster`,
  ];
  return [
    `\`${command}\` · ${facts}`,
    "",
    markdownTable(["Benchmark", "trustplane", "Baseline", "Ratio"], [...latency, ...memory, prefetchRow]),
    "",
    "Latency: median of rounds, wall time ÷ calls (at concurrency 64 that is the inverse of throughput); CPU is the",
    "client process's CPU time ÷ calls, server excluded. Ratios are trustplane ÷ baseline (lower is better). Memory",
    "ratios are trustplane's growth ÷ the baseline's. The server runs in its own process.",
  ].join("\n");
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!existsSync(new URL("../../packages/core/dist/index.js", import.meta.url))) {
    throw new Error("packages/core/dist is missing: run `pnpm bench` (it builds @trustplane/core first)");
  }
  const command = quick ? "pnpm bench:quick" : "pnpm bench";
  const cpus = os.cpus();
  const facts = `Node ${process.version} · ${cpus[0]?.model.trim() ?? "unknown CPU"} · ${cpus.length} cores · ${os.platform()} ${os.arch()}`;
  console.log(`trustplane benchmarks (${command})`);
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  console.log(`${facts} · ${num(os.totalmem() / 1024 ** 3, 1)} GB RAM · load average ${load()} at start`);
  if (quick) console.log("--quick: few iterations, numbers are for smoke-testing only");

  const latency = await runChild<LatencyResult>("./latency.ts", [JSON.stringify(LATENCY)]);
  const rows = latencyRows(latency);
  console.log(
    `npm undici ${latency.undiciVersion} (undici.request; core's dependency) · Node's bundled undici ${process.versions.undici} · openapi-fetch ${latency.openapiFetchVersion}`,
  );
  printLatency(latency, rows);

  const memory = async (mode: MemoryMode) => runChild<MemoryResult>("./memory.ts", [mode, String(MEMORY_ITEMS)]);
  const stream = await memory("stream");
  const collect = await memory("collect");
  printMemory(stream, collect);

  const prefetch = await runChild<PrefetchResult>("./prefetch.ts", [JSON.stringify(PREFETCH)]);
  const summary = summarizePrefetch(prefetch);
  printPrefetch(prefetch, summary);

  console.log("\n--- Markdown for the README ---\n");
  console.log(markdown(command, facts, rows, stream, collect, prefetch, summary));
  console.log(`\n(total ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${load()} at end)`);
}

await main();

/**
 * Per-call cost, run in its own process: AIC `variables.get` through the whole trustplane pipeline
 * against raw `fetch`, `undici.request` and bare openapi-fetch, on a keep-alive server in another
 * process, at each concurrency and body size. Imports the packages' builds (dist/).
 *
 * Args: JSON `LatencyConfig`. Replies with `LatencyResult`.
 */
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { bearer, createAicClient } from "../../packages/pingone-aic/dist/index.js";
import { BEARER, VARIABLE_ID, type Variable } from "./fixtures.ts";
import { forceGc, forkChild, reply } from "./lib.ts";

export interface LatencyConfig {
  concurrency: number[];
  /** Body sizes in bytes. */
  sizes: number[];
  /** Calls per measured round, by body size. */
  calls: Record<string, number>;
  rounds: number;
}

export const VARIANTS = ["trustplane", "fetch", "undici.request", "openapi-fetch"] as const;
export type Variant = (typeof VARIANTS)[number];

export interface LatencyRun {
  concurrency: number;
  size: number;
  calls: number;
  variant: Variant;
  /** Wall time of each round. */
  roundsMs: number[];
  /** This process's CPU time (user + system) in each round: the client's own cost, server excluded. */
  roundsCpuMs: number[];
}

export interface LatencyResult {
  undiciVersion: string;
  openapiFetchVersion: string;
  engine: string;
  runs: LatencyRun[];
}

/** The slice of undici's `request` used here (typed locally: undici is core's dependency, not the root's). */
type UndiciRequest = (
  url: string,
  options: { method: "GET"; headers: Record<string, string> },
) => Promise<{ statusCode: number; body: { json(): Promise<unknown> } }>;
type OpenapiFetch = (options: { baseUrl: string; headers?: Record<string, string> }) => {
  GET(path: string, init: unknown): Promise<{ data?: unknown }>;
};

const coreRequire = createRequire(new URL("../../packages/core/package.json", import.meta.url));
const versionOf = (name: string): string => (coreRequire(`${name}/package.json`) as { version: string }).version;

async function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = forkChild("./server.ts");
  const info = await new Promise<{ port: number }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { port: number }));
    child.once("exit", (code) => reject(new Error(`bench server exited early (code ${code})`)));
  });
  return { child, ...info };
}

/** `calls` calls, at most `concurrency` in flight at any moment; returns wall and CPU time in ms. */
async function drive(call: () => Promise<void>, calls: number, concurrency: number) {
  let started = 0;
  const lane = async () => {
    while (started < calls) {
      started++;
      await call();
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, lane));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function check(variable: Partial<Variable> | undefined): void {
  if (variable?._id !== VARIABLE_ID) throw new Error(`unexpected answer: ${JSON.stringify(variable)?.slice(0, 120)}`);
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? "{}") as LatencyConfig;
  // Node's own fetch sets up its dispatcher lazily; do it before undici (npm) loads, so every
  // variant below runs on the same process-wide dispatcher, as in an application.
  await (await fetch("data:,")).arrayBuffer();
  const undici = coreRequire("undici") as { request: UndiciRequest };
  const openapiFetch = (await import(coreRequire.resolve("openapi-fetch"))) as { default: OpenapiFetch };
  const server = await startServer();
  const headers = {
    authorization: `Bearer ${BEARER}`,
    "accept-api-version": "resource=2.0",
    accept: "application/json",
  };

  const runs: LatencyRun[] = [];
  for (const size of config.sizes) {
    const tenant = `http://127.0.0.1:${server.port}/s${size}`;
    const url = `${tenant}/environment/variables/${VARIABLE_ID}`;
    const aic = createAicClient({ tenant, auth: bearer(BEARER), logLevel: "off" });
    const bare = openapiFetch.default({ baseUrl: tenant, headers });
    const calls: Record<Variant, () => Promise<void>> = {
      trustplane: async () => check(await aic.variables.get({ id: VARIABLE_ID })),
      fetch: async () => {
        const res = await fetch(url, { headers });
        check((await res.json()) as Variable);
      },
      "undici.request": async () => {
        const { body } = await undici.request(url, { method: "GET", headers });
        check((await body.json()) as Variable);
      },
      "openapi-fetch": async () => {
        const { data } = await bare.GET("/environment/variables/{variableId}", {
          params: { path: { variableId: VARIABLE_ID } },
        });
        check(data as Variable);
      },
    };
    const n = config.calls[size] ?? 1000;
    for (const concurrency of config.concurrency) {
      for (const variant of VARIANTS) await drive(calls[variant], Math.max(50, n >> 1), concurrency);
      const rows = new Map<Variant, { ms: number; cpuMs: number }[]>(VARIANTS.map((v) => [v, []]));
      for (let round = 0; round < config.rounds; round++) {
        // Rotate the order each round so no variant always runs right after another's garbage.
        const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length] as Variant);
        for (const variant of order) {
          forceGc();
          rows.get(variant)?.push(await drive(calls[variant], n, concurrency));
        }
      }
      for (const [variant, rounds] of rows) {
        runs.push({
          concurrency,
          size,
          calls: n,
          variant,
          roundsMs: rounds.map((r) => r.ms),
          roundsCpuMs: rounds.map((r) => r.cpuMs),
        });
      }
    }
    await aic.close();
  }
  server.child.disconnect();
  reply({
    undiciVersion: versionOf("undici"),
    openapiFetchVersion: versionOf("openapi-fetch"),
    // No msw, no custom fetch: core's dispatcher engine on the process's own dispatcher.
    engine: "dispatcher",
    runs,
  } satisfies LatencyResult);
}

await main();

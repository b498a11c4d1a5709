/**
 * Section 1, run in its own process: per-call cost of a typed GET through the whole trustplane
 * pipeline against raw `fetch` and `undici.request`, on a keep-alive server in another process.
 *
 * Args: JSON `LatencyConfig`. Replies with `LatencyResult`.
 */
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { bearerToken, createApiClient } from "../../packages/core/dist/index.js";
import { BEARER, operations, type paths, USER_ID, type User } from "./fixtures.ts";
import { forceGc, forkChild, reply } from "./lib.ts";

export interface LatencyConfig {
  concurrency: number[];
  /** Calls per measured round, by concurrency. */
  calls: Record<string, number>;
  /** Calls per variant before measuring, by concurrency. */
  warmup: Record<string, number>;
  rounds: number;
}

export const VARIANTS = ["trustplane", "fetch", "undici.request"] as const;
export type Variant = (typeof VARIANTS)[number];

export interface LatencyResult {
  bodyBytes: number;
  undiciVersion: string;
  openapiFetchVersion: string;
  /** Which dispatcher global `fetch` (Node's bundled undici) ends up using in this process. */
  globalDispatcher: string;
  runs: {
    concurrency: number;
    calls: number;
    variant: Variant;
    /** Wall time of each round. */
    roundsMs: number[];
    /** This process's CPU time (user + system) in each round: the client's own cost, server excluded. */
    roundsCpuMs: number[];
  }[];
}

/** The slice of undici's `request` used here (typed locally: undici is core's dependency, not the root's). */
type UndiciRequest = (
  url: string,
  options: { method: "GET"; headers: Record<string, string> },
) => Promise<{ statusCode: number; body: { json(): Promise<unknown> } }>;

const coreRequire = createRequire(new URL("../../packages/core/package.json", import.meta.url));
const undici = coreRequire("undici") as { request: UndiciRequest; Agent: new (...args: never[]) => object };
const versionOf = (name: string): string => (coreRequire(`${name}/package.json`) as { version: string }).version;

async function startServer(): Promise<{ child: ChildProcess; port: number; bodyBytes: number }> {
  const child = forkChild("./server.ts");
  const info = await new Promise<{ port: number; bodyBytes: number }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { port: number; bodyBytes: number }));
    child.once("exit", (code) => reject(new Error(`bench server exited early (code ${code})`)));
  });
  return { child, ...info };
}

/** `calls` calls, at most `concurrency` in flight at any moment; returns wall and CPU time in ms. */
async function drive(
  call: () => Promise<void>,
  calls: number,
  concurrency: number,
): Promise<{ ms: number; cpuMs: number }> {
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

function check(user: User | undefined): void {
  if (user?.id !== USER_ID) throw new Error(`unexpected answer: ${JSON.stringify(user)?.slice(0, 120)}`);
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? "{}") as LatencyConfig;
  const server = await startServer();
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const url = `${baseUrl}/v1/users/${USER_ID}`;
  const headers = { authorization: `Bearer ${BEARER}` };

  const client = createApiClient<paths>(
    { vendor: "bench", version: "0.0.0", operations },
    { baseUrl, auth: bearerToken(BEARER), logLevel: "off" },
  );

  const calls: Record<Variant, () => Promise<void>> = {
    trustplane: async () => {
      const { data } = await client.raw.GET("/v1/users/{userId}", { params: { path: { userId: USER_ID } } });
      check(data);
    },
    fetch: async () => {
      const res = await fetch(url, { headers });
      check((await res.json()) as User);
    },
    "undici.request": async () => {
      const { body } = await undici.request(url, { method: "GET", headers });
      check((await body.json()) as User);
    },
  };

  const runs: LatencyResult["runs"] = [];
  for (const concurrency of config.concurrency) {
    const n = config.calls[concurrency] ?? 1000;
    for (const variant of VARIANTS) await drive(calls[variant], config.warmup[concurrency] ?? n, concurrency);
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
        calls: n,
        variant,
        roundsMs: rounds.map((r) => r.ms),
        roundsCpuMs: rounds.map((r) => r.cpuMs),
      });
    }
  }

  // undici (npm) installs its own Agent as the process-wide dispatcher when it loads, unless one is
  // set already; Node's bundled fetch reads the same global. This benchmark loads undici for
  // `undici.request`, so `fetch` and trustplane both run on that Agent here (core itself loads undici
  // only when a client needs its own dispatcher: TLS options, a proxy, pool tuning).
  const installed = (globalThis as Record<symbol, unknown>)[Symbol.for("undici.globalDispatcher.1")];
  const globalDispatcher =
    installed instanceof undici.Agent
      ? `the global dispatcher: an undici ${versionOf("undici")} Agent, installed when this benchmark loaded undici for undici.request`
      : "Node's own global dispatcher";

  await client.close();
  server.child.disconnect();
  reply({
    bodyBytes: server.bodyBytes,
    undiciVersion: versionOf("undici"),
    openapiFetchVersion: versionOf("openapi-fetch"),
    globalDispatcher,
    runs,
  } satisfies LatencyResult);
}

await main();

/**
 * Cold import: how long `node` takes to start, import one package (its dist build) and exit,
 * minus how long it takes to start and exit doing nothing. Median of `runs` fresh processes each,
 * ESM `import()` and CJS `require()`.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./lib.ts";

export interface ColdImportRow {
  target: string;
  esmMs: number;
  cjsMs: number;
}

export interface ColdImportResult {
  runs: number;
  bareEsmMs: number;
  bareCjsMs: number;
  rows: ColdImportRow[];
}

function timeNode(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    times.push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  }
  return median(times);
}

/** Cold import of each package's ESM and CJS entry, against bare node. */
export function coldImports(packages: readonly string[], runs: number): ColdImportResult {
  const dist = (pkg: string, file: string) =>
    fileURLToPath(new URL(`../../packages/${pkg}/dist/${file}`, import.meta.url));
  const bareEsmMs = timeNode(["--input-type=module", "-e", "0"], runs);
  const bareCjsMs = timeNode(["-e", "0"], runs);
  const rows = packages.map((pkg) => ({
    target: `@trustplane/${pkg}`,
    esmMs:
      timeNode(["--input-type=module", "-e", `await import(${JSON.stringify(dist(pkg, "index.js"))})`], runs) -
      bareEsmMs,
    cjsMs: timeNode(["-e", `require(${JSON.stringify(dist(pkg, "index.cjs"))})`], runs) - bareCjsMs,
  }));
  return { runs, bareEsmMs, bareCjsMs, rows };
}

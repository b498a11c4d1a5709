/**
 * Cold import: what importing one package (its dist build) adds to a fresh `node` process, ESM
 * `import()` and CJS `require()`, median of `runs` fresh processes each.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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

function wall(args: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  return ms;
}

/**
 * An app's entry file that times its own import of the file named on its command line: the app's
 * entry is a file, so node's ESM loader is already running when the import starts, as in real use.
 */
const PROBES = {
  esm: `const t0 = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - t0));
`,
  cjs: `const t0 = performance.now();
require(process.argv[2]);
process.stdout.write(String(performance.now() - t0));
`,
};

/** What one fresh process reports for its import of `file`. */
function importTime(probe: string, file: string): number {
  const run = spawnSync(process.execPath, [probe, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`node ${probe} ${file} failed: ${run.stderr}`);
  return Number(run.stdout);
}

/**
 * Cold import of each package's ESM and CJS entry: in each of `runs` fresh processes, the time
 * from just before the `import()`/`require()` to just after, in an app whose entry file does only
 * that: what the import adds to a bare node start, timed inside the process so the noisy ~100 ms
 * of process start-up on a busy machine does not swamp it. Bare node's start-up is reported beside.
 */
export function coldImports(packages: readonly string[], runs: number): ColdImportResult {
  const dist = (pkg: string, file: string) =>
    fileURLToPath(new URL(`../../packages/${pkg}/dist/${file}`, import.meta.url));
  const repeat = (f: () => number) => median(Array.from({ length: runs }, f));
  const dir = mkdtempSync(join(tmpdir(), "trustplane-cold-"));
  const esmProbe = join(dir, "app.mjs");
  const cjsProbe = join(dir, "app.cjs");
  writeFileSync(esmProbe, PROBES.esm);
  writeFileSync(cjsProbe, PROBES.cjs);
  const rows = packages.map((pkg) => ({
    target: `@trustplane/${pkg}`,
    esmMs: repeat(() => importTime(esmProbe, pathToFileURL(dist(pkg, "index.js")).href)),
    cjsMs: repeat(() => importTime(cjsProbe, dist(pkg, "index.cjs"))),
  }));
  rmSync(dir, { recursive: true, force: true });
  return {
    runs,
    bareEsmMs: repeat(() => wall(["--input-type=module", "-e", "0"])),
    bareCjsMs: repeat(() => wall(["-e", "0"])),
    rows,
  };
}

/**
 * `tsc --noEmit` time of a small app using the clients (their published .d.ts): two clients
 * (the hand-written AIC and PingOne: before the generated ones) and all five. Median of `runs`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { median } from "./lib.ts";

export interface TscRow {
  example: string;
  ms: number;
}

const TWO = `import { bearer as aicBearer, createAicClient } from "@trustplane/pingone-aic";
import { bearer as p1Bearer, createPingOneClient } from "@trustplane/pingone";
const aic = createAicClient({ tenant: "openam-acme.id.forgerock.io", auth: aicBearer("t") });
const p1 = createPingOneClient({ region: "eu", environmentId: "4b2c5a7e-0d6f-4c1e-9a3b-2f7d8e6c5b4a", auth: p1Bearer("t") });
export const a = await aic.variables.get({ id: "esv-x" });
export const k = await p1.keys.get({ keyId: "7d3e1f2a-5b6c-4d7e-8f90-a1b2c3d4e5f6" });
`;
const FIVE = `${TWO}import { createZitiClient, zitiSession } from "@trustplane/openziti";
import { createSectigoClient, credentials } from "@trustplane/sectigo";
import { createStrongholdClient, token } from "@trustplane/stronghold";
const z = createZitiClient({ url: "https://ctrl.example.com:1280", auth: zitiSession("t") });
const s = createSectigoClient({ auth: credentials({ login: "l", password: "p", customerUri: "c" }) });
const v = createStrongholdClient({ address: "https://vault.example.com:8200", auth: token("t") });
export const i = await z.identities.get({ id: "x" });
export const c = await s.ssl.get({ sslId: 1 });
export const e = await v.entities.readById({ id: "e" });
`;

/** Writes the two examples under `dir` (inside the workspace) and times tsc on each. */
export function tscTimes(dir: string, runs: number): TscRow[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rows: TscRow[] = [];
  for (const [name, code] of [
    ["AIC + PingOne (hand-written)", TWO],
    ["all five clients", FIVE],
  ] as const) {
    const sub = join(dir, name.startsWith("all") ? "five" : "two");
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, "app.ts"), code);
    writeFileSync(
      join(sub, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ["node"],
        },
        files: ["app.ts"],
      }),
    );
    writeFileSync(join(sub, "package.json"), JSON.stringify({ type: "module" }));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const run = spawnSync("pnpm", ["exec", "tsc", "-p", join(sub, "tsconfig.json")], { encoding: "utf8" });
      times.push(performance.now() - t0);
      if (run.status !== 0) throw new Error(`tsc failed on ${name}:\n${run.stdout}${run.stderr}`);
    }
    rows.push({ example: name, ms: median(times) });
  }
  return rows;
}

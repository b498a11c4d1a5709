/**
 * Bundle size: an app that creates one client and makes one call, bundled and minified with
 * esbuild (code splitting on, undici and @opentelemetry/api external). `initial` is what loads at
 * start (the entry and every chunk it imports statically); `lazy` is what loads on first use
 * (dynamic imports: the JSON Schema validator, error building, decompression, ...). Sizes are
 * gzip level 9 of the concatenated files.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

export interface BundleRow {
  target: string;
  initialMin: number;
  initialGz: number;
  lazyMin: number;
  lazyGz: number;
}

/** One app per package: create a client, make one call. */
export const APPS: Record<string, string> = {
  core: `import { bearerToken, createApiClient } from "@trustplane/core";
const api = createApiClient({ vendor: "app", version: "1", operations: { getItem: { method: "GET", path: "/items/{id}" } } }, { baseUrl: "https://api.example.com", auth: bearerToken("t") });
console.log(await api.call("getItem", { path: { id: "1" } }));`,
  "pingone-aic": `import { bearer, createAicClient } from "@trustplane/pingone-aic";
const aic = createAicClient({ tenant: "openam-acme.id.forgerock.io", auth: bearer("t") });
console.log(await aic.variables.get({ id: "esv-x" }));`,
  pingone: `import { bearer, createPingOneClient } from "@trustplane/pingone";
const p = createPingOneClient({ region: "eu", environmentId: "4b2c5a7e-0d6f-4c1e-9a3b-2f7d8e6c5b4a", auth: bearer("t") });
console.log(await p.keys.get({ keyId: "7d3e1f2a-5b6c-4d7e-8f90-a1b2c3d4e5f6" }));`,
  openziti: `import { createZitiClient, zitiSession } from "@trustplane/openziti";
const z = createZitiClient({ url: "https://ctrl.example.com:1280", auth: zitiSession("t") });
console.log(await z.identities.get({ id: "x" }));`,
  sectigo: `import { createSectigoClient, credentials } from "@trustplane/sectigo";
const s = createSectigoClient({ auth: credentials({ login: "l", password: "p", customerUri: "c" }) });
console.log(await s.ssl.get({ sslId: 1 }));`,
  stronghold: `import { createStrongholdClient, token } from "@trustplane/stronghold";
const v = createStrongholdClient({ address: "https://vault.example.com:8200", auth: token("t") });
console.log(await v.entities.readById({ id: "e" }));`,
};

const gz = (buffers: Buffer[]) => gzipSync(Buffer.concat(buffers), { level: 9 }).length;

function closure(meta: Metafile, entry: string): { initial: string[]; lazy: string[] } {
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const walk = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const i of meta.outputs[file]?.imports ?? []) {
      if (i.external) continue;
      if (i.kind === "dynamic-import") lazy.add(i.path);
      else walk(i.path);
    }
  };
  walk(entry);
  // Everything reachable from the lazy chunks that is not already loaded.
  const queue = [...lazy];
  const lazyAll = new Set<string>();
  while (queue.length) {
    const file = queue.pop() as string;
    if (initial.has(file) || lazyAll.has(file)) continue;
    lazyAll.add(file);
    for (const i of meta.outputs[file]?.imports ?? []) if (!i.external) queue.push(i.path);
  }
  return { initial: [...initial], lazy: [...lazyAll] };
}

/** Bundles each app and measures it. `dir` is a scratch directory inside the workspace. */
export async function bundleSizes(dir: string, targets: readonly string[]): Promise<BundleRow[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rows: BundleRow[] = [];
  for (const target of targets) {
    const entry = `${dir}/${target}.mjs`;
    writeFileSync(entry, `${APPS[target]}\n`);
    const outdir = `${dir}/out-${target}`;
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      outdir,
      metafile: true,
      logLevel: "silent",
      external: ["undici", "@opentelemetry/api"],
    });
    const entryOut = Object.keys(result.metafile.outputs).find((f) => f.endsWith(`/${target}.js`)) as string;
    const { initial, lazy } = closure(result.metafile, entryOut);
    const read = (files: string[]) => files.map((f) => readFileSync(f));
    rows.push({
      target: target === "core" ? "@trustplane/core" : `@trustplane/${target}`,
      initialMin: read(initial).reduce((n, b) => n + b.length, 0),
      initialGz: gz(read(initial)),
      lazyMin: read(lazy).reduce((n, b) => n + b.length, 0),
      lazyGz: lazy.length ? gz(read(lazy)) : 0,
    });
  }
  return rows;
}

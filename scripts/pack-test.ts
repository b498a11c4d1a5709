/**
 * What users install is tested as users install it: every package is packed with `pnpm pack`, the
 * tarballs are installed with plain npm into throwaway apps outside the monorepo, and each client
 * is created and called there:
 * - an ESM app (`import`) and a CommonJS app (`require`), on this Node and on Node 22 and 24 when
 *   `--nodes` is given (installed from the npm registry),
 * - TypeScript apps compiled with `module: nodenext` as ESM (.mts) and CommonJS (.cts),
 * - a Jest 30 test (CommonJS by default): clients with a service-account JWT login and generated
 *   validation (./mocks is left out there: msw 2's own CommonJS build requires ESM-only
 *   packages, which Jest's CommonJS mode cannot load; vitest or Jest's ESM mode run it),
 * - a production install (`npm install --omit=dev`) of the vendor packages: no msw, no testing
 *   helpers, and its size on disk; importing each package there (ESM and CommonJS) loads no Node
 *   built-in module.
 *
 *   pnpm test:packed            (after pnpm build)
 *   pnpm test:packed --nodes    also run the ESM and CJS apps on Node 22 and 24
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = join(root, ".trustplane", "pack-test");
const PACKAGES = ["core", "testing", "sandbox", "pingone-aic", "pingone", "openziti", "sectigo", "stronghold"];
const VENDORS = ["pingone-aic", "pingone", "openziti", "sectigo", "stronghold"];

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} (in ${cwd}) failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function step(text: string): void {
  console.log(`\n▸ ${text}`);
}

/** The scenario every app runs: a local server answering each vendor's call, one call per client. */
function scenario(kind: "esm" | "cjs"): string {
  const load = (name: string, binding: string) =>
    kind === "esm"
      ? `import ${binding} from "${name}";`
      : `const ${binding.replace(/ as /g, ": ")} = require("${name}");`;
  return `${load("node:http", "http")}
${load("node:zlib", "zlib")}
${load("@trustplane/core", "{ bearerToken, createApiClient, NotFoundError, isApiError }")}
${load("@trustplane/pingone-aic", "{ createAicClient, bearer as aicBearer }")}
${load("@trustplane/pingone", "{ createPingOneClient, bearer as p1Bearer }")}
${load("@trustplane/openziti", "{ createZitiClient, zitiSession }")}
${load("@trustplane/sectigo", "{ createSectigoClient, credentials }")}
${load("@trustplane/stronghold", "{ createStrongholdClient, token }")}
${VENDORS.map((v, i) => (kind === "esm" ? `import * as mocks${i} from "@trustplane/${v}/mocks";` : load(`@trustplane/${v}/mocks`, `mocks${i}`))).join("\n")}

const ENV = "4b2c5a7e-0d6f-4c1e-9a3b-2f7d8e6c5b4a";
const KEY = "7d3e1f2a-5b6c-4d7e-8f90-a1b2c3d4e5f6";
const routes = {
  "/core/items/1": { id: "1" },
  "/aic/environment/variables/esv-x": { _id: "esv-x", valueBase64: "aGk=", expressionType: "string" },
  [\`/p1/v1/environments/\${ENV}/keys/\${KEY}\`]: { id: KEY, name: "key" },
  "/ziti/edge/management/v1/identities/i1": { data: { id: "i1", name: "web" }, meta: {} },
  "/sectigo/api/ssl/v1/1": { sslId: 1, commonName: "a.example.com" },
  "/vault/v1/identity/entity/id/e1": { data: { id: "e1", name: "alice" } },
};
const server = http.createServer((req, res) => {
  const body = routes[(req.url ?? "").split("?")[0]];
  if (!body) {
    res.writeHead(404, { "content-type": "application/json" });
    return res.end(JSON.stringify({ message: "nope" }));
  }
  // gzip exercises the decoder that loads on first use
  res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
  res.end(zlib.gzipSync(JSON.stringify(body)));
});
const main = async () => {
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = \`http://127.0.0.1:\${server.address().port}\`;
  const check = (what, value, want) => {
    if (JSON.stringify(value) !== JSON.stringify(want)) throw new Error(\`\${what}: got \${JSON.stringify(value)}\`);
    console.log("  ok", what);
  };
  const core = createApiClient({ vendor: "app", version: "1", operations: { getItem: { method: "GET", path: "/items/{id}" }, missing: { method: "GET", path: "/missing" } } }, { baseUrl: base + "/core", auth: bearerToken("t") });
  check("core call", await core.call("getItem", { path: { id: "1" } }), { id: "1" });
  const missing = await core.call("missing").catch((e) => e);
  if (!(missing instanceof NotFoundError) || !isApiError(missing)) throw new Error("core 404 is not a NotFoundError: " + missing);
  console.log("  ok core 404 is a NotFoundError");
  const aic = createAicClient({ tenant: base + "/aic", auth: aicBearer("t") });
  check("pingone-aic variables.get", (await aic.variables.get({ id: "esv-x" })).value, "hi");
  const p1 = createPingOneClient({ apiUrl: base + "/p1/v1", authUrl: base + "/p1", environmentId: ENV, auth: p1Bearer("t") });
  check("pingone keys.get", (await p1.keys.get({ keyId: KEY })).id, KEY);
  const ziti = createZitiClient({ url: base + "/ziti", auth: zitiSession("t") });
  check("openziti identities.get", (await ziti.identities.get({ id: "i1" })).name, "web");
  const sectigo = createSectigoClient({ url: base + "/sectigo", auth: credentials({ login: "l", password: "p", customerUri: "c" }) });
  check("sectigo ssl.get", (await sectigo.ssl.get({ sslId: 1 })).sslId, 1);
  const vault = createStrongholdClient({ address: base + "/vault", auth: token("t") });
  check("stronghold entities.readById", (await vault.entities.readById({ id: "e1" })).name, "alice");
  const bad = await ziti.identities.create({ name: 1 }).catch((e) => e);
  if (bad?.name !== "ValidationError") throw new Error("generated validation did not load: " + bad);
  // classes keep their names in both builds (the CommonJS one rewrites classes with static fields)
  if (bad.constructor.name !== "ValidationError" || missing.constructor.name !== "NotFoundError")
    throw new Error(\`error classes lost their names: \${bad.constructor.name}, \${missing.constructor.name}\`);
  console.log("  ok generated input validation (lazy JSON Schema validator)");
  for (const m of [${VENDORS.map((_, i) => `mocks${i}`).join(", ")}]) {
    if (typeof m.sandboxMocks !== "function") throw new Error("a ./mocks entry has no sandboxMocks");
  }
  console.log("  ok every ./mocks entry loads");
  server.close();
};
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;
}

const JEST_CLIENTS = `const http = require("node:http");
const { generateKeyPairSync } = require("node:crypto");
const { createAicClient, serviceAccount } = require("@trustplane/pingone-aic");
const { createStrongholdClient, token } = require("@trustplane/stronghold");

let server;
let base;
const seen = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ url: req.url, body });
      res.setHeader("content-type", "application/json");
      if (req.url === "/am/oauth2/access_token") return res.end(JSON.stringify({ access_token: "tok", expires_in: 300 }));
      if (req.url.startsWith("/environment/variables/")) return res.end(JSON.stringify({ _id: "esv-x", valueBase64: "aGk=" }));
      if (req.url === "/v1/identity/entity/id/e1") return res.end(JSON.stringify({ data: { id: "e1", name: "alice" } }));
      res.statusCode = 404;
      res.end("{}");
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = "http://127.0.0.1:" + server.address().port;
});
afterAll(() => server.close());

test("a service account signs its JWT (node:crypto, no ESM-only dependency) and reads a variable, under Jest's CommonJS", async () => {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const aic = createAicClient({
    tenant: base,
    auth: serviceAccount({ id: "sa-1", privateKey: privateKey.export({ format: "jwk" }), scopes: ["fr:idc:esv:read"] }),
  });
  expect((await aic.variables.get({ id: "esv-x" })).value).toBe("hi");
  const form = new URLSearchParams(seen[0].body);
  expect(form.get("grant_type")).toBe("urn:ietf:params:oauth:grant-type:jwt-bearer");
  expect(form.get("assertion").split(".")).toHaveLength(3);
});

test("a generated client validates lazily and calls, under Jest's CommonJS", async () => {
  const vault = createStrongholdClient({ address: base, auth: token("t") });
  expect((await vault.entities.readById({ id: "e1" })).name).toBe("alice");
  await expect(vault.entities.readById({})).rejects.toMatchObject({ name: "ValidationError" });
});
`;

const TS_APP = `import { createAicClient, bearer, type AicClient, ValidationError } from "@trustplane/pingone-aic";
import { createZitiClient, zitiSession, type ZitiClient } from "@trustplane/openziti";
import type { Paged } from "@trustplane/core";
import { createAicMocks } from "@trustplane/pingone-aic/mocks";

const aic: AicClient = createAicClient({ tenant: "https://tenant.test", auth: bearer("t") });
const ziti: ZitiClient = createZitiClient({ url: "https://ctrl.test:1280", auth: zitiSession("t") });
const list: Paged<{ name?: string }> = ziti.identities.list();
const options = { signal: undefined, timeout: undefined };
void aic.variables.get({ id: "esv-x" }, options).catch(() => undefined);
void list.catch(() => undefined);
console.log(typeof createAicMocks, ValidationError.name, "typescript ok");
`;

/**
 * A script that imports (or requires) the package named on its command line and prints the public
 * Node built-in modules that loaded because of it: `process.moduleLoadList` before and after.
 */
function builtinsProbe(kind: "esm" | "cjs"): string {
  const load = kind === "esm" ? "await import(process.argv[2]);" : "require(process.argv[2]);";
  return `const before = new Set(process.moduleLoadList);
${load}
const added = process.moduleLoadList.filter((m) => !before.has(m) && /^NativeModule (?!internal\\/)/.test(m));
console.log(added.map((m) => "node:" + m.slice("NativeModule ".length)).join(", "));
`;
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

function main(): void {
  const withNodes = process.argv.includes("--nodes");
  rmSync(work, { recursive: true, force: true });
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs, { recursive: true });

  step("packing every package (pnpm pack, as published)");
  const file: Record<string, string> = {};
  for (const pkg of PACKAGES) {
    const dir = join(root, "packages", pkg);
    if (!existsSync(join(dir, "dist"))) throw new Error(`packages/${pkg}/dist is missing: run pnpm build first`);
    const out = run("pnpm", ["pack", "--pack-destination", tarballs], dir).trim().split("\n").pop() ?? "";
    file[pkg] = out;
    console.log(`  ${out.replace(`${tarballs}/`, "")}`);
  }

  const app = join(work, "app");
  mkdirSync(app, { recursive: true });
  const deps = Object.fromEntries(PACKAGES.map((p) => [`@trustplane/${p}`, `file:${file[p]}`]));
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify(
      {
        name: "trustplane-pack-test",
        private: true,
        dependencies: { ...deps, msw: "^2.15.0" },
        devDependencies: {
          typescript: "5.9.3",
          jest: "30.5.2",
          "@types/node": "^20.19.0",
          ...(withNodes && { node22: "npm:node@22", node24: "npm:node@24" }),
        },
        jest: { testEnvironment: "node" },
      },
      null,
      2,
    ),
  );
  step("installing the tarballs with npm into a throwaway app");
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], app);

  writeFileSync(join(app, "app.mjs"), scenario("esm"));
  writeFileSync(join(app, "app.cjs"), scenario("cjs"));
  const nodes: Array<[string, string]> = [[`this Node (${process.version})`, process.execPath]];
  if (withNodes) {
    for (const v of ["22", "24"]) nodes.push([`Node ${v}`, join(app, "node_modules", `node${v}`, "bin", "node")]);
  }
  for (const [label, node] of nodes) {
    step(`ESM app (import) on ${label}`);
    process.stdout.write(run(node, ["app.mjs"], app));
    step(`CommonJS app (require) on ${label}`);
    process.stdout.write(run(node, ["app.cjs"], app));
  }

  step("TypeScript with module nodenext, as ESM (.mts) and CommonJS (.cts), strict and exactOptionalPropertyTypes");
  const ts = join(app, "ts");
  mkdirSync(ts, { recursive: true });
  writeFileSync(join(ts, "app.mts"), TS_APP);
  writeFileSync(join(ts, "app.cts"), TS_APP);
  writeFileSync(
    join(ts, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        exactOptionalPropertyTypes: true,
        outDir: "dist",
        types: ["node"],
        skipLibCheck: false,
      },
      include: ["app.mts", "app.cts"],
    }),
  );
  run(join(app, "node_modules", ".bin", "tsc"), ["-p", "ts/tsconfig.json"], app);
  process.stdout.write(run(process.execPath, ["ts/dist/app.mjs"], app));
  process.stdout.write(run(process.execPath, ["ts/dist/app.cjs"], app));

  const jestRun = (node: string, file: string) => {
    const jest = spawnSync(
      node,
      [join(app, "node_modules", "jest", "bin", "jest.js"), "--testMatch", `**/${file}`, "--ci"],
      {
        cwd: app,
        encoding: "utf8",
      },
    );
    const lines = jest.stderr.split("\n").filter((l) => /✓|✕|Tests:|PASS|FAIL/.test(l));
    process.stdout.write(`${lines.join("\n")}\n`);
    if (jest.status !== 0) throw new Error(`jest failed:\n${jest.stdout}\n${jest.stderr}`);
  };
  step("Jest 30 (CommonJS): clients created and called, a service-account JWT login, lazy validation");
  writeFileSync(join(app, "clients.test.cjs"), JEST_CLIENTS);
  jestRun(process.execPath, "clients.test.cjs");

  step("production install of the vendor packages (npm install --omit=dev)");
  const prod = join(work, "prod");
  mkdirSync(prod, { recursive: true });
  writeFileSync(
    join(prod, "package.json"),
    JSON.stringify({
      name: "trustplane-prod",
      private: true,
      dependencies: Object.fromEntries(["core", ...VENDORS].map((p) => [`@trustplane/${p}`, `file:${file[p]}`])),
    }),
  );
  run("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error"], prod);
  const modules = join(prod, "node_modules");
  const installed = readdirSync(modules).flatMap((name) =>
    name.startsWith("@") ? readdirSync(join(modules, name)).map((sub) => `${name}/${sub}`) : [name],
  );
  const unwanted = installed.filter((name) =>
    ["msw", "@trustplane/testing", "graphql", "zod", "jose", "node-forge"].includes(name),
  );
  console.log(
    `  ${installed.length} packages, ${(dirSize(modules) / 1024 / 1024).toFixed(1)} MB: ${installed.join(", ")}`,
  );
  if (unwanted.length) throw new Error(`a production install pulls ${unwanted.join(", ")}`);
  console.log("  ok no msw, testing helpers, zod, jose or node-forge");

  step("importing a package loads no Node built-in module (each is fetched when a call first needs it)");
  writeFileSync(join(prod, "builtins.mjs"), builtinsProbe("esm"));
  writeFileSync(join(prod, "builtins.cjs"), builtinsProbe("cjs"));
  for (const pkg of ["core", ...VENDORS]) {
    for (const probe of ["builtins.mjs", "builtins.cjs"]) {
      const loaded = run(process.execPath, [probe, `@trustplane/${pkg}`], prod).trim();
      if (loaded) throw new Error(`importing @trustplane/${pkg} (${probe}) loads ${loaded}`);
    }
    console.log(`  ok @trustplane/${pkg} (import and require)`);
  }

  console.log("\n✓ packed packages work as installed: ESM, CommonJS, TypeScript nodenext, Jest, production install");
}

try {
  main();
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

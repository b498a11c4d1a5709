import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fetch as undiciFetch } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverVendors, startSandbox } from "../src/index.js";

const sandboxManifest = fileURLToPath(new URL("../package.json", import.meta.url));

/**
 * A throwaway project: a package.json with dependencies, and node_modules holding a vendor that
 * exports ./mocks, one that does not, one whose mocks throw on import, and msw (linked).
 */
let project = "";

function writePackage(name: string, manifest: Record<string, unknown>, files: Record<string, string> = {}) {
  const dir = join(project, "node_modules", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", type: "module", ...manifest }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
}

function writeProject(name: string, dependencies: Record<string, string>): string {
  const file = join(project, `${name}.package.json`);
  writeFileSync(file, JSON.stringify({ name, private: true, dependencies }));
  return file;
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "trustplane-sandbox-discovery-"));
  const msw = realpathSync(dirname(createRequire(sandboxManifest).resolve("msw/package.json")));
  mkdirSync(join(project, "node_modules"), { recursive: true });
  symlinkSync(msw, join(project, "node_modules", "msw"), "dir");

  writePackage(
    "@trustplane/fake-vendor",
    {
      exports: {
        "./mocks": { types: "./mocks.d.ts", import: "./mocks.js", require: "./mocks.cjs" },
        "./package.json": "./package.json",
      },
    },
    {
      "mocks.js": `
        import { HttpResponse, http } from "msw";
        export function sandboxMocks(baseUrl) {
          let hits = 0;
          return {
            connection: { apiUrl: baseUrl + "/api", token: "fake-token" },
            handlers: [http.get(baseUrl + "/api/hello", () => HttpResponse.json({ hello: "fake vendor", hits: ++hits }))],
            reset() { hits = 0; },
          };
        }
      `,
    },
  );
  // No ./package.json export: discovery must still find its manifest in node_modules.
  writePackage("@trustplane/plain", { exports: { ".": "./index.js" } }, { "index.js": "export const x = 1;" });
  writePackage(
    "@trustplane/broken",
    { exports: { "./mocks": "./mocks.js" } },
    { "mocks.js": "throw new Error('mocks exploded');" },
  );
  writePackage(
    "@trustplane/no-factory",
    { exports: { "./mocks": "./mocks.js" } },
    { "mocks.js": "export const handlers = [];" },
  );
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("vendor discovery", () => {
  it("serves nothing when no dependency exports ./mocks", async () => {
    const packageJson = writeProject("no-vendors", { "@trustplane/plain": "1.0.0", "left-pad": "1.0.0" });
    expect(await discoverVendors({ packageJson })).toEqual({ vendors: [], skipped: [] });

    const sandbox = await startSandbox({ port: 0, builtins: false, discover: { packageJson } });
    try {
      expect(sandbox.vendors).toEqual([]);
      const listing = (await (await undiciFetch(`${sandbox.url}/`)).json()) as { vendors: unknown[] };
      expect(listing.vendors).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it("reads the sandbox's own dependencies by default and skips those without ./mocks", async () => {
    const manifest = JSON.parse(readFileSync(sandboxManifest, "utf8")) as { dependencies: Record<string, string> };
    const require = createRequire(sandboxManifest);
    const expected = Object.keys(manifest.dependencies)
      .filter((name) => name.startsWith("@trustplane/"))
      .filter((name) => {
        const vendor = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as {
          exports?: object;
        };
        return typeof vendor.exports === "object" && "./mocks" in vendor.exports;
      })
      .map((name) => name.slice("@trustplane/".length));
    expect(Object.keys(manifest.dependencies)).toContain("@trustplane/testing"); // a dependency that is not a vendor

    const found = await discoverVendors();
    expect(found.skipped).toEqual([]);
    expect(found.vendors.map((v) => v.prefix)).toEqual(expected);
  });

  it("imports ./mocks of a vendor dependency and serves it under its prefix", async () => {
    const packageJson = writeProject("one-vendor", {
      "@trustplane/fake-vendor": "1.0.0",
      "@trustplane/plain": "1.0.0",
      "@trustplane/broken": "1.0.0",
      "@trustplane/no-factory": "1.0.0",
      "@trustplane/missing": "1.0.0",
    });
    const lines: string[] = [];
    const sandbox = await startSandbox({
      port: 0,
      builtins: false,
      discover: { packageJson },
      log: (l) => lines.push(l),
    });
    try {
      const base = `${sandbox.url}/fake-vendor`;
      expect(sandbox.vendors).toEqual([
        {
          prefix: "fake-vendor",
          baseUrl: base,
          connection: { apiUrl: `${base}/api`, token: "fake-token" },
          source: "discovered",
          packageName: "@trustplane/fake-vendor",
        },
      ]);
      expect(sandbox.skipped).toEqual([
        { packageName: "@trustplane/broken", prefix: "broken", reason: "mocks exploded" },
        { packageName: "@trustplane/missing", prefix: "missing", reason: "listed in dependencies but not installed" },
        {
          packageName: "@trustplane/no-factory",
          prefix: "no-factory",
          reason: "@trustplane/no-factory/mocks does not export a sandboxMocks(baseUrl) function",
        },
      ]);
      expect(lines.filter((l) => l.startsWith("skipped"))).toHaveLength(3);

      const hello = () => undiciFetch(`${base}/api/hello`).then((r) => r.json());
      expect(await hello()).toEqual({ hello: "fake vendor", hits: 1 });
      expect(await hello()).toEqual({ hello: "fake vendor", hits: 2 });
      // POST /__reset calls the vendor's reset().
      expect((await undiciFetch(`${sandbox.url}/__reset`, { method: "POST" })).status).toBe(204);
      expect(await hello()).toEqual({ hello: "fake vendor", hits: 1 });
    } finally {
      await sandbox.close();
    }
  });

  it("mounts explicit vendors next to the built-in core-demo fake", async () => {
    const sandbox = await startSandbox({
      port: 0,
      discover: false,
      vendors: [{ prefix: "explicit", sandboxMocks: (baseUrl) => ({ handlers: [], connection: { baseUrl } }) }],
    });
    try {
      expect(sandbox.vendors.map((v) => [v.prefix, v.source])).toEqual([
        ["core-demo", "builtin"],
        ["explicit", "explicit"],
      ]);
      expect(sandbox.vendors[1]?.connection).toEqual({ baseUrl: `${sandbox.url}/explicit` });
    } finally {
      await sandbox.close();
    }
  });
});

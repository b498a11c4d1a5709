import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, parse as parsePath } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { SandboxMocksFactory, SandboxVendor, SkippedVendor } from "./types.js";

const SCOPE = "@trustplane/";

export interface DiscoveryOptions {
  /**
   * The package.json whose `dependencies` name the vendors to serve. Default: the sandbox's own,
   * so adding a vendor package to the sandbox's dependencies is all it takes to serve it.
   */
  packageJson?: string | URL;
}

export interface DiscoveredVendor extends SandboxVendor {
  packageName: string;
}

export interface DiscoveryResult {
  vendors: DiscoveredVendor[];
  /** Dependencies that export `./mocks` but could not be loaded. */
  skipped: SkippedVendor[];
}

/**
 * Finds every `@trustplane/*` dependency that exports `./mocks` and imports its `sandboxMocks`.
 * Dependencies without `./mocks` (core, testing) are passed over silently; a vendor whose mocks
 * fail to load is reported in `skipped` rather than stopping the others.
 */
export async function discoverVendors(options: DiscoveryOptions = {}): Promise<DiscoveryResult> {
  // The sandbox's own package.json sits one level above this file in src/ and in dist/.
  const own = options.packageJson === undefined;
  const manifestPath = toPath(options.packageJson ?? new URL("../package.json", import.meta.url));
  const manifest = readJson(manifestPath);
  const names = Object.keys(objectAt(manifest, "dependencies"))
    .filter((name) => name.startsWith(SCOPE))
    .sort();

  const vendors: DiscoveredVendor[] = [];
  const skipped: SkippedVendor[] = [];
  for (const packageName of names) {
    const prefix = packageName.slice(SCOPE.length);
    const vendorManifestPath = locatePackageJson(packageName, manifestPath);
    if (!vendorManifestPath) {
      skipped.push({ packageName, prefix, reason: "listed in dependencies but not installed" });
      continue;
    }
    const exportsField = readJson(vendorManifestPath).exports;
    if (!exportsField || typeof exportsField !== "object" || !("./mocks" in exportsField)) continue;
    try {
      const module = own
        ? await import(`${packageName}/mocks`)
        : await import(
            pathToFileURL(resolveExport(vendorManifestPath, (exportsField as Record<string, unknown>)["./mocks"])).href
          );
      vendors.push({ packageName, prefix, sandboxMocks: factoryOf(module, packageName) });
    } catch (error) {
      skipped.push({ packageName, prefix, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { vendors, skipped };
}

function factoryOf(module: unknown, packageName: string): SandboxMocksFactory {
  const candidate = (module as { sandboxMocks?: unknown } | undefined)?.sandboxMocks;
  if (typeof candidate !== "function") {
    throw new Error(`${packageName}/mocks does not export a sandboxMocks(baseUrl) function`);
  }
  return candidate as SandboxMocksFactory;
}

/** Where `<name>/package.json` is installed, seen from the package that depends on it. */
function locatePackageJson(name: string, fromManifest: string): string | undefined {
  try {
    return createRequire(fromManifest).resolve(`${name}/package.json`);
  } catch {
    // The package does not export ./package.json: look in node_modules directly.
  }
  const root = parsePath(fromManifest).root;
  for (let dir = dirname(fromManifest); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name, "package.json");
    if (existsSync(candidate)) return candidate;
    if (dir === root) return undefined;
  }
}

/** The file an `exports` entry points to for an ESM importer on Node (conditions node, import, default). */
function resolveExport(manifestPath: string, target: unknown): string {
  const resolved = pickTarget(target);
  if (!resolved) throw new Error(`cannot resolve the ./mocks export of ${manifestPath}`);
  return join(dirname(manifestPath), resolved);
}

function pickTarget(target: unknown): string | undefined {
  if (typeof target === "string") return target;
  if (Array.isArray(target)) {
    for (const entry of target) {
      const found = pickTarget(entry);
      if (found) return found;
    }
    return undefined;
  }
  if (target && typeof target === "object") {
    for (const [condition, value] of Object.entries(target)) {
      if (condition === "node" || condition === "import" || condition === "default") {
        const found = pickTarget(value);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function toPath(file: string | URL): string {
  return file instanceof URL || file.startsWith("file:") ? fileURLToPath(file) : file;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

function objectAt(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const found = value[key];
  return found && typeof found === "object" ? (found as Record<string, unknown>) : {};
}

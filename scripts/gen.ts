/**
 * Regenerates packages/<vendor>/src/generated/ from specs/<vendor>/openapi.yaml.
 *
 *   pnpm gen          write the files
 *   pnpm gen:check    fail (exit 1) if the committed files differ from what the specs produce
 *
 * Files per vendor:
 * - openapi.gen.ts:  openapi-typescript's `paths`, `components`, `operations` types.
 * - operations.gen.ts: a runtime table of every operation (method, path, pagination, idempotency,
 *   long-running marker, no-auth, path parameters that may hold `/`) read from the spec and its
 *   x-trustplane-* extensions, plus the names of every field marked x-trustplane-secret (core
 *   masks them in logs).
 * - resources.gen.ts (vendors that opt in, scripts/vendors.ts): one class per resource, one
 *   method per operation (scripts/gen-resources.ts, names from scripts/naming.ts).
 * - schemas.gen.ts (the same vendors): every operation's input JSON Schema as text, in a module of
 *   its own that resources.gen.ts imports on first validation.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { renderResources } from "./gen-resources.ts";
import { nameOperations } from "./naming.ts";
import { scaffoldPackage } from "./scaffold.ts";
import { generatedDir, specPath, type Vendor, vendors } from "./vendors.ts";

const BANNER = `/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: %SPEC%. Regenerate with \`pnpm gen\`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */
`;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  tags: string[];
  deprecated?: true;
  idempotent?: boolean;
  noAuth?: true;
  pagination?: Record<string, unknown>;
  longRunning?: Record<string, unknown>;
  slashParams?: string[];
  extensions?: Record<string, unknown>;
}

/** Vendor extensions copied into the operation table as they are, for clients to read at run time. */
const PASSED_EXTENSIONS = ["x-trustplane-admin-api"];

type Json = Record<string, unknown>;

function operationTable(spec: Json): OperationRow[] {
  const rows: OperationRow[] = [];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const row: OperationRow = {
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        tags: (op.tags as string[] | undefined) ?? [],
      };
      if (op.deprecated === true) row.deprecated = true;
      if (Array.isArray(op.security) && op.security.length === 0) row.noAuth = true;
      if (typeof op["x-trustplane-idempotent"] === "boolean") row.idempotent = op["x-trustplane-idempotent"] as boolean;
      if (op["x-trustplane-pagination"]) row.pagination = op["x-trustplane-pagination"] as Json;
      if (op["x-trustplane-long-running"]) row.longRunning = op["x-trustplane-long-running"] as Json;
      const slash = [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])]
        .map((p) => resolve(spec, p))
        .filter((p) => p?.in === "path" && p["x-trustplane-allow-slash"] === true)
        .map((p) => String(p?.name));
      if (slash.length) row.slashParams = slash;
      const extensions = Object.fromEntries(
        PASSED_EXTENSIONS.filter((k) => op[k] !== undefined).map((k) => [k, op[k]]),
      );
      if (Object.keys(extensions).length) row.extensions = extensions;
      rows.push(row);
    }
  }
  return rows.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

function resolve(spec: Json, node: unknown): Json | undefined {
  let current = node as Json | undefined;
  for (let i = 0; i < 20 && current && typeof current.$ref === "string"; i++) {
    const parts = (current.$ref as string).replace(/^#\//, "").split("/");
    current = parts.reduce<unknown>((n, p) => (n as Json | undefined)?.[p], spec) as Json | undefined;
  }
  return current;
}

/** Every property name marked x-trustplane-secret anywhere in the spec (schemas, parameters, headers). */
function secretFields(spec: unknown): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Json;
    const props = record.properties as Record<string, Json> | undefined;
    if (props && typeof props === "object") {
      for (const [name, schema] of Object.entries(props)) if (schema?.["x-trustplane-secret"] === true) names.add(name);
    }
    if (record["x-trustplane-secret"] === true && typeof record.name === "string") names.add(record.name);
    for (const value of Object.values(record)) walk(value);
  };
  walk(spec);
  return [...names].sort();
}

function renderTable(banner: string, title: string, rows: OperationRow[], secrets: string[]): string {
  const body = rows.map(
    (r) => `  ${JSON.stringify(r.operationId)}: ${JSON.stringify({ ...r, operationId: undefined })},`,
  );
  return `${banner}
import type { OperationInfo } from "@trustplane/core";

/** Every operation of the ${title} spec, keyed by operationId. */
export const operationTable = {
${body.join("\n")}
} as const satisfies Record<string, OperationInfo>;

/** operationIds of the ${title} spec. */
export type OperationId = keyof typeof operationTable;

/** Field names the spec marks as secrets (x-trustplane-secret); masked in logs. */
export const secretFields: readonly string[] = ${JSON.stringify(secrets)};
`;
}

/**
 * Every generated file of one spec, by file name (`openapi.gen.ts`, `operations.gen.ts` and, with
 * `resources`, `resources.gen.ts` and `schemas.gen.ts`). Pure: tests run it on fixture specs.
 */
export async function renderSpec(
  spec: Json,
  options: { title: string; source: string; resources?: Vendor["resources"] },
): Promise<Map<string, string>> {
  const banner = BANNER.replace("%SPEC%", options.source);
  const ast = await openapiTS(spec as never, { silent: true, alphabetize: false, defaultNonNullable: false });
  const out = new Map<string, string>();
  out.set("openapi.gen.ts", `${banner}\n${documentTopLevel(astToString(ast), options.title)}`);
  out.set("operations.gen.ts", renderTable(banner, options.title, operationTable(spec), secretFields(spec)));
  if (options.resources) {
    const { resources, schemas } = renderResources(spec, nameOperations(spec), options.resources, banner);
    out.set("resources.gen.ts", resources);
    out.set("schemas.gen.ts", schemas);
  }
  return out;
}

/** TSDoc for the top-level types openapi-typescript emits without one. */
function documentTopLevel(source: string, title: string): string {
  const docs: Record<string, string> = {
    paths: `Every path of the ${title} spec with its operations (openapi-typescript).`,
    webhooks: `Webhooks of the ${title} spec.`,
    components: `The ${title} spec's schemas, parameters, responses and headers.`,
    $defs: `Definitions of the ${title} spec.`,
    operations: `Every operation of the ${title} spec by operationId: parameters, request body, responses.`,
  };
  return source.replace(
    /^export (interface|type) (paths|webhooks|components|\$defs|operations)\b/gm,
    (line, _kind, name: string) => `/** ${docs[name]} */\n${line}`,
  );
}

async function render(v: Vendor): Promise<Map<string, string>> {
  const spec = parse(readFileSync(specPath(v), "utf8")) as Json;
  const files = await renderSpec(spec, { title: v.title, source: specPath(v), resources: v.resources });
  return new Map([...files].map(([name, text]) => [`${generatedDir(v)}/${name}`, text]));
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  let drift = 0;
  for (const v of vendors) {
    if (only.length && !only.includes(v.id)) continue;
    if (!existsSync(specPath(v))) {
      console.log(`skip ${v.id}: ${specPath(v)} does not exist yet`);
      continue;
    }
    if (!check && scaffoldPackage(v)) console.log(`created the packages/${v.id} skeleton`);
    for (const [file, text] of await render(v)) {
      const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
      if (check) {
        if (current !== text) {
          drift++;
          console.error(`drift: ${file} differs from what ${specPath(v)} generates (run pnpm gen)`);
        }
      } else if (current !== text) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        console.log(`wrote ${file}`);
      }
    }
  }
  if (drift) process.exit(1);
  if (check) console.log("generated code matches the specs");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

/**
 * Spec coverage per vendor: operations required, present, missing (listed), success bodies left
 * untyped, and operations reachable through a named client method.
 *
 *   pnpm coverage            print the report (Markdown); exit 1 if a required operation is missing
 *   pnpm coverage --write    also write specs/COVERAGE.md
 *   pnpm coverage --check    exit 1 if specs/COVERAGE.md differs from the report
 *
 * Required operations come from specs/<vendor>/required-operations.json (method + path with
 * parameter names blanked), derived from the seeds and facts; the expected count per vendor is in
 * scripts/vendors.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { nameOperations } from "./naming.ts";
import { specPath, type Vendor, vendors } from "./vendors.ts";

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
const key = (method: string, path: string) => `${method.toUpperCase()} ${normalise(path)}`;
const normalise = (path: string) => path.replace(/\{[^}]+\}/g, "{}").replace(/\/+$/, "") || "/";

interface Report {
  vendor: Vendor;
  required: string[];
  present: Map<string, string>; // key -> operationId
  missing: string[];
  extra: string[];
  untyped: string[];
  named: Map<string, string>; // operationId -> client method
  paged: number;
  fake: Set<string> | undefined;
  tested: Set<string> | undefined;
  operations: Array<{ id: string; method: string; path: string }>;
}

function resolveRef(spec: Json, node: unknown): Json | undefined {
  let current = node as Json | undefined;
  for (let i = 0; i < 20 && current && typeof current.$ref === "string"; i++) {
    const parts = (current.$ref as string).replace(/^#\//, "").split("/");
    current = parts.reduce<unknown>(
      (n, p) => (n as Json | undefined)?.[p.replace(/~1/g, "/").replace(/~0/g, "~")],
      spec,
    ) as Json | undefined;
  }
  return current;
}

/** A schema says something about the body's shape (not `{}`, not a bare `type: object`). */
function isTyped(spec: Json, schemaNode: unknown): boolean {
  const schema = resolveRef(spec, schemaNode);
  if (!schema) return false;
  if (["allOf", "oneOf", "anyOf", "properties", "items", "enum", "const"].some((k) => k in schema)) return true;
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") return true;
  const type = schema.type;
  if (type === undefined) return false;
  if (type === "object") return false;
  return true; // string (text/binary), number, boolean, array with no items handled above
}

function untypedSuccess(spec: Json, op: Json): boolean {
  const responses = (op.responses ?? {}) as Record<string, unknown>;
  for (const [code, ref] of Object.entries(responses)) {
    if (!/^2/.test(code)) continue;
    const response = resolveRef(spec, ref);
    const content = response?.content as Record<string, Json> | undefined;
    if (!content) continue; // no body by design (204, or an API that answers empty)
    for (const media of Object.values(content)) if (!isTyped(spec, media.schema)) return true;
  }
  return false;
}

/**
 * Which client method reaches each operation. Generated vendors: the naming rule
 * (scripts/naming.ts) gives `resource.method`. Hand-written vendors: every `.call("<operationId>"`
 * (or legacy `.GET("/path"`) in src/resources, attributed to the class and method it sits in.
 */
function namedOperations(v: Vendor, byKey: Map<string, string>, spec: Json): Map<string, string> {
  const found = new Map<string, string>();
  if (v.resources) {
    for (const o of nameOperations(spec)) found.set(o.operationId, `${o.resource}.${o.name}`);
  }
  const dir = `packages/${v.id}/src/resources`;
  if (!existsSync(dir)) return found;
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  const ids = new Set(byKey.values());
  const area = (file: string) => {
    const base = file.replace(/^.*\//, "").replace(/\.ts$/, "");
    return base.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  };
  for (const file of walk(dir).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(file, "utf8");
    const methodAt = (index: number) => {
      const before = text.slice(0, index);
      const matches = [
        ...before.matchAll(/^ {2}(?:async\s+)?(?:override\s+)?([a-zA-Z][a-zA-Z0-9]*)\s*(?:<[^>]*>)?\(/gm),
      ];
      return matches.at(-1)?.[1] ?? "?";
    };
    for (const m of text.matchAll(/\.call(?:<[^>]*>)?\(\s*["'`]([A-Za-z0-9]+)["'`]/g)) {
      if (ids.has(m[1] as string) && !found.has(m[1] as string))
        found.set(m[1] as string, `${area(file)}.${methodAt(m.index ?? 0)}`);
    }
    for (const m of text.matchAll(/\.(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\(\s*["'`]([^"'`]+)["'`]/g)) {
      const id = byKey.get(key(m[1] as string, m[2] as string));
      if (id && !found.has(id)) found.set(id, `${area(file)}.${methodAt(m.index ?? 0)}`);
    }
  }
  return found;
}

/** Operations the vendor's fake answers: a handler of `sandboxMocks(base)` responds, not a catch-all. */
async function fakeAnswers(v: Vendor, spec: Json): Promise<Set<string> | undefined> {
  const entry = `packages/${v.id}/src/mocks/index.ts`;
  if (!existsSync(entry)) return undefined;
  const { getResponse } = await import("msw");
  const mod = (await import(new URL(`../${entry}`, import.meta.url).href)) as {
    sandboxMocks?: (base: string) => {
      handlers: Parameters<typeof getResponse>[0];
      connection: Record<string, unknown>;
    };
  };
  if (typeof mod.sandboxMocks !== "function") return undefined;
  const base = "http://127.0.0.1:9/fake";
  const { handlers, connection } = mod.sandboxMocks(base);
  const served = new Set<string>();
  const serverPath = (() => {
    const url = ((spec.servers as Json[] | undefined)?.[0]?.url as string | undefined) ?? "";
    return url.replace(/^https?:\/\/[^/]+/, "").replace(/\{[^}]+\}/g, "");
  })();
  // Where the fake serves the API: under the base URL as the spec's server says, or at a URL its
  // connection publishes (a fake of several hosts lays them out below the base).
  const roots = [
    `${base}${serverPath}`,
    ...Object.values(connection ?? {}).filter((v): v is string => typeof v === "string" && v.startsWith(`${base}/`)),
  ];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const concrete = path.replace(/\{[^}]+\}/g, "probe-1");
      for (const root of roots) {
        const init: RequestInit = { method: method.toUpperCase() };
        if (method !== "get" && method !== "head" && method !== "delete") {
          init.body = "{}";
          init.headers = { "content-type": "application/json" };
        }
        const response = await getResponse(handlers, new Request(`${root}${concrete}`, init)).catch(() => undefined);
        if (!response) continue;
        if (response.headers.get("x-trustplane-fake") === "unhandled") continue;
        if (response.headers.get("x-msw-intention") === "passthrough") continue;
        served.add(String(op.operationId));
        break;
      }
    }
  }
  return served;
}

/** Operations a test called (recorded by core while `pnpm test` ran; see core's record-calls). */
function calledByTests(v: Vendor): Set<string> | undefined {
  const called = new Set<string>();
  let any = false;
  for (const pkg of readdirSync("packages")) {
    const dir = join("packages", pkg, ".trustplane", "calls");
    if (!existsSync(dir)) continue;
    any = true;
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
        const [vendor, id] = line.split(" ");
        if (vendor === v.id && id) called.add(id);
      }
    }
  }
  return any ? called : undefined;
}

async function report(v: Vendor): Promise<Report | undefined> {
  if (!existsSync(specPath(v))) return undefined;
  const spec = parse(readFileSync(specPath(v), "utf8")) as Json;
  const requiredFile = `specs/${v.id}/required-operations.json`;
  const requiredList = existsSync(requiredFile)
    ? (JSON.parse(readFileSync(requiredFile, "utf8")) as Array<{ method: string; path: string }>)
    : [];
  const required = [...new Set(requiredList.map((r) => key(r.method, r.path)))];
  const present = new Map<string, string>();
  const operations: Report["operations"] = [];
  const untyped: string[] = [];
  let paged = 0;
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      present.set(key(method, path), String(op.operationId));
      operations.push({ id: String(op.operationId), method: method.toUpperCase(), path });
      if (untypedSuccess(spec, op)) untyped.push(String(op.operationId));
      if (op["x-trustplane-pagination"]) paged++;
    }
  }
  const missing = required.filter((k) => !present.has(k));
  const requiredSet = new Set(required);
  const extra = [...present.keys()].filter((k) => !requiredSet.has(k));
  return {
    vendor: v,
    required,
    present,
    missing,
    extra,
    untyped: untyped.sort(),
    named: namedOperations(v, present, spec),
    paged,
    fake: await fakeAnswers(v, spec),
    tested: calledByTests(v),
    operations: operations.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function render(reports: Report[]): string {
  const lines = [
    "# Spec coverage",
    "",
    "Generated by `pnpm coverage --write` from `specs/*/openapi.yaml` and `specs/*/required-operations.json`. Do not edit.",
    "",
    "Named: operations a client method reaches. Fake: operations the vendor's `./mocks` fake answers (a handler responds; catch-alls excluded). Tested: operations a test called while `pnpm test` ran (recorded by core).",
    "",
    "| vendor | required (issue) | required (list) | in spec | missing | untyped success bodies | list operations | named methods | fake answers | tested |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const count = (set: Set<string> | undefined, total: number) => (set ? `${set.size} / ${total}` : "n/a");
  let named = 0;
  let total = 0;
  for (const r of reports) {
    named += r.named.size;
    total += r.present.size;
    lines.push(
      `| ${r.vendor.id} | ${r.vendor.required} | ${r.required.length} | ${r.present.size} | ${r.missing.length} | ${r.untyped.length} | ${r.paged} | ${r.named.size} / ${r.present.size} | ${count(r.fake, r.present.size)} | ${count(r.tested, r.present.size)} |`,
    );
  }
  lines.push(`| **all** | | | ${total} | | | | **${named} / ${total}** | | |`);
  for (const r of reports) {
    lines.push("", `## ${r.vendor.title} (\`${r.vendor.id}\`)`, "");
    if (r.required.length !== r.vendor.required) {
      lines.push(
        `- The required list has ${r.required.length} operations; the issue's table says ${r.vendor.required}. See \`specs/${r.vendor.id}/NOTES.md\`.`,
      );
    }
    lines.push(r.missing.length ? `- Missing (${r.missing.length}):` : "- Missing: none");
    for (const m of r.missing) lines.push(`  - \`${m}\``);
    if (r.extra.length) {
      lines.push(`- In the spec beyond the required list (${r.extra.length}):`);
      for (const e of r.extra) lines.push(`  - \`${e}\` (${r.present.get(e)})`);
    }
    lines.push(
      r.untyped.length
        ? `- Untyped success bodies (${r.untyped.length}): ${r.untyped.map((u) => `\`${u}\``).join(", ")}`
        : "- Untyped success bodies: none",
    );
    const unnamed = [...r.present.values()].filter((id) => !r.named.has(id)).sort();
    const mark = (set: Set<string> | undefined, id: string) => (set ? (set.has(id) ? "yes" : "") : "n/a");
    lines.push(
      r.named.size === 0
        ? "- Named client methods: none yet"
        : unnamed.length
          ? `- Not yet reachable through a named method (${unnamed.length}): ${unnamed.map((u) => `\`${u}\``).join(", ")}`
          : "- Every operation is reachable through a named method",
    );
    lines.push("", "<details><summary>Every operation and its method</summary>", "");
    lines.push("| operationId | HTTP | client method | fake | tested |", "|---|---|---|---|---|");
    for (const o of r.operations) {
      lines.push(
        `| \`${o.id}\` | \`${o.method} ${o.path}\` | ${r.named.has(o.id) ? `\`${r.named.get(o.id)}\`` : ""} | ${mark(r.fake, o.id)} | ${mark(r.tested, o.id)} |`,
      );
    }
    lines.push("", "</details>");
  }
  return `${lines.join("\n")}\n`;
}

const reports = (await Promise.all(vendors.map(report))).filter((r): r is Report => r !== undefined);
const text = render(reports);
process.stdout.write(text);
if (process.argv.includes("--write")) writeFileSync("specs/COVERAGE.md", text);
if (process.argv.includes("--check")) {
  const current = existsSync("specs/COVERAGE.md") ? readFileSync("specs/COVERAGE.md", "utf8") : "";
  if (current !== text) {
    console.error("specs/COVERAGE.md is out of date: run pnpm coverage --write");
    process.exit(1);
  }
}
const missing = reports.reduce((n, r) => n + r.missing.length, 0);
const absent = vendors.filter((v) => !reports.some((r) => r.vendor === v));
if (absent.length) console.error(`no spec yet for: ${absent.map((v) => v.id).join(", ")}`);
if (missing > 0 || absent.length > 0) process.exit(1);

/**
 * Compares the two generations of the Sectigo Certificate Manager API:
 * - the Admin API ("Admin Operations" OpenAPI 25.9.2, all 283 operations in
 *   ../shared/facts/sectigo-admin-api.facts.json), and
 * - this spec, written from seed 002 (the SCM REST API reference).
 *
 *   pnpm tsx specs/sectigo/compare-admin-api.ts           print the differences, operation by operation
 *   pnpm tsx specs/sectigo/compare-admin-api.ts --json    the same as JSON
 *   pnpm tsx specs/sectigo/compare-admin-api.ts --check   exit 1 when an operation's `x-trustplane-admin-api`
 *                                                          extension or security does not match the comparison
 *
 * Operations are matched by method + normalised path (parameter names blanked, trailing slash dropped); a path
 * that differs only in spelling (case, `-`, `_`) is matched too and reported as `path`.
 *
 * What a client needs in order to send the right request is encoded in the spec (`x-trustplane-admin-api`:
 * `path`, `bodyAsQuery`, `enumNames`, `fieldTypes`, plus `only` / `absent`); everything else is printed as
 * information and explained in NOTES.md ("Two API generations").
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

// biome-ignore lint/suspicious/noExplicitAny: walks two untyped OpenAPI documents
type Json = Record<string, any>;
const here = dirname(fileURLToPath(import.meta.url));
const METHODS = ["get", "put", "post", "delete", "patch", "head"] as const;

export const spec = parse(readFileSync(join(here, "openapi.yaml"), "utf8")) as Json;
export const facts = JSON.parse(
  readFileSync(join(here, "../../../shared/facts/sectigo-admin-api.facts.json"), "utf8"),
) as Json;

const norm = (p: string) => p.replace(/\{[^}]+\}/g, "{}").replace(/\/+$/, "") || "/";
const loose = (p: string) => norm(p).toLowerCase().replace(/[-_]/g, "");
const canon = (v: unknown) => String(v).toLowerCase().replace(/[^a-z0-9]/g, "");
const sorted = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sorted)
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted((v as Json)[k])]),
        )
      : v;
const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** Resolve `#/components/...` refs of the spec and merge `allOf` into one object schema. */
function specSchema(node: unknown): Json | undefined {
  let s = node as Json | undefined;
  for (let i = 0; s && typeof s.$ref === "string" && i < 20; i++) {
    s = (s.$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce<Json | undefined>((n, k) => n?.[k], spec);
  }
  if (s && Array.isArray(s.allOf)) {
    const merged: Json = { type: "object", properties: {} };
    for (const part of s.allOf) Object.assign(merged.properties, specSchema(part)?.properties ?? {});
    Object.assign(merged.properties, s.properties ?? {});
    return merged;
  }
  return s;
}

/** Resolve the facts' bare `{"$ref": "Name"}` refs (and `allOf`). */
function factsSchema(node: unknown): Json | undefined {
  let s = node as Json | undefined;
  for (let i = 0; s && typeof s.$ref === "string" && i < 20; i++) s = facts.schemas[s.$ref as string] as Json;
  if (s && Array.isArray(s.allOf)) {
    const merged: Json = { type: "object", properties: {} };
    for (const part of s.allOf) Object.assign(merged.properties, factsSchema(part)?.properties ?? {});
    Object.assign(merged.properties, s.properties ?? {});
    return merged;
  }
  return s;
}

/** The facts' enum, with the artefact of one comma-joined string (`"A, B, C"`) split into its values. */
function factsEnum(a: Json): string[] | undefined {
  if (!Array.isArray(a.enum)) return undefined;
  const values = (a.enum as unknown[]).flatMap((v) =>
    typeof v === "string" && v.includes(", ") ? v.split(", ") : [String(v)],
  );
  return [...new Set(values)];
}

const typeOf = (s: Json | undefined): string | undefined => {
  if (!s) return undefined;
  if (typeof s.type === "string") return s.type === "enum" ? "string" : s.type;
  if (s.properties) return "object";
  if (s.items) return "array";
  if (s.oneOf || s.anyOf) return "union";
  return undefined;
};
/** integer and number are one JSON type; an unknown side never disagrees. */
const sameType = (a?: string, b?: string) =>
  !a || !b || a === b || (["integer", "number"].includes(a) && ["integer", "number"].includes(b));

export type Kind =
  // encoded in x-trustplane-admin-api
  | "path"
  | "bodyAsQuery"
  | "enumNames"
  | "fieldTypes"
  // information only
  | "pathParamType"
  | "queryOnlyInAdminApi"
  | "queryOnlyInSeed"
  | "requiredDiffers"
  | "bodyFieldOnlyInAdminApi"
  | "bodyOnlyInSeed"
  | "bodyOnlyInAdminApi"
  | "contentType"
  | "successStatus"
  | "responseShape"
  | "responseEnumOnlyInAdminApi";
export const ENCODED: readonly Kind[] = ["path", "bodyAsQuery", "enumNames", "fieldTypes"];

export interface Difference {
  kind: Kind;
  /** Request field (parameter name or dotted body path) or, for the response, `response` + path. */
  field?: string;
  seed?: unknown;
  adminApi?: unknown;
}

export interface Pair {
  operationId: string;
  method: string;
  specPath: string;
  adminPath: string;
  diffs: Difference[];
}

/**
 * Seed value -> Admin API spelling, for the values that differ; `null` when the Admin API lists no counterpart.
 * Values pair by name (case, spaces and punctuation ignored). When every pair found by name sits at the same index
 * in both lists, the two lists are one server-side enum written as codes and as display labels, in the same order,
 * and the remaining values pair by position.
 */
export function enumMap(seed: unknown[], admin: string[]): Record<string, string | null> | undefined {
  const byCanon = new Map(admin.map((v, i) => [canon(v), i]));
  const matches = seed
    .map((v, i) => [i, admin.includes(String(v)) ? admin.indexOf(String(v)) : byCanon.get(canon(v))] as const)
    .filter((m): m is readonly [number, number] => m[1] !== undefined);
  const aligned = matches.length > 0 && matches.every(([i, j]) => i === j);
  const out: Record<string, string | null> = {};
  seed.forEach((v, i) => {
    if (admin.includes(String(v))) return;
    const j = byCanon.get(canon(v)) ?? (aligned && i < admin.length ? i : undefined);
    out[String(v)] = j === undefined ? null : (admin[j] as string);
  });
  return Object.keys(out).length ? out : undefined;
}

/** Walk a spec schema and a facts schema in parallel; report type and enum differences by dotted field name. */
function compareSchemas(
  seed: unknown,
  admin: unknown,
  field: string,
  diffs: Difference[],
  side: "request" | "response",
  seen = new Set<Json>(),
): void {
  const s = specSchema(seed);
  const a = factsSchema(admin);
  if (!s || !a || seen.has(s)) return;
  seen.add(s);
  const ts = typeOf(s);
  const ta = typeOf(a);
  if (field && !sameType(ts, ta) && ts !== "union" && ta !== "union") {
    if (side === "request") diffs.push({ kind: "fieldTypes", field, seed: ts, adminApi: ta });
    else diffs.push({ kind: "responseShape", field, seed: ts, adminApi: ta });
    seen.delete(s);
    return;
  }
  const aEnum = factsEnum(a);
  if (Array.isArray(s.enum) && aEnum) {
    const m = enumMap(s.enum, aEnum);
    if (m) diffs.push({ kind: "enumNames", field, seed: s.enum, adminApi: m });
  } else if (aEnum && !s.enum && !s.const && side === "response") {
    // The spec left the enum out on purpose (seed examples show other spellings); see NOTES.md.
    diffs.push({ kind: "responseEnumOnlyInAdminApi", field, adminApi: aEnum });
  }
  // (An enum only the seed has is not a disagreement: the Admin API document is merely less specific.)
  if (ts === "array") compareSchemas(s.items, a.items, `${field}[]`, diffs, side, seen);
  const sp = (s.properties ?? {}) as Json;
  const ap = (a.properties ?? {}) as Json;
  for (const [name, sub] of Object.entries(sp)) {
    const sub2 = field ? `${field}.${name}` : name;
    if (name in ap) compareSchemas(sub, ap[name], sub2, diffs, side, seen);
  }
  if (side === "request" && Object.keys(sp).length) {
    for (const name of Object.keys(ap)) {
      const p = factsSchema(ap[name]);
      if (!(name in sp) && !p?.readOnly && !["id", "created", "modified", "createdBy", "modifiedBy"].includes(name))
        diffs.push({ kind: "bodyFieldOnlyInAdminApi", field: field ? `${field}.${name}` : name });
    }
  }
  seen.delete(s);
}

/** The spec schema of a dotted body field (`a.b.c`), if the body has it. */
function bodyField(body: Json | undefined, dotted: string): Json | undefined {
  let s = specSchema(body);
  for (const part of dotted.split(".")) {
    s = specSchema(s?.properties?.[part]);
    if (!s) return undefined;
  }
  return s;
}

/** Whether every level of a dotted body field is required in the spec's body schema. */
function bodyRequires(body: Json | undefined, dotted: string): boolean {
  let s = specSchema(body);
  for (const part of dotted.split(".")) {
    if (!s || !((s.required ?? []) as string[]).includes(part)) return false;
    s = specSchema(s.properties?.[part]);
  }
  return true;
}

const responseKey = (field: string) => (field ? `response${field.startsWith("[") ? "" : "."}${field}` : "response");

/** Every difference between one Admin API operation (facts) and the spec operation it matches. */
export function compareOperation(f: Json, s: { path: string; op: Json }): Pair {
  const diffs: Difference[] = [];
  // The Admin API spelling of the path, with the spec's parameter names.
  const names = [...s.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  let n = 0;
  const adminPath = f.path.replace(/\/+$/, "").replace(/\{[^}]+\}/g, () => `{${names[n++]}}`);
  const pair: Pair = { operationId: s.op.operationId, method: f.method, specPath: s.path, adminPath, diffs };
  if (norm(f.path) !== norm(s.path)) diffs.push({ kind: "path", seed: s.path, adminApi: adminPath });

  const sParams = ((s.op.parameters ?? []) as Json[]).map((p) => specSchema(p) as Json);
  const fParams = (f.parameters ?? []) as Json[];
  const sBodyNode = specSchema(s.op.requestBody)?.content?.["application/json"]?.schema;

  // Path parameters pair by position; their type only matters for the text of the URL.
  const fOrder = [...f.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  names.forEach((name, i) => {
    const ts = typeOf(specSchema(sParams.find((p) => p.in === "path" && p.name === name)?.schema));
    const ta = typeOf(fParams.find((p) => p.in === "path" && p.name === fOrder[i])?.schema);
    if (!sameType(ts, ta)) diffs.push({ kind: "pathParamType", field: name, seed: ts, adminApi: ta });
  });

  // Query and header parameters: the same parameter, a body field the Admin API wants in the query, or new.
  const bodyAsQuery: string[] = [];
  for (const fp of fParams.filter((p) => p.in === "query" || p.in === "header")) {
    const sp = sParams.find((p) => p.in === fp.in && p.name === fp.name);
    if (sp) {
      compareSchemas(sp.schema, fp.schema, fp.name, diffs, "request");
      if (!!sp.required !== !!fp.required)
        diffs.push({ kind: "requiredDiffers", field: fp.name, seed: !!sp.required, adminApi: !!fp.required });
      continue;
    }
    const inBody = fp.in === "query" && sBodyNode ? bodyField(sBodyNode, fp.name) : undefined;
    if (inBody) {
      bodyAsQuery.push(fp.name);
      compareSchemas(inBody, fp.schema, fp.name, diffs, "request");
      if (fp.required && !bodyRequires(sBodyNode, fp.name))
        diffs.push({ kind: "requiredDiffers", field: fp.name, seed: false, adminApi: true });
    } else diffs.push({ kind: "queryOnlyInAdminApi", field: fp.name, adminApi: fp.schema });
  }
  if (bodyAsQuery.length) diffs.push({ kind: "bodyAsQuery", adminApi: bodyAsQuery });
  for (const sp of sParams.filter((p) => p.in === "query")) {
    if (sp.name === "dateFormat") continue; // declared by us on every JSON GET (NOTES.md)
    if (!fParams.some((p) => p.in === "query" && p.name === sp.name))
      diffs.push({ kind: "queryOnlyInSeed", field: sp.name });
  }

  // Request bodies.
  const fContent = (f.requestBody?.content ?? {}) as Json;
  const sContent = (specSchema(s.op.requestBody)?.content ?? {}) as Json;
  if (s.op.requestBody && !f.requestBody) {
    if (!bodyAsQuery.length) diffs.push({ kind: "bodyOnlyInSeed", seed: Object.keys(sContent) });
  } else if (!s.op.requestBody && f.requestBody) {
    diffs.push({ kind: "bodyOnlyInAdminApi", adminApi: Object.keys(fContent) });
  } else if (s.op.requestBody && f.requestBody) {
    const sTypes = Object.keys(sContent).map((t) => t.split(";")[0] as string);
    const fTypes = Object.keys(fContent).map((t) => t.split(";")[0] as string);
    if (!sTypes.some((t) => fTypes.includes(t))) diffs.push({ kind: "contentType", seed: sTypes, adminApi: fTypes });
    if (sContent["application/json"] && fContent["application/json"])
      compareSchemas(sContent["application/json"].schema, fContent["application/json"], "", diffs, "request");
  }

  // Responses: success codes the spec lacks, body shape, enums.
  const fOk = Object.keys(f.responses ?? {}).filter((c) => /^2/.test(c));
  const sOk = Object.keys(s.op.responses ?? {}).filter((c) => /^2/.test(c));
  if (fOk.some((c) => !sOk.includes(c))) diffs.push({ kind: "successStatus", seed: sOk, adminApi: fOk });
  const code = sOk.find((c) => fOk.includes(c));
  if (code) {
    const sMedia = (specSchema(s.op.responses[code])?.content ?? {}) as Json;
    const fMedia = (f.responses[code]?.content ?? {}) as Json;
    const sr = sMedia["application/json"]?.schema;
    const fr = fMedia["application/json"];
    if (sr && fr) {
      const ts = typeOf(specSchema(sr));
      const ta = typeOf(factsSchema(fr));
      if (!sameType(ts, ta)) diffs.push({ kind: "responseShape", field: "response", seed: ts, adminApi: ta });
      else {
        const inner: Difference[] = [];
        compareSchemas(sr, fr, "", inner, "response");
        for (const d of inner) diffs.push({ ...d, field: responseKey(d.field ?? "") });
      }
    } else if (Object.keys(fMedia).join() !== Object.keys(sMedia).join() && Object.keys(fMedia).length) {
      diffs.push({ kind: "responseShape", field: "response", seed: Object.keys(sMedia), adminApi: Object.keys(fMedia) });
    }
  }
  return pair;
}

// --- match every operation -------------------------------------------------------------------------------------
export const specOps = new Map<string, { path: string; method: string; op: Json }>();
const specLoose = new Map<string, string>();
for (const [path, item] of Object.entries(spec.paths as Json)) {
  for (const method of METHODS) {
    const op = (item as Json)[method] as Json | undefined;
    if (!op) continue;
    const k = `${method.toUpperCase()} ${norm(path)}`;
    specOps.set(k, { path, method, op });
    specLoose.set(`${method.toUpperCase()} ${loose(path)}`, k);
  }
}

export const pairs: Pair[] = [];
/** Admin API operations the seed lacks: [facts operation, spec operation once added]. */
export const adminOnly: Array<{ f: Json; s?: { path: string; method: string; op: Json } }> = [];
const matched = new Set<string>();
for (const f of facts.operations as Json[]) {
  let k = `${f.method} ${norm(f.path)}`;
  if (!specOps.has(k)) k = specLoose.get(`${f.method} ${loose(f.path)}`) ?? k;
  const s = specOps.get(k);
  if (s) matched.add(k);
  if (!s || s.op["x-trustplane-admin-api"]?.only) adminOnly.push({ f, s });
  else pairs.push(compareOperation(f, s));
}
/** Spec operations the Admin API does not have. */
export const absent = [...specOps.entries()].filter(([k]) => !matched.has(k)).map(([, v]) => v);

/** What `x-trustplane-admin-api` must say on an operation both generations have. */
export function expectedExtension(p: Pair): Json | undefined {
  const ext: Json = {};
  const path = p.diffs.find((d) => d.kind === "path");
  if (path) ext.path = path.adminApi;
  const bq = p.diffs.find((d) => d.kind === "bodyAsQuery");
  if (bq) ext.bodyAsQuery = bq.adminApi;
  const en = p.diffs.filter((d) => d.kind === "enumNames");
  if (en.length) ext.enumNames = Object.fromEntries(en.map((d) => [d.field, d.adminApi]));
  const ft = p.diffs.filter((d) => d.kind === "fieldTypes");
  if (ft.length) ext.fieldTypes = Object.fromEntries(ft.map((d) => [d.field, d.adminApi]));
  return Object.keys(ext).length ? ext : undefined;
}

/** Mismatches between the spec's extensions / security and the comparison. */
export function check(): string[] {
  const problems: string[] = [];
  const top = (spec.security ?? []) as Json[];
  const hasOAuth = (sec: Json[]) => sec.some((r) => "oauth2" in r);
  for (const p of pairs) {
    const { op } = specOps.get(`${p.method} ${norm(p.specPath)}`)!;
    const want = expectedExtension(p);
    const have = op["x-trustplane-admin-api"];
    if (!same(have, want)) problems.push(`${p.operationId}: extension ${JSON.stringify(have)} != ${JSON.stringify(want)}`);
    if (!hasOAuth(op.security ?? top)) problems.push(`${p.operationId}: shared operation without the oauth2 alternative`);
  }
  for (const { f, s } of adminOnly) {
    if (!s) {
      problems.push(`${f.method} ${f.path}: Admin API operation missing from the spec`);
      continue;
    }
    if (!same(s.op["x-trustplane-admin-api"], { only: true }))
      problems.push(`${s.op.operationId}: needs x-trustplane-admin-api {only: true}`);
    if (!same(s.op.security, [{ oauth2: [] }])) problems.push(`${s.op.operationId}: security must be oauth2 only`);
    const urls = ((s.op.servers ?? []) as Json[]).map((x) => x.url);
    if (!same(urls, [facts.basePath[0]])) problems.push(`${s.op.operationId}: servers must be the Admin API host only`);
  }
  for (const s of absent) {
    if (!same(s.op["x-trustplane-admin-api"], { absent: true }))
      problems.push(`${s.op.operationId}: needs x-trustplane-admin-api {absent: true}`);
    if (hasOAuth(s.op.security ?? top)) problems.push(`${s.op.operationId}: absent from the Admin API but offers oauth2`);
  }
  return problems;
}

// --- report ----------------------------------------------------------------------------------------------------
function show(d: Difference): string {
  const v = (x: unknown) => (typeof x === "string" ? x : JSON.stringify(x));
  switch (d.kind) {
    case "path":
      return `path: ${v(d.seed)} -> ${v(d.adminApi)}`;
    case "bodyAsQuery":
      return `body fields sent as query parameters: ${(d.adminApi as string[]).join(", ")}`;
    case "enumNames":
      return `enum ${d.field}: ${Object.entries(d.adminApi as Json)
        .map(([k, x]) => `${k} -> ${x === null ? "(none)" : JSON.stringify(x)}`)
        .join(", ")}`;
    case "fieldTypes":
      return `type of ${d.field}: ${v(d.seed)} -> ${v(d.adminApi)}`;
    default:
      return `${d.kind} ${d.field ?? ""}${d.seed !== undefined ? ` seed=${v(d.seed)}` : ""}${
        d.adminApi !== undefined ? ` admin=${v(d.adminApi)}` : ""
      }`;
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const problems = check();
  if (process.argv.includes("--json")) {
    console.log(
      JSON.stringify(
        {
          shared: pairs.filter((p) => p.diffs.length).map((p) => ({ ...p, extension: expectedExtension(p) })),
          adminOnly: adminOnly.map(({ f, s }) => ({ operationId: s?.op.operationId, method: f.method, path: f.path })),
          absent: absent.map((s) => ({ operationId: s.op.operationId, method: s.method.toUpperCase(), path: s.path })),
          problems,
        },
        null,
        2,
      ),
    );
  } else {
    const encoded = pairs.filter((p) => p.diffs.some((d) => ENCODED.includes(d.kind)));
    const info = pairs.filter((p) => p.diffs.some((d) => !ENCODED.includes(d.kind)));
    const count = (kinds: (k: Kind) => boolean) =>
      pairs.reduce((n, p) => n + p.diffs.filter((d) => kinds(d.kind)).length, 0);
    console.log(
      `Admin API ${facts.operationCount} operations; spec ${specOps.size}. Shared ${pairs.length}, ` +
        `Admin API only ${adminOnly.length}, seed only ${absent.length}.`,
    );
    console.log(
      `\n== Encoded in x-trustplane-admin-api: ${count((k) => ENCODED.includes(k))} differences on ${encoded.length} operations`,
    );
    for (const p of encoded) {
      console.log(`${p.operationId}  ${p.method} ${p.specPath}`);
      for (const d of p.diffs.filter((x) => ENCODED.includes(x.kind))) console.log(`  ${show(d)}`);
    }
    console.log(
      `\n== Information only (see NOTES.md): ${count((k) => !ENCODED.includes(k))} differences on ${info.length} operations`,
    );
    for (const p of info) {
      console.log(`${p.operationId}  ${p.method} ${p.specPath}`);
      for (const d of p.diffs.filter((x) => !ENCODED.includes(x.kind))) console.log(`  ${show(d)}`);
    }
    console.log(`\n== Admin API only: ${adminOnly.length}`);
    for (const { f, s } of adminOnly) console.log(`  ${(s?.op.operationId ?? "(not in spec)").padEnd(42)} ${f.method} ${f.path}`);
    console.log(`\n== Seed only (absent from the Admin API): ${absent.length}`);
    for (const s of absent) console.log(`  ${String(s.op.operationId).padEnd(42)} ${s.method.toUpperCase()} ${s.path}`);
    console.log(problems.length ? `\n== ${problems.length} spec problems:` : "\nspec extensions and security match");
    for (const p of problems) console.log(`  ${p}`);
  }
  if (process.argv.includes("--check") && problems.length) process.exit(1);
}

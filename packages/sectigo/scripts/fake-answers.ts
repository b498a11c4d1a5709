/**
 * Writes src/generated/fake-answers.gen.ts: for every operation of specs/sectigo/openapi.yaml, what a
 * well-formed success answer looks like (status, body kind, a minimal body built from the
 * response schema, whether it names a created resource in `Location` or a total in
 * `X-Total-Count`). The fake's generic handlers answer from it; test/fake.test.ts fails when the
 * file is older than the spec.
 *
 *   pnpm tsx scripts/fake-answers.ts          write the file
 *   pnpm tsx scripts/fake-answers.ts --check  exit 1 when it differs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "patch", "head"] as const;

export function renderAnswers(specText: string): string {
  const spec = parse(specText) as Json;
  const resolve = (node: unknown): Json => {
    let current = node as Json;
    for (let i = 0; i < 20 && current && typeof current.$ref === "string"; i++) {
      current = (current.$ref as string)
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((n, p) => (n as Json)[p], spec) as Json;
    }
    return current ?? {};
  };
  const sample = (node: unknown, depth: number): unknown => {
    const s = resolve(node);
    if (s.const !== undefined) return s.const;
    if (Array.isArray(s.enum)) return s.enum.find((v) => v !== null) ?? null;
    if (Array.isArray(s.allOf)) {
      const out: Json = {};
      for (const part of s.allOf) Object.assign(out, sample(part, depth) as Json);
      return out;
    }
    if (Array.isArray(s.oneOf)) return sample(s.oneOf[0], depth);
    if (Array.isArray(s.anyOf)) return sample(s.anyOf[0], depth);
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
    if (type === "object" || (type === undefined && s.properties)) {
      const out: Json = {};
      const required = new Set((s.required as string[] | undefined) ?? []);
      for (const [name, prop] of Object.entries((s.properties as Json | undefined) ?? {})) {
        if (depth >= 3 && !required.has(name)) continue;
        out[name] = sample(prop, depth + 1);
      }
      return out;
    }
    if (type === "array") return depth >= 3 ? [] : [sample(s.items, depth + 1)];
    if (type === "integer" || type === "number") return typeof s.minimum === "number" ? Math.max(1, s.minimum) : 1;
    if (type === "boolean") return false;
    if (type === "string") {
      if (s.format === "date-time") return "2025-12-04T07:54:24.567Z";
      if (s.format === "date") return "2025-12-04";
      if (s.format === "email") return "admin@example.com";
      if (s.format === "uuid") return "9f3c6a52-1d2e-4b7a-8c9d-0e1f2a3b4c5d";
      if (s.format === "uri" || s.format === "uri-reference") return "https://example.com/";
      return "example";
    }
    return {};
  };
  const rows: string[] = [];
  for (const [_path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const responses = (op.responses ?? {}) as Record<string, unknown>;
      const code = Object.keys(responses).find((c) => /^2\d\d$/.test(c)) ?? "200";
      const response = resolve(responses[code]);
      const content = (response.content ?? {}) as Record<string, Json>;
      const media = Object.keys(content)[0];
      const headers = Object.keys((response.headers ?? {}) as Json);
      let kind = "empty";
      let body: unknown;
      if (media && /json/.test(media)) {
        body = sample(content[media]?.schema, 0);
        kind = "json";
      } else if (media) {
        const schema = resolve(content[media]?.schema);
        kind = /csv|text/.test(String(schema.contentMediaType ?? media)) ? "text" : "bytes";
      }
      const answer: Json = { status: Number(code), kind };
      if (body !== undefined) answer.body = body;
      if (headers.includes("Location")) answer.location = true;
      if (headers.includes("X-Total-Count")) answer.total = true;
      rows.push(`  ${op.operationId as string}: ${JSON.stringify(answer)},`);
    }
  }
  rows.sort();
  return `/**
 * What a well-formed success answer of each operation looks like, from specs/sectigo/openapi.yaml:
 * status, body kind (json, bytes, text, empty), a minimal body built from the response schema, and
 * whether the answer names a created resource (\`Location\`) or a total (\`X-Total-Count\`). Written
 * by scripts/fake-answers.ts; do not edit (test/fake.test.ts checks it against the spec).
 */
/* biome-ignore-all format: data written by a script */

/** A success answer, as the spec describes it. */
export interface SpecAnswer {
  readonly status: number;
  readonly kind: "json" | "bytes" | "text" | "empty";
  readonly body?: unknown;
  readonly location?: boolean;
  readonly total?: boolean;
}

/** Every operation's success answer. */
export const SPEC_ANSWERS: Readonly<Record<string, SpecAnswer>> = {
${rows.join("\n")}
};
`;
}

const here = fileURLToPath(new URL(".", import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderAnswers(readFileSync(`${here}../../../specs/sectigo/openapi.yaml`, "utf8"));
  const target = `${here}../src/generated/fake-answers.gen.ts`;
  if (process.argv.includes("--check")) {
    if (readFileSync(target, "utf8") !== text) {
      console.error("src/generated/fake-answers.gen.ts is out of date: run pnpm tsx scripts/fake-answers.ts");
      process.exit(1);
    }
  } else writeFileSync(target, text);
}

/** A minimal input that satisfies an operation's input JSON Schema (required fields only), for sweeps. */
type Json = Record<string, unknown>;

const STRINGS = ["example.com", "admin@example.com", "Example", "abc", "a1", "MRAO"];

function fromPattern(pattern: string, min: number): string | undefined {
  const re = new RegExp(pattern);
  for (const s of STRINGS) {
    const padded = s.length >= min ? s : s.padEnd(min, "x");
    if (re.test(padded)) return padded;
  }
  return undefined;
}

/** A value for `schema` (refs resolved against `defs`). */
export function sampleValue(schema: unknown, defs: Json, depth = 0): unknown {
  let s = (schema ?? {}) as Json;
  for (let i = 0; i < 10 && typeof s.$ref === "string"; i++) {
    s = (defs[(s.$ref as string).replace("#/$defs/", "")] ?? {}) as Json;
  }
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (Array.isArray(s.allOf)) {
    const out: Json = {};
    for (const part of s.allOf) Object.assign(out, sampleValue(part, defs, depth) as Json);
    if (s.required) for (const r of s.required as string[]) out[r] ??= "example";
    return out;
  }
  if (Array.isArray(s.oneOf)) return sampleValue(s.oneOf[0], defs, depth);
  if (Array.isArray(s.anyOf)) return sampleValue(s.anyOf[0], defs, depth);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  if (type === "object" || s.properties) {
    const out: Json = {};
    const props = (s.properties ?? {}) as Json;
    for (const name of (s.required as string[] | undefined) ?? []) {
      if (depth < 6) out[name] = sampleValue(props[name], defs, depth + 1);
    }
    if (typeof s.minProperties === "number" && Object.keys(out).length < s.minProperties) out.file = "example";
    return out;
  }
  if (type === "array") {
    const min = typeof s.minItems === "number" ? s.minItems : 0;
    return Array.from({ length: min }, () => sampleValue(s.items, defs, depth + 1));
  }
  if (type === "integer" || type === "number") {
    const min = typeof s.minimum === "number" ? s.minimum : 1;
    return Math.max(min, 1);
  }
  if (type === "boolean") return false;
  if (type === "string" || type === undefined) {
    const min = typeof s.minLength === "number" ? s.minLength : 1;
    if (s.format === "email") return "admin@example.com";
    if (s.format === "uuid") return "9f3c6a52-1d2e-4b7a-8c9d-0e1f2a3b4c5d";
    if (s.format === "date-time") return "2025-12-04T07:54:24.567Z";
    if (s.format === "date") return "2025-12-04";
    if (s.format === "uri") return "https://example.com/";
    if (typeof s.pattern === "string") return fromPattern(s.pattern, min) ?? "example";
    return "example.com".padEnd(min, "x");
  }
  return undefined;
}

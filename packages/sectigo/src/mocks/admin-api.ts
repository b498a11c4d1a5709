/**
 * The Admin API's differences on the fake's request path (query parameters for body fields, enum
 * display names, string reason codes): each generation's spellings checked strictly, the Admin API's
 * turned into the SCM REST API's shapes the handlers are written for, and enum names mapped back in
 * Admin API answers.
 */
import type { AdminApiDifference } from "../internal/surface.js";
import { invalid, json } from "./http.js";
import type { FakeSurface } from "./router.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function getPath(body: unknown, path: string): unknown {
  let node = body;
  for (const part of path.split(".")) node = isObject(node) ? node[part] : undefined;
  return node;
}

function setPath(body: Json, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = body;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(node[part])) node[part] = {};
    node = node[part] as Json;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** Applies `fn` to each value a dotted path with `[]` reaches. */
function visit(root: unknown, path: string, fn: (value: unknown) => unknown): unknown {
  const parts = path.split(".").filter((p) => p !== "");
  const walk = (node: unknown, i: number): unknown => {
    if (i === parts.length) return fn(node);
    const part = parts[i] as string;
    const each = part.endsWith("[]");
    const key = each ? part.slice(0, -2) : part;
    const target = key === "" ? node : isObject(node) ? node[key] : undefined;
    if (target === undefined) return node;
    const next = each ? (Array.isArray(target) ? target.map((t) => walk(t, i + 1)) : target) : walk(target, i + 1);
    if (key === "") return next;
    if (isObject(node)) node[key] = next;
    return node;
  };
  return walk(root, 0);
}

const queryValue = (text: string): unknown =>
  text === "true" ? true : text === "false" ? false : /^-?\d+$/.test(text) ? Number(text) : text;

function fromDisplayName(value: unknown, names: Readonly<Record<string, string | null>>, field: string): unknown {
  if (Array.isArray(value)) return value.map((v) => fromDisplayName(v, names, field));
  if (typeof value !== "string") return value;
  const code = Object.entries(names).find(([, name]) => name === value)?.[0];
  if (code !== undefined) return code;
  if (value in names)
    invalid(field, `"${value}" is not a value the Admin API knows (it spells its values as display names)`);
  return value;
}

function rejectDisplayName(value: unknown, names: Readonly<Record<string, string | null>>, field: string): void {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v === "string" && !(v in names) && Object.values(names).includes(v)) {
      invalid(field, `"${v}" is the Admin API's spelling; the SCM REST API takes the code`);
    }
  }
}

/** Checks and undoes the Admin API's differences of one request, in place. */
export function normalise(
  surface: FakeSurface,
  difference: AdminApiDifference | undefined,
  query: URLSearchParams,
  body: unknown,
): unknown {
  if (!difference) return body;
  let out = body;
  const queryNames = new Set(query.keys());
  if (surface === "classic") {
    for (const [field, names] of Object.entries(difference.enumNames ?? {})) {
      if (field.startsWith("response")) continue;
      if (queryNames.has(field)) rejectDisplayName(query.getAll(field), names, field);
      else if (out !== undefined) {
        visit(out, field, (v) => {
          rejectDisplayName(v, names, field);
          return v;
        });
      }
    }
    for (const [field] of Object.entries(difference.fieldTypes ?? {})) {
      if (field === "reasonCode" && out !== undefined && typeof getPath(out, field) === "string") {
        invalid(field, "must be an integer on the SCM REST API");
      }
    }
    return out;
  }
  for (const [field, type] of Object.entries(difference.fieldTypes ?? {})) {
    if (type !== "string") continue;
    const inBody = getPath(out, field);
    if (inBody !== undefined) {
      if (typeof inBody !== "string") invalid(field, "must be a string on the Admin API");
      if (field === "reasonCode") setPath(out as Json, field, Number(inBody));
    } else if (field === "endpointTypes" && query.has(field)) {
      const joined = query.getAll(field);
      if (joined.length > 1) invalid(field, "is one comma-separated string on the Admin API");
      query.delete(field);
      for (const part of (joined[0] ?? "").split(",")) if (part) query.append(field, part);
    }
  }
  for (const field of difference.bodyAsQuery ?? []) {
    if (getPath(out, field) !== undefined) invalid(field, "is a query parameter on the Admin API, not a body field");
    const values = query.getAll(field);
    if (values.length === 0) continue;
    if (!isObject(out)) out = {};
    setPath(out as Json, field, values.length > 1 ? values.map(queryValue) : queryValue(values[0] as string));
    query.delete(field);
  }
  for (const [field, names] of Object.entries(difference.enumNames ?? {})) {
    if (field.startsWith("response")) continue;
    if (query.has(field)) {
      const mapped = query.getAll(field).map((v) => fromDisplayName(v, names, field));
      query.delete(field);
      for (const v of mapped) query.append(field, String(v));
    } else if (out !== undefined) {
      visit(out, field, (v) => fromDisplayName(v, names, field));
    }
  }
  return out;
}

/** Maps codes in an answer to the Admin API's display names. */
export async function toDisplayNames(response: Response, difference: AdminApiDifference): Promise<Response> {
  const keys = Object.entries(difference.enumNames ?? {}).filter(([k]) => k.startsWith("response"));
  if (keys.length === 0 || !(response.headers.get("content-type") ?? "").includes("json")) return response;
  let body: unknown = await response.json();
  for (const [field, names] of keys) {
    const path = field.slice("response".length).replace(/^\./, "");
    const map = (v: unknown) => (typeof v === "string" && typeof names[v] === "string" ? names[v] : v);
    body = path === "" ? map(body) : visit(body, path, map);
  }
  const headers = Object.fromEntries(response.headers);
  return json(body, response.status, headers);
}

/**
 * Lists as the controller answers them: `filter` (the ZitiQL subset `zf` emits; anything else is a
 * 400 INVALID_FILTER), `sort by` / `skip` / `limit` inside the filter, `limit` / `offset`
 * parameters (default 10, at most 500), `roleFilter` / `roleSemantic`, and `meta.pagination`.
 */
import { parseQuery, type ZqlExpr, type ZqlField, type ZqlQuery, type ZqlValue } from "../internal/zitiql.js";
import { FakeError, ok } from "./http.js";
import { matchesRoles } from "./relations.js";

/** Default page size when `limit` is absent. */
export const DEFAULT_LIMIT = 10;
/** Largest `limit` the controller accepts. */
export const MAX_LIMIT = 500;

function badFilter(message: string): FakeError {
  return new FakeError(400, "INVALID_FILTER", "The filter query supplied is invalid", { causeMessage: message });
}

function lookup(row: Record<string, unknown>, path: string): unknown {
  let value: unknown = row;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function scalar(v: ZqlValue): string | number | boolean | null {
  return v !== null && typeof v === "object" ? Date.parse(v.datetime) : v;
}

function comparable(value: unknown, literal: ZqlValue): unknown {
  // Date-time fields compare as instants when the literal is a datetime(...) or a number.
  if (typeof value === "string" && literal !== null && typeof literal === "object") return Date.parse(value);
  return value;
}

function test(op: string, value: unknown, literal: ZqlValue): boolean {
  const left = comparable(value, literal);
  const right = scalar(literal);
  switch (op) {
    case "=":
      return left === right || (right === null && left === undefined);
    case "!=":
      return !(left === right || (right === null && left === undefined));
    default: {
      if (right === null || left === null || left === undefined) return false;
      if (typeof left !== typeof right) return false;
      const l = left as string | number;
      const r = right as string | number;
      return op === ">" ? l > r : op === ">=" ? l >= r : op === "<" ? l < r : l <= r;
    }
  }
}

/** Evaluates one predicate over a field, honouring anyOf/allOf for set fields. */
function onField(row: Record<string, unknown>, field: ZqlField, check: (value: unknown) => boolean): boolean {
  const value = lookup(row, field.path);
  if (field.set) {
    const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    return field.set === "anyOf" ? values.some(check) : values.length > 0 && values.every(check);
  }
  if (Array.isArray(value)) throw badFilter(`${field.path} is a set: use anyOf(${field.path}) or allOf(${field.path})`);
  return check(value);
}

function evaluate(expr: ZqlExpr, row: Record<string, unknown>): boolean {
  switch (expr.kind) {
    case "and":
      return expr.items.every((e) => evaluate(e, row));
    case "or":
      return expr.items.some((e) => evaluate(e, row));
    case "not":
      return !evaluate(expr.expr, row);
    case "bool":
      return expr.value;
    case "compare":
      return onField(row, expr.field, (v) => test(expr.op, v, expr.value));
    case "contains":
      return onField(row, expr.field, (v) => typeof v === "string" && v.includes(expr.value));
    case "in": {
      const hit = (v: unknown) => expr.values.some((literal) => test("=", v, literal));
      return onField(row, expr.field, (v) => (expr.negated ? !hit(v) : hit(v)));
    }
    case "isEmpty": {
      const value = lookup(row, expr.field);
      return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
    }
  }
}

function fieldsOf(expr: ZqlExpr | undefined, out: string[] = []): string[] {
  if (!expr) return out;
  switch (expr.kind) {
    case "and":
    case "or":
      for (const e of expr.items) fieldsOf(e, out);
      break;
    case "not":
      fieldsOf(expr.expr, out);
      break;
    case "isEmpty":
      out.push(expr.field);
      break;
    case "bool":
      break;
    default:
      out.push(expr.field.path);
  }
  return out;
}

/** Parses and checks a filter against the fields a list knows. */
export function parseFilter(text: string | null, known: ReadonlySet<string> | undefined): ZqlQuery | undefined {
  if (text === null || text.trim() === "") return undefined;
  let query: ZqlQuery;
  try {
    query = parseQuery(text);
  } catch (error) {
    throw badFilter(error instanceof Error ? error.message : "unreadable filter");
  }
  if (known) {
    for (const path of [...fieldsOf(query.where), ...query.sort.map((s) => s.field)]) {
      const top = path.split(".")[0] as string;
      if (!known.has(top)) throw badFilter(`unknown symbol ${path}`);
    }
  }
  return query;
}

function intParam(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new FakeError(400, "INVALID_PAGINATION", "The pagination properties provided are invalid", {
      causeMessage: `${name} must be a whole number`,
    });
  }
  return n;
}

/** Options of {@link listAnswer}. */
export interface ListOptions {
  /** Fields a filter may name (top level; `tags` allows `tags.<key>`). Default: any. */
  fields?: readonly string[] | undefined;
  /** Apply `roleFilter` / `roleSemantic` (identity, service, edge router and posture check lists). */
  roleFilter?: boolean | undefined;
  /** What each item of the page reads as (default: the row). */
  project?: ((row: Record<string, unknown>) => unknown) | undefined;
}

/** The list answer for `rows` (already as views): filtered, sorted, paged, with `meta.pagination`. */
export function listAnswer(url: URL, rows: readonly Record<string, unknown>[], options: ListOptions = {}): Response {
  const known = options.fields ? new Set(options.fields) : undefined;
  const query = parseFilter(url.searchParams.get("filter"), known);
  let items = rows.slice();
  if (options.roleFilter) {
    const roles = url.searchParams.getAll("roleFilter").filter(Boolean);
    const semantic = url.searchParams.get("roleSemantic") ?? "AllOf";
    if (semantic !== "AllOf" && semantic !== "AnyOf") {
      throw new FakeError(400, "INVALID_SEMANTIC", "The semantic provided is invalid", {
        causeMessage: "roleSemantic must be AllOf or AnyOf",
      });
    }
    if (roles.length) {
      items = items.filter((row) => matchesRoles(roles, semantic, row as { id: string; roleAttributes?: unknown }));
    }
  }
  if (query?.where) {
    const where = query.where;
    items = items.filter((row) => evaluate(where, row));
  }
  if (query?.sort.length) {
    const keys = query.sort;
    items.sort((a, b) => {
      for (const key of keys) {
        const x = lookup(a, key.field) as string | number | undefined;
        const y = lookup(b, key.field) as string | number | undefined;
        if (x === y) continue;
        const order = x === undefined ? -1 : y === undefined ? 1 : x < y ? -1 : 1;
        return key.order === "desc" ? -order : order;
      }
      return 0;
    });
  }
  let offset = intParam(url, "offset", 0);
  let limit = intParam(url, "limit", DEFAULT_LIMIT);
  if (query?.skip !== undefined) offset = query.skip;
  if (query?.limit !== undefined) limit = query.limit === "none" ? items.length : query.limit;
  if (limit > MAX_LIMIT && query?.limit !== "none") {
    throw new FakeError(400, "INVALID_PAGINATION", "The pagination properties provided are invalid", {
      causeMessage: `limit must be <= ${MAX_LIMIT}`,
    });
  }
  if (limit === 0) limit = DEFAULT_LIMIT;
  const page = items.slice(offset, offset + limit);
  return ok(options.project ? page.map(options.project) : page, 200, {
    pagination: { limit, offset, totalCount: items.length },
    ...(options.fields && { filterableFields: [...options.fields] }),
  });
}

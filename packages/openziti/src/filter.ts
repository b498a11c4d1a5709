/**
 * `zf`: builds controller filters (ZitiQL) from values without string concatenation. Every value
 * becomes a quoted literal (JSON escaping: `"` as `\"`, `\` as `\\`, control characters as `\n`
 * or `\u0000`), field names must be plain identifiers, and `and` / `or` / `not` accept only
 * complete expressions, which they parenthesise: a value can never change the filter's structure.
 */
import { ValidationError } from "@trustplane/core";
import { isReservedWord, parseExpression, parseQuery, ZqlSyntaxError } from "./internal/zitiql.js";

declare const filterBrand: unique symbol;
declare const queryBrand: unique symbol;

/**
 * A boolean filter expression built by `zf` (`name = "web"`). It is a plain string, so it goes
 * straight into any list's `filter`; the brand keeps hand-made strings out of `zf.and` / `zf.or`.
 */
export type ZitiFilter = string & { readonly [filterBrand]: true };

/**
 * A filter with a `sort by` clause (`zf.sort(...)`): usable as a list's `filter`, not combinable
 * any further.
 */
export type ZitiQuery = string & { readonly [queryBrand]: true };

/** A value a predicate compares with: text, a finite number, a boolean, null or a date. */
export type FilterValue = string | number | boolean | null | Date;

/** One `sort by` key: a field name, or a field with its order. */
export type SortKey = string | { readonly field: string; readonly order?: "asc" | "desc" | undefined };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const TAG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SET_FUNCTION = /^(anyOf|allOf)\(([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\)$/;

function invalid(path: string, message: string): never {
  throw new ValidationError(`Invalid filter: ${path}: ${message}`, [{ path, message }]);
}

function checkName(name: unknown, path: string): string {
  if (typeof name !== "string" || !IDENTIFIER.test(name)) {
    invalid(path, "must be a field name (letters, digits and _, parts joined by dots, e.g. name or tags.env)");
  }
  if (name.split(".").some(isReservedWord)) invalid(path, `must not be a word of the filter language ("${name}")`);
  return name;
}

function checkField(field: unknown, path = "field"): string {
  if (typeof field === "string") {
    const set = SET_FUNCTION.exec(field);
    if (set) return `${set[1]}(${checkName(set[2], path)})`;
  }
  return checkName(field, path);
}

/** A value as a filter literal. Strings are JSON-quoted, so no character can end them early. */
function literal(value: unknown, path: string): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) invalid(path, "must be a finite number");
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null) return "null";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) invalid(path, "must be a valid date");
    return `datetime(${value.toISOString()})`;
  }
  invalid(path, "must be a string, a finite number, a boolean, null or a Date");
}

const asFilter = (text: string) => text as ZitiFilter;

function compare(op: string) {
  return (field: string, value: FilterValue): ZitiFilter =>
    asFilter(`${checkField(field)} ${op} ${literal(value, "value")}`);
}

/** An operand of and/or/not: a complete expression; compound ones are parenthesised. */
function operand(filter: unknown, path: string, wrapAlways: boolean): string {
  if (typeof filter !== "string") invalid(path, "must be a filter built with zf");
  let kind: string;
  try {
    kind = parseExpression(filter).kind;
  } catch (error) {
    const why = error instanceof ZqlSyntaxError ? error.message : "not a filter";
    invalid(path, `must be a complete filter expression built with zf (${why})`);
  }
  return wrapAlways || kind === "and" || kind === "or" ? `(${filter})` : filter;
}

function combine(word: "and" | "or", filters: readonly ZitiFilter[]): ZitiFilter {
  if (filters.length === 0) invalid("filters", `zf.${word} needs at least one filter`);
  if (filters.length === 1) {
    operand(filters[0], "filters[0]", false);
    return filters[0] as ZitiFilter;
  }
  return asFilter(filters.map((f, i) => operand(f, `filters[${i}]`, false)).join(` ${word} `));
}

function values(list: unknown): string {
  if (!Array.isArray(list) || list.length === 0) invalid("values", "must be a non-empty array");
  return `[${list.map((v, i) => literal(v, `values[${i}]`)).join(", ")}]`;
}

/**
 * The filter builder. Each function returns the filter text; pass it as a list's `filter`:
 *
 * ```ts
 * import { zf } from "@trustplane/openziti";
 * const filter = zf.and(zf.contains("name", "web"), zf.eq(zf.tag("env"), "prod"));
 * // name contains "web" and tags.env = "prod"
 * ```
 */
export const zf = {
  /** `field = value`. */
  eq: compare("="),
  /** `field != value`. */
  ne: compare("!="),
  /** `field > value`. */
  gt: compare(">"),
  /** `field >= value`. */
  gte: compare(">="),
  /** `field < value`. */
  lt: compare("<"),
  /** `field <= value`. */
  lte: compare("<="),
  /** `field contains "text"` (substring match). */
  contains(field: string, text: string): ZitiFilter {
    if (typeof text !== "string") invalid("value", "must be a string");
    return asFilter(`${checkField(field)} contains ${literal(text, "value")}`);
  },
  /** `not (field contains "text")`. */
  notContains(field: string, text: string): ZitiFilter {
    return zf.not(zf.contains(field, text));
  },
  /** `field in ["a", "b"]`: equal to one of the values (at least one). */
  in(field: string, list: readonly FilterValue[]): ZitiFilter {
    return asFilter(`${checkField(field)} in ${values(list)}`);
  },
  /** `field not in ["a", "b"]`. */
  notIn(field: string, list: readonly FilterValue[]): ZitiFilter {
    return asFilter(`${checkField(field)} not in ${values(list)}`);
  },
  /** `isEmpty(field)`: a set field (`roleAttributes`, `configs`) with no values. */
  isEmpty(field: string): ZitiFilter {
    return asFilter(`isEmpty(${checkName(field, "field")})`);
  },
  /** Every filter holds; compound operands are parenthesised. */
  and(...filters: ZitiFilter[]): ZitiFilter {
    return combine("and", filters);
  },
  /** At least one filter holds; compound operands are parenthesised. */
  or(...filters: ZitiFilter[]): ZitiFilter {
    return combine("or", filters);
  },
  /** `not (filter)`. */
  not(filter: ZitiFilter): ZitiFilter {
    return asFilter(`not ${operand(filter, "filter", true)}`);
  },
  /** The field of one tag: `zf.tag("env")` is `tags.env` (keys: letters, digits and _). */
  tag(key: string): string {
    if (typeof key !== "string" || !TAG_KEY.test(key)) {
      invalid("key", "must be a tag key of letters, digits and _ (the filter language allows no other)");
    }
    return `tags.${key}`;
  },
  /** `anyOf(field)`: compare any value of a set field (`zf.eq(zf.anyOf("roleAttributes"), "web")`). */
  anyOf(field: string): string {
    return `anyOf(${checkName(field, "field")})`;
  },
  /** `allOf(field)`: compare every value of a set field. */
  allOf(field: string): string {
    return `allOf(${checkName(field, "field")})`;
  },
  /**
   * The filter with a `sort by` clause (`zf.sort(zf.contains("name", "web"), { field: "createdAt",
   * order: "desc" })`); without a filter, sorting alone. The result cannot be combined further.
   */
  sort(filter: ZitiFilter | undefined, ...keys: SortKey[]): ZitiQuery {
    if (keys.length === 0) invalid("keys", "name at least one field to sort by");
    const clause = keys
      .map((key, i) => {
        const field = typeof key === "string" ? key : key?.field;
        const order = typeof key === "string" ? "asc" : (key?.order ?? "asc");
        if (order !== "asc" && order !== "desc") invalid(`keys[${i}].order`, 'must be "asc" or "desc"');
        return `${checkName(field, `keys[${i}]`)} ${order}`;
      })
      .join(", ");
    if (filter !== undefined) operand(filter, "filter", false);
    const where = filter === undefined ? "" : `${filter} `;
    return `${where}sort by ${clause}` as ZitiQuery;
  },
  /**
   * A filter written by hand (`zf.raw('name contains "web"')`), checked to be one complete
   * expression. Never build its text from user input: use the functions above for values.
   */
  raw(text: string): ZitiFilter {
    operand(text, "text", false);
    return asFilter(text);
  },
  /** Checks a whole filter text (expression with optional sort/skip/limit) the way `zf` reads it. */
  check(text: string): ZitiQuery {
    try {
      parseQuery(text);
    } catch (error) {
      invalid("filter", error instanceof ZqlSyntaxError ? error.message : "is not a filter");
    }
    return text as ZitiQuery;
  },
} as const;

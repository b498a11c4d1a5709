/**
 * SCIM-style filters and `order` as PingOne collections take them, for the fake:
 * `status eq "VALID" and (usageType eq "SIGNING" or default eq true)`, `name sw "app"`,
 * `expiresAt lt "2027-01-01T00:00:00Z"`, `issuerDN pr`, `not (algorithm eq "EC")`.
 */

type Item = Record<string, unknown>;
/** A compiled filter. */
export type Predicate = (item: Item) => boolean;

/** Thrown for a filter or order the fake cannot read; answered as 400 INVALID_DATA. */
export class FilterError extends Error {}

type Token =
  | { kind: "word"; value: string }
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "paren"; value: "(" | ")" };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")") {
      tokens.push({ kind: "paren", value: c });
      i++;
    } else if (c === '"') {
      let value = "";
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
      if (text[i] !== '"') throw new FilterError("unterminated string in filter");
      i++;
      tokens.push({ kind: "string", value });
    } else if (/[-\d]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(i));
      if (!m) throw new FilterError(`unexpected "${c}" in filter`);
      tokens.push({ kind: "number", value: Number(m[0]) });
      i += m[0].length;
    } else {
      const m = /^[A-Za-z_][\w.]*/.exec(text.slice(i));
      if (!m) throw new FilterError(`unexpected "${c}" in filter`);
      tokens.push({ kind: "word", value: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

const valueAt = (item: Item, path: string): unknown =>
  path.split(".").reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Item)[k] : undefined), item);

const COMPARE = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];

/** Compiles a filter; `attributes` are the names it may use. */
export function compileFilter(text: string, attributes: readonly string[]): Predicate {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const word = (w: string) => {
    const t = peek();
    return t?.kind === "word" && t.value.toLowerCase() === w;
  };

  const parseOr = (): Predicate => {
    let left = parseAnd();
    while (word("or")) {
      at++;
      const l = left;
      const r = parseAnd();
      left = (x) => l(x) || r(x);
    }
    return left;
  };
  const parseAnd = (): Predicate => {
    let left = parseUnary();
    while (word("and")) {
      at++;
      const l = left;
      const r = parseUnary();
      left = (x) => l(x) && r(x);
    }
    return left;
  };
  const parseUnary = (): Predicate => {
    if (word("not")) {
      at++;
      const inner = parseUnary();
      return (x) => !inner(x);
    }
    const t = peek();
    if (t?.kind === "paren" && t.value === "(") {
      at++;
      const inner = parseOr();
      const close = peek();
      if (close?.kind !== "paren" || close.value !== ")") throw new FilterError("missing ) in filter");
      at++;
      return inner;
    }
    return parseComparison();
  };
  const parseComparison = (): Predicate => {
    const attr = tokens[at++];
    if (attr?.kind !== "word") throw new FilterError("expected an attribute name in filter");
    const root = attr.value.split(".")[0] as string;
    if (!attributes.includes(root)) throw new FilterError(`unknown attribute ${attr.value} in filter`);
    const op = tokens[at++];
    if (op?.kind !== "word") throw new FilterError(`expected an operator after ${attr.value}`);
    const operator = op.value.toLowerCase();
    if (operator === "pr") return (x) => valueAt(x, attr.value) !== undefined && valueAt(x, attr.value) !== null;
    if (!COMPARE.includes(operator)) throw new FilterError(`unknown operator ${op.value} in filter`);
    const literal = tokens[at++];
    let expected: unknown;
    if (literal?.kind === "string" || literal?.kind === "number") expected = literal.value;
    else if (literal?.kind === "word" && ["true", "false", "null"].includes(literal.value)) {
      expected = literal.value === "null" ? null : literal.value === "true";
    } else throw new FilterError(`expected a value after ${attr.value} ${op.value}`);
    return (x) => compare(valueAt(x, attr.value), operator, expected);
  };

  const predicate = parseOr();
  if (at !== tokens.length) throw new FilterError("unexpected text at the end of the filter");
  return predicate;
}

function compare(actual: unknown, op: string, expected: unknown): boolean {
  if (op === "eq") return actual === expected || (actual === undefined && expected === null);
  if (op === "ne") return actual !== expected;
  if (typeof actual === "string" && typeof expected === "string") {
    if (op === "co") return actual.includes(expected);
    if (op === "sw") return actual.startsWith(expected);
    if (op === "ew") return actual.endsWith(expected);
  }
  if (actual === undefined || actual === null) return false;
  const a = actual as string | number;
  const b = expected as string | number;
  if (op === "gt") return a > b;
  if (op === "ge") return a >= b;
  if (op === "lt") return a < b;
  if (op === "le") return a <= b;
  return false;
}

/** Sorts by `order` (`name`, `-expiresAt`, `usageType,-name`). */
export function sortBy<T extends Item>(items: T[], order: string, attributes: readonly string[]): T[] {
  const keys = order.split(",").map((raw) => {
    const k = raw.trim();
    const desc = k.startsWith("-");
    const name = k.replace(/^[-+]/, "");
    if (!attributes.includes(name)) throw new FilterError(`cannot order by ${name}`);
    return { name, desc };
  });
  return [...items].sort((x, y) => {
    for (const { name, desc } of keys) {
      const a = x[name] as string | number | undefined;
      const b = y[name] as string | number | undefined;
      if (a === b) continue;
      const cmp = a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;
      return desc ? -cmp : cmp;
    }
    return 0;
  });
}

/**
 * A parser for the part of the controller's filter language (ZitiQL) that `zf` emits: predicates
 * (`=`, `!=`, `<`, `<=`, `>`, `>=`, `contains`, `in`, `not in`, `isEmpty(...)`), `anyOf(...)` /
 * `allOf(...)` over set fields, `and` / `or` / `not` with parentheses, and the `sort by`, `skip`
 * and `limit` clauses. Keywords are case-insensitive, strings are JSON-style (`"..."` with `\"`,
 * `\\`, `\n`, `\uXXXX`...). The client uses it to check what it composes; the fake uses it to
 * answer `filter` and to refuse everything else with the controller's 400.
 */

/** A literal value in a filter. */
export type ZqlValue = string | number | boolean | null | { readonly datetime: string };

/** The left side of a predicate: a field (`name`, `tags.env`), or a set function over one. */
export interface ZqlField {
  readonly path: string;
  readonly set?: "anyOf" | "allOf" | undefined;
}

/** A comparison operator. */
export type ZqlOperator = "=" | "!=" | ">" | ">=" | "<" | "<=";

/** A boolean expression. */
export type ZqlExpr =
  | { readonly kind: "and" | "or"; readonly items: readonly ZqlExpr[] }
  | { readonly kind: "not"; readonly expr: ZqlExpr }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "compare"; readonly field: ZqlField; readonly op: ZqlOperator; readonly value: ZqlValue }
  | { readonly kind: "contains"; readonly field: ZqlField; readonly value: string }
  | { readonly kind: "in"; readonly field: ZqlField; readonly values: readonly ZqlValue[]; readonly negated: boolean }
  | { readonly kind: "isEmpty"; readonly field: string };

/** One `sort by` key. */
export interface ZqlSort {
  readonly field: string;
  readonly order: "asc" | "desc";
}

/** A whole filter: an optional expression, then optional sort, skip and limit clauses. */
export interface ZqlQuery {
  readonly where: ZqlExpr | undefined;
  readonly sort: readonly ZqlSort[];
  readonly skip: number | undefined;
  readonly limit: number | "none" | undefined;
}

/** A filter the parser refuses: what is wrong and where (0-based character offset). */
export class ZqlSyntaxError extends Error {
  override readonly name = "ZqlSyntaxError";
  readonly position: number;

  constructor(message: string, position: number) {
    super(`${message} at position ${position}`);
    this.position = position;
  }
}

type Token =
  | { type: "ident"; text: string; pos: number }
  | { type: "string"; value: string; pos: number }
  | { type: "number"; value: number; pos: number }
  | { type: "datetime"; value: string; pos: number }
  | { type: "punct"; text: string; pos: number }
  | { type: "end"; pos: number };

const IDENT = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const DATETIME = /datetime\(\s*([0-9T:.+\-Z]+)\s*\)/iy;
const RESERVED = new Set([
  "and",
  "or",
  "not",
  "in",
  "contains",
  "true",
  "false",
  "null",
  "sort",
  "by",
  "asc",
  "desc",
  "skip",
  "limit",
  "none",
  "isempty",
  "anyof",
  "allof",
  "between",
  "is",
]);

/** True for a word the filter language reserves (not usable as a field name). */
export function isReservedWord(word: string): boolean {
  return RESERVED.has(word.toLowerCase());
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if ("()[],".includes(c)) {
      tokens.push({ type: "punct", text: c, pos: i });
      i++;
      continue;
    }
    if (c === "!" || c === "<" || c === ">" || c === "=") {
      const two = text.slice(i, i + 2);
      if (two === "!=" || two === "<=" || two === ">=") {
        tokens.push({ type: "punct", text: two, pos: i });
        i += 2;
        continue;
      }
      if (c === "!") throw new ZqlSyntaxError('unexpected "!"', i);
      tokens.push({ type: "punct", text: c, pos: i });
      i++;
      continue;
    }
    if (c === '"') {
      const start = i;
      let j = i + 1;
      let raw = "";
      for (;;) {
        if (j >= text.length) throw new ZqlSyntaxError("unterminated string", start);
        const ch = text[j] as string;
        if (ch === '"') break;
        if (ch === "\\") {
          if (j + 1 >= text.length) throw new ZqlSyntaxError("unterminated string", start);
          raw += ch + (text[j + 1] as string);
          j += 2;
          continue;
        }
        const code = ch.charCodeAt(0);
        // Raw control characters are allowed inside a string; JSON.parse wants them escaped.
        raw += code < 0x20 ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
        j++;
      }
      let value: string;
      try {
        value = JSON.parse(`"${raw}"`) as string;
      } catch {
        throw new ZqlSyntaxError("invalid escape in string", start);
      }
      tokens.push({ type: "string", value, pos: start });
      i = j + 1;
      continue;
    }
    DATETIME.lastIndex = i;
    const dt = DATETIME.exec(text);
    if (dt) {
      if (Number.isNaN(Date.parse(dt[1] as string))) throw new ZqlSyntaxError("invalid datetime", i);
      tokens.push({ type: "datetime", value: dt[1] as string, pos: i });
      i = DATETIME.lastIndex;
      continue;
    }
    if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) throw new ZqlSyntaxError(`unexpected "${c}"`, i);
      tokens.push({ type: "number", value: Number(m[0]), pos: i });
      i = NUMBER.lastIndex;
      continue;
    }
    IDENT.lastIndex = i;
    const id = IDENT.exec(text);
    if (id) {
      tokens.push({ type: "ident", text: id[0], pos: i });
      i = IDENT.lastIndex;
      continue;
    }
    throw new ZqlSyntaxError(`unexpected character ${JSON.stringify(c)}`, i);
  }
  tokens.push({ type: "end", pos: text.length });
  return tokens;
}

class Parser {
  readonly #tokens: Token[];
  #at = 0;

  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  get #peek(): Token {
    return this.#tokens[this.#at] as Token;
  }

  #next(): Token {
    const t = this.#peek;
    if (t.type !== "end") this.#at++;
    return t;
  }

  #isWord(word: string, offset = 0): boolean {
    const t = this.#tokens[this.#at + offset];
    return t?.type === "ident" && t.text.toLowerCase() === word;
  }

  #isPunct(text: string): boolean {
    const t = this.#peek;
    return t.type === "punct" && t.text === text;
  }

  #expectWord(word: string): void {
    if (!this.#isWord(word)) this.#fail(`expected "${word}"`);
    this.#next();
  }

  #expectPunct(text: string): void {
    if (!this.#isPunct(text)) this.#fail(`expected "${text}"`);
    this.#next();
  }

  #fail(message: string): never {
    const t = this.#peek;
    const found =
      t.type === "end"
        ? "the end"
        : t.type === "ident" || t.type === "punct"
          ? `"${t.text}"`
          : t.type === "string"
            ? "a string"
            : t.type;
    throw new ZqlSyntaxError(`${message}, found ${found}`, t.pos);
  }

  query(): ZqlQuery {
    let where: ZqlExpr | undefined;
    if (!this.#atClause()) where = this.or();
    const sort: ZqlSort[] = [];
    let skip: number | undefined;
    let limit: number | "none" | undefined;
    if (this.#isWord("sort")) {
      this.#next();
      this.#expectWord("by");
      do {
        if (sort.length) this.#next();
        const field = this.#fieldName();
        let order: "asc" | "desc" = "asc";
        if (this.#isWord("asc") || this.#isWord("desc"))
          order = (this.#next() as { text: string }).text.toLowerCase() as "asc";
        sort.push({ field, order });
      } while (this.#isPunct(","));
    }
    if (this.#isWord("skip")) {
      this.#next();
      skip = this.#count();
    }
    if (this.#isWord("limit")) {
      this.#next();
      if (this.#isWord("none")) {
        this.#next();
        limit = "none";
      } else limit = this.#count();
    }
    if (this.#peek.type !== "end") this.#fail("expected the end of the filter");
    if (where === undefined && sort.length === 0 && skip === undefined && limit === undefined) {
      this.#fail("expected an expression");
    }
    return { where, sort, skip, limit };
  }

  #atClause(): boolean {
    return (
      this.#peek.type === "end" ||
      (this.#isWord("sort") && this.#isWord("by", 1)) ||
      (this.#isWord("skip") && this.#tokens[this.#at + 1]?.type === "number") ||
      (this.#isWord("limit") && (this.#tokens[this.#at + 1]?.type === "number" || this.#isWord("none", 1)))
    );
  }

  #count(): number {
    const t = this.#peek;
    if (t.type !== "number" || !Number.isInteger(t.value) || t.value < 0) this.#fail("expected a whole number");
    this.#next();
    return t.value;
  }

  or(): ZqlExpr {
    const items = [this.#and()];
    while (this.#isWord("or")) {
      this.#next();
      items.push(this.#and());
    }
    return items.length === 1 ? (items[0] as ZqlExpr) : { kind: "or", items };
  }

  #and(): ZqlExpr {
    const items = [this.#unary()];
    while (this.#isWord("and")) {
      this.#next();
      items.push(this.#unary());
    }
    return items.length === 1 ? (items[0] as ZqlExpr) : { kind: "and", items };
  }

  #unary(): ZqlExpr {
    if (this.#isWord("not")) {
      this.#next();
      return { kind: "not", expr: this.#unary() };
    }
    if (this.#isPunct("(")) {
      this.#next();
      const inner = this.or();
      this.#expectPunct(")");
      return inner;
    }
    if (this.#isWord("true") || this.#isWord("false")) {
      const word = (this.#next() as { text: string }).text.toLowerCase();
      return { kind: "bool", value: word === "true" };
    }
    if (this.#isWord("isempty")) {
      this.#next();
      this.#expectPunct("(");
      const field = this.#fieldName();
      this.#expectPunct(")");
      return { kind: "isEmpty", field };
    }
    return this.#predicate();
  }

  #fieldName(): string {
    const t = this.#peek;
    if (t.type !== "ident" || isReservedWord(t.text)) this.#fail("expected a field name");
    this.#next();
    return t.text;
  }

  #lhs(): ZqlField {
    if ((this.#isWord("anyof") || this.#isWord("allof")) && this.#tokens[this.#at + 1]?.type === "punct") {
      const word = (this.#next() as { text: string }).text.toLowerCase();
      this.#expectPunct("(");
      const path = this.#fieldName();
      this.#expectPunct(")");
      return { path, set: word === "anyof" ? "anyOf" : "allOf" };
    }
    return { path: this.#fieldName() };
  }

  #predicate(): ZqlExpr {
    const field = this.#lhs();
    const t = this.#peek;
    if (t.type === "punct" && ["=", "!=", ">", ">=", "<", "<="].includes(t.text)) {
      this.#next();
      return { kind: "compare", field, op: t.text as ZqlOperator, value: this.#value() };
    }
    if (this.#isWord("contains")) {
      this.#next();
      const value = this.#peek;
      if (value.type !== "string") this.#fail("contains needs a string");
      this.#next();
      return { kind: "contains", field, value: value.value };
    }
    let negated = false;
    if (this.#isWord("not") && this.#isWord("in", 1)) {
      this.#next();
      negated = true;
    }
    if (this.#isWord("in")) {
      this.#next();
      this.#expectPunct("[");
      const values = [this.#value()];
      while (this.#isPunct(",")) {
        this.#next();
        values.push(this.#value());
      }
      this.#expectPunct("]");
      return { kind: "in", field, values, negated };
    }
    this.#fail("expected an operator (=, !=, <, <=, >, >=, contains, in)");
  }

  #value(): ZqlValue {
    const t = this.#peek;
    switch (t.type) {
      case "string":
      case "number":
        this.#next();
        return t.value;
      case "datetime":
        this.#next();
        return { datetime: t.value };
      case "ident": {
        const word = t.text.toLowerCase();
        if (word === "true" || word === "false" || word === "null") {
          this.#next();
          return word === "null" ? null : word === "true";
        }
        break;
      }
    }
    this.#fail("expected a value (a string, number, true, false, null or datetime(...))");
  }
}

/** Parses a whole filter (expression, sort, skip, limit). Throws a ZqlSyntaxError. */
export function parseQuery(text: string): ZqlQuery {
  return new Parser(tokenize(text)).query();
}

/** Parses a boolean expression alone (no sort/skip/limit). Throws a ZqlSyntaxError. */
export function parseExpression(text: string): ZqlExpr {
  const query = parseQuery(text);
  if (!query.where || query.sort.length || query.skip !== undefined || query.limit !== undefined) {
    throw new ZqlSyntaxError("expected a boolean expression without sort, skip or limit", 0);
  }
  return query.where;
}

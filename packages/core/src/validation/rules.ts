import { ValidationError } from "../errors/errors.js";

/** One problem: the dotted path of the field and the rule it broke. */
export interface Issue {
  path: string;
  message: string;
}

/**
 * A check: pushes an issue for each rule `value` breaks. Checks compose (`optional`, `object`,
 * `arrayOf`...), run synchronously, and never echo the value (it may be a credential).
 */
export type Check = (value: unknown, path: string, issues: Issue[]) => void;

const at = (path: string, key: string | number) =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Runs `check` and throws one ValidationError listing every issue, or returns `value` unchanged. */
export function checkValue<T>(check: Check, value: T, what: string): T {
  const issues: Issue[] = [];
  check(value, "", issues);
  if (issues.length) {
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
    throw new ValidationError(`Invalid ${what}: ${summary}`, issues);
  }
  return value;
}

/** Passes `undefined`; otherwise applies `check`. */
export const optional =
  (check: Check): Check =>
  (value, path, issues) => {
    if (value !== undefined) check(value, path, issues);
  };

/** A non-empty (by default) string, optionally matching `pattern`. */
export const str =
  (options: { empty?: boolean; pattern?: RegExp; rule?: string; max?: number } = {}): Check =>
  (value, path, issues) => {
    if (typeof value !== "string") issues.push({ path, message: "must be a string" });
    else if (!options.empty && value === "") issues.push({ path, message: "must not be empty" });
    else if (options.max !== undefined && value.length > options.max) {
      issues.push({ path, message: `must be at most ${options.max} characters` });
    } else if (options.pattern && !options.pattern.test(value)) {
      issues.push({ path, message: options.rule ?? `must match ${options.pattern}` });
    }
  };

/** A number: finite unless `infinity`, an integer with `int`, within `min`/`max` (inclusive), above `gt`. */
export const num =
  (
    options: { int?: boolean; min?: number; max?: number; gt?: number; infinity?: boolean; unit?: string } = {},
  ): Check =>
  (value, path, issues) => {
    const unit = options.unit ? ` ${options.unit}` : "";
    if (typeof value !== "number" || Number.isNaN(value)) {
      issues.push({ path, message: `must be a number${unit ? ` of${unit}` : ""}` });
    } else if (!Number.isFinite(value) && !(options.infinity && value === Number.POSITIVE_INFINITY)) {
      issues.push({ path, message: `must be a finite number${options.infinity ? " (or Infinity for no limit)" : ""}` });
    } else if (options.int && Number.isFinite(value) && !Number.isInteger(value)) {
      issues.push({ path, message: "must be an integer" });
    } else if (options.gt !== undefined && !(value > options.gt)) {
      issues.push({ path, message: `must be greater than ${options.gt}${unit}` });
    } else if (options.min !== undefined && value < options.min) {
      issues.push({ path, message: `must be >= ${options.min}${unit}` });
    } else if (options.max !== undefined && value > options.max) {
      issues.push({ path, message: `must be <= ${options.max}${unit}` });
    }
  };

/** `true` or `false`. */
export const bool = (): Check => (value, path, issues) => {
  if (typeof value !== "boolean") issues.push({ path, message: "must be true or false" });
};

/** A function. */
export const func = (): Check => (value, path, issues) => {
  if (typeof value !== "function") issues.push({ path, message: "must be a function" });
};

/** One of the listed values. */
export const oneOf =
  (values: readonly unknown[]): Check =>
  (value, path, issues) => {
    if (!values.includes(value)) {
      issues.push({ path, message: `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}` });
    }
  };

/** Passes when `test` holds; `message` otherwise. */
export const custom =
  (test: (value: unknown) => boolean, message: string): Check =>
  (value, path, issues) => {
    if (!test(value)) issues.push({ path, message });
  };

/** Passes when any of `checks` passes; else `message`. */
export const anyOf =
  (checks: readonly Check[], message: string): Check =>
  (value, path, issues) => {
    for (const check of checks) {
      const found: Issue[] = [];
      check(value, path, found);
      if (found.length === 0) return;
    }
    issues.push({ path, message });
  };

/** An array whose items pass `item`. */
export const arrayOf =
  (item: Check): Check =>
  (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ path, message: "must be an array" });
      return;
    }
    value.forEach((v, i) => {
      item(v, at(path, i), issues);
    });
  };

/** A plain object whose values pass `item` (keys checked by `key` when given). */
export const recordOf =
  (item: Check, key?: Check): Check =>
  (value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.push({ path, message: "must be an object" });
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      key?.(k, at(path, k), issues);
      item(v, at(path, k), issues);
    }
  };

/** The fields of an object. */
export type Shape = Readonly<Record<string, Check>>;

/**
 * An object with these fields. Unknown keys are refused (a typo like `apiURL` would otherwise be
 * ignored and the default used, which can send a credential where the user did not point it),
 * naming the closest valid key.
 */
export const object =
  (shape: Shape, options: { unknownKeys?: "refuse" | "allow" } = {}): Check =>
  (value, path, issues) => {
    if (!isPlainObject(value)) {
      issues.push({ path, message: "must be an object" });
      return;
    }
    for (const [key, check] of Object.entries(shape)) check(value[key], at(path, key), issues);
    if (options.unknownKeys !== "allow") {
      const known = Object.keys(shape);
      for (const key of Object.keys(value)) {
        if (key in shape) continue;
        const close = closest(key, known);
        issues.push({
          path: at(path, key),
          message: `is not a known option${close ? `; did you mean "${close}"?` : ""}`,
        });
      }
    }
  };

/**
 * True for `{...}` objects (not arrays, null, class instances other than Object), from any realm:
 * an object made in another context (Jest's sandbox, a vm, an iframe) has that realm's
 * Object.prototype, which is also a root prototype.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * The known name closest to `name`: a case-insensitive match, else the nearest by edit distance
 * (at most about 40% of the name), else one that starts with it or it starts with.
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    const d = distance(lower, other);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.min(4, Math.ceil(name.length * 0.4)))) return best;
  if (lower.length >= 4)
    return known.find((k) => k.toLowerCase().startsWith(lower) || lower.startsWith(k.toLowerCase()));
  return undefined;
}

/** The fields of a zod (or zod/mini) issue that {@link strictObjectError} reads. */
export interface ObjectIssue {
  readonly code?: string | undefined;
  readonly keys?: readonly string[] | undefined;
  readonly input?: unknown;
}

/** `keyID is not a known field; did you mean "keyId"?` for each of `keys` (the closest of `known`). */
export function unknownFieldsMessage(keys: readonly string[], known: readonly string[] = []): string {
  return keys
    .map((key) => {
      const near = closest(key, known);
      return `${key} is not a known field${near ? `; did you mean "${near}"?` : ""}`;
    })
    .join("; ");
}

/**
 * The `error` of a zod `strictObject` that is a method's input: each unknown field named with the
 * closest known one (a typo like `keyID` must not be dropped silently), `is required` when the
 * input is missing, else `must be an object`. `strictObject(shape, { error: strictObjectError(Object.keys(shape)) })`.
 */
export function strictObjectError(known: readonly string[]): (issue: ObjectIssue) => string {
  return (issue) => {
    if (issue.code === "unrecognized_keys") return unknownFieldsMessage(issue.keys ?? [], known);
    return issue.input === undefined ? "is required" : "must be an object";
  };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

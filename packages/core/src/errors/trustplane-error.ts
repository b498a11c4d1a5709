import { builtin, inspectCustom } from "../internal/builtins.js";

/**
 * A brand shared by every copy of @trustplane/core loaded in one process (Symbol.for is global),
 * so `instanceof` and `isApiError()` work even when two versions of core are installed.
 */
const KINDS = Symbol.for("trustplane.error.kinds");

type Branded = { [KINDS]?: readonly string[] };

/** Root of every error trustplane throws. */
export class TrustplaneError extends Error {
  /** Stable name of this error class; used for cross-copy `instanceof`. */
  static readonly kind: string = "TrustplaneError";

  declare readonly [KINDS]: readonly string[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (
      let c = new.target as unknown as typeof TrustplaneError | null;
      c && (c as unknown) !== Error;
      c = Object.getPrototypeOf(c)
    ) {
      if (Object.hasOwn(c, "kind")) kinds.push(c.kind);
    }
    Object.defineProperty(this, KINDS, { value: Object.freeze(kinds), enumerable: false });
    Object.defineProperty(this, "name", {
      value: new.target.kind,
      enumerable: false,
      writable: true,
      configurable: true,
    });
  }

  /** `x instanceof ApiError` is true for an ApiError created by any copy of core. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null) return false;
    const kinds = (value as Branded)[KINDS];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being checked (a subclass too).
    if (Array.isArray(kinds)) return kinds.includes(this.kind);
    // biome-ignore lint/complexity/noThisInStatic: plain prototype check for objects without the brand.
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** What `JSON.stringify(error)` shows: the public fields only, never request or credentials. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }

  /** What `util.inspect(error)` / console.log show: the same public fields, plus the stack. */
  [inspectCustom](): string {
    const fields = this.toJSON();
    delete fields.name;
    delete fields.message;
    const { inspect } = builtin("node:util");
    const extra = Object.keys(fields).length ? ` ${inspect(fields, { depth: 4, breakLength: 120 })}` : "";
    const cause = this.cause instanceof Error ? `\n  [cause]: ${this.cause.name}: ${this.cause.message}` : "";
    return `${this.stack ?? `${this.name}: ${this.message}`}${extra}${cause}`;
  }
}

/** True when `value` is a trustplane error of kind `kind` from any copy of core. */
export function hasErrorKind(value: unknown, kind: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const kinds = (value as Branded)[KINDS];
  return Array.isArray(kinds) && kinds.includes(kind);
}

/** Defines a property that exists but is skipped by JSON.stringify, Object.keys and util.inspect. */
export function hidden<T extends object>(target: T, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: false, configurable: true });
}

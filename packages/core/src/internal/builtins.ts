/**
 * Node's built-in modules, fetched when first needed rather than imported at module level:
 * importing a client must not pay for node:crypto, node:fs or node:util (several milliseconds
 * each on a cold start) when a call may never need them. `process.getBuiltinModule` (Node 20.16+)
 * hands them over synchronously.
 */
type Builtins = {
  "node:crypto": typeof import("node:crypto");
  "node:fs": typeof import("node:fs");
  "node:util": typeof import("node:util");
};

/** A built-in module, loaded on first use. */
export function builtin<K extends keyof Builtins>(name: K): Builtins[K] {
  return (process as unknown as { getBuiltinModule(id: string): unknown }).getBuiltinModule(name) as Builtins[K];
}

/**
 * The symbol `util.inspect` (and so `console.log`) looks for: the same value as
 * `util.inspect.custom`, without loading node:util. A method under this key decides what a value
 * shows when printed; trustplane's clients and auth objects use it to print without secrets.
 */
export const inspectCustom: unique symbol = Symbol.for("nodejs.util.inspect.custom") as never;

/**
 * The third argument Node passes to an {@link inspectCustom} method: `util.inspect` itself, so the
 * method can format nested values with the caller's options without importing node:util.
 */
export type InspectFunction = (value: unknown, options?: object) => string;

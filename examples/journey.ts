/** What the demo runner hands a journey. */
export interface JourneyContext {
  /** The `connection` the sandbox vendor published: base URLs, demo credentials. */
  connection: Record<string, unknown>;
  /** Prints one step line under the journey's title. */
  log: (line: string) => void;
}

/**
 * One runnable user journey: `examples/journeys/<name>.ts` default-exports this. A journey throws
 * when something does not behave as it shows, so the demo doubles as an end-to-end check.
 */
export interface Journey {
  /** Short id (the file name), usable as a filter: `pnpm demo core-demo`. */
  name: string;
  title: string;
  /** The sandbox prefix it needs (`core-demo`, `pingone-aic`...); skipped when not served. */
  prefix: string;
  run(ctx: JourneyContext): Promise<void>;
}

/** Reads string fields out of a vendor's `connection`, failing clearly when one is missing. */
export function connectionStrings<K extends string>(
  connection: Record<string, unknown>,
  keys: readonly K[],
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = connection[key];
    if (typeof value !== "string") throw new Error(`the sandbox connection has no string "${key}"`);
    out[key] = value;
  }
  return out;
}

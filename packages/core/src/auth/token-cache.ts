import { Secret } from "../internal/secret.js";
import { abortErrorFrom } from "../internal/sleep.js";
import type { AuthContext, AuthGrant } from "./types.js";

/** A token as a provider obtained it. */
export interface IssuedToken {
  token: string;
  /** When the token stops working (epoch ms). Undefined: until the server says 401. */
  expiresAt?: number | undefined;
}

/** How a {@link TokenCache} times refreshes. */
export interface TokenCacheOptions {
  /** Start refreshing this long before expiry, while still serving the current token. Default 60000. */
  refreshAheadMs?: number | undefined;
  /** Treat the token as expired this long before its expiry (clock skew). Default 5000. */
  skewMs?: number | undefined;
  /** Clock (tests pin it). */
  now?: (() => number) | undefined;
}

interface Entry {
  readonly secret: Secret;
  readonly expiresAt: number | undefined;
  /** From here on the token is refreshed in the background. */
  readonly refreshAt: number | undefined;
  /** From here on the token is not used at all. */
  readonly unusableAt: number | undefined;
}

/**
 * Caches one token: serves it until shortly before expiry, refreshes ahead of expiry in the
 * background, and makes concurrent callers share a single token request (single flight).
 */
export class TokenCache {
  #entry: Entry | undefined;
  #inflight: Promise<Entry> | undefined;
  readonly #issue: (ctx: AuthContext) => Promise<IssuedToken>;
  readonly #refreshAheadMs: number;
  readonly #skewMs: number;
  readonly #now: () => number;

  constructor(issue: (ctx: AuthContext) => Promise<IssuedToken>, options: TokenCacheOptions = {}) {
    this.#issue = issue;
    this.#refreshAheadMs = options.refreshAheadMs ?? 60_000;
    this.#skewMs = options.skewMs ?? 5_000;
    this.#now = options.now ?? Date.now;
  }

  /** A usable token, fetching one if needed; the grant's `invalidate` drops exactly this token. */
  async get(ctx: AuthContext): Promise<{ token: string; grant: AuthGrant }> {
    const now = this.#now();
    let entry = this.#entry;
    if (entry && entry.unusableAt !== undefined && now >= entry.unusableAt) entry = undefined;
    if (entry) {
      if (entry.refreshAt !== undefined && now >= entry.refreshAt) {
        this.#refresh(ctx).catch((error: unknown) =>
          ctx.logger.warn("background token refresh failed; the current token is still valid", {
            vendor: ctx.vendor,
            error: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    } else {
      entry = await raceAbort(this.#refresh(ctx), ctx.signal);
    }
    const used = entry;
    return {
      token: used.secret.reveal(),
      grant: {
        invalidate: () => {
          if (this.#entry === used) this.#entry = undefined;
        },
      },
    };
  }

  /** Drops the cached token. */
  clear(): void {
    this.#entry = undefined;
  }

  #refresh(ctx: AuthContext): Promise<Entry> {
    if (this.#inflight) return this.#inflight;
    const flight = this.#issue({ ...ctx, signal: undefined })
      .then((issued) => {
        const entry = this.#toEntry(issued);
        this.#entry = entry;
        return entry;
      })
      .finally(() => {
        if (this.#inflight === flight) this.#inflight = undefined;
      });
    this.#inflight = flight;
    return flight;
  }

  #toEntry(issued: IssuedToken): Entry {
    const { expiresAt } = issued;
    if (expiresAt === undefined) {
      return { secret: new Secret(issued.token), expiresAt, refreshAt: undefined, unusableAt: undefined };
    }
    const lifetime = Math.max(0, expiresAt - this.#now());
    return {
      secret: new Secret(issued.token),
      expiresAt,
      refreshAt: expiresAt - Math.min(this.#refreshAheadMs, lifetime / 2),
      unusableAt: expiresAt - Math.min(this.#skewMs, lifetime / 10),
    };
  }
}

/** Resolves with `promise`, or rejects with AbortError as soon as `signal` aborts. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortErrorFrom(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortErrorFrom(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

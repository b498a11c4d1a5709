import { AuthError, type ErrorEnvelopeParser, type ParsedErrorBody, WaiterError } from "@trustplane/core";

/** Response header in which the tenant names each request; quote it to support. */
export const TRANSACTION_ID_HEADER = "x-forgerock-transactionid";

/**
 * Reads the `/environment` error envelope, `{ code, message }` (`code` repeats the HTTP status).
 * Lock conflicts send only `message`; some 400/404/500 answers have no body at all, which leaves
 * the HTTP status to speak. The request id is the tenant's `x-forgerock-transactionid`.
 */
export const parseAicError: ErrorEnvelopeParser = (body, response): ParsedErrorBody | undefined => {
  const requestId = response.headers.get(TRANSACTION_ID_HEADER) ?? undefined;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return requestId ? { requestId } : undefined;
  }
  const { code, message, status } = body as { code?: unknown; message?: unknown; status?: unknown };
  return {
    code: typeof code === "number" || typeof code === "string" ? code : undefined,
    message: typeof message === "string" && message !== "" ? message : undefined,
    requestId,
    details: typeof status === "string" ? { status } : undefined,
  };
};

/**
 * The tenant refused some of the scopes the service account asked for (`invalid_scope`). Names
 * them in `refusedScopes`; with `dropRefusedScopes: true` the client asks again without them
 * instead of failing.
 */
export class ScopeRefusedError extends AuthError {
  static override readonly kind: string = "ScopeRefusedError";
  /** The scopes the tenant said it does not allow for this service account. */
  readonly refusedScopes: readonly string[];
  /** The scopes the token request asked for. */
  readonly requestedScopes: readonly string[];

  constructor(
    message: string,
    options: {
      refusedScopes: readonly string[];
      requestedScopes: readonly string[];
      status?: number | undefined;
      description?: string | undefined;
      cause?: unknown;
    },
  ) {
    super(message, {
      status: options.status,
      code: "invalid_scope",
      description: options.description,
      cause: options.cause,
    });
    this.refusedScopes = Object.freeze([...options.refusedScopes]);
    this.requestedScopes = Object.freeze([...options.requestedScopes]);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), refusedScopes: this.refusedScopes, requestedScopes: this.requestedScopes };
  }
}

/**
 * The scopes named in an `invalid_scope` description such as
 * "Unsupported scope for service account: fr:idc:esv:read,fr:idc:release:*".
 */
export function refusedScopesFrom(description: string | undefined, requested: readonly string[]): string[] {
  if (!description) return [];
  const colon = description.indexOf(": ");
  const list = colon >= 0 ? description.slice(colon + 2) : description;
  const named = list
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  // Keep only names that were asked for, so a reworded message cannot invent scopes.
  const known = named.filter((s) => requested.includes(s));
  return known.length ? known : requested.filter((s) => description.includes(s));
}

/** The step of a promotion or rollback waiter at which something went wrong. */
export type PromotionPhase = "provisional-report" | "lock" | "promote" | "report" | "unlock";

/**
 * A promotion or rollback waiter stopped because the tenant reported a failure: the provisional
 * report lists missing ESVs, the lock ended in `error`, or the run stopped with a blocking error.
 * (Timeouts, aborts and HTTP errors keep their own classes.) Either way the lock the waiter took
 * has been released, unless `unlockOnFailure: false` was given; `unlocked` says whether it was.
 */
export class PromotionError extends WaiterError {
  static override readonly kind: string = "PromotionError";
  /** Where it failed. */
  readonly phase: PromotionPhase;
  /** The promotion (lock) id, once one was taken. */
  readonly promotionId: string | undefined;
  /** True when the waiter released the lock after the failure. */
  unlocked: boolean;

  constructor(
    message: string,
    options: { phase: PromotionPhase; promotionId?: string | undefined; lastValue: unknown; cause?: unknown },
  ) {
    super(message, { lastValue: options.lastValue, cause: options.cause });
    this.phase = options.phase;
    this.promotionId = options.promotionId;
    this.unlocked = false;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), phase: this.phase, promotionId: this.promotionId, unlocked: this.unlocked };
  }
}

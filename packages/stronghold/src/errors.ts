import {
  ApiError,
  type ErrorEnvelopeParser,
  type ParsedErrorBody,
  type RetryClassifier,
  TrustplaneError,
} from "@trustplane/core";
import type { components } from "./generated/openapi.gen.js";

/** What a Stronghold error body says: every message, and the `data` some errors carry. */
export interface StrongholdErrorDetails {
  /** Every message of `{ errors: [...] }`, in the server's order (empty on a bare 404). */
  errors: string[];
  /** Extra detail: the clashing aliases of a refused merge (`EntityMergeConflict[]`), for example. */
  data?: unknown;
}

/**
 * Reads the Vault-style error envelope, `{ errors: [string, ...], data? }`: every message is kept
 * (joined in the message, all of them in `details.errors`), and `data` goes to `details.data`.
 * The OIDC endpoints' OAuth errors (`{ error, error_description }`) become `code` and message.
 */
export const parseStrongholdError: ErrorEnvelopeParser = (body): ParsedErrorBody | undefined => {
  if (body === null || typeof body !== "object") return undefined;
  const record = body as { errors?: unknown; data?: unknown; error?: unknown; error_description?: unknown };
  if (Array.isArray(record.errors)) {
    const messages = record.errors.filter((e): e is string => typeof e === "string").map(tidy);
    const details: StrongholdErrorDetails = { errors: messages };
    if (record.data !== undefined && record.data !== null) details.data = record.data;
    return { ...(messages.length > 0 && { message: messages.join("; ") }), details };
  }
  if (typeof record.error === "string") {
    const description = typeof record.error_description === "string" ? record.error_description : undefined;
    return {
      code: record.error,
      ...(description && { message: description }),
      details: { errors: description ? [description] : [] },
    };
  }
  return undefined;
};

/**
 * Vault wraps several messages as `1 error occurred:\n\t* permission denied\n\n`; the message is
 * clearer on one line: `permission denied`, `2 errors: permission denied, invalid token`.
 */
function tidy(message: string): string {
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 1 && /^\d+ errors? occurred:$/.test(lines[0] as string)) {
    return lines
      .slice(1)
      .map((l) => l.replace(/^\*\s*/, ""))
      .join(", ");
  }
  return message.trim();
}

/**
 * Every message of a Stronghold error and its `data`, or undefined when `error` is not an
 * ApiError from this client.
 *
 * ```ts
 * import { strongholdError } from "@trustplane/stronghold";
 * try { await run(); } catch (error) { console.log(strongholdError(error)?.errors); }
 * ```
 */
export function strongholdError(error: unknown): StrongholdErrorDetails | undefined {
  if (!(error instanceof ApiError) || error.vendor !== "stronghold") return undefined;
  const details = error.details as Partial<StrongholdErrorDetails> | undefined;
  return {
    errors: Array.isArray(details?.errors) ? [...details.errors] : [],
    ...(details?.data !== undefined && { data: details.data }),
  };
}

/** The aliases that clashed when `entities.merge` was refused (400), or undefined for other errors. */
export function mergeConflicts(error: unknown): components["schemas"]["EntityMergeConflict"][] | undefined {
  const data = strongholdError(error)?.data;
  return Array.isArray(data) ? (data as components["schemas"]["EntityMergeConflict"][]) : undefined;
}

/**
 * 412 means a performance standby has not caught up with the index the client asked for
 * (read-your-writes): the request was not served, so it is retried with backoff. 429 (rate limit
 * quota) and 503 (sealed, standby) are retried by core's defaults. The safe-to-repeat rule still
 * applies: a POST that is not marked idempotent is never replayed.
 */
export const strongholdRetryClassifier: RetryClassifier = (candidate) =>
  candidate.response?.status === 412 ? true : undefined;

/** Whether a 403 body says the token itself was refused (expired, revoked, unknown). */
export function isTokenRefusal(status: number, body: Uint8Array | undefined): boolean {
  if (status !== 403 || !body || body.length === 0) return false;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as { errors?: unknown };
    return (
      Array.isArray(parsed.errors) &&
      parsed.errors.some((e) => typeof e === "string" && /permission denied|invalid token/i.test(e))
    );
  } catch {
    return false;
  }
}

/**
 * `groups.addMember` / `removeMember` could not make their change stick: another writer kept
 * replacing the member list between this client's read and write (the API has no check-and-set
 * for groups).
 */
export class MembershipConflictError extends TrustplaneError {
  static override readonly kind: string = "MembershipConflictError";
  /** The group whose member list kept changing. */
  readonly groupId: string;
  /** Read-modify-write rounds tried. */
  readonly attempts: number;

  constructor(message: string, options: { groupId: string; attempts: number }) {
    super(message);
    this.groupId = options.groupId;
    this.attempts = options.attempts;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), groupId: this.groupId, attempts: this.attempts };
  }
}

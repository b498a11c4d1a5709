import type { ErrorEnvelopeParser, ParsedErrorBody } from "@trustplane/core";

/** One field the controller refused, from the error envelope's `cause`. */
export interface ZitiFieldIssue {
  /** The field (`name`, `roleAttributes[0]`...). */
  readonly field: string;
  /** The value that was sent, as the controller echoes it. */
  readonly value: unknown;
  /** Why it was refused. */
  readonly reason: string;
}

/** What an OpenZiti error carries in `details`. */
export interface ZitiErrorDetails {
  /** The controller's `cause`, as sent. */
  readonly cause: unknown;
  /** `causeMessage`, when sent. */
  readonly causeMessage: string | undefined;
  /** Field-level causes (`field`, `value`, `reason`), when the cause names fields. */
  readonly issues: readonly ZitiFieldIssue[];
}

function fieldIssues(cause: unknown): ZitiFieldIssue[] {
  const list = Array.isArray(cause) ? cause : cause && typeof cause === "object" ? [cause] : [];
  const out: ZitiFieldIssue[] = [];
  for (const c of list) {
    if (!c || typeof c !== "object") continue;
    const { field, value, reason, message } = c as Record<string, unknown>;
    if (typeof field === "string") out.push({ field, value, reason: String(reason ?? message ?? "invalid") });
  }
  return out;
}

/**
 * Reads the controller's error envelope, `{ error: { code, message, cause, causeMessage,
 * requestId }, meta }`: `code` (`NOT_FOUND`, `COULD_NOT_VALIDATE`, `UNAUTHORIZED`...), the
 * controller's request id, and field causes as `details.issues`.
 */
export const parseZitiError: ErrorEnvelopeParser = (body): ParsedErrorBody | undefined => {
  const error = (body as { error?: unknown } | undefined)?.error;
  if (!error || typeof error !== "object") return undefined;
  const e = error as Record<string, unknown>;
  const details: ZitiErrorDetails = {
    cause: e.cause,
    causeMessage: typeof e.causeMessage === "string" ? e.causeMessage : undefined,
    issues: fieldIssues(e.cause),
  };
  return {
    code: typeof e.code === "string" ? e.code : undefined,
    message: typeof e.message === "string" ? e.message : undefined,
    requestId: typeof e.requestId === "string" ? e.requestId : undefined,
    details,
  };
};

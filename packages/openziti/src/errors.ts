import {
  type ErrorEnvelopeParser,
  isApiError,
  type ParsedErrorBody,
  REDACTED,
  secretFieldMatcher,
  TrustplaneError,
} from "@trustplane/core";
import { secretFields } from "./generated/operations.gen.js";

/** One field the controller refused, from the error envelope's `cause`. */
export interface ZitiFieldIssue {
  /** The field (`name`, `roleAttributes[0]`...). */
  readonly field: string;
  /** The value that was sent, as the controller echoes it (`[redacted]` for secret fields). */
  readonly value: unknown;
  /** Why it was refused. */
  readonly reason: string;
}

/** What an OpenZiti error carries in `details`. */
export interface ZitiErrorDetails {
  /** The controller's `cause`, as sent (secret fields masked). */
  readonly cause: unknown;
  /** `causeMessage`, when sent. */
  readonly causeMessage: string | undefined;
  /** Field-level causes (`field`, `value`, `reason`), when the cause names fields. */
  readonly issues: readonly ZitiFieldIssue[];
}

let isSecret: ((name: string) => boolean) | undefined;
const secretField = (name: string) => {
  isSecret ??= secretFieldMatcher(secretFields);
  return isSecret(name);
};

/** Masks the values of secret fields in a cause (the controller echoes what it was sent). */
function masked(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => masked(v, depth + 1));
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  const field = typeof record.field === "string" ? record.field : undefined;
  for (const [key, v] of Object.entries(record)) {
    if (key === "value" && field !== undefined && secretField(field.replace(/^.*\./, ""))) out[key] = REDACTED;
    else out[key] = secretField(key) && v !== null && v !== undefined ? REDACTED : masked(v, depth + 1);
  }
  return out;
}

/** Field errors anywhere in a cause chain (`cause`, `cause.cause`, arrays of causes). */
function fieldIssues(cause: unknown, out: ZitiFieldIssue[] = [], depth = 0): ZitiFieldIssue[] {
  if (depth > 8 || !cause || typeof cause !== "object") return out;
  for (const c of Array.isArray(cause) ? cause : [cause]) {
    if (!c || typeof c !== "object") continue;
    const { field, value, reason, message, cause: inner } = c as Record<string, unknown>;
    if (typeof field === "string" && field !== "") {
      out.push({ field, value, reason: String(reason ?? message ?? "invalid") });
    }
    if (inner !== undefined) fieldIssues(inner, out, depth + 1);
  }
  return out;
}

/**
 * Reads the controller's error envelope, `{ error: { code, message, cause, causeMessage,
 * requestId }, meta }`: `code` (`NOT_FOUND`, `COULD_NOT_VALIDATE`, `UNAUTHORIZED`...), the
 * controller's request id, and field causes as `details.issues`. The message names the refused
 * fields and why (`name: duplicate value`), never their values.
 */
export const parseZitiError: ErrorEnvelopeParser = (body): ParsedErrorBody | undefined => {
  const error = (body as { error?: unknown } | undefined)?.error;
  if (!error || typeof error !== "object") return undefined;
  const e = error as Record<string, unknown>;
  const cause = masked(e.cause);
  const issues = fieldIssues(cause);
  const causeMessage = typeof e.causeMessage === "string" ? e.causeMessage : undefined;
  const details: ZitiErrorDetails = { cause, causeMessage, issues };
  const base = typeof e.message === "string" ? e.message : undefined;
  const why = issues.length ? issues.map((i) => `${i.field}: ${i.reason}`).join("; ") : causeMessage;
  return {
    code: typeof e.code === "string" ? e.code : undefined,
    message: base && why && !base.includes(why) ? `${base} (${why})` : (base ?? why),
    requestId: typeof e.requestId === "string" ? e.requestId : undefined,
    details,
  };
};

/**
 * The OpenZiti details of an error this client threw (`code`, field `issues`, `cause`), or
 * undefined for anything else.
 *
 * ```ts
 * import { zitiError } from "@trustplane/openziti";
 * try { ... } catch (error) { for (const issue of zitiError(error)?.issues ?? []) console.log(issue.field, issue.reason); }
 * ```
 */
export function zitiError(
  error: unknown,
): (ZitiErrorDetails & { code: string | undefined; requestId: string | undefined }) | undefined {
  if (!isApiError(error) || error.vendor !== "openziti") return undefined;
  const details = error.details as ZitiErrorDetails | undefined;
  return {
    code: error.code === undefined ? undefined : String(error.code),
    requestId: error.requestId,
    cause: details?.cause,
    causeMessage: details?.causeMessage,
    issues: details?.issues ?? [],
  };
}

/**
 * `findByName` found more than one match. `ids` lists them all; pick one by id, or make the
 * names unique.
 */
export class AmbiguousNameError extends TrustplaneError {
  static override readonly kind: string = "AmbiguousNameError";
  /** Which kind of thing was looked up (`identity`, `service`...). */
  readonly resource: string;
  /** The name looked up. */
  readonly lookedUp: string;
  /** The ids of every match. */
  readonly ids: readonly string[];

  constructor(resource: string, name: string, ids: readonly string[]) {
    super(`${ids.length} ${resource} entries are named ${JSON.stringify(name)}: ${ids.join(", ")}`);
    this.resource = resource;
    this.lookedUp = name;
    this.ids = ids;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), resource: this.resource, lookedUp: this.lookedUp, ids: this.ids };
  }
}

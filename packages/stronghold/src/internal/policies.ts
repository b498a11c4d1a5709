import { type Logger, type Policy, REDACTED } from "@trustplane/core";

const decoder = new TextDecoder();

/**
 * Sends `warnings` of every answer to the logger at `warn` (they stay on the full response too:
 * `withResponse().response.body.warnings`). Runs closest to the wire, so it sees login and
 * renewal answers as well.
 */
export function warningsPolicy(): Policy {
  return {
    name: "stronghold-warnings",
    async handle(request, ctx, next) {
      const response = await next(request, ctx);
      if (response.status >= 300 || !response.body || response.body.length === 0) return response;
      if (!(response.headers.get("content-type") ?? "").includes("json")) return response;
      let warnings: unknown;
      try {
        warnings = (JSON.parse(decoder.decode(response.body)) as { warnings?: unknown })?.warnings;
      } catch {
        return response;
      }
      if (Array.isArray(warnings) && warnings.length > 0) {
        ctx.logger.warn("stronghold warnings", {
          vendor: ctx.vendor,
          operation: ctx.operationId,
          requestId: ctx.requestId,
          warnings: warnings.filter((w): w is string => typeof w === "string"),
        });
      }
      return response;
    },
  };
}

/** The state a read-your-writes policy keeps; shared by every client derived from one client. */
export interface IndexState {
  /** The last `X-Vault-Index` the server returned. */
  last: string | undefined;
}

/**
 * Read-your-writes on performance standbys: keeps the last `X-Vault-Index` the server returned
 * and sends it back on every request, so a standby that has not caught up answers 412 (retried)
 * instead of serving stale data.
 */
export function readYourWritesPolicy(state: IndexState): Policy {
  return {
    name: "stronghold-read-your-writes",
    async handle(request, ctx, next) {
      const sent =
        state.last && !request.headers["x-vault-index"]
          ? { ...request, headers: { ...request.headers, "x-vault-index": state.last } }
          : request;
      const response = await next(sent, ctx);
      const index = response.headers.get("x-vault-index");
      if (index) state.last = index;
      return response;
    },
  };
}

/** Operations whose answer holds the token itself in `data.id`. */
const TOKEN_BODIES = new Set(["lookupTokenSelf"]);

/**
 * Wraps the user's logger: the debug record of a `lookupTokenSelf` answer has `data.id` (the token
 * itself) masked. Core masks secret fields by name only, and `id` is every entity's, group's and
 * alias's id, so the token is masked by operation here instead (entity ids stay readable).
 */
export function tokenSafeLogger(logger: Logger): Logger {
  const debug = (message: string, fields?: Record<string, unknown>) => {
    if (
      fields &&
      typeof fields.operation === "string" &&
      TOKEN_BODIES.has(fields.operation) &&
      typeof fields.body === "string"
    ) {
      logger.debug(message, { ...fields, body: maskTokenId(fields.body) });
    } else {
      logger.debug(message, fields);
    }
  };
  return {
    debug,
    info: (m, f) => logger.info(m, f),
    warn: (m, f) => logger.warn(m, f),
    error: (m, f) => logger.error(m, f),
  };
}

function maskTokenId(body: string): string {
  try {
    const parsed = JSON.parse(body) as { data?: { id?: unknown } };
    if (parsed?.data && typeof parsed.data === "object" && parsed.data.id !== undefined && parsed.data.id !== null) {
      parsed.data.id = REDACTED;
    }
    return JSON.stringify(parsed);
  } catch {
    // Not JSON: nothing to find a field in; log only the size.
    return `[${body.length} characters]`;
  }
}

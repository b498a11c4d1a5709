import { levelEnabled } from "../logging/logger.js";
import { REDACTED } from "../logging/redact.js";
import type { LogPolicyOptions } from "./log-records.js";
import type { Policy } from "./types.js";

export type { LogPolicyOptions } from "./log-records.js";

/**
 * One record per attempt: `info` gets method, URL, status, duration and attempt; `debug` adds
 * allow-listed headers and bodies with secrets masked. At the default level (`warn`) it passes
 * every call straight on, and the record-making code is never loaded.
 */
export function logPolicy(options: LogPolicyOptions): Policy {
  let real: Promise<Policy> | undefined;
  return {
    name: "log",
    async handle(request, ctx, next) {
      if (!levelEnabled(ctx.logLevel, "info")) return next(request, ctx);
      real ??= import("./log-records.js").then((m) => m.logRecordsPolicy(options));
      return (await real).handle(request, ctx, next);
    },
  };
}

/** The URL with secret query parameter values (and any password) masked. */
export function safeUrl(url: string, isSecret: (name: string) => boolean): string {
  if (!url.includes("?") && !url.includes("@")) return url;
  const u = new URL(url);
  let changed = false;
  for (const key of [...u.searchParams.keys()]) {
    if (isSecret(key)) {
      u.searchParams.set(key, REDACTED);
      changed = true;
    }
  }
  if (u.password) {
    u.password = REDACTED;
    changed = true;
  }
  return changed ? u.toString() : url;
}

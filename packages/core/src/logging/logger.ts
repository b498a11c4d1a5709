/** Log levels, most to least verbose. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** Anything with these four methods can receive trustplane's logs (console, pino, winston...). */
export interface Logger {
  /** Request and response detail (headers by allow-list, masked bodies). */
  debug(message: string, fields?: Record<string, unknown>): void;
  /** One record per attempt, retries. */
  info(message: string, fields?: Record<string, unknown>): void;
  /** Something the caller should know (a background refresh failed, a vendor warning). */
  warn(message: string, fields?: Record<string, unknown>): void;
  /** Failures. */
  error(message: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

/** True when a record at `level` passes the threshold `threshold`. */
export function levelEnabled(threshold: LogLevel, level: Exclude<LogLevel, "off">): boolean {
  return ORDER[level] >= ORDER[threshold];
}

/** Writes one line per record to the console: `[trustplane] message {fields}`. */
export const consoleLogger: Logger = {
  debug: (m, f) => console.debug(`[trustplane] ${m}`, f ?? ""),
  info: (m, f) => console.info(`[trustplane] ${m}`, f ?? ""),
  warn: (m, f) => console.warn(`[trustplane] ${m}`, f ?? ""),
  error: (m, f) => console.error(`[trustplane] ${m}`, f ?? ""),
};

/** The level from `TRUSTPLANE_LOG` (debug|info|warn|error|off), else `fallback`. */
export function levelFromEnv(fallback: LogLevel = "warn"): LogLevel {
  const v = process.env.TRUSTPLANE_LOG?.toLowerCase();
  return v === "debug" || v === "info" || v === "warn" || v === "error" || v === "off" ? v : fallback;
}

/** A logger that drops records below `threshold`, so policies can log without checking levels. */
export function filterLogger(logger: Logger, threshold: LogLevel): Logger {
  const pass = (level: Exclude<LogLevel, "off">) =>
    levelEnabled(threshold, level) ? logger[level].bind(logger) : () => undefined;
  return { debug: pass("debug"), info: pass("info"), warn: pass("warn"), error: pass("error") };
}

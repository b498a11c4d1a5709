/** One captured log record. */
export interface LogRecord {
  level: "debug" | "info" | "warn" | "error";
  message: string;
  fields?: Record<string, unknown>;
}

/**
 * A logger that keeps every record, for asserting on what a client logged (and, just as often,
 * on what it did not: a secret). Pass `logger` and a `logLevel` to the client.
 */
export function captureLogs(): {
  logger: CapturedLogger;
  records: LogRecord[];
  /** Every record as JSON text, to search for a string (a secret) in one go. */
  text(): string;
} {
  const records: LogRecord[] = [];
  const at =
    (level: LogRecord["level"]) =>
    (message: string, fields?: Record<string, unknown>): void => {
      records.push({ level, message, ...(fields && { fields }) });
    };
  return {
    logger: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") },
    records,
    text: () => JSON.stringify(records),
  };
}

/** The shape of core's Logger (this package does not depend on core). */
export interface CapturedLogger {
  /** Records a `debug` record. */
  debug(message: string, fields?: Record<string, unknown>): void;
  /** Records an `info` record. */
  info(message: string, fields?: Record<string, unknown>): void;
  /** Records a `warn` record. */
  warn(message: string, fields?: Record<string, unknown>): void;
  /** Records an `error` record. */
  error(message: string, fields?: Record<string, unknown>): void;
}

import { type CallOptions, type WaitProgress, waitFor } from "@trustplane/core";
import { DatabaseResource } from "../generated/resources.gen.js";
import type { Schemas } from "./shared.js";

/** Options of `database.runIntegrityCheck`. */
export interface IntegrityCheckOptions {
  /** Fix what the check finds (`POST /database/fix-data-integrity`) instead of only reporting it. */
  fix?: boolean | undefined;
  /** Give up after this many ms (a WaitTimeoutError). Default 10 minutes. */
  timeout?: number | undefined;
  /** Wait between polls, in ms. Default 1000. */
  interval?: number | undefined;
  /** Stops waiting at once (an AbortError). */
  signal?: AbortSignal | undefined;
  /** Hears every poll of the results. */
  onProgress?: ((progress: WaitProgress<Schemas["DataIntegrityCheckDetails"]>) => void) | undefined;
}

/** Database snapshots and integrity checks, with a waiter for the check. */
export class Database extends DatabaseResource {
  /**
   * Starts a data integrity check (or fix, with `fix: true`), which the controller runs in the
   * background (202), then polls `GET /database/data-integrity-results` until it is no longer in
   * progress, and returns the results.
   */
  async runIntegrityCheck(
    options: IntegrityCheckOptions = {},
    callOptions?: CallOptions,
  ): Promise<Schemas["DataIntegrityCheckDetails"]> {
    const start = options.fix ? this.fixDataIntegrity({}, callOptions) : this.checkDataIntegrity({}, callOptions);
    await start;
    return waitFor(
      (_attempt, poll) =>
        this.dataIntegrityResults({}, { ...callOptions, signal: poll.signal, timeout: poll.remainingMs }),
      {
        until: (results) => results.inProgress === false,
        interval: options.interval ?? 1000,
        timeout: options.timeout ?? 600_000,
        signal: options.signal,
        onProgress: options.onProgress,
        description: options.fix ? "the data integrity fix" : "the data integrity check",
      },
    );
  }
}

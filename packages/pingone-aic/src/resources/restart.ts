import { type CallOptions, waitFor } from "@trustplane/core";
import { type AicApi, bodyOf, ESV_VERSION, init } from "../internal/api.js";
import { isTransient } from "../internal/transient.js";
import type { Schemas, WaitOptions } from "./shared.js";

/** `{ restartStatus: "restarting" | "ready" }`. */
export type RestartStatus = Schemas["RestartStatus"];

/** One step of `restartAndWait`. */
export interface RestartProgress {
  /**
   * `before-restart`: a restart someone else started is still running, so we wait for it;
   * `started`: our restart was accepted; `restarting`: polling until the services are ready.
   */
  phase: "before-restart" | "started" | "restarting";
  /** Poll number within the phase (1 for the first). */
  attempt: number;
  /** Since `restartAndWait` was called, in ms. */
  elapsedMs: number;
  /** What the tenant said, when the poll succeeded. */
  restartStatus?: RestartStatus["restartStatus"] | undefined;
  /** A transient error the waiter rode through (503, dropped connection...). */
  error?: unknown;
}

/** Options of `restartAndWait`. Defaults: `timeout` 15 minutes, `interval` 10 s. */
export interface RestartAndWaitOptions extends WaitOptions<RestartProgress> {}

/** What `restartAndWait` resolves with. */
export interface RestartResult {
  restartStatus: "ready";
  /** How long it took, in ms. */
  elapsedMs: number;
  /** Status polls made after the restart started. */
  polls: number;
}

/**
 * The rolling restart that loads ESV changes (`/environment/startup`). `restartAndWait` does the
 * whole dance: wait for any running restart, start one, poll until the services are ready.
 */
export class Restart {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** `restarting` while services roll over, `ready` once they run the current ESVs. (getRestartStatus) */
  async status(options?: CallOptions): Promise<RestartStatus> {
    const result = await this.#api.raw.GET("/environment/startup", {
      params: { header: ESV_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getRestartStatus");
  }

  /**
   * Starts a rolling restart (`_action=restart`) and returns at once with `restarting`. Start one
   * only when the status is `ready`; `restartAndWait` checks that for you. (restart)
   */
  async start(options?: CallOptions): Promise<RestartStatus> {
    const result = await this.#api.raw.POST("/environment/startup", {
      params: { header: ESV_VERSION, query: { _action: "restart" } },
      ...init(options),
    });
    return bodyOf(result, "restart");
  }

  /**
   * Restarts the tenant services and waits until they are ready again, so pending ESV changes are
   * loaded. Waits first for a restart already running. While services come back, 5xx answers,
   * dropped connections and rate limits are ridden through. Rejects with `WaitTimeoutError` after
   * `timeout`, `AbortError` when `signal` fires.
   */
  async restartAndWait(options: RestartAndWaitOptions = {}): Promise<RestartResult> {
    const started = Date.now();
    const timeout = options.timeout ?? 15 * 60_000;
    const interval = options.interval ?? 10_000;
    const signal = options.signal;
    const remaining = () => Math.max(0, timeout - (Date.now() - started));
    const poll = () => this.status({ ...(signal && { signal }), maxRetries: 0 });
    const report =
      (phase: RestartProgress["phase"]) => (p: { attempt: number; value?: RestartStatus; error?: unknown }) =>
        options.onProgress?.({
          phase,
          attempt: p.attempt,
          elapsedMs: Date.now() - started,
          restartStatus: p.value?.restartStatus,
          ...(p.error !== undefined && { error: p.error }),
        });
    const common = { interval, signal, tolerate: isTransient } as const;

    await waitFor(poll, {
      ...common,
      until: (s) => s.restartStatus === "ready",
      timeout: remaining(),
      onProgress: report("before-restart"),
      description: "the restart already running to finish",
    });

    const accepted = await this.start({ ...(signal && { signal }) });
    report("started")({ attempt: 1, value: accepted });

    let polls = 0;
    await waitFor(
      () => {
        polls++;
        return poll();
      },
      {
        ...common,
        until: (s) => s.restartStatus === "ready",
        timeout: remaining(),
        onProgress: report("restarting"),
        description: "the tenant services to restart",
      },
    );
    return { restartStatus: "ready", elapsedMs: Date.now() - started, polls };
  }
}

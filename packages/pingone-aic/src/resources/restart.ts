import { type ApiPromise, type CallOptions, lazy, type PollContext, validate, waitFor } from "@trustplane/core";
import { optional } from "zod/mini";
import { type AicApi, ESV_VERSION } from "../internal/api.js";
import { abortSignal, func, input, interval, millis } from "../internal/schemas.js";
import { isTransient } from "../internal/transient.js";
import { backoff, type Schemas, type WaitOptions } from "./shared.js";

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

/**
 * Options of `restartAndWait`. Defaults: `timeout` 15 minutes; polls after 0.5 s, 1 s, 2 s, 4 s,
 * 8 s, then every 10 s.
 */
export interface RestartAndWaitOptions extends WaitOptions<RestartProgress> {}

/** What `restartAndWait` resolves with. */
export interface RestartResult {
  /** Always `ready`: the services run the current ESVs. */
  restartStatus: "ready";
  /** How long it took, in ms. */
  elapsedMs: number;
  /** Status polls made after the restart started. */
  polls: number;
}

const DEFAULT_TIMEOUT = 15 * 60_000;
/** The longest wait between two status polls. */
const MAX_INTERVAL = 10_000;
const RESTART = { type: "object", required: ["restartStatus"] } as const;

const waitInput = lazy(() =>
  input({
    timeout: optional(millis()),
    interval: optional(interval()),
    signal: optional(abortSignal()),
    onProgress: optional(func<(p: RestartProgress) => void>()),
  }),
);

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
  status(options?: CallOptions): ApiPromise<RestartStatus> {
    return this.#api.call("getRestartStatus", { headers: ESV_VERSION, expect: RESTART }, options);
  }

  /**
   * Starts a rolling restart (`_action=restart`) and returns at once with `restarting`. Start one
   * only when the status is `ready`; `restartAndWait` checks that for you. (restart)
   */
  start(options?: CallOptions): ApiPromise<RestartStatus> {
    return this.#api.call("restart", { query: { _action: "restart" }, headers: ESV_VERSION, expect: RESTART }, options);
  }

  /**
   * Restarts the tenant services and waits until they are ready again, so pending ESV changes are
   * loaded. Waits first for a restart already running. While services come back, 5xx answers,
   * dropped connections and rate limits are ridden through. Every poll is cut off at the deadline,
   * so `timeout` holds even when the tenant stops answering. Rejects with `WaitTimeoutError` after
   * `timeout`, `AbortError` when `signal` fires.
   */
  async restartAndWait(options: RestartAndWaitOptions = {}): Promise<RestartResult> {
    const o = validate(waitInput, options, "restart.restartAndWait options");
    const started = Date.now();
    const deadline = started + (o.timeout ?? DEFAULT_TIMEOUT);
    const signal = o.signal;
    const remaining = () => Math.max(0, deadline - Date.now());
    // One attempt per poll, bounded by the waiter's time left; the waiter rides through errors.
    const poll = (_attempt: number, ctx: PollContext) =>
      this.status({ signal: ctx.signal, timeout: ctx.remainingMs, maxRetries: 0 });
    const report =
      (phase: RestartProgress["phase"]) =>
      (p: { attempt: number; value?: RestartStatus | undefined; error?: unknown }) =>
        o.onProgress?.({
          phase,
          attempt: p.attempt,
          elapsedMs: Date.now() - started,
          restartStatus: p.value?.restartStatus,
          ...(p.error !== undefined && { error: p.error }),
        });
    const common = {
      interval: o.interval ?? backoff(MAX_INTERVAL),
      deadline,
      signal,
      tolerate: isTransient,
      until: (s: RestartStatus) => s.restartStatus === "ready",
    };

    await waitFor(poll, {
      ...common,
      timeout: o.timeout ?? DEFAULT_TIMEOUT,
      onProgress: report("before-restart"),
      description: "the restart already running to finish",
    });

    const accepted = await this.start({ signal, timeout: Math.max(1, remaining()) });
    report("started")({ attempt: 1, value: accepted });

    let polls = 0;
    await waitFor(
      (attempt, ctx) => {
        polls++;
        return poll(attempt, ctx);
      },
      {
        ...common,
        timeout: o.timeout ?? DEFAULT_TIMEOUT,
        onProgress: report("restarting"),
        description: "the tenant services to restart",
      },
    );
    return { restartStatus: "ready", elapsedMs: Date.now() - started, polls };
  }
}

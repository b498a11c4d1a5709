import {
  type ApiPromise,
  type CallOptions,
  guard,
  guardPaged,
  lazy,
  NotFoundError,
  type Paged,
  type PollContext,
  validate,
  WaiterError,
  waitFor,
} from "@trustplane/core";
import { boolean, optional } from "zod/mini";
import { PromotionError, type PromotionPhase } from "../errors.js";
import { type AicApi, ARRAY, CONFIG_VERSION, type ListOptions, OBJECT, wholeList } from "../internal/api.js";
import { abortSignal, flag, func, input, interval, millis, pathId, text } from "../internal/schemas.js";
import { isTransient } from "../internal/transient.js";
import { backoff, type Schemas, type WaitOptions } from "./shared.js";

/** Answer to a lock or unlock call: the promotion id and where the lock stands. */
export type PromotionLockResponse = Schemas["PromotionLockResponse"];
/** Lock state of the environment pair (`unlocked`, `locking`, `locked`, `unlocking`, `error`). */
export type PromotionLockState = Schemas["PromotionLockState"];
/** State of the current or last promotion or rollback run. */
export type PromotionStatus = Schemas["PromotionStatus"];
/** What a promotion, dry run or rollback changed (or would change). */
export type PromotionReport = Schemas["PromotionReport"];
/** One entry of the report list. */
export type PromotionReportSummary = Schemas["PromotionReportSummary"];
/** Acknowledgement of a promote or rollback request. */
export type PromotionActionResult = Schemas["PromotionActionResult"];

/** Input of `promotion.promote`. */
export interface PromoteInput {
  /** True: only report what would change. */
  dryRun: boolean;
  /** Note that identifies what is promoted (`promotionDescription`). */
  description?: string | undefined;
  /** Name of who runs it. */
  promoter?: string | undefined;
  /** Go ahead although encrypted secrets were found in the configuration. */
  ignoreEncryptedSecrets?: boolean | undefined;
  /** Support ticket reference recorded with the promotion. */
  zendeskTicketReference?: string | undefined;
  /** Let the tenant unlock both environments when the run succeeds. */
  unlockEnvironmentsAfterPromotion?: boolean | undefined;
}

/** Input of `promotion.rollback`. */
export type RollbackInput = Omit<PromoteInput, "dryRun" | "ignoreEncryptedSecrets">;

/** Input of `promotion.lockState`. */
export interface LockStateInput {
  /** Only the lock of the environment called (not the pair). */
  localLockOnly?: boolean | undefined;
}

/** One step of a promotion or rollback waiter. */
export interface PromotionProgress {
  /** Which flow is running. */
  kind: "promotion" | "rollback";
  /**
   * `provisional-report` (the preview was read), `locking` (each lock poll), `locked`, `running`
   * (each status poll), `report` (the final report was read), `unlocking`, `unlocked`.
   */
  phase: "provisional-report" | "locking" | "locked" | "running" | "report" | "unlocking" | "unlocked";
  /** Since the waiter was called, in ms. */
  elapsedMs: number;
  /** The lock's promotion id, once there is one. */
  promotionId?: string | undefined;
  /** Poll number within the phase. */
  attempt?: number | undefined;
  /** The lock state or lock answer seen. */
  lockState?: PromotionLockState | PromotionLockResponse | undefined;
  /** The run's status seen. */
  status?: PromotionStatus | undefined;
  /** The report read. */
  report?: PromotionReport | undefined;
  /** A transient error ridden through, or (for `unlocking` after a failure) why the unlock failed. */
  error?: unknown;
}

/**
 * Options shared by the promotion waiters. Defaults: `timeout` 60 minutes for the whole flow (all
 * phases share it); polls after 0.5 s, 1 s, 2 s, 4 s, then every 5 s.
 */
export interface PromotionWaitOptions extends WaitOptions<PromotionProgress> {}

/** Options of `promotion.promoteAndWait`. */
export interface PromoteAndWaitOptions extends PromotionWaitOptions {
  /** True: a dry run that only reports. Required, so a real promotion is always a deliberate choice. */
  dryRun: boolean;
  /** Note that identifies what is promoted. */
  description?: string | undefined;
  /** Name of who runs it. */
  promoter?: string | undefined;
  /** Go ahead although encrypted secrets were found. */
  ignoreEncryptedSecrets?: boolean | undefined;
  /** Support ticket reference. */
  zendeskTicketReference?: string | undefined;
  /** Read the provisional report first and stop (before locking) if it lists missing ESVs. Default true. */
  checkProvisionalReport?: boolean | undefined;
  /** Use a lock you already hold instead of taking one (e.g. from an earlier `keepLocked` dry run). */
  promotionId?: string | undefined;
  /** Leave the environments locked after success (to promote for real under the same lock). Default false. */
  keepLocked?: boolean | undefined;
  /** Release the lock (taken, or given as `promotionId`) when something fails. Default true. */
  unlockOnFailure?: boolean | undefined;
}

/** Options of `promotion.rollbackAndWait`. */
export interface RollbackAndWaitOptions extends Omit<PromoteAndWaitOptions, "dryRun" | "ignoreEncryptedSecrets"> {}

const DEFAULT_TIMEOUT = 60 * 60_000;
/** The longest wait between two polls. */
const MAX_INTERVAL = 5_000;
const DRY_RUN_RULE = "is required: true for a dry run, false to promote";

/** `dryRun` must be chosen: a real promotion is never the default. */
const dryRunFlag = () => boolean({ error: DRY_RUN_RULE });
const lockStateInput = lazy(() => input({ localLockOnly: optional(flag()) }));
const promotionIdInput = lazy(() => input({ promotionId: pathId() }));
const reportIdInput = lazy(() => input({ reportId: pathId() }));
const rollbackFields = () => ({
  description: optional(text()),
  promoter: optional(text()),
  zendeskTicketReference: optional(text()),
  unlockEnvironmentsAfterPromotion: optional(flag()),
});
const promoteInput = lazy(() =>
  input({
    dryRun: dryRunFlag(),
    ignoreEncryptedSecrets: optional(flag()),
    ...rollbackFields(),
  }),
);
const rollbackInput = lazy(() => input(rollbackFields()));
const waitFields = () => ({
  timeout: optional(millis()),
  interval: optional(interval()),
  signal: optional(abortSignal()),
  onProgress: optional(func<(p: PromotionProgress) => void>()),
});
const runFields = () => ({
  ...waitFields(),
  description: optional(text()),
  promoter: optional(text()),
  zendeskTicketReference: optional(text()),
  checkProvisionalReport: optional(flag()),
  promotionId: optional(pathId()),
  keepLocked: optional(flag()),
  unlockOnFailure: optional(flag()),
});
const promoteAndWaitInput = lazy(() =>
  input({ ...runFields(), dryRun: dryRunFlag(), ignoreEncryptedSecrets: optional(flag()) }),
);
const rollbackAndWaitInput = lazy(() => input(runFields()));
const waitInput = lazy(() => input(waitFields()));

type Emit = (p: Omit<PromotionProgress, "kind" | "elapsedMs">) => void;

/**
 * Self-service configuration promotion (`/environment/promotion`), called on the upper
 * environment. Single calls for each step, and waiters for whole flows: `promoteAndWait`,
 * `rollbackAndWait`, `lockAndWait`, `unlockAndWait`.
 */
export class Promotion {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** Starts locking both environments; answers `{ promotionId, result: "locking" }`. 409 if already locked. (lockPromotion) */
  lock(options?: CallOptions): ApiPromise<PromotionLockResponse> {
    return this.#api.call("lockPromotion", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** The lock state of both environments (`localLockOnly: true`: only the one called). (getLockState) */
  lockState(input: LockStateInput = {}, options?: CallOptions): ApiPromise<PromotionLockState> {
    return guard(() => {
      const i = validate(lockStateInput, input, "promotion.lockState input");
      return this.#api.call(
        "getLockState",
        { query: { localLockOnly: i.localLockOnly }, headers: CONFIG_VERSION, expect: OBJECT },
        options,
      );
    });
  }

  /** Releases the lock of this promotion; `unlocked` at once or `unlocking` for a while. (unlockPromotion) */
  unlock(input: { promotionId: string }, options?: CallOptions): ApiPromise<PromotionLockResponse> {
    return guard(() => {
      const { promotionId } = validate(promotionIdInput, input, "promotion.unlock input");
      return this.#api.call(
        "unlockPromotion",
        { path: { promotionId }, headers: CONFIG_VERSION, expect: OBJECT },
        options,
      );
    });
  }

  /** State of the current or last run, with any blocking error, missing ESVs and encrypted secrets. (getPromotionStatus) */
  status(options?: CallOptions): ApiPromise<PromotionStatus> {
    return this.#api.call("getPromotionStatus", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** Starts a promotion (or a dry run) once the environments are locked; answers at once. (startPromotion) */
  promote(input: PromoteInput, options?: CallOptions): ApiPromise<PromotionActionResult> {
    return guard(() => {
      const i = validate(promoteInput, input, "promotion.promote input");
      return this.#api.call(
        "startPromotion",
        {
          headers: CONFIG_VERSION,
          body: {
            dryRun: i.dryRun,
            promotionDescription: i.description,
            promoter: i.promoter,
            ignoreEncryptedSecrets: i.ignoreEncryptedSecrets,
            zendeskTicketReference: i.zendeskTicketReference,
            unlockEnvironmentsAfterPromotion: i.unlockEnvironmentsAfterPromotion,
          },
          expect: OBJECT,
        },
        options,
      );
    });
  }

  /** Starts rolling back the last promotion (environments must be locked); answers at once. (rollback) */
  rollback(input: RollbackInput = {}, options?: CallOptions): ApiPromise<PromotionActionResult> {
    return guard(() => {
      const i = validate(rollbackInput, input, "promotion.rollback input");
      return this.#api.call(
        "rollback",
        {
          headers: CONFIG_VERSION,
          body: {
            promotionDescription: i.description,
            promoter: i.promoter,
            zendeskTicketReference: i.zendeskTicketReference,
            unlockEnvironmentsAfterPromotion: i.unlockEnvironmentsAfterPromotion,
          },
          expect: OBJECT,
        },
        options,
      );
    });
  }

  /** The report of the most recent promotion, dry run or rollback. (getLastReport) */
  lastReport(options?: CallOptions): ApiPromise<PromotionReport> {
    return this.#api.call("getLastReport", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** An indicative preview of what the next promotion would change. (getProvisionalReport) */
  provisionalReport(options?: CallOptions): ApiPromise<PromotionReport> {
    return this.#api.call("getProvisionalReport", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** A preview of what rolling back the last promotion would revert. (getProvisionalRollbackReport) */
  provisionalRollbackReport(options?: CallOptions): ApiPromise<PromotionReport> {
    return this.#api.call("getProvisionalRollbackReport", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** One stored report, by an id from `listReports`. (getReport) */
  report(input: { reportId: string }, options?: CallOptions): ApiPromise<PromotionReport> {
    return guard(() => {
      const { reportId } = validate(reportIdInput, input, "promotion.report input");
      return this.#api.call("getReport", { path: { reportId }, headers: CONFIG_VERSION, expect: OBJECT }, options);
    });
  }

  /** Summaries of the stored reports (returned whole, no paging). (getReportList) */
  listReports(options?: ListOptions): Paged<PromotionReportSummary> {
    return guardPaged(() =>
      wholeList(options, (call) => this.#api.call("getReportList", { headers: CONFIG_VERSION, expect: ARRAY }, call)),
    );
  }

  /** Locks both environments and waits until they are `locked`; resolves with the promotion id. */
  async lockAndWait(
    options: PromotionWaitOptions = {},
  ): Promise<{ promotionId: string; lockState: PromotionLockState }> {
    const o = validate(waitInput, options, "promotion.lockAndWait options");
    const started = Date.now();
    const deadline = started + (o.timeout ?? DEFAULT_TIMEOUT);
    const emit: Emit = (p) => o.onProgress?.({ kind: "promotion", elapsedMs: Date.now() - started, ...p });
    const lock = await this.lock(within(o.signal, deadline));
    const promotionId = lock.promotionId;
    if (!promotionId) {
      throw new PromotionError("The lock answer carried no promotionId", { phase: "lock", lastValue: lock });
    }
    emit({ phase: "locking", promotionId, lockState: lock });
    const lockState = await this.#waitLocked(promotionId, o, deadline, emit);
    return { promotionId, lockState };
  }

  /** Releases the lock and waits until both environments are `unlocked`. */
  async unlockAndWait(input: { promotionId: string }, options: PromotionWaitOptions = {}): Promise<PromotionLockState> {
    const { promotionId } = validate(promotionIdInput, input, "promotion.unlockAndWait input");
    const o = validate(waitInput, options, "promotion.unlockAndWait options");
    const started = Date.now();
    const deadline = started + (o.timeout ?? DEFAULT_TIMEOUT);
    const emit: Emit = (p) => o.onProgress?.({ kind: "promotion", elapsedMs: Date.now() - started, ...p });
    return this.#unlockAndWait(promotionId, o, deadline, emit);
  }

  /**
   * The whole promotion: read the provisional report (stop if it lists missing ESVs), lock and
   * wait until locked, start the promotion (`dryRun` as given), poll its status to the end, read
   * the report, unlock and wait until unlocked; resolves with the report. All phases share one
   * `timeout`. When anything fails or is aborted, the lock it took or was given is released too
   * (unless `unlockOnFailure: false`). The tenant's own failures reject with `PromotionError`;
   * timeouts, aborts and HTTP errors keep their classes.
   */
  async promoteAndWait(options: PromoteAndWaitOptions): Promise<PromotionReport> {
    const o = validate(promoteAndWaitInput, options, "promotion.promoteAndWait options");
    return this.#run("promotion", o);
  }

  /** Like `promoteAndWait`, for rolling back the last promotion; resolves with the rollback report. */
  async rollbackAndWait(options: RollbackAndWaitOptions = {}): Promise<PromotionReport> {
    const o = validate(rollbackAndWaitInput, options, "promotion.rollbackAndWait options");
    return this.#run("rollback", o);
  }

  async #run(
    kind: "promotion" | "rollback",
    o: Omit<PromoteAndWaitOptions, "dryRun"> & { dryRun?: boolean | undefined },
  ): Promise<PromotionReport> {
    const started = Date.now();
    // One budget for every phase: each waiter and each call gets the time that is left.
    const deadline = started + (o.timeout ?? DEFAULT_TIMEOUT);
    const call = () => within(o.signal, deadline);
    let promotionId = o.promotionId;
    let unlockTried = false;
    const emit: Emit = (p) => o.onProgress?.({ kind, elapsedMs: Date.now() - started, promotionId, ...p });

    try {
      if (o.checkProvisionalReport !== false) {
        const preview =
          kind === "promotion" ? await this.provisionalReport(call()) : await this.provisionalRollbackReport(call());
        emit({ phase: "provisional-report", report: preview });
        if (preview.missingESVs?.length) {
          throw new PromotionError(
            `The upper environment lacks ESVs the configuration uses: ${preview.missingESVs.join(", ")}. ` +
              "Create them there (and restart) before promoting",
            { phase: "provisional-report", promotionId, lastValue: preview },
          );
        }
      }

      if (!promotionId) {
        const lock = await this.lock(call());
        if (!lock.promotionId) {
          throw new PromotionError("The lock answer carried no promotionId", { phase: "lock", lastValue: lock });
        }
        promotionId = lock.promotionId;
        emit({ phase: "locking", lockState: lock });
        await this.#waitLocked(promotionId, o, deadline, emit);
      }

      if (kind === "promotion") {
        await this.promote(
          {
            dryRun: o.dryRun === true,
            description: o.description,
            promoter: o.promoter,
            ignoreEncryptedSecrets: o.ignoreEncryptedSecrets,
            zendeskTicketReference: o.zendeskTicketReference,
            unlockEnvironmentsAfterPromotion: false,
          },
          call(),
        );
      } else {
        await this.rollback(
          {
            description: o.description,
            promoter: o.promoter,
            zendeskTicketReference: o.zendeskTicketReference,
            unlockEnvironmentsAfterPromotion: false,
          },
          call(),
        );
      }
      const report = await this.#waitRun(kind, promotionId, o.dryRun === true, o, deadline, emit);
      emit({ phase: "report", report });

      if (!o.keepLocked) {
        unlockTried = true;
        await this.#unlockAndWait(promotionId, o, deadline, emit);
      }
      return report;
    } catch (error) {
      if (promotionId && !unlockTried && o.unlockOnFailure !== false) {
        try {
          // Neither under the caller's signal nor the deadline: an abort or a timeout must still release the lock.
          const answer = await this.unlock({ promotionId });
          emit({ phase: "unlocking", lockState: answer });
          if (error instanceof PromotionError) error.unlocked = true;
        } catch (unlockError) {
          emit({ phase: "unlocking", error: unlockError });
        }
      }
      throw error;
    }
  }

  /** Polls the lock state until our lock is in place. */
  async #waitLocked(
    promotionId: string,
    o: PromotionWaitOptions,
    deadline: number,
    emit: Emit,
  ): Promise<PromotionLockState> {
    const state = await phase("lock", promotionId, () =>
      waitFor((_attempt, ctx) => this.lockState({}, pollCall(ctx)), {
        until: (s) => s.result === "locked" && (s.promotionId === undefined || s.promotionId === promotionId),
        failWhen: (s) =>
          s.result === "error"
            ? (s.description ?? "the lock ended in error")
            : s.promotionId !== undefined && s.promotionId !== promotionId && s.result === "locked"
              ? `the environments are locked by another promotion (${s.promotionId})`
              : undefined,
        ...waitCommon(o, deadline),
        description: `the lock for promotion ${promotionId}`,
        onProgress: (p) => emit({ phase: "locking", attempt: p.attempt, lockState: p.value, error: p.error }),
      }),
    );
    emit({ phase: "locked", lockState: state });
    return state;
  }

  /**
   * Polls the run's status until it is over and returns its report. The status is `READY` both
   * before and after a run, so a `READY` only counts once the run has been seen running, or once
   * the last report belongs to this promotion (a run can finish between two polls).
   */
  async #waitRun(
    kind: "promotion" | "rollback",
    promotionId: string,
    dryRun: boolean,
    o: PromotionWaitOptions,
    deadline: number,
    emit: Emit,
  ): Promise<PromotionReport> {
    let sawRunning = false;
    const ours = (s: PromotionStatus) =>
      (s.promotionId === undefined || s.promotionId === promotionId) && (s.type === undefined || s.type === kind);
    const reportIsOurs = (r: PromotionReport | undefined) =>
      r !== undefined &&
      r.promotionId === promotionId &&
      (r.type === undefined || r.type === kind) &&
      (kind === "rollback" || r.dryRun === undefined || r.dryRun === dryRun);

    const poll = async (_attempt: number, ctx: PollContext) => {
      const status = await this.status(pollCall(ctx));
      if (ours(status) && status.status !== "READY") sawRunning = true;
      let report: PromotionReport | undefined;
      if (ours(status) && status.status === "READY" && !status.blockingError) {
        report = await this.lastReport(pollCall(ctx, deadline)).catch((error: unknown) => {
          if (error instanceof NotFoundError) return undefined;
          throw error;
        });
        if (!sawRunning && !reportIsOurs(report)) report = undefined;
      }
      return { status, report };
    };

    const done = await phase("promote", promotionId, () =>
      waitFor(poll, {
        until: (v) => v.report !== undefined,
        failWhen: (v) =>
          v.status.blockingError && ours(v.status) && (sawRunning || v.status.promotionId === promotionId)
            ? describeFailure(v.status)
            : undefined,
        ...waitCommon(o, deadline),
        description: `${kind} ${promotionId}`,
        onProgress: (p) => emit({ phase: "running", attempt: p.attempt, status: p.value?.status, error: p.error }),
      }),
    );
    return done.report as PromotionReport;
  }

  async #unlockAndWait(
    promotionId: string,
    o: PromotionWaitOptions,
    deadline: number,
    emit: Emit,
  ): Promise<PromotionLockState> {
    const answer = await this.unlock({ promotionId }, within(o.signal, deadline));
    emit({ phase: "unlocking", lockState: answer });
    const state = await phase("unlock", promotionId, () =>
      waitFor((_attempt, ctx) => this.lockState({}, pollCall(ctx)), {
        until: (s) => s.result === "unlocked" || (s.promotionId !== undefined && s.promotionId !== promotionId),
        failWhen: (s) => (s.result === "error" ? (s.description ?? "the unlock ended in error") : undefined),
        ...waitCommon(o, deadline),
        description: `the unlock of promotion ${promotionId}`,
        onProgress: (p) => emit({ phase: "unlocking", attempt: p.attempt, lockState: p.value, error: p.error }),
      }),
    );
    emit({ phase: "unlocked", lockState: state });
    return state;
  }
}

/**
 * A poll is one attempt (the waiter rides through transient errors), under the waiter's signal
 * (its deadline or the caller's abort) and never longer than the time left.
 */
function pollCall(ctx: PollContext, deadline?: number): CallOptions {
  const left = deadline === undefined ? ctx.remainingMs : Math.min(ctx.remainingMs, deadline - Date.now());
  return { signal: ctx.signal, timeout: Math.max(1, left), maxRetries: 0 };
}

/** Options of a single call inside a flow: the caller's signal, and no longer than the time left. */
function within(signal: AbortSignal | undefined, deadline: number): CallOptions {
  return { signal, timeout: Math.max(1, deadline - Date.now()) };
}

function waitCommon(o: PromotionWaitOptions, deadline: number) {
  return {
    interval: o.interval ?? backoff(MAX_INTERVAL),
    deadline,
    timeout: o.timeout ?? DEFAULT_TIMEOUT,
    tolerate: isTransient,
    signal: o.signal,
  };
}

/** A failure state seen by waitFor becomes a PromotionError naming the phase. */
async function phase<T>(name: PromotionPhase, promotionId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof WaiterError && !(error instanceof PromotionError)) {
      throw new PromotionError(error.message, { phase: name, promotionId, lastValue: error.lastValue, cause: error });
    }
    throw error;
  }
}

function describeFailure(status: PromotionStatus): string {
  const parts = [status.message ?? "the run stopped with a blocking error"];
  if (status.missingESVs?.length) parts.push(`missing ESVs: ${status.missingESVs.join(", ")}`);
  if (status.encryptedSecrets?.length) parts.push(`encrypted secrets found: ${status.encryptedSecrets.join(", ")}`);
  return parts.join("; ");
}

import { type CallOptions, NotFoundError, Paged, singlePage, validate, WaiterError, waitFor } from "@trustplane/core";
import { z } from "zod";
import { PromotionError, type PromotionPhase } from "../errors.js";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
import { nonEmpty, objectInput } from "../internal/schemas.js";
import { isTransient } from "../internal/transient.js";
import { type ListOptions, type Schemas, splitListOptions, type WaitOptions } from "./shared.js";

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
  description?: string;
  /** Name of who runs it. */
  promoter?: string;
  /** Go ahead although encrypted secrets were found in the configuration. */
  ignoreEncryptedSecrets?: boolean;
  /** Support ticket reference recorded with the promotion. */
  zendeskTicketReference?: string;
  /** Let the tenant unlock both environments when the run succeeds. */
  unlockEnvironmentsAfterPromotion?: boolean;
}

/** Input of `promotion.rollback`. */
export type RollbackInput = Omit<PromoteInput, "dryRun" | "ignoreEncryptedSecrets">;

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
  attempt?: number;
  lockState?: PromotionLockState | PromotionLockResponse | undefined;
  status?: PromotionStatus | undefined;
  report?: PromotionReport | undefined;
  /** A transient error ridden through, or (for `unlocking` after a failure) why the unlock failed. */
  error?: unknown;
}

/** Options shared by the promotion waiters. Defaults: `timeout` 60 minutes, `interval` 5 s. */
export interface PromotionWaitOptions extends WaitOptions<PromotionProgress> {}

/** Options of `promotion.promoteAndWait`. */
export interface PromoteAndWaitOptions extends PromotionWaitOptions {
  /** True: a dry run that only reports. Required, so a real promotion is always a deliberate choice. */
  dryRun: boolean;
  /** Note that identifies what is promoted. */
  description?: string;
  /** Name of who runs it. */
  promoter?: string;
  /** Go ahead although encrypted secrets were found. */
  ignoreEncryptedSecrets?: boolean;
  /** Support ticket reference. */
  zendeskTicketReference?: string;
  /** Read the provisional report first and stop (before locking) if it lists missing ESVs. Default true. */
  checkProvisionalReport?: boolean;
  /** Use a lock you already hold instead of taking one (e.g. from an earlier `keepLocked` dry run). */
  promotionId?: string;
  /** Leave the environments locked after success (to promote for real under the same lock). Default false. */
  keepLocked?: boolean;
  /** Release the lock (taken, or given as `promotionId`) when something fails. Default true. */
  unlockOnFailure?: boolean;
}

/** Options of `promotion.rollbackAndWait`. */
export interface RollbackAndWaitOptions extends Omit<PromoteAndWaitOptions, "dryRun" | "ignoreEncryptedSecrets"> {}

const DEFAULT_TIMEOUT = 60 * 60_000;
const DEFAULT_INTERVAL = 5_000;

const lockStateSchema = objectInput({ localLockOnly: z.boolean({ error: "must be a boolean" }).optional() });
const promotionIdSchema = objectInput({ promotionId: nonEmpty });
const reportIdSchema = objectInput({ reportId: nonEmpty });
const text = z.string({ error: "must be a string" });
const flag = z.boolean({ error: "must be a boolean" });
const rollbackFields = {
  description: text.optional(),
  promoter: text.optional(),
  zendeskTicketReference: text.optional(),
  unlockEnvironmentsAfterPromotion: flag.optional(),
};
const promoteSchema = objectInput({
  dryRun: z.boolean({ error: "is required: true for a dry run, false to promote" }),
  ignoreEncryptedSecrets: flag.optional(),
  ...rollbackFields,
});
const rollbackSchema = objectInput(rollbackFields);
const waitFields = {
  timeout: z.number().nonnegative().optional(),
  interval: z.number().nonnegative().optional(),
  signal: z.instanceof(AbortSignal, { error: "must be an AbortSignal" }).optional(),
  onProgress: z.custom<(p: PromotionProgress) => void>((v) => typeof v === "function", "must be a function").optional(),
};
const runFields = {
  ...waitFields,
  description: text.optional(),
  promoter: text.optional(),
  zendeskTicketReference: text.optional(),
  checkProvisionalReport: flag.optional(),
  promotionId: nonEmpty.optional(),
  keepLocked: flag.optional(),
  unlockOnFailure: flag.optional(),
};
const promoteAndWaitSchema = objectInput({
  ...runFields,
  dryRun: z.boolean({ error: "is required: true for a dry run, false to promote" }),
  ignoreEncryptedSecrets: flag.optional(),
});
const rollbackAndWaitSchema = objectInput(runFields);
const waitSchema = objectInput(waitFields);

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
  async lock(options?: CallOptions): Promise<PromotionLockResponse> {
    const result = await this.#api.raw.POST("/environment/promotion/lock", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "lockPromotion");
  }

  /** The lock state of both environments (`localLockOnly: true`: only the one called). (getLockState) */
  async lockState(input: { localLockOnly?: boolean } = {}, options?: CallOptions): Promise<PromotionLockState> {
    const i = validate(lockStateSchema, input, "promotion.lockState input");
    const result = await this.#api.raw.GET("/environment/promotion/lock/state", {
      params: {
        header: CONFIG_VERSION,
        query: { ...(i.localLockOnly !== undefined && { localLockOnly: i.localLockOnly }) },
      },
      ...init(options),
    });
    return bodyOf(result, "getLockState");
  }

  /** Releases the lock of this promotion; `unlocked` at once or `unlocking` for a while. (unlockPromotion) */
  async unlock(input: { promotionId: string }, options?: CallOptions): Promise<PromotionLockResponse> {
    const { promotionId } = validate(promotionIdSchema, input, "promotion.unlock input");
    const result = await this.#api.raw.DELETE("/environment/promotion/lock/{promotionId}", {
      params: { header: CONFIG_VERSION, path: { promotionId } },
      ...init(options),
    });
    return bodyOf(result, "unlockPromotion");
  }

  /** State of the current or last run, with any blocking error, missing ESVs and encrypted secrets. (getPromotionStatus) */
  async status(options?: CallOptions): Promise<PromotionStatus> {
    const result = await this.#api.raw.GET("/environment/promotion/promote", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getPromotionStatus");
  }

  /** Starts a promotion (or a dry run) once the environments are locked; answers at once. (startPromotion) */
  async promote(input: PromoteInput, options?: CallOptions): Promise<PromotionActionResult> {
    const i = validate(promoteSchema, input, "promotion.promote input");
    const result = await this.#api.raw.POST("/environment/promotion/promote", {
      params: { header: CONFIG_VERSION },
      body: {
        dryRun: i.dryRun,
        ...(i.description !== undefined && { promotionDescription: i.description }),
        ...(i.promoter !== undefined && { promoter: i.promoter }),
        ...(i.ignoreEncryptedSecrets !== undefined && { ignoreEncryptedSecrets: i.ignoreEncryptedSecrets }),
        ...(i.zendeskTicketReference !== undefined && { zendeskTicketReference: i.zendeskTicketReference }),
        ...(i.unlockEnvironmentsAfterPromotion !== undefined && {
          unlockEnvironmentsAfterPromotion: i.unlockEnvironmentsAfterPromotion,
        }),
      },
      ...init(options),
    });
    return bodyOf(result, "startPromotion");
  }

  /** Starts rolling back the last promotion (environments must be locked); answers at once. (rollback) */
  async rollback(input: RollbackInput = {}, options?: CallOptions): Promise<PromotionActionResult> {
    const i = validate(rollbackSchema, input, "promotion.rollback input");
    const result = await this.#api.raw.POST("/environment/promotion/rollback", {
      params: { header: CONFIG_VERSION },
      body: {
        ...(i.description !== undefined && { promotionDescription: i.description }),
        ...(i.promoter !== undefined && { promoter: i.promoter }),
        ...(i.zendeskTicketReference !== undefined && { zendeskTicketReference: i.zendeskTicketReference }),
        ...(i.unlockEnvironmentsAfterPromotion !== undefined && {
          unlockEnvironmentsAfterPromotion: i.unlockEnvironmentsAfterPromotion,
        }),
      },
      ...init(options),
    });
    return bodyOf(result, "rollback");
  }

  /** The report of the most recent promotion, dry run or rollback. (getLastReport) */
  async lastReport(options?: CallOptions): Promise<PromotionReport> {
    const result = await this.#api.raw.GET("/environment/promotion/report", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getLastReport");
  }

  /** An indicative preview of what the next promotion would change. (getProvisionalReport) */
  async provisionalReport(options?: CallOptions): Promise<PromotionReport> {
    const result = await this.#api.raw.GET("/environment/promotion/report/provisional", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getProvisionalReport");
  }

  /** A preview of what rolling back the last promotion would revert. (getProvisionalRollbackReport) */
  async provisionalRollbackReport(options?: CallOptions): Promise<PromotionReport> {
    const result = await this.#api.raw.GET("/environment/promotion/report/provisional-rollback", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getProvisionalRollbackReport");
  }

  /** One stored report, by an id from `listReports`. (getReport) */
  async report(input: { reportId: string }, options?: CallOptions): Promise<PromotionReport> {
    const { reportId } = validate(reportIdSchema, input, "promotion.report input");
    const result = await this.#api.raw.GET("/environment/promotion/report/{reportId}", {
      params: { header: CONFIG_VERSION, path: { reportId } },
      ...init(options),
    });
    return bodyOf(result, "getReport");
  }

  /** Summaries of the stored reports (returned whole, no paging). (getReportList) */
  listReports(options: ListOptions = {}): Paged<PromotionReportSummary> {
    const { call, paging } = splitListOptions(options);
    return new Paged(
      singlePage(async (signal) =>
        bodyOf(
          await this.#api.raw.GET("/environment/promotion/reports", {
            params: { header: CONFIG_VERSION },
            ...init(call, signal),
          }),
          "getReportList",
        ),
      ),
      paging,
    );
  }

  /** Locks both environments and waits until they are `locked`; resolves with the promotion id. */
  async lockAndWait(
    options: PromotionWaitOptions = {},
  ): Promise<{ promotionId: string; lockState: PromotionLockState }> {
    const o = validate(waitSchema, options, "promotion.lockAndWait options");
    const started = Date.now();
    const emit: Emit = (p) => o.onProgress?.({ kind: "promotion", elapsedMs: Date.now() - started, ...p });
    const lock = await this.lock(o.signal && { signal: o.signal });
    const promotionId = lock.promotionId;
    if (!promotionId) {
      throw new PromotionError("The lock answer carried no promotionId", { phase: "lock", lastValue: lock });
    }
    emit({ phase: "locking", promotionId, lockState: lock });
    const lockState = await this.#waitLocked(promotionId, o, o.timeout ?? DEFAULT_TIMEOUT, emit);
    return { promotionId, lockState };
  }

  /** Releases the lock and waits until both environments are `unlocked`. */
  async unlockAndWait(input: { promotionId: string }, options: PromotionWaitOptions = {}): Promise<PromotionLockState> {
    const { promotionId } = validate(promotionIdSchema, input, "promotion.unlockAndWait input");
    const o = validate(waitSchema, options, "promotion.unlockAndWait options");
    const started = Date.now();
    const emit: Emit = (p) => o.onProgress?.({ kind: "promotion", elapsedMs: Date.now() - started, ...p });
    return this.#unlockAndWait(promotionId, o, o.timeout ?? DEFAULT_TIMEOUT, emit);
  }

  /**
   * The whole promotion: read the provisional report (stop if it lists missing ESVs), lock and
   * wait until locked, start the promotion (`dryRun` as given), poll its status to the end, read
   * the report, unlock and wait until unlocked; resolves with the report. When anything fails or
   * is aborted, the lock it took or was given is released too (unless `unlockOnFailure: false`). The tenant's own failures reject
   * with `PromotionError`; timeouts, aborts and HTTP errors keep their classes.
   */
  async promoteAndWait(options: PromoteAndWaitOptions): Promise<PromotionReport> {
    const o = validate(promoteAndWaitSchema, options, "promotion.promoteAndWait options");
    return this.#run("promotion", o);
  }

  /** Like `promoteAndWait`, for rolling back the last promotion; resolves with the rollback report. */
  async rollbackAndWait(options: RollbackAndWaitOptions = {}): Promise<PromotionReport> {
    const o = validate(rollbackAndWaitSchema, options, "promotion.rollbackAndWait options");
    return this.#run("rollback", o);
  }

  async #run(
    kind: "promotion" | "rollback",
    o: Omit<PromoteAndWaitOptions, "dryRun"> & { dryRun?: boolean },
  ): Promise<PromotionReport> {
    const started = Date.now();
    const timeout = o.timeout ?? DEFAULT_TIMEOUT;
    const remaining = () => Math.max(0, timeout - (Date.now() - started));
    const call: CallOptions = o.signal ? { signal: o.signal } : {};
    let promotionId = o.promotionId;
    let unlockTried = false;
    const emit: Emit = (p) => o.onProgress?.({ kind, elapsedMs: Date.now() - started, promotionId, ...p });

    try {
      if (o.checkProvisionalReport !== false) {
        const preview =
          kind === "promotion" ? await this.provisionalReport(call) : await this.provisionalRollbackReport(call);
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
        const lock = await this.lock(call);
        if (!lock.promotionId) {
          throw new PromotionError("The lock answer carried no promotionId", { phase: "lock", lastValue: lock });
        }
        promotionId = lock.promotionId;
        emit({ phase: "locking", lockState: lock });
        await this.#waitLocked(promotionId, o, remaining(), emit);
      }

      if (kind === "promotion") {
        await this.promote(
          {
            dryRun: o.dryRun === true,
            ...(o.description !== undefined && { description: o.description }),
            ...(o.promoter !== undefined && { promoter: o.promoter }),
            ...(o.ignoreEncryptedSecrets !== undefined && { ignoreEncryptedSecrets: o.ignoreEncryptedSecrets }),
            ...(o.zendeskTicketReference !== undefined && { zendeskTicketReference: o.zendeskTicketReference }),
            unlockEnvironmentsAfterPromotion: false,
          },
          call,
        );
      } else {
        await this.rollback(
          {
            ...(o.description !== undefined && { description: o.description }),
            ...(o.promoter !== undefined && { promoter: o.promoter }),
            ...(o.zendeskTicketReference !== undefined && { zendeskTicketReference: o.zendeskTicketReference }),
            unlockEnvironmentsAfterPromotion: false,
          },
          call,
        );
      }
      const report = await this.#waitRun(kind, promotionId, o.dryRun === true, o, remaining(), emit);
      emit({ phase: "report", report });

      if (!o.keepLocked) {
        unlockTried = true;
        await this.#unlockAndWait(promotionId, o, remaining(), emit);
      }
      return report;
    } catch (error) {
      if (promotionId && !unlockTried && o.unlockOnFailure !== false) {
        try {
          // Not under the caller's signal: an abort must still release the lock.
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
    timeout: number,
    emit: Emit,
  ): Promise<PromotionLockState> {
    const state = await phase("lock", promotionId, () =>
      waitFor(() => this.lockState({}, pollCall(o)), {
        until: (s) => s.result === "locked" && (s.promotionId === undefined || s.promotionId === promotionId),
        failWhen: (s) =>
          s.result === "error"
            ? (s.description ?? "the lock ended in error")
            : s.promotionId !== undefined && s.promotionId !== promotionId && s.result === "locked"
              ? `the environments are locked by another promotion (${s.promotionId})`
              : undefined,
        ...waitCommon(o, timeout),
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
    timeout: number,
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

    const poll = async () => {
      const status = await this.status(pollCall(o));
      if (ours(status) && status.status !== "READY") sawRunning = true;
      let report: PromotionReport | undefined;
      if (ours(status) && status.status === "READY" && !status.blockingError) {
        report = await this.lastReport(pollCall(o)).catch((error: unknown) => {
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
        ...waitCommon(o, timeout),
        description: `${kind} ${promotionId}`,
        onProgress: (p) => emit({ phase: "running", attempt: p.attempt, status: p.value?.status, error: p.error }),
      }),
    );
    return done.report as PromotionReport;
  }

  async #unlockAndWait(
    promotionId: string,
    o: PromotionWaitOptions,
    timeout: number,
    emit: Emit,
  ): Promise<PromotionLockState> {
    const answer = await this.unlock({ promotionId }, o.signal && { signal: o.signal });
    emit({ phase: "unlocking", lockState: answer });
    const state = await phase("unlock", promotionId, () =>
      waitFor(() => this.lockState({}, pollCall(o)), {
        until: (s) => s.result === "unlocked" || (s.promotionId !== undefined && s.promotionId !== promotionId),
        failWhen: (s) => (s.result === "error" ? (s.description ?? "the unlock ended in error") : undefined),
        ...waitCommon(o, timeout),
        description: `the unlock of promotion ${promotionId}`,
        onProgress: (p) => emit({ phase: "unlocking", attempt: p.attempt, lockState: p.value, error: p.error }),
      }),
    );
    emit({ phase: "unlocked", lockState: state });
    return state;
  }
}

/** Each poll is one attempt: the waiter itself rides through transient errors. */
function pollCall(o: PromotionWaitOptions): CallOptions {
  return { ...(o.signal && { signal: o.signal }), maxRetries: 0 };
}

function waitCommon(o: PromotionWaitOptions, timeout: number) {
  return {
    interval: o.interval ?? DEFAULT_INTERVAL,
    timeout,
    tolerate: isTransient,
    ...(o.signal && { signal: o.signal }),
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

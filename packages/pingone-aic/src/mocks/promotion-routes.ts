import { randomUUID } from "node:crypto";
import type { HttpHandler } from "msw";
import type { components } from "../generated/openapi.gen.js";
import type { FakeContext, routeFactory } from "./context.js";
import { bare, conflict, fail, jsonBody, ok, reportDate } from "./http.js";
import type { ConfigChanges, FakeRun } from "./state.js";
import { Step } from "./timing.js";

type Schemas = components["schemas"];
type Route = ReturnType<typeof routeFactory>;

const API_VERSION = "protocol=1.0,resource=1.0";

/** The lock state as `getLockState` shows it. */
function lockView(ctx: FakeContext): Schemas["PromotionLockState"] {
  const { lock } = ctx.state.promotion;
  const env = { state: lock.result.toUpperCase(), proxyState: lock.result === "locked" ? "BLOCKING" : "OPEN" };
  return {
    result: lock.result,
    ...(lock.promotionId && { promotionId: lock.promotionId }),
    ...(lock.description && { description: lock.description }),
    lowerEnv: { ...env, ...(lock.promotionId && { promotionId: lock.promotionId }) },
    upperEnv: { ...env, ...(lock.promotionId && { promotionId: lock.promotionId }) },
  };
}

/** The run status as `getPromotionStatus` shows it. */
function statusView(ctx: FakeContext): Schemas["PromotionStatus"] {
  const { lock, run } = ctx.state.promotion;
  const globalLock = lock.result.toUpperCase();
  if (run && !run.finished) {
    return {
      status: "RUNNING",
      message: run.kind === "promotion" ? "Promotion in progress" : "Rollback in progress",
      blockingError: false,
      globalLock,
      promotionId: run.promotionId,
      type: run.kind,
      timeStamp: run.startedAt,
    };
  }
  if (run && run.promotionId === lock.promotionId) {
    const failed = run.failure !== undefined;
    return {
      status: "READY",
      message: failed
        ? (run.failure?.message ?? "failed")
        : `${run.kind === "promotion" ? (run.dryRun ? "Dry run" : "Promotion") : "Rollback"} complete`,
      blockingError: failed,
      globalLock,
      promotionId: run.promotionId,
      type: run.kind,
      timeStamp: run.startedAt,
      ...(run.failure?.missingESVs && { missingESVs: run.failure.missingESVs }),
      ...(run.failure?.encryptedSecrets && { encryptedSecrets: run.failure.encryptedSecrets }),
    };
  }
  // Nothing has run under the current lock (or nothing is locked): ready for the next step.
  return {
    status: "READY",
    message: lock.result === "locked" ? "Environments locked; ready to promote" : "Ready",
    blockingError: false,
    globalLock,
    ...(lock.promotionId && { promotionId: lock.promotionId }),
    timeStamp: new Date().toISOString(),
  };
}

function isEmpty(changes: ConfigChanges | undefined): boolean {
  return !changes || ((changes.AMConfig?.length ?? 0) === 0 && (changes.IDMConfig?.length ?? 0) === 0);
}

/** Moves the lock and the run along; `poll` counts a status poll of one of them. */
export function tickPromotion(ctx: FakeContext, poll?: "lock" | "promotion"): void {
  const p = ctx.state.promotion;
  const lock = p.lock;
  if (poll === "lock") lock.step?.poll();
  if (lock.step?.done) {
    lock.step = undefined;
    if (lock.result === "locking") {
      if (p.failNextLock !== undefined) {
        lock.result = "error";
        lock.description = p.failNextLock;
        p.failNextLock = undefined;
      } else {
        lock.result = "locked";
        lock.description = "Environments locked";
      }
    } else if (lock.result === "unlocking") {
      lock.result = "unlocked";
      lock.promotionId = undefined;
      lock.description = undefined;
    }
  }
  const run = p.run;
  if (run && !run.finished) {
    if (poll === "promotion") run.step.poll();
    if (run.step.done) finish(ctx, run);
  }
}

/** Ends a run: its report, its effect on the environments, and the unlock it may have asked for. */
function finish(ctx: FakeContext, run: FakeRun): void {
  const p = ctx.state.promotion;
  run.finished = true;
  const content = run.kind === "promotion" ? p.pendingChanges : (p.lastPromoted ?? {});
  const at = new Date();
  const report: Schemas["PromotionReport"] = {
    reportId: randomUUID(),
    promotionId: run.promotionId,
    type: run.kind,
    dryRun: run.dryRun,
    createdDate: reportDate(at),
    reportName: `${reportDate(at)}_${run.kind}${run.dryRun ? "_dryrun" : ""}_${run.promotionId}`,
    ...(typeof run.request.promoter === "string" && { promoter: run.request.promoter }),
    ...(typeof run.request.promotionDescription === "string" && {
      promotionDescription: run.request.promotionDescription,
    }),
    missingESVs: run.failure?.missingESVs ?? [],
    report: structuredClone(content),
  };
  if (run.failure === undefined) {
    p.reports.push(report);
    if (run.kind === "promotion" && !run.dryRun) {
      p.lastPromoted = structuredClone(p.pendingChanges);
      p.pendingChanges = {};
    } else if (run.kind === "rollback") {
      p.pendingChanges = structuredClone(p.lastPromoted ?? {});
      p.lastPromoted = undefined;
    }
    if (run.request.unlockEnvironmentsAfterPromotion === true && p.lock.result === "locked") {
      p.lock.result = "unlocking";
      p.lock.step = new Step(ctx.timings.unlock);
    }
  }
}

/** Handlers of the promotion endpoints, driven by the lock and run state machines. */
export function promotionRoutes(ctx: FakeContext, route: Route): HttpHandler[] {
  // Read through ctx each time: reset() swaps the state's parts.
  const state = () => ctx.state.promotion;
  const answer = (body: unknown, status = 200) => ok(body, { status, apiVersion: API_VERSION });

  const start = async (kind: "promotion" | "rollback", request: Request): Promise<Response> => {
    const p = state();
    if (p.lock.result !== "locked" || !p.lock.promotionId) {
      return conflict(`The environments must be locked before a ${kind} (lock state: ${p.lock.result})`);
    }
    if (p.run && !p.run.finished) return conflict(`A ${p.run.kind} is already running`);
    const body = await jsonBody(request);
    if (body instanceof Response) return body;
    if (kind === "promotion" && typeof body.dryRun !== "boolean") return fail(400, "dryRun is required (boolean)");
    if (kind === "rollback" && !p.lastPromoted) return fail(400, "There is no promotion to roll back");
    const dryRun = kind === "promotion" && body.dryRun === true;
    let failure: FakeRun["failure"];
    if (p.failNextRun !== undefined) {
      failure = { message: p.failNextRun };
      p.failNextRun = undefined;
    } else if (kind === "promotion" && p.missingEsvs.length) {
      failure = { message: "The upper environment lacks ESVs the configuration uses", missingESVs: [...p.missingEsvs] };
    } else if (kind === "promotion" && p.encryptedSecrets.length && body.ignoreEncryptedSecrets !== true) {
      failure = {
        message: "Encrypted secrets were found in the configuration",
        encryptedSecrets: [...p.encryptedSecrets],
      };
    }
    p.run = {
      kind,
      promotionId: p.lock.promotionId,
      dryRun,
      request: body,
      step: new Step(ctx.timings.promotion),
      failure,
      finished: false,
      startedAt: new Date().toISOString(),
    };
    return answer({ result: kind === "promotion" ? "Promotion started" : "Rollback started" }, 202);
  };

  const provisional = (kind: "promotion" | "rollback", p = state()): Schemas["PromotionReport"] => ({
    createdDate: reportDate(),
    dryRun: true,
    type: kind,
    missingESVs: kind === "promotion" ? [...p.missingEsvs] : [],
    report: structuredClone(kind === "promotion" ? p.pendingChanges : (p.lastPromoted ?? {})),
  });

  return [
    route("lockPromotion", "/environment/promotion/lock", () => {
      const p = state();
      if (p.lock.result !== "unlocked") {
        return conflict(`The environments are not unlocked (lock state: ${p.lock.result})`);
      }
      p.lock = {
        result: "locking",
        promotionId: randomUUID(),
        step: new Step(ctx.timings.lock),
        description: "Environment lock in progress",
      };
      return answer({ description: p.lock.description, promotionId: p.lock.promotionId, result: "locking" }, 202);
    }),
    route("getLockState", "/environment/promotion/lock/state", () => {
      ctx.tick("lock");
      return answer(lockView(ctx));
    }),
    route("unlockPromotion", "/environment/promotion/lock/{promotionId}", ({ params }) => {
      const id = params.promotionId as string;
      const p = state();
      if (p.lock.result === "unlocked") return conflict("The environments are not locked");
      if (p.lock.promotionId !== id) return fail(404, `No lock is held for promotion ${id}`);
      if (p.run && !p.run.finished) return conflict(`A ${p.run.kind} is running; unlock once it has finished`);
      if (p.lock.result === "unlocking") return answer({ promotionId: id, result: "unlocking" }, 202);
      p.lock = { result: "unlocking", promotionId: id, step: new Step(ctx.timings.unlock) };
      ctx.tick();
      const result = p.lock.result;
      return answer(
        { promotionId: id, result, description: result === "unlocked" ? "Unlocked" : "Unlock in progress" },
        result === "unlocked" ? 200 : 202,
      );
    }),
    route("getPromotionStatus", "/environment/promotion/promote", () => {
      ctx.tick("promotion");
      return answer(statusView(ctx));
    }),
    route("startPromotion", "/environment/promotion/promote", ({ request }) => start("promotion", request)),
    route("rollback", "/environment/promotion/rollback", ({ request }) => start("rollback", request)),
    route("getLastReport", "/environment/promotion/report", () => {
      const p = state();
      const last = p.reports[p.reports.length - 1];
      return last ? answer(last) : bare(404);
    }),
    route("getProvisionalReport", "/environment/promotion/report/provisional", () => answer(provisional("promotion"))),
    route("getProvisionalRollbackReport", "/environment/promotion/report/provisional-rollback", () =>
      isEmpty(state().lastPromoted) ? fail(404, "There is no promotion to roll back") : answer(provisional("rollback")),
    ),
    route("getReport", "/environment/promotion/report/{reportId}", ({ params }) => {
      const report = state().reports.find((r) => r.reportId === params.reportId);
      return report ? answer(report) : fail(404, `No report ${params.reportId as string}`);
    }),
    route("getReportList", "/environment/promotion/reports", () =>
      answer(
        state().reports.map(
          ({ createdDate, dryRun, promoter, promotionId, reportId, type }): Schemas["PromotionReportSummary"] => ({
            ...(createdDate !== undefined && { createdDate }),
            ...(dryRun !== undefined && { dryRun }),
            ...(promoter !== undefined && { promoter }),
            ...(promotionId !== undefined && { promotionId }),
            ...(reportId !== undefined && { reportId }),
            ...(type !== undefined && { type }),
          }),
        ),
      ),
    ),
  ];
}

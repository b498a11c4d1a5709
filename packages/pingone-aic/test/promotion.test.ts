import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  AbortError,
  ConflictError,
  NotFoundError,
  PromotionError,
  type PromotionProgress,
  ValidationError,
  WaitTimeoutError,
} from "../src/index.js";
import { clientFor, rejectionOf, setupTenant } from "./helpers.js";

const { mocks, server } = setupTenant();
const aic = clientFor(mocks);
const fast = { interval: 1 } as const;

/** Ids of the promotion calls made, in order, without the polls. */
const steps = () =>
  mocks.requests
    .map((r) => r.operationId)
    .filter((id) => id !== "getLockState" && id !== "getPromotionStatus")
    .filter((id, i, all) => id !== all[i - 1]);

describe("promotion single calls", () => {
  it("lock, lock state, status, promote, reports, unlock", async () => {
    const lock = await aic.promotion.lock();
    expect(lock).toMatchObject({ result: "locking" });
    expect(lock.promotionId).toBeTruthy();
    expect(mocks.requests.at(-1)?.acceptApiVersion).toBe("protocol=1.0,resource=1.0");

    expect((await aic.promotion.lockState()).result).toBe("locking");
    const locked = await aic.promotion.lockState({ localLockOnly: true });
    expect(locked).toMatchObject({ result: "locked", promotionId: lock.promotionId });
    expect(mocks.requests.at(-1)?.query).toEqual({ localLockOnly: "true" });

    expect(await aic.promotion.status()).toMatchObject({ status: "READY", blockingError: false });
    const preview = await aic.promotion.provisionalReport();
    expect(preview.report?.AMConfig?.length).toBeGreaterThan(0);

    expect(await aic.promotion.promote({ dryRun: true, description: "check", promoter: "ci" })).toEqual({
      result: "Promotion started",
    });
    expect(await aic.promotion.status()).toMatchObject({ status: "RUNNING", type: "promotion" });
    await aic.promotion.status();
    expect(await aic.promotion.status()).toMatchObject({ status: "READY", promotionId: lock.promotionId });

    const last = await aic.promotion.lastReport();
    expect(last).toMatchObject({
      dryRun: true,
      promotionId: lock.promotionId,
      promotionDescription: "check",
      promoter: "ci",
    });
    const list = await aic.promotion.listReports().toArray();
    expect(list).toHaveLength(1);
    expect(await aic.promotion.report({ reportId: list[0]?.reportId as string })).toEqual(last);

    const unlock = await aic.promotion.unlock({ promotionId: lock.promotionId as string });
    expect(unlock.result).toBe("unlocking");
    await aic.promotion.lockState();
    expect((await aic.promotion.lockState()).result).toBe("unlocked");
  });

  it("rollback and its provisional report; 404 when there is nothing to roll back", async () => {
    expect(await rejectionOf(aic.promotion.provisionalRollbackReport())).toBeInstanceOf(NotFoundError);
    await aic.promotion.promoteAndWait({ ...fast, dryRun: false });
    const preview = await aic.promotion.provisionalRollbackReport();
    expect(preview.type).toBe("rollback");
    expect(preview.report?.IDMConfig?.length).toBeGreaterThan(0);

    const { promotionId } = await aic.promotion.lockAndWait(fast);
    expect(await aic.promotion.rollback({ description: "undo" })).toEqual({ result: "Rollback started" });
    expect(mocks.requests.at(-1)?.operationId).toBe("rollback");
    await aic.promotion.unlockAndWait({ promotionId }, fast).catch(() => undefined);
  });

  it("promote requires dryRun (a real promotion is never the default)", async () => {
    const error = (await rejectionOf(aic.promotion.promote({} as never))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]?.path).toBe("dryRun");
    const waiter = (await rejectionOf(aic.promotion.promoteAndWait({} as never))) as ValidationError;
    expect(waiter.issues[0]?.path).toBe("dryRun");
    expect(mocks.requests).toHaveLength(0);
  });

  it("the fake insists on Accept-API-Version for promotion calls, as the tenant does", async () => {
    const { response } = await aic.raw
      .GET("/environment/promotion/promote", {
        params: { header: { "Accept-API-Version": "resource=2.0" as never } },
      })
      .catch((e: { response: Response }) => ({ response: e.response }));
    expect(response.status).toBe(400);
  });
});

describe("promoteAndWait", () => {
  it("dry run: preview, lock, wait, promote, poll, report, unlock, and returns the report", async () => {
    const progress: PromotionProgress[] = [];
    const report = await aic.promotion.promoteAndWait({
      ...fast,
      dryRun: true,
      description: "nightly check",
      onProgress: (p) => progress.push(p),
    });
    expect(report).toMatchObject({ dryRun: true, type: "promotion", promotionDescription: "nightly check" });
    expect(report.report?.AMConfig?.[0]?.configItem).toBe("Authentication > Journeys");
    expect(steps()).toEqual([
      "getProvisionalReport",
      "lockPromotion",
      "startPromotion",
      "getLastReport",
      "unlockPromotion",
    ]);
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(["provisional-report", "locking", "locked", "running", "report", "unlocking", "unlocked"]);
    expect(progress.some((p) => p.phase === "running" && p.status?.status === "RUNNING")).toBe(true);
    expect(progress.every((p) => p.kind === "promotion")).toBe(true);
    expect(mocks.state.promotion.lock.result).toBe("unlocked");
    // a dry run changes nothing
    expect(mocks.state.promotion.pendingChanges.AMConfig?.length).toBeGreaterThan(0);
    // the waiter asked the tenant not to unlock on its own: it unlocks itself
    const start = mocks.requests.find((r) => r.operationId === "startPromotion");
    expect(start).toBeDefined();
  });

  it("a run that ends between two polls is recognised by its report", async () => {
    mocks.timings.promotion = {};
    const report = await aic.promotion.promoteAndWait({ ...fast, dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(mocks.state.promotion.lock.result).toBe("unlocked");
  });

  it("a real promotion applies the changes; rollbackAndWait reverts them", async () => {
    const promoted = await aic.promotion.promoteAndWait({ ...fast, dryRun: false, promoter: "pipeline" });
    expect(promoted.dryRun).toBe(false);
    expect(mocks.state.promotion.pendingChanges).toEqual({});

    const phases: string[] = [];
    const rolledBack = await aic.promotion.rollbackAndWait({
      ...fast,
      onProgress: (p) => phases.push(`${p.kind}:${p.phase}`),
    });
    expect(rolledBack.type).toBe("rollback");
    expect(phases[0]).toBe("rollback:provisional-report");
    expect(phases.at(-1)).toBe("rollback:unlocked");
    expect(mocks.state.promotion.pendingChanges.AMConfig?.length).toBeGreaterThan(0);
    expect(mocks.state.promotion.lock.result).toBe("unlocked");
  });

  it("keepLocked leaves the lock for a real promotion under the same promotionId", async () => {
    let promotionId: string | undefined;
    const dry = await aic.promotion.promoteAndWait({
      ...fast,
      dryRun: true,
      keepLocked: true,
      onProgress: (p) => {
        promotionId ??= p.promotionId;
      },
    });
    expect(mocks.state.promotion.lock).toMatchObject({ result: "locked", promotionId: dry.promotionId });
    expect(dry.promotionId).toBe(promotionId);
    const real = await aic.promotion.promoteAndWait({ ...fast, dryRun: false, promotionId: dry.promotionId as string });
    expect(real).toMatchObject({ dryRun: false, promotionId: dry.promotionId });
    expect(mocks.requests.filter((r) => r.operationId === "lockPromotion")).toHaveLength(1);
    expect(mocks.state.promotion.lock.result).toBe("unlocked");
  });

  it("a failure mid-way rejects with PromotionError and releases the lock", async () => {
    mocks.control.failNextPromotion("IDM config could not be applied");
    const progress: PromotionProgress[] = [];
    const error = (await rejectionOf(
      aic.promotion.promoteAndWait({ ...fast, dryRun: false, onProgress: (p) => progress.push(p) }),
    )) as PromotionError;
    expect(error).toBeInstanceOf(PromotionError);
    expect(error.phase).toBe("promote");
    expect(error.message).toContain("IDM config could not be applied");
    expect(error.unlocked).toBe(true);
    expect(error.promotionId).toBeTruthy();
    expect(error.lastValue).toMatchObject({ status: { blockingError: true } });
    expect(steps()).toEqual(["getProvisionalReport", "lockPromotion", "startPromotion", "unlockPromotion"]);
    expect(progress.at(-1)?.phase).toBe("unlocking");
    await aic.promotion.lockState();
    await aic.promotion.lockState();
    expect(mocks.state.promotion.lock.result).toBe("unlocked");
    expect(mocks.state.promotion.pendingChanges.AMConfig?.length).toBeGreaterThan(0);
  });

  it("unlockOnFailure: false keeps the lock after a failure", async () => {
    mocks.control.failNextPromotion();
    const error = (await rejectionOf(
      aic.promotion.promoteAndWait({ ...fast, dryRun: false, unlockOnFailure: false }),
    )) as PromotionError;
    expect(error.unlocked).toBe(false);
    expect(mocks.requests.some((r) => r.operationId === "unlockPromotion")).toBe(false);
    expect(mocks.state.promotion.lock.result).toBe("locked");
  });

  it("missing ESVs in the provisional report stop it before anything is locked", async () => {
    mocks.control.setMissingEsvs(["esv-smtp-host", "esv-smtp-password"]);
    const error = (await rejectionOf(aic.promotion.promoteAndWait({ ...fast, dryRun: true }))) as PromotionError;
    expect(error).toBeInstanceOf(PromotionError);
    expect(error.phase).toBe("provisional-report");
    expect(error.message).toContain("esv-smtp-host, esv-smtp-password");
    expect(mocks.requests.some((r) => r.operationId === "lockPromotion")).toBe(false);
  });

  it("without the provisional check, the tenant's own missing-ESV failure is reported", async () => {
    mocks.control.setMissingEsvs(["esv-smtp-host"]);
    const error = (await rejectionOf(
      aic.promotion.promoteAndWait({ ...fast, dryRun: true, checkProvisionalReport: false }),
    )) as PromotionError;
    expect(error.phase).toBe("promote");
    expect(error.message).toContain("missing ESVs: esv-smtp-host");
    expect(error.unlocked).toBe(true);
  });

  it("a lock that ends in error is a PromotionError, and the lock is released", async () => {
    mocks.control.failNextLock("the lower environment is unreachable");
    const error = (await rejectionOf(aic.promotion.promoteAndWait({ ...fast, dryRun: true }))) as PromotionError;
    expect(error.phase).toBe("lock");
    expect(error.message).toContain("the lower environment is unreachable");
    expect(error.unlocked).toBe(true);
    expect(mocks.requests.some((r) => r.operationId === "startPromotion")).toBe(false);
  });

  it("a lock held by someone else is a ConflictError, and their lock is left alone", async () => {
    const theirs = await aic.promotion.lock();
    const error = (await rejectionOf(aic.promotion.promoteAndWait({ ...fast, dryRun: true }))) as ConflictError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(409);
    expect(error.message).toContain("not unlocked");
    expect(mocks.requests.some((r) => r.operationId === "unlockPromotion")).toBe(false);
    expect(mocks.state.promotion.lock.promotionId).toBe(theirs.promotionId);
  });

  it("times out while locking with WaitTimeoutError, and releases the lock", async () => {
    mocks.timings.lock = { polls: 100_000 };
    const progress: PromotionProgress[] = [];
    const error = await rejectionOf(
      aic.promotion.promoteAndWait({ interval: 2, timeout: 500, dryRun: true, onProgress: (p) => progress.push(p) }),
    );
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(mocks.requests.at(-1)?.operationId).toBe("unlockPromotion");
    expect(mocks.state.promotion.lock.result).toBe("unlocking");
    expect(progress.at(-1)).toMatchObject({ phase: "unlocking", lockState: { result: "unlocking" } });
  });

  it("all phases share one timeout, and a lock poll that hangs is cut off at the deadline", async () => {
    await aic.count.get(); // a live token first
    const { faults } = await import("../src/mocks/index.js");
    // the preview takes 600 ms of the 1000 ms budget...
    mocks.faults.inject(faults.slowHeaders(600), { match: "/environment/promotion/report/provisional", times: 1 });
    // ...and the lock state never answers
    server.use(
      http.get(`${mocks.baseUrl}/environment/promotion/lock/state`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 60_000).unref());
        return HttpResponse.json({ result: "locked" });
      }),
    );
    const started = Date.now();
    const error = await rejectionOf(aic.promotion.promoteAndWait({ dryRun: true, timeout: 1_000 }));
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(1_800); // not 600 + 1000
    // the lock it took is still released
    expect(mocks.requests.at(-1)?.operationId).toBe("unlockPromotion");
  });

  it("promoteAndWait() against the default fake polls quickly (0.5 s first, then backing off)", async () => {
    const started = Date.now();
    const report = await aic.promotion.promoteAndWait({ dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(Date.now() - started).toBeLessThan(6_000); // (it used to take about 20 s)
  });

  it("times out while the run goes on: the unlock is refused and reported, the timeout is what rejects", async () => {
    mocks.timings.promotion = { polls: 100_000 };
    const progress: PromotionProgress[] = [];
    const error = await rejectionOf(
      // Long enough to reach the running phase even on a loaded machine; the run never ends.
      aic.promotion.promoteAndWait({ interval: 2, timeout: 1_500, dryRun: true, onProgress: (p) => progress.push(p) }),
    );
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(progress.some((p) => p.phase === "running")).toBe(true);
    const last = progress.at(-1);
    expect(last?.phase).toBe("unlocking");
    expect(last?.error).toBeInstanceOf(ConflictError);
  });

  it("aborts with AbortError and still releases the lock", async () => {
    mocks.timings.lock = { polls: 100_000 };
    const controller = new AbortController();
    const error = await rejectionOf(
      aic.promotion.promoteAndWait({
        interval: 60_000,
        dryRun: true,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === "locking") controller.abort();
        },
      }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(mocks.requests.at(-1)?.operationId).toBe("unlockPromotion");
    expect(mocks.state.promotion.lock.result).not.toBe("locking");
  });

  it("rides through transient errors while polling", async () => {
    const { faults } = await import("../src/mocks/index.js");
    const before = mocks.faults.applied; // (reset() keeps the count)
    mocks.faults.inject(faults.unavailable(502), {
      match: (r) => r.method === "GET" && r.url.includes("/environment/promotion/promote"),
      times: 1,
    });
    mocks.faults.inject(faults.unavailable(503), { match: "/environment/promotion/lock/state", times: 1 });
    const report = await aic.promotion.promoteAndWait({ ...fast, dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(mocks.faults.applied - before).toBe(2);
  });
});

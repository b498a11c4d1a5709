import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { AbortError, type RestartProgress, ServerError, WaitTimeoutError } from "../src/index.js";
import { faults } from "../src/mocks/index.js";
import { clientFor, rejectionOf, setupTenant } from "./helpers.js";

const { mocks, server } = setupTenant({ timings: { restart: { polls: 3, unavailablePolls: 1 } } });
const aic = clientFor(mocks);

describe("restart and count", () => {
  it("status, start and count map to their operations", async () => {
    expect(await aic.restart.status()).toEqual({ restartStatus: "ready" });
    await aic.variables.set({ id: "esv-a", value: "1" });
    await aic.secrets.create({ id: "esv-b", value: "2" });
    expect(await aic.count.get()).toEqual({ variables: 1, secrets: 1 });
    expect(await aic.count.get({ onlyPending: true })).toEqual({ variables: 1, secrets: 1 });
    expect(await aic.restart.start()).toEqual({ restartStatus: "restarting" });
    expect(mocks.requests.at(-1)).toMatchObject({ method: "POST", query: { _action: "restart" } });
    expect(mocks.state.restart.status).toBe("restarting");
  });

  it("restartAndWait restarts, rides through a 503 while services come back, and loads pending ESVs", async () => {
    await aic.variables.set({ id: "esv-a", value: "1" });
    await aic.secrets.create({ id: "esv-b", value: "2" });
    const progress: RestartProgress[] = [];
    const result = await aic.restart.restartAndWait({ interval: 1, onProgress: (p) => progress.push(p) });

    expect(result.restartStatus).toBe("ready");
    expect(result.polls).toBe(4); // 1 x 503, 2 x restarting, then ready
    expect(progress.map((p) => [p.phase, p.restartStatus ?? (p.error instanceof ServerError ? "503" : "?")])).toEqual([
      ["before-restart", "ready"],
      ["started", "restarting"],
      ["restarting", "503"],
      ["restarting", "restarting"],
      ["restarting", "restarting"],
      ["restarting", "ready"],
    ]);
    expect(await aic.count.get({ onlyPending: true })).toEqual({ variables: 0, secrets: 0 });
    expect((await aic.variables.get({ id: "esv-a" })).loaded).toBe(true);
    expect((await aic.secrets.get({ id: "esv-b" })).loadedVersion).toBe("1");
    expect(mocks.state.restart.completed).toBe(1);
  });

  it("waits for a restart already running before starting its own", async () => {
    await aic.restart.start();
    const phases: string[] = [];
    await aic.restart.restartAndWait({ interval: 1, onProgress: (p) => phases.push(p.phase) });
    expect(phases.filter((p) => p === "before-restart").length).toBeGreaterThan(1);
    expect(phases.filter((p) => p === "started")).toHaveLength(1);
    expect(mocks.state.restart.completed).toBe(2);
  });

  it("tolerates dropped connections and rate limits on status polls", async () => {
    mocks.faults.inject(faults.connectionReset(), { match: "/environment/startup", times: 1 });
    mocks.faults.inject(faults.rateLimit({ retryAfterMs: 1 }), { match: "/environment/startup", times: 1 });
    const result = await aic.restart.restartAndWait({ interval: 1 });
    expect(result.restartStatus).toBe("ready");
    expect(mocks.faults.applied).toBe(2);
  });

  it("does not ride through a non-transient error", async () => {
    mocks.faults.inject(faults.status(403, { code: 403, message: "Forbidden" }), { match: "/environment/startup" });
    const error = await rejectionOf(aic.restart.restartAndWait({ interval: 1 }));
    expect(error).toMatchObject({ name: "PermissionDeniedError", status: 403 });
  });

  it("times out with WaitTimeoutError carrying the last status", async () => {
    mocks.timings.restart = { polls: 10_000 };
    const error = (await rejectionOf(aic.restart.restartAndWait({ interval: 2, timeout: 500 }))) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.lastValue).toEqual({ restartStatus: "restarting" });
  });

  it("a status poll that hangs cannot outlive the waiter: timeout 1000 gives up in about a second", async () => {
    await aic.count.get(); // a live token, so the only slow thing is the poll
    let polls = 0;
    server.use(
      http.get(`${mocks.baseUrl}/environment/startup`, async () => {
        polls++;
        // never answers within the test (the timer does not keep the process alive)
        await new Promise((resolve) => setTimeout(resolve, 60_000).unref());
        return HttpResponse.json({ restartStatus: "ready" });
      }),
    );
    const started = Date.now();
    const error = (await rejectionOf(aic.restart.restartAndWait({ timeout: 1000 }))) as WaitTimeoutError;
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.message).toContain("Timed out after 1000 ms");
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(1_800);
    expect(polls).toBe(1);
  });

  it("aborts at once with AbortError", async () => {
    const controller = new AbortController();
    const pending = aic.restart.restartAndWait({
      interval: 60_000,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === "restarting") controller.abort(new Error("stop"));
      },
    });
    // the 60 s interval is longer than the test's timeout: only an immediate abort passes
    expect(await rejectionOf(pending)).toBeInstanceOf(AbortError);
  });
});

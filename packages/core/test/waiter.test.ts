import { describe, expect, it } from "vitest";
import {
  AbortError,
  ServerError,
  TimeoutError,
  WaiterError,
  type WaitProgress,
  WaitTimeoutError,
  waitFor,
} from "../src/index.js";

const states = (...values: string[]) => {
  let i = 0;
  return async () => values[Math.min(i++, values.length - 1)] as string;
};

describe("waitFor", () => {
  it("polls until the condition holds and returns the final value", async () => {
    const seen: Array<WaitProgress<string>> = [];
    const value = await waitFor(states("queued", "running", "done"), {
      until: (s) => s === "done",
      interval: 1,
      onProgress: (p) => seen.push(p),
    });
    expect(value).toBe("done");
    expect(seen.map((p) => p.value)).toEqual(["queued", "running", "done"]);
    expect(seen.map((p) => p.attempt)).toEqual([1, 2, 3]);
  });

  it("stops on a failure state with WaiterError carrying the value", async () => {
    const error = (await waitFor(states("running", "failed"), {
      until: (s) => s === "done",
      failWhen: (s) => (s === "failed" ? "the job failed" : undefined),
      interval: 1,
      description: "job",
    }).catch((e: unknown) => e)) as WaiterError;
    expect(error).toBeInstanceOf(WaiterError);
    expect(error.message).toBe("job failed: the job failed");
    expect(error.lastValue).toBe("failed");
  });

  it("times out with WaitTimeoutError (a TimeoutError) and the last value", async () => {
    const error = (await waitFor(states("running"), { until: () => false, interval: 5, timeout: 30 }).catch(
      (e: unknown) => e,
    )) as WaitTimeoutError;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.lastValue).toBe("running");
  });

  it("tolerates listed errors and keeps polling", async () => {
    let n = 0;
    const poll = async () => {
      n++;
      if (n < 3)
        throw new ServerError({
          status: 502,
          message: "restarting",
          vendor: "v",
          headers: new Headers(),
          body: undefined,
        });
      return "ready";
    };
    const progress: unknown[] = [];
    const value = await waitFor(poll, {
      until: (s) => s === "ready",
      interval: 1,
      tolerate: (e) => e instanceof ServerError,
      onProgress: (p) => progress.push(p.error ? "error" : p.value),
    });
    expect(value).toBe("ready");
    expect(progress).toEqual(["error", "error", "ready"]);
  });

  it("does not tolerate other errors", async () => {
    const poll = async () => {
      throw new Error("boom");
    };
    await expect(waitFor(poll, { until: () => true, tolerate: (e) => e instanceof ServerError })).rejects.toThrow(
      "boom",
    );
  });

  it("aborts at once, even mid-interval", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const outcome = waitFor(states("running"), { until: () => false, interval: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(outcome).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("interval can be a function of the attempt", async () => {
    const intervals: number[] = [];
    await waitFor(states("a", "b", "c", "done"), {
      until: (s) => s === "done",
      interval: (attempt) => {
        intervals.push(attempt);
        return 1;
      },
    });
    expect(intervals).toEqual([1, 2, 3]);
  });
});

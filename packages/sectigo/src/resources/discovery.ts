import { type CallOptions, ValidationError, WaiterError, waitFor } from "@trustplane/core";
import type { components } from "../generated/openapi.gen.js";
import { DiscoveryResource } from "../generated/resources.gen.js";
import { requireId } from "../internal/checks.js";
import { contextOf } from "../internal/context.js";
import { withCreatedIds } from "../internal/mixins.js";
import { forSurface } from "../internal/surface.js";

type Operation = components["schemas"]["DiscoveryOperation"];

/** Which kind of discovery task: network (`net_task`), Active Directory (`ad_task`) or Azure Key Vault (`azure_task`). */
export type DiscoveryTaskType = "net_task" | "ad_task" | "azure_task";

/** Options of `discovery.runScan`. */
export interface ScanWaitOptions {
  /** Give up after this many ms (a WaitTimeoutError naming the task). Default 3600000 (one hour). */
  timeout?: number | undefined;
  /** Give up at this moment (epoch ms), whichever comes first with `timeout`. */
  deadline?: number | undefined;
  /** Wait between polls of the task's operations, in ms. Default 10000. */
  interval?: number | ((attempt: number) => number) | undefined;
  /** Stops waiting at once (an AbortError). */
  signal?: AbortSignal | undefined;
  /** Hears every poll: the operation as Sectigo reports it (`in_progress`...), once it shows. */
  onProgress?:
    | ((progress: { attempt: number; elapsedMs: number; operation: Operation | undefined }) => void)
    | undefined;
}

const START = {
  net_task: "startNetworkScanTask",
  ad_task: "startAdScanTask",
  azure_task: "startAzureScanTask",
} as const;

const Base = withCreatedIds(DiscoveryResource, {
  createNetworkScanTask: "number",
  createNetworkScanTaskV3: "number",
  createAdScanTask: "number",
  createAdScanTaskV3: "number",
  createAzureScanTask: "number",
  createAssignmentRule: "number",
});

/** Discovery: every operation of the area, create methods answering the new ID, and scans you can wait for. */
export class Discovery extends Base {
  /**
   * Starts a scan task and waits until the run it started leaves `in_progress`. The start call is
   * the one the client's API generation serves (`v3` on the SCM REST API, `v4` on the Admin API
   * for network and AD tasks). Resolves with the finished operation (`completed`); a run that
   * ends `failed`, `cancelled` or `expired` is a WaiterError carrying it; running out of time a
   * WaitTimeoutError. Read what it found with `getOperationResult`.
   */
  async runScan(
    input: { taskType: DiscoveryTaskType; taskId: number },
    options: ScanWaitOptions = {},
  ): Promise<Operation> {
    requireId(input, "taskId", "discovery.runScan input");
    const { taskType, taskId } = input;
    if (!(taskType in START)) {
      throw new ValidationError(
        'Invalid discovery.runScan input: taskType: must be one of "net_task", "ad_task", "azure_task"',
        [{ path: "taskType", message: 'must be one of "net_task", "ad_task", "azure_task"' }],
      );
    }
    const surface = contextOf(this.api).surface;
    const callOptions = (signal?: AbortSignal, timeout?: number): CallOptions => ({
      ...(signal && { signal }),
      ...(timeout !== undefined && { timeout: Math.max(1, timeout) }),
    });
    const list = async (signal?: AbortSignal, timeout?: number): Promise<Operation[]> =>
      (await this.listOperations({ taskType, taskId }, { pageSize: 200, ...callOptions(signal, timeout) })).items;
    const before = new Set((await list(options.signal)).map((o) => o.id));
    const start = forSurface(START[taskType], surface);
    await this.send(start, { taskId }, callOptions(options.signal));
    const started = Date.now();
    const newest = (operations: Operation[]) =>
      operations
        .filter((o) => !before.has(o.id))
        .sort((a, b) => String(b.created ?? "").localeCompare(String(a.created ?? "")))[0];
    const operation = await waitFor<Operation | undefined>(
      async (_attempt, ctx) => newest(await list(ctx.signal, ctx.remainingMs)),
      {
        until: (o) => o?.status === "completed",
        failWhen: (o) =>
          o && o.status !== "completed" && o.status !== "in_progress"
            ? `the run ended ${o.status}${o.error ? `: ${o.error}` : ""}`
            : undefined,
        interval: options.interval ?? 10_000,
        timeout: options.timeout ?? 3_600_000,
        deadline: options.deadline,
        signal: options.signal,
        description: `discovery ${taskType} ${taskId}`,
        onProgress: ({ attempt, value }) =>
          options.onProgress?.({ attempt, elapsedMs: Date.now() - started, operation: value }),
      },
    );
    if (!operation) throw new WaiterError(`discovery ${taskType} ${taskId}: no run appeared`, { lastValue: undefined });
    return operation;
  }
}

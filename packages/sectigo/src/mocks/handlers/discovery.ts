/**
 * Discovery scan tasks (network, AD, Azure; the v2, v3 and v4 paths) and their runs: a started run
 * stays `in_progress` for a few polls of its operation list, then completes with findings.
 */
import { created, fail, json, notFound } from "../http.js";
import type { FakeRequest, Handler } from "../router.js";
import type { FakeScanTask } from "../state-types.js";
import { bodyOf, done, intParam, page } from "./common.js";

type TaskType = FakeScanTask["type"];

/** The discovery handlers, by operationId. */
export function discoveryHandlers(): Record<string, Handler> {
  const find = (request: FakeRequest, type: TaskType, id = intParam(request, "taskId")): FakeScanTask => {
    const task = request.state.scanTasks.get(id);
    if (!task || task.type !== type) notFound(`Scan task ${id}`);
    return task;
  };
  const create =
    (type: TaskType, path: string, answer: "location" | "body"): Handler =>
    (request) => {
      const body = bodyOf(request);
      if (type !== "azure_task" && !Array.isArray(body.ranges) && type === "net_task") {
        fail(400, -615, "A scan needs at least one range");
      }
      const id = request.state.nextId();
      request.state.scanTasks.set(id, { id, type, request: body, runs: [] });
      return answer === "location" ? created(`${request.base}${path}/${id}`) : json({ taskId: id }, 201);
    };
  const view = (_request: FakeRequest, task: FakeScanTask) => ({
    ...task.request,
    status: task.runs.at(-1)?.status ?? null,
    ...(typeof task.request.certBucketId === "string" && { certificateBucket: { id: task.request.certBucketId } }),
  });
  const list =
    (type: TaskType): Handler =>
    (request) =>
      page(
        request,
        [...request.state.scanTasks.values()]
          .filter((t) => t.type === type)
          .map((t) => ({ taskId: t.id, name: t.request.name, status: t.runs.at(-1)?.status ?? "NEW" })),
      );
  const get =
    (type: TaskType): Handler =>
    (request) =>
      json(view(request, find(request, type)));
  const update =
    (type: TaskType): Handler =>
    (request) => {
      const body = bodyOf(request);
      const id = request.params.taskId !== undefined ? intParam(request, "taskId") : Number(body.taskId);
      const task = find(request, type, id);
      Object.assign(task.request, body);
      return done(request);
    };
  const remove =
    (type: TaskType): Handler =>
    (request) => {
      request.state.scanTasks.delete(find(request, type).id);
      return done(request);
    };
  const start =
    (type: TaskType): Handler =>
    (request) => {
      const task = find(request, type);
      if (task.runs.some((r) => r.status === "in_progress"))
        fail(400, -618, "Discovery is already running; retry later");
      request.state.startScan(task);
      return done(request);
    };
  const handlers: Record<string, Handler> = {
    createNetworkScanTask: create("net_task", "/api/discovery/v4/net_task", "location"),
    createNetworkScanTaskV3: create("net_task", "/api/discovery/v3/net_task", "location"),
    createNetworkScanTaskV2: create("net_task", "/api/discovery/v2/net_task", "body"),
    createAdScanTask: create("ad_task", "/api/discovery/v4/ad_task", "location"),
    createAdScanTaskV3: create("ad_task", "/api/discovery/v3/ad_task", "location"),
    createAdScanTaskV2: create("ad_task", "/api/discovery/v2/ad_task", "body"),
    createAzureScanTask: create("azure_task", "/api/discovery/v1/azure_task", "location"),
    listDiscoveryOperations: (request) => {
      const type = request.params.taskType as TaskType;
      if (!["net_task", "ad_task", "azure_task"].includes(type)) fail(400, -1601, `Unknown task type ${type}`);
      const task = find(request, type);
      const runs = request.state.pollScans(task);
      const items = [...runs].reverse().map((r) => ({
        id: r.id,
        status: r.status,
        created: r.created.toISOString(),
        modified: r.modified.toISOString(),
        ...(r.status === "failed" && { error: r.fail }),
      }));
      return page(request, items, "data");
    },
    getDiscoveryOperationResult: (request) => {
      const task = find(request, request.params.taskType as TaskType);
      const run = task.runs.find((r) => r.id === request.params.operationId);
      if (!run) notFound(`Operation ${request.params.operationId}`);
      const issued = [...request.state.certificates.values()].filter((c) => c.state === "issued" && c.kind === "ssl");
      const findings = issued.map((c, i) => ({
        certificate: {
          commonName: c.commonName,
          serialNumber: request.state.serialOf(c),
          subjectAlternativeNames: c.subjectAltNames,
        },
        location: { type: "NETWORK", details: { ip: `10.0.0.${(i % 250) + 1}`, port: 443, address: c.commonName } },
        operation: { id: run.id, created: run.created.toISOString() },
        created: run.modified.toISOString(),
      }));
      return page(request, run.status === "completed" ? findings : [], "data");
    },
    stopDiscoveryOperation: (request) => {
      const task = find(request, request.params.taskType as TaskType);
      const run = task.runs.find((r) => r.id === request.params.operationId);
      if (!run) notFound(`Operation ${request.params.operationId}`);
      if (run.status === "in_progress") run.status = "cancelled";
      return done(request);
    },
  };
  const names: Record<TaskType, string> = { net_task: "Network", ad_task: "Ad", azure_task: "Azure" };
  for (const [type, name] of Object.entries(names) as Array<[TaskType, string]>) {
    for (const suffix of type === "azure_task" ? [""] : ["", "V2", "V3", "V4"]) {
      handlers[`list${name}ScanTasks${suffix}`] = list(type);
      handlers[`get${name}ScanTask${suffix}`] = get(type);
      handlers[`update${name}ScanTask${suffix}`] = update(type);
      handlers[`delete${name}ScanTask${suffix}`] = remove(type);
      handlers[`start${name}ScanTask${suffix}`] = start(type);
    }
  }
  return handlers;
}

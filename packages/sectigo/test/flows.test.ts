/** Discovery scans you can wait for, reports streamed as CSV, DCV for a domain, organizations. */
import { describe, expect, it } from "vitest";
import { CsvReport, UnsupportedOperationError, ValidationError, WaiterError } from "../src/index.js";
import { csrFor, failure, useFake } from "./helpers.js";

const { mocks, server, classic, admin } = useFake({ scanPolls: 2 });

const scanTask = {
  name: "DMZ scan",
  certBucketId: "9f3c6a52-1d2e-4b7a-8c9d-0e1f2a3b4c5d",
  time: { hours: 2, minutes: 0 },
  ranges: [{ address: "10.0.0.0/24", ports: "443" }],
};

describe("discovery scans", () => {
  it.each([
    ["SCM REST API", classic, "/api/discovery/v3/net_task/"],
    ["Admin API", admin, "/api/discovery/v4/net_task/"],
  ] as const)("runScan starts the task and waits for its run (%s)", async (_name, make, startPath) => {
    const sectigo = make();
    const taskId = await sectigo.discovery.createNetworkScanTask(scanTask);
    const started: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === "POST" && request.url.endsWith("/start")) started.push(new URL(request.url).pathname);
    };
    server.events.on("request:start", listener);
    const progress: Array<string | undefined> = [];
    try {
      const run = await sectigo.discovery.runScan(
        { taskType: "net_task", taskId },
        { interval: 1, onProgress: (p) => progress.push(p.operation?.status) },
      );
      expect(run.status).toBe("completed");
      const result = await sectigo.discovery.getOperationResult({
        taskType: "net_task",
        taskId,
        operationId: run.id ?? "",
      });
      expect(result.items).toEqual([]);
    } finally {
      server.events.removeListener("request:start", listener);
    }
    expect(started).toEqual([`${startPath}${taskId}/start`]);
    expect(progress).toEqual(["in_progress", "in_progress", "completed"]);
  });

  it("a failed run is a WaiterError carrying it; a bad task type is refused", async () => {
    const sectigo = classic();
    const taskId = await sectigo.discovery.createNetworkScanTask(scanTask);
    const task = mocks.state.scanTasks.get(taskId);
    const originalStart = mocks.state.startScan.bind(mocks.state);
    mocks.state.startScan = (t) => {
      const run = originalStart(t);
      run.fail = "agent offline";
      return run;
    };
    const error = await failure(sectigo.discovery.runScan({ taskType: "net_task", taskId }, { interval: 1 }));
    expect(error).toBeInstanceOf(WaiterError);
    expect((error as Error).message).toContain("failed: agent offline");
    expect(task?.runs).toHaveLength(1);
    await expect(sectigo.discovery.runScan({ taskType: "cloud" as never, taskId })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe("reports", () => {
  it("stream as CSV: the answer arrives with the headers, rows while the server is still writing", async () => {
    const sectigo = classic();
    await sectigo.ssl.enrollAndCollect(
      { orgId: 1, certType: 101, term: 365, csr: csrFor("report.example.com") },
      { interval: 1 },
    );
    mocks.state.reportRows = 5_000;
    let release: () => void = () => undefined;
    mocks.state.reportGate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Held after the header row: with a buffered body this call could not resolve.
    const report = await sectigo.reports.stream({ body: { type: "SSL_CERTS", currentStatus: "ISSUED" } });
    expect(report).toBeInstanceOf(CsvReport);
    expect(report.fileName).toBe("ssl_certs_report.csv");
    const rows = report.rows();
    expect((await rows.next()).value).toEqual([
      "Id",
      "Common Name",
      "Status",
      "Serial Number",
      "Organization",
      "Expires",
    ]);
    release();
    const first = (await rows.next()).value as string[];
    expect(first.slice(1, 3)).toEqual(["report.example.com", "issued"]);
    let count = 1;
    let last: string[] = [];
    for await (const row of rows) {
      count++;
      last = row;
    }
    expect(count).toBe(5_001);
    expect(last[4]).toBe("Example Corp, Inc."); // a quoted field with a comma
  });

  it("an error before the body is an ApiError; a stop mid-way frees the connection", async () => {
    const sectigo = classic();
    await expect(sectigo.reports.stream({ body: { type: "NOPE" } as never })).rejects.toBeInstanceOf(ValidationError);
    mocks.state.reportRows = 100_000;
    const controller = new AbortController();
    const report = await sectigo.reports.stream({ body: { type: "DEVICE_CERTS" } }, { signal: controller.signal });
    let seen = 0;
    const stopped = failure(
      (async () => {
        for await (const _ of report) {
          seen++;
          if (seen === 10) controller.abort();
        }
      })(),
    );
    await stopped;
    expect(seen).toBeLessThan(100_000);
  });

  it("JSON reports are plain calls; the stream is SCM REST API only", async () => {
    const sectigo = admin();
    const report = await sectigo.reports.getSslCertificates({});
    expect(report.statusCode).toBe(0);
    await expect(sectigo.reports.stream({ body: { type: "ADMINS" } })).rejects.toBeInstanceOf(
      UnsupportedOperationError,
    );
  });
});

describe("domains and DCV", () => {
  it("creates a domain, validates it over HTTP, and sees it validated", async () => {
    for (const [make, version] of [
      [classic, ""],
      [admin, "V2"],
    ] as const) {
      const sectigo = make();
      const name = `dcv${version.toLowerCase() || "1"}.example.org`;
      const domainId = await sectigo.domains.create({ name, delegations: [{ orgId: 1, certTypes: ["SSL"] }] });
      const start = version ? sectigo.dcv.startHttpV2({ domain: name }) : sectigo.dcv.startHttp({ domain: name });
      const instructions = await start;
      expect(instructions.url).toContain(`http://${name}/.well-known/pki-validation/`);
      const submitted = version
        ? await sectigo.dcv.submitHttpV2({ domain: name })
        : await sectigo.dcv.submitHttp({ domain: name });
      expect(submitted.orderStatus).toBe("SUBMITTED");
      expect((await sectigo.dcv.getStatus({ domain: name })).status).toBe("Not Validated");
      expect((await sectigo.dcv.getStatus({ domain: name })).status).toBe("Validated");
      expect((await sectigo.domains.get({ domainId })).validationStatus).toBe("VALIDATED");
    }
  });
});

describe("organizations and departments", () => {
  it("lists organizations with their departments, and creates a department", async () => {
    const sectigo = classic();
    const id = await sectigo.organizations.create({
      name: "Security",
      parentOrgName: "Example Corp",
      clientCertificate: {},
    });
    const [org] = await sectigo.organizations.list().toArray();
    expect(org?.name).toBe("Example Corp");
    expect(org?.departments?.map((d) => d.name).sort()).toEqual(["Platform", "Security"]);
    expect(org?.departments?.some((d) => d.id === id)).toBe(true);
  });
});

import { inspect } from "node:util";
import { captureLogs } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { BadRequestError, NotFoundError, ValidationError } from "../src/index.js";
import { clientFor, rejectionOf, setupTenant } from "./helpers.js";

const { mocks, server } = setupTenant();
const aic = clientFor(mocks);

const PEM = "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n";

describe("secrets", () => {
  it("create base64-encodes the value, applies defaults and returns metadata without the value", async () => {
    const created = await aic.secrets.create({ id: "esv-api-key", value: "s3cr3t-value", description: "API key" });
    expect(created).toMatchObject({
      _id: "esv-api-key",
      activeVersion: "1",
      encoding: "generic",
      useInPlaceholders: true,
      loaded: false,
      description: "API key",
    });
    expect(JSON.stringify(created)).not.toContain(Buffer.from("s3cr3t-value").toString("base64"));
    expect(mocks.state.secrets.get("esv-api-key")?.versions[0]?.valueBase64).toBe(
      Buffer.from("s3cr3t-value").toString("base64"),
    );
  });

  it("create takes bytes and an explicit encoding", async () => {
    const key = new Uint8Array(32).fill(7);
    await aic.secrets.create({ id: "esv-hmac", value: key, encoding: "base64hmac", useInPlaceholders: false });
    const stored = mocks.state.secrets.get("esv-hmac");
    expect(stored?.encoding).toBe("base64hmac");
    expect(stored?.useInPlaceholders).toBe(false);
    expect(Buffer.from(stored?.versions[0]?.valueBase64 ?? "", "base64")).toEqual(Buffer.from(key));
  });

  it("get returns metadata only; list pages; setDescription; delete", async () => {
    await aic.secrets.create({ id: "esv-a", value: "1" });
    await aic.secrets.create({ id: "esv-b", value: "2" });
    const read = await aic.secrets.get({ id: "esv-a" });
    expect(read).not.toHaveProperty("valueBase64");
    expect(read._id).toBe("esv-a");

    const listed = await aic.secrets.list({ pageSize: 1 }).toArray();
    expect(listed.map((s) => s._id)).toEqual(["esv-a", "esv-b"]);
    expect(mocks.requests.filter((r) => r.operationId === "getAllSecrets" && r.status === 200)).toHaveLength(2);

    await aic.secrets.setDescription({ id: "esv-a", description: "rotated monthly" });
    expect((await aic.secrets.get({ id: "esv-a" })).description).toBe("rotated monthly");

    const deleted = await aic.secrets.delete({ id: "esv-a" });
    expect(deleted._id).toBe("esv-a");
    expect(await rejectionOf(aic.secrets.get({ id: "esv-a" }))).toBeInstanceOf(NotFoundError);
  });

  it("creating an existing secret is an error, not an update", async () => {
    await aic.secrets.create({ id: "esv-once", value: "first" });
    const error = (await rejectionOf(aic.secrets.create({ id: "esv-once", value: "second" }))) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toContain("already exists");
    expect(mocks.state.secrets.get("esv-once")?.versions).toHaveLength(1);
  });

  it("a pem secret must be PEM text, checked before sending", async () => {
    const error = (await rejectionOf(
      aic.secrets.create({ id: "esv-cert", value: "not pem", encoding: "pem" }),
    )) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]?.path).toBe("value");
    expect(error.message).not.toContain("not pem");
    await expect(aic.secrets.create({ id: "esv-cert", value: PEM, encoding: "pem" })).resolves.toMatchObject({
      encoding: "pem",
    });
  });

  it("versions: create, list, get (latest too), change status, delete", async () => {
    await aic.secrets.create({ id: "esv-rot", value: "v1" });
    const v2 = await aic.secrets.createVersion({ id: "esv-rot", value: "v2" });
    expect(v2).toMatchObject({ version: "2", status: "ENABLED", loaded: false });
    expect(mocks.requests.at(-1)?.query).toEqual({ _action: "create" });

    const versions = await aic.secrets.listVersions({ id: "esv-rot" }).toArray();
    expect(versions.map((v) => v.version)).toEqual(["1", "2"]);
    expect((await aic.secrets.getVersion({ id: "esv-rot", version: "latest" })).version).toBe("2");
    expect((await aic.secrets.getVersion({ id: "esv-rot", version: 1 })).version).toBe("1");

    const disabled = await aic.secrets.setVersionStatus({ id: "esv-rot", version: 1, status: "DISABLED" });
    expect(disabled.status).toBe("DISABLED");
    expect(mocks.requests.at(-1)?.query).toEqual({ _action: "changestatus" });
    expect((await aic.secrets.get({ id: "esv-rot" })).activeVersion).toBe("2");

    const deleted = await aic.secrets.deleteVersion({ id: "esv-rot", version: "1" });
    expect(deleted.version).toBe("1");
    expect(mocks.state.secrets.get("esv-rot")?.versions.map((v) => v.version)).toEqual(["2"]);
  });

  it("the tenant refuses to disable the newest version (a BadRequestError with its message)", async () => {
    await aic.secrets.create({ id: "esv-rot", value: "v1" });
    const error = (await rejectionOf(
      aic.secrets.setVersionStatus({ id: "esv-rot", version: "latest", status: "DISABLED" }),
    )) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.code).toBe(400);
    expect(error.message).toContain("cannot be disabled");
  });

  it("rotate adds a version and disables the ones enabled before it", async () => {
    await aic.secrets.create({ id: "esv-rot", value: "v1" });
    await aic.secrets.createVersion({ id: "esv-rot", value: "v2" });
    const { version, disabled } = await aic.secrets.rotate({ id: "esv-rot", value: "v3" });
    expect(version.version).toBe("3");
    expect(disabled.map((v) => [v.version, v.status])).toEqual([
      ["1", "DISABLED"],
      ["2", "DISABLED"],
    ]);
    const kept = await aic.secrets.rotate({ id: "esv-rot", value: "v4", disablePrevious: false });
    expect(kept.disabled).toEqual([]);
    expect(mocks.state.secrets.get("esv-rot")?.versions.find((v) => v.version === "3")?.status).toBe("ENABLED");
  });

  it("onlyPending lists secrets whose newest version is not loaded yet", async () => {
    await aic.secrets.create({ id: "esv-new", value: "x" });
    const stored = mocks.state.secrets.get("esv-new");
    if (stored) stored.loadedVersion = "1";
    await aic.secrets.create({ id: "esv-other", value: "y" });
    const pending = await aic.secrets.list({ onlyPending: true }).toArray();
    expect(pending.map((s) => s._id)).toEqual(["esv-other"]);
  });

  it('stops paging on a last page whose cookie is the text "null" (as the tenant has been seen to send)', async () => {
    let calls = 0;
    server.use(
      http.get(`${mocks.baseUrl}/environment/secrets`, () => {
        calls++;
        return HttpResponse.json({
          result: [{ _id: "esv-only" }],
          resultCount: 1,
          pagedResultsCookie: "null",
          remainingPagedResults: -1,
          totalPagedResults: -1,
          totalPagedResultsPolicy: "NONE",
        });
      }),
    );
    const all = await aic.secrets.list().toArray();
    expect(all.map((s) => s._id)).toEqual(["esv-only"]);
    expect(calls).toBe(1);
  });

  it("validates ids, versions, statuses and values before sending", async () => {
    const before = mocks.requests.length;
    const cases: Array<[() => Promise<unknown>, string]> = [
      [() => aic.secrets.get({ id: "esv-" }), "id"],
      [() => aic.secrets.getVersion({ id: "esv-a", version: "first" }), "version"],
      [() => aic.secrets.getVersion({ id: "esv-a", version: 0 }), "version"],
      [() => aic.secrets.setVersionStatus({ id: "esv-a", version: 1, status: "OFF" as never }), "status"],
      [() => aic.secrets.create({ id: "esv-a", value: 42 as never }), "value"],
      [() => aic.secrets.create({ id: "esv-a", value: "x", encoding: "base32" as never }), "encoding"],
      [() => aic.secrets.list({ pageSize: 1.5 }), "pageSize"],
    ];
    for (const [call, field] of cases) {
      const error = (await rejectionOf(call())) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues.map((i) => i.path)).toContain(field);
    }
    expect(mocks.requests.length).toBe(before);
  });

  it("secret values never reach logs, even at debug level", async () => {
    const { logger, text } = captureLogs();
    const logged = clientFor(mocks, { logger, logLevel: "debug" });
    await logged.secrets.create({ id: "esv-hidden", value: "hunter2-very-secret" });
    await logged.secrets.createVersion({ id: "esv-hidden", value: "hunter3-very-secret" });
    await logged.variables.set({ id: "esv-visible", value: "fine-to-see" });
    const out = text();
    expect(out).toContain("esv-hidden");
    for (const secret of ["hunter2-very-secret", "hunter3-very-secret"]) {
      expect(out).not.toContain(secret);
      expect(out).not.toContain(Buffer.from(secret).toString("base64"));
    }
    expect(inspect(logged, { depth: 10, showHidden: true })).not.toContain("hunter2");
  });
});

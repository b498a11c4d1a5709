import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../src/index.js";
import { clientFor, rejectionOf, setupTenant } from "./helpers.js";

const { mocks } = setupTenant();
const aic = clientFor(mocks);

describe("variables", () => {
  it("set encodes text as base64 and get decodes it", async () => {
    const stored = await aic.variables.set({ id: "esv-greeting", value: "héllo wörld", description: "greeting" });
    expect(stored.valueBase64).toBe(Buffer.from("héllo wörld").toString("base64"));
    expect(mocks.state.variables.get("esv-greeting")?.valueBase64).toBe(stored.valueBase64);

    const read = await aic.variables.get({ id: "esv-greeting" });
    expect(read.value).toBe("héllo wörld");
    expect(read.description).toBe("greeting");
    expect(read.loaded).toBe(false);
    expect(Buffer.from(read.valueBytes).toString("utf8")).toBe("héllo wörld");
  });

  it("set takes bytes, and keeps raw bytes readable", async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await aic.variables.set({ id: "esv-binary", value: bytes, expressionType: "base64encodedinlined" });
    const read = await aic.variables.get({ id: "esv-binary" });
    expect([...read.valueBytes]).toEqual([0, 1, 2, 250, 255]);
    expect(read.expressionType).toBe("base64encodedinlined");
  });

  it("set takes an already-encoded valueBase64 as is", async () => {
    await aic.variables.set({ id: "esv-pre", valueBase64: "aGk=" });
    expect((await aic.variables.get({ id: "esv-pre" })).value).toBe("hi");
  });

  it("set replaces an existing variable", async () => {
    await aic.variables.set({ id: "esv-x", value: "one" });
    await aic.variables.set({ id: "esv-x", value: "two", expressionType: "string" });
    expect((await aic.variables.get({ id: "esv-x" })).value).toBe("two");
    expect(mocks.state.variables.size).toBe(1);
  });

  it("setDescription changes the description only", async () => {
    await aic.variables.set({ id: "esv-x", value: "keep" });
    await expect(aic.variables.setDescription({ id: "esv-x", description: "new words" })).resolves.toBeUndefined();
    const read = await aic.variables.get({ id: "esv-x" });
    expect(read.description).toBe("new words");
    expect(read.value).toBe("keep");
    const call = mocks.requests.at(-2);
    expect(call?.query).toEqual({ _action: "setDescription" });
  });

  it("delete returns the deleted variable, decoded; later reads are NotFoundError", async () => {
    await aic.variables.set({ id: "esv-x", value: "bye" });
    const deleted = await aic.variables.delete({ id: "esv-x" });
    expect(deleted.value).toBe("bye");
    const error = (await rejectionOf(aic.variables.get({ id: "esv-x" }))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.code).toBe(404);
    expect(error.message).toContain("esv-x does not exist");
    expect(error.requestId).toMatch(/^fake-/);
  });

  it("list pages itself across many pages with _pageSize and the cookie", async () => {
    for (let i = 0; i < 230; i++) {
      mocks.state.variables.set(`esv-v${String(i).padStart(3, "0")}`, {
        id: `esv-v${String(i).padStart(3, "0")}`,
        valueBase64: "eA==",
        description: "",
        expressionType: "string",
        lastChangeDate: new Date().toISOString(),
        lastChangedBy: "test",
        loaded: true,
      });
    }
    const ids: string[] = [];
    for await (const v of aic.variables.list({ pageSize: 7 })) ids.push(v._id);
    expect(ids).toHaveLength(230);
    expect(new Set(ids).size).toBe(230);
    expect(ids[0]).toBe("esv-v000");
    expect(ids.at(-1)).toBe("esv-v229");
    // (mocks.reset() between tests ends the client's token, so the first call may be a 401 + replay)
    const listCalls = mocks.requests.filter((r) => r.operationId === "getAllVariables" && r.status === 200);
    expect(listCalls).toHaveLength(Math.ceil(230 / 7));
    expect(listCalls.every((r) => r.query._pageSize === "7")).toBe(true);
    expect(listCalls[0]?.query._pagedResultsCookie).toBeUndefined();
    expect(listCalls[1]?.query._pagedResultsCookie).toBeTruthy();
    // items from the list carry no value (resource=2.0)
    const first = await aic.variables.list({ pageSize: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.items[0]).not.toHaveProperty("valueBase64");
    expect(first.continuationToken).toBeTruthy();
  });

  it("list defaults to the largest page (100) and can resume from a continuation token", async () => {
    for (let i = 0; i < 150; i++) {
      const id = `esv-p${String(i).padStart(3, "0")}`;
      mocks.state.variables.set(id, {
        id,
        valueBase64: "eA==",
        description: "",
        expressionType: "string",
        lastChangeDate: "",
        lastChangedBy: "",
        loaded: true,
      });
    }
    const list = aic.variables.list();
    const first = await list;
    expect(first.items).toHaveLength(100);
    const rest: string[] = [];
    for await (const page of list.byPage({ continuationToken: first.continuationToken as string })) {
      rest.push(...page.items.map((v) => v._id));
    }
    expect(rest).toHaveLength(50);
    expect(rest[0]).toBe("esv-p100");
  });

  it("onlyPending lists only variables waiting for a restart", async () => {
    mocks.state.variables.set("esv-loaded", {
      id: "esv-loaded",
      valueBase64: "eA==",
      description: "",
      expressionType: "string",
      lastChangeDate: "",
      lastChangedBy: "",
      loaded: true,
    });
    await aic.variables.set({ id: "esv-changed", value: "new" });
    const pending = await aic.variables.list({ onlyPending: true }).toArray();
    expect(pending.map((v) => v._id)).toEqual(["esv-changed"]);
    expect(mocks.requests.at(-1)?.query._onlyPending).toBe("true");
    const all = await aic.variables.list().toArray();
    expect(all).toHaveLength(2);
  });

  describe("validation before sending", () => {
    it.each([
      ["an id without esv-", () => aic.variables.get({ id: "greeting" }), "id"],
      ["an upper-case id", () => aic.variables.set({ id: "esv-Greeting", value: "x" }), "id"],
      ["an id over 128 characters", () => aic.variables.delete({ id: `esv-${"a".repeat(125)}` }), "id"],
      ["pageSize 0", () => aic.variables.list({ pageSize: 0 }), "pageSize"],
      ["pageSize 101", () => aic.variables.list({ pageSize: 101 }), "pageSize"],
      [
        "both value and valueBase64",
        () => aic.variables.set({ id: "esv-x", value: "a", valueBase64: "YQ==" } as never),
        "value",
      ],
      ["no value", () => aic.variables.set({ id: "esv-x" } as never), "value"],
      ["not base64", () => aic.variables.set({ id: "esv-x", valueBase64: "not base64!" }), "valueBase64"],
      [
        "an unknown expressionType",
        () => aic.variables.set({ id: "esv-x", value: "1", expressionType: "float" as never }),
        "expressionType",
      ],
      [
        "a long description",
        () => aic.variables.setDescription({ id: "esv-x", description: "d".repeat(1001) }),
        "description",
      ],
      ["an unknown field", () => aic.variables.get({ id: "esv-x", variableId: "esv-x" } as never), ""],
    ])("rejects %s, naming the field", async (_what, call, field) => {
      const before = mocks.requests.length;
      let pending: Promise<unknown> | undefined;
      // never a synchronous throw: the ValidationError arrives as the rejection
      expect(() => {
        pending = call();
      }).not.toThrow();
      const error = await rejectionOf(pending as Promise<unknown>);
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues;
      if (field) expect(issues.map((i) => i.path)).toContain(field);
      expect(mocks.requests.length).toBe(before);
    });

    it("messages name the method, the field and the rule", async () => {
      const message = async (call: () => Promise<unknown>) => ((await rejectionOf(call())) as Error).message;
      expect(await message(() => aic.variables.get({ id: "greeting" }))).toBe(
        "Invalid variables.get input: id: must be esv- followed by 1 to 124 lower-case letters, digits, _ or -",
      );
      expect(await message(() => aic.variables.get({} as never))).toBe("Invalid variables.get input: id: is required");
      expect(await message(() => aic.variables.get({ id: 42 } as never))).toBe(
        "Invalid variables.get input: id: must be a string",
      );
      expect(await message(() => aic.variables.get({ id: "esv-x", variableId: "esv-x" } as never))).toBe(
        "Invalid variables.get input: variableId is not a known field",
      );
      expect(await message(() => aic.variables.list({ pagesize: 10 } as never).toArray())).toBe(
        `Invalid variables.list input: pagesize is not a known field; did you mean "pageSize"?`,
      );
      expect(await message(() => aic.variables.get(null as never))).toBe(
        "Invalid variables.get input: must be an object",
      );
      expect(await message(() => aic.variables.list({ pageSize: 0 }))).toBe(
        "Invalid variables.list input: pageSize: must be an integer from 1 to 100",
      );
      expect(await message(() => aic.variables.set({ id: "esv-x" } as never))).toBe(
        "Invalid variables.set input: value: give exactly one of value (text or bytes) or valueBase64",
      );
      expect(
        await message(() => aic.variables.set({ id: "esv-x", value: "1", expressionType: "float" as never })),
      ).toBe(
        "Invalid variables.set input: expressionType: must be one of string, list, array, object, bool, int, number, base64encodedinlined, keyvaluelist",
      );
    });
  });
});

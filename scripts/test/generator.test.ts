/**
 * The resource generator on a small fixture spec: the naming rule and clash detection, where the
 * body goes, validation from the spec's constraints, paging, binary and text answers, envelope
 * unwrapping and idempotency, end to end through core and msw.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { type ApiClient, createApiClient, ValidationError } from "@trustplane/core";
import { createMockServer } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderSpec } from "../gen.ts";
import { methodName, nameOperations, plural, singular, words } from "../naming.ts";

const spec = parse(readFileSync(new URL("./fixtures/widgets.yaml", import.meta.url), "utf8")) as Record<
  string,
  unknown
>;
const outDir = new URL("./.generated/widgets/", import.meta.url);

describe("naming rule", () => {
  it("splits and inflects words", () => {
    expect(words("listEdgeRouterPolicies")).toEqual(["list", "Edge", "Router", "Policies"]);
    expect(words("Service Policy")).toEqual(["Service", "Policy"]);
    expect(words("listAPISessions")).toEqual(["list", "API", "Sessions"]);
    expect(plural("policy")).toBe("policies");
    expect(plural("alias")).toBe("aliases");
    expect(singular("policies")).toBe("policy");
  });

  it("drops the resource's noun from the operationId; detail is get; nothing left is the HTTP verb", () => {
    const resource = { name: "identities", nouns: [["identity"], ["identities"]] };
    expect(methodName("listIdentityServicePolicies", resource, "GET", "/identities/{id}/service-policies")).toBe(
      "listServicePolicies",
    );
    expect(methodName("detailIdentity", resource, "GET", "/identities/{id}")).toBe("get");
    expect(methodName("createIdentity", resource, "POST", "/identities")).toBe("create");
  });

  it("names the fixture: tag plural, tag override, operation override", () => {
    const named = Object.fromEntries(nameOperations(spec).map((o) => [o.operationId, `${o.resource}.${o.name}`]));
    expect(named).toMatchObject({
      listWidgets: "widgets.list",
      createWidget: "widgets.create",
      detailWidget: "widgets.get",
      searchWidgets: "widgets.search",
      getWidgetCertificate: "widgets.getCertificate",
      listGadgetBoxes: "boxes.list",
      deleteGadgetBox: "boxes.delete",
      listGadgetBoxWidgets: "widgets.listInBox",
    });
  });

  it("two operations with one name fail generation, naming both", () => {
    const clash = {
      tags: [{ name: "Widget" }],
      paths: {
        "/a": { get: { operationId: "listWidgets", tags: ["Widget"] } },
        "/b": { get: { operationId: "listWidget", tags: ["Widget"] } },
      },
    };
    expect(() => nameOperations(clash)).toThrow(/widgets\.list: listWidgets and listWidget/);
  });
});

type Generated = {
  createResources: (api: ApiClient) => Record<string, Record<string, (...args: unknown[]) => unknown>>;
  bindings: Record<string, { body?: string; parseAs?: string; unwrap?: string }>;
};
let generated: Generated;
let operationTable: Record<string, { method: string; path: string; idempotent?: boolean }>;
let source = "";
let schemasSource = "";

const widget = { id: "w1", name: "alpha", kind: "round" };
const hits: Request[] = [];
let failures = 0;
const server = createMockServer(
  http.get("https://widgets.test/widgets", ({ request }) => {
    const q = new URL(request.url).searchParams;
    const offset = Number(q.get("offset"));
    const all = Array.from({ length: 60 }, (_, i) => ({ id: `w${i}`, name: `n${i}` }));
    return HttpResponse.json({ data: all.slice(offset, offset + Number(q.get("limit"))), meta: { total: 60 } });
  }),
  http.post("https://widgets.test/widgets", async ({ request }) =>
    HttpResponse.json({ data: { id: "new", ...((await request.json()) as object) } }, { status: 201 }),
  ),
  http.post("https://widgets.test/widgets/search", () => {
    if (failures-- > 0) return HttpResponse.json({ message: "busy" }, { status: 503 });
    return HttpResponse.json({ data: widget });
  }),
  http.post("https://widgets.test/widgets/:id/rename", () => {
    if (failures-- > 0) return HttpResponse.json({ message: "busy" }, { status: 503 });
    return new HttpResponse(null, { status: 204 });
  }),
  http.get("https://widgets.test/widgets/:id", () => HttpResponse.json({ data: widget, meta: { total: 1 } })),
  http.put("https://widgets.test/widgets/:id", async ({ request }) =>
    HttpResponse.json({ data: await request.json() }),
  ),
  http.get(
    "https://widgets.test/widgets/:id/certificate",
    () =>
      new HttpResponse("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", {
        headers: { "content-type": "application/x-pem-file" },
      }),
  ),
  http.post("https://widgets.test/widgets/:id/certificate", () => new HttpResponse(null, { status: 204 })),
  http.get(
    "https://widgets.test/widgets/:id/archive",
    () =>
      new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]), {
        headers: { "content-type": "application/zip" },
      }),
  ),
  http.get("https://widgets.test/boxes", ({ request }) => {
    const q = new URL(request.url).searchParams;
    const position = Number(q.get("position"));
    const boxes = Array.from({ length: 5 }, (_, i) => ({ boxId: i + 1 })).slice(
      position,
      position + Number(q.get("size")),
    );
    return HttpResponse.json(boxes, { headers: { "X-Total-Count": "5" } });
  }),
  http.get("https://widgets.test/boxes/:id/widgets", () => HttpResponse.json([widget])),
);
server.events.on("request:start", ({ request }) => {
  hits.push(request.clone());
});

let client: ReturnType<Generated["createResources"]>;

beforeAll(async () => {
  const files = await renderSpec(spec, {
    title: "Widgets",
    source: "fixtures/widgets.yaml",
    resources: { envelope: "data" },
  });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of files) writeFileSync(new URL(name, outDir), text);
  source = files.get("resources.gen.ts") ?? "";
  schemasSource = files.get("schemas.gen.ts") ?? "";
  generated = (await import(new URL("resources.gen.ts", outDir).href)) as Generated;
  operationTable = (
    (await import(new URL("operations.gen.ts", outDir).href)) as { operationTable: typeof operationTable }
  ).operationTable;
  const api = createApiClient(
    { vendor: "widgets", version: "1.0.0", operations: operationTable },
    {
      baseUrl: "https://widgets.test",
      logLevel: "off",
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    },
  );
  client = generated.createResources(api);
  server.listen();
});
afterEach(() => {
  hits.length = 0;
  failures = 0;
});
afterAll(() => server.close());

const call = (resource: string, method: string, ...args: unknown[]) => {
  const target = client[resource];
  const fn = target?.[method];
  if (!target || !fn) throw new Error(`no ${resource}.${method}`);
  return fn.apply(target, args);
};

describe("generated methods", () => {
  it("document each method with the spec's summary, description and operationId", () => {
    expect(source).toContain("Create a widget");
    expect(source).toContain("Makes a new widget from the fields given.");
    expect(source).toContain("Operation `createWidget` (`POST /widgets`).");
    expect(source).toContain("@deprecated");
  });

  it("keeps the input schemas in schemas.gen.ts, imported on first validation, not in the resources", () => {
    expect(source).toContain('schemaModule(() => import("./schemas.gen.js"))');
    expect(source).not.toContain("maxLength");
    expect(schemasSource).toContain("createWidget");
    expect(schemasSource).toContain("maxLength");
  });

  it("body placement: flat JSON object, under `body` on a clash, under `body` when not an object", async () => {
    expect(generated.bindings.createWidget?.body).toBe("flat");
    expect(generated.bindings.updateWidget?.body).toBe("field");
    expect(generated.bindings.searchWidgets?.body).toBe("field");
    expect(generated.bindings.uploadWidgetCertificate?.body).toBe("field");
    await call("widgets", "create", { name: "alpha", kind: "round", size: 2 });
    expect(await hits[0]?.json()).toEqual({ name: "alpha", kind: "round", size: 2 });
    await call("widgets", "update", { widgetId: "w1", body: { widgetId: "w2", name: "beta" } });
    expect(new URL(hits[1]?.url ?? "").pathname).toBe("/widgets/w1");
    expect(await hits[1]?.json()).toEqual({ widgetId: "w2", name: "beta" });
    await call("widgets", "uploadCertificate", { widgetId: "w1", body: "-----BEGIN CERTIFICATE-----" });
    expect(hits[2]?.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("validation from the spec's constraints names the field and the rule, before sending", async () => {
    const error = (await (
      call("widgets", "create", {
        name: "ABC-too-long",
        kind: "oval",
        size: 9,
        owner: "not-an-email",
        parentId: "123",
        created: "yesterday",
        extra: true,
      }) as Promise<unknown>
    ).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
    expect(byPath.name).toMatch(/at most 10 characters|must match/);
    expect(byPath.kind).toBe('must be one of "round", "square"');
    expect(byPath.size).toBe("must be <= 5");
    expect(byPath.owner).toBe("must be a valid email");
    expect(byPath.parentId).toBe("must be a valid uuid");
    expect(byPath.created).toBe("must be a valid datetime");
    expect(error.message).toContain("extra");
    await expect(call("widgets", "create", { kind: "round" })).rejects.toThrow(/name: is required/);
    await expect(call("boxes", "delete", { boxId: 0 })).rejects.toThrow(/boxId: must be >= 1/);
    await expect(call("widgets", "search", { body: [] })).rejects.toThrow(/body: must be at least 1 items/);
    expect(hits).toHaveLength(0);
  });

  it("paging is wired from x-trustplane-pagination: offset/limit, size/position, whole lists", async () => {
    const widgets = call("widgets", "list", { filter: "x" }) as AsyncIterable<unknown> &
      PromiseLike<{ total?: number }>;
    expect((await widgets).total).toBe(60);
    let count = 0;
    for await (const _ of widgets) count++;
    expect(count).toBe(60);
    expect(new URL(hits[0]?.url ?? "").searchParams.get("limit")).toBe("50");
    const boxes = call("boxes", "list", {}, { pageSize: 2 }) as { toArray(): Promise<unknown[]> };
    expect(await boxes.toArray()).toHaveLength(5);
    const inBox = call("widgets", "listInBox", { boxId: 1 }) as { toArray(): Promise<unknown[]> };
    expect(await inBox.toArray()).toEqual([widget]);
  });

  it("text answers are strings, binary answers Uint8Array, chosen from the content type", async () => {
    expect(await call("widgets", "getCertificate", { widgetId: "w1" })).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(hits[0]?.headers.get("accept")).toBe("application/x-pem-file");
    const bytes = await call("widgets", "downloadArchive", { widgetId: "w1" });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...(bytes as Uint8Array)]).toEqual([0x50, 0x4b, 0x03, 0x04, 0xff]);
  });

  it("unwraps the declared envelope and keeps the rest on withResponse()", async () => {
    expect(await call("widgets", "get", { widgetId: "w1" })).toEqual(widget);
    const { response } = await (
      call("widgets", "get", { widgetId: "w1" }) as { withResponse(): Promise<{ response: { body: unknown } }> }
    ).withResponse();
    expect(response.body).toEqual({ data: widget, meta: { total: 1 } });
  });

  it("idempotency comes from the spec: a search declared safe is retried, a rename is not", async () => {
    expect(operationTable.searchWidgets?.idempotent).toBe(true);
    expect(operationTable.renameWidget?.idempotent).toBeUndefined();
    failures = 1;
    await call("widgets", "search", { body: ["alpha"] });
    expect(hits).toHaveLength(2);
    hits.length = 0;
    failures = 1;
    await expect(call("widgets", "rename", { widgetId: "w1", name: "x" })).rejects.toThrow(/503/);
    expect(hits).toHaveLength(1);
  });
});

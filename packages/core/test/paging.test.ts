import { createMockServer } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type OperationPagingOptions,
  Paged,
  type PaginationInfo,
  PagingError,
  pageOperation,
  ServerError,
} from "../src/index.js";
import { BASE, testClient } from "./helpers.js";

/** A list operation `list` on `path`, paged as `pagination` says, through a test client. */
const listOp = <T>(path: string, pagination: PaginationInfo, options: OperationPagingOptions = {}) =>
  pageOperation<T>(testClient({}, { operations: { list: { method: "GET", path, pagination } } }), "list", {}, options);

const N = 1_234;
let size = N;
let requests: URL[] = [];
const item = (i: number) => ({ id: `item-${i}` });
const range = (from: number, count: number) =>
  Array.from({ length: Math.max(0, Math.min(count, size - from)) }, (_, k) => item(from + k));

const server = createMockServer(
  // OpenZiti style: offset/limit with meta.pagination.totalCount
  http.get(`${BASE}/offset`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const offset = Number(q.get("offset")),
      limit = Number(q.get("limit"));
    return HttpResponse.json({ data: range(offset, limit), meta: { pagination: { offset, limit, totalCount: size } } });
  }),
  // Sectigo style: size/position, X-Total-Count header, bare array
  http.get(`${BASE}/sized`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    return HttpResponse.json(range(Number(q.get("position")), Number(q.get("size"))), {
      headers: { "X-Total-Count": String(size) },
    });
  }),
  // AIC style: _pagedResultsCookie
  http.get(`${BASE}/cookie`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const from = Number(q.get("_pagedResultsCookie") ?? "0");
    const result = range(from, Number(q.get("_pageSize")));
    const next = from + result.length;
    return HttpResponse.json({
      result,
      resultCount: result.length,
      pagedResultsCookie: next < size ? String(next) : null,
      totalPagedResults: -1,
    });
  }),
  // PingOne style: HAL next links
  http.get(`${BASE}/hal`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const limit = Number(q.get("limit"));
    const from = Number(q.get("cursor") ?? "0");
    const keys = range(from, limit);
    const next = from + keys.length;
    return HttpResponse.json({
      _links: {
        self: { href: request.url },
        ...(next < size && { next: { href: `${BASE}/hal?limit=${limit}&cursor=${next}` } }),
      },
      _embedded: { keys },
      count: size,
      size: keys.length,
    });
  }),
  // Vault style: ?list=true, 404 for empty
  http.get(`${BASE}/keys`, () =>
    size === 0
      ? HttpResponse.json({ errors: [] }, { status: 404 })
      : HttpResponse.json({ data: { keys: range(0, size).map((i) => i.id) } }),
  ),
);

server.events.on("request:start", ({ request }) => {
  requests.push(new URL(request.url));
});
beforeAll(() => server.listen());
afterEach(() => {
  server.resetHandlers();
  size = N;
  requests = [];
});
afterAll(() => server.close());

const styles: Array<[string, PaginationInfo, (x: unknown) => string]> = [
  ["offset-limit", { style: "offset-limit", items: "data", maxPageSize: 100 }, (x) => (x as { id: string }).id],
  ["size-position", { style: "size-position", items: "", maxPageSize: 200 }, (x) => (x as { id: string }).id],
  ["cursor-cookie", { style: "cursor-cookie", items: "result", maxPageSize: 100 }, (x) => (x as { id: string }).id],
  ["hal-next", { style: "hal-next", items: "_embedded.keys", maxPageSize: 100 }, (x) => (x as { id: string }).id],
  ["key-list", { style: "key-list", items: "data.keys" }, (x) => x as string],
];
const pathOf: Record<string, string> = {
  "offset-limit": "/offset",
  "size-position": "/sized",
  "cursor-cookie": "/cookie",
  "hal-next": "/hal",
  "key-list": "/keys",
};

describe.each(styles)("%s", (style, info, idOf) => {
  const list = () => listOp<unknown>(pathOf[style]!, info);

  it(`walks all ${N} items in order, no more, no fewer`, async () => {
    const ids: string[] = [];
    for await (const x of list()) ids.push(idOf(x));
    expect(ids).toHaveLength(N);
    expect(ids[0]).toBe("item-0");
    expect(ids[N - 1]).toBe(`item-${N - 1}`);
    expect(new Set(ids).size).toBe(N);
  });

  it("an empty list yields nothing, with one request", async () => {
    size = 0;
    const items = await list().toArray();
    expect(items).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});

describe("Paged", () => {
  const offsetInfo: PaginationInfo = { style: "offset-limit", items: "data" };
  const list = (opts: OperationPagingOptions = {}) =>
    listOp<{ id: string }>("/offset", offsetInfo, { pageSize: 100, ...opts });

  it("await gives the first page, fetched once", async () => {
    const paged = list();
    const page = await paged;
    const again = await paged;
    expect(page.items).toHaveLength(100);
    expect(page.total).toBe(N);
    expect(page.continuationToken).toBe("100");
    expect(again).toBe(page);
    expect(requests).toHaveLength(1);
  });

  it("stops after a short last page (offset strategy without a total)", async () => {
    server.use(
      http.get(`${BASE}/offset`, ({ request }) => {
        const q = new URL(request.url).searchParams;
        return HttpResponse.json({ data: range(Number(q.get("offset")), Number(q.get("limit"))), meta: {} });
      }),
    );
    expect(await list().toArray()).toHaveLength(N);
    expect(requests).toHaveLength(13);
  });

  it("byPage resumes from a continuation token", async () => {
    const first = await list().byPage().next();
    const token = first.value ? first.value.continuationToken : undefined;
    expect(token).toBe("100");
    requests = [];
    const rest: string[] = [];
    for await (const page of list().byPage({ continuationToken: token })) rest.push(...page.items.map((i) => i.id));
    expect(rest[0]).toBe("item-100");
    expect(rest).toHaveLength(N - 100);
    expect(requests[0]?.searchParams.get("offset")).toBe("100");
  });

  it("toArray({ maxItems }) stops early without fetching further pages", async () => {
    const items = await list().toArray({ maxItems: 150 });
    expect(items).toHaveLength(150);
    expect(requests).toHaveLength(2);
  });

  it("maxPages caps the pages", async () => {
    const items = await list({ maxPages: 3 }).toArray();
    expect(items).toHaveLength(300);
    expect(requests).toHaveLength(3);
  });

  it("a server that repeats a token is stopped with PagingError", async () => {
    const paged = new Paged<number>(async () => ({ items: [1], continuationToken: "same" }));
    await expect(paged.toArray()).rejects.toBeInstanceOf(PagingError);
  });

  it("a token cycle (A, B, A) is caught", async () => {
    const next: Record<string, string> = { start: "A", A: "B", B: "A" };
    const paged = new Paged<number>(async (token) => ({ items: [1], continuationToken: next[token ?? "start"] }));
    await expect(paged.toArray()).rejects.toThrow(/already given/);
  });

  it("a cycle longer than 64 pages is still caught (every token of the walk is remembered)", async () => {
    // 1..200 then back to 1: a window of recent tokens would miss this.
    const paged = new Paged<number>(async (token) => {
      const n = Number(token ?? 0);
      return { items: [n], continuationToken: String(n >= 200 ? 1 : n + 1) };
    });
    const error = await paged.toArray().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PagingError);
    expect((error as Error).message).toContain("201 pages");
  });

  it("a failed first page is fetched again by the next await or walk", async () => {
    let failures = 1;
    server.use(
      http.get(`${BASE}/offset`, ({ request }) => {
        if (failures-- > 0) return HttpResponse.json({ message: "down" }, { status: 503 });
        const q = new URL(request.url).searchParams;
        const offset = Number(q.get("offset"));
        return HttpResponse.json({ data: range(offset, 100), meta: { pagination: { totalCount: size } } });
      }),
    );
    const paged = list({ maxRetries: 0 });
    await expect(paged).rejects.toBeInstanceOf(ServerError);
    expect(requests).toHaveLength(1);
    const page = await paged; // fetched again, not the stored failure
    expect(page.items).toHaveLength(100);
    expect(requests).toHaveLength(2);
    expect(await paged).toBe(page); // and now kept
    expect(requests).toHaveLength(2);
  });

  it("is a full promise of the first page: then, catch, finally, Promise.all", async () => {
    const paged = list();
    expect(paged).toBeInstanceOf(Promise);
    let finished = false;
    const page = await paged.finally(() => {
      finished = true;
    });
    expect(finished).toBe(true);
    expect(page.items).toHaveLength(100);
    const [again] = await Promise.all([paged]);
    expect(again).toBe(page);
    server.use(http.get(`${BASE}/offset`, () => HttpResponse.json({ message: "x" }, { status: 500 })));
    const caught = await list({ maxRetries: 0 }).catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(ServerError);
  });

  it("prefetch requests the next page while the caller is still on the current one", async () => {
    const fetched: Array<string | undefined> = [];
    const make = (prefetch: boolean) =>
      new Paged<number>(
        async (token) => {
          fetched.push(token);
          const n = Number(token ?? 0);
          return { items: [n], continuationToken: n < 4 ? String(n + 1) : undefined };
        },
        { prefetch },
      );
    for (const prefetch of [false, true]) {
      fetched.length = 0;
      const pages = make(prefetch).byPage();
      await pages.next(); // holding page 0
      await Promise.resolve();
      expect(fetched).toEqual(prefetch ? [undefined, "1"] : [undefined]);
      let count = 1;
      while (!(await pages.next()).done) count++;
      expect(count).toBe(5);
      expect(fetched).toEqual([undefined, "1", "2", "3", "4"]);
    }
  });

  it("an abort signal stops paging", async () => {
    const controller = new AbortController();
    const paged = list({ signal: controller.signal });
    let seen = 0;
    const run = (async () => {
      for await (const _ of paged) {
        if (++seen === 150) controller.abort();
      }
    })();
    await expect(run).rejects.toThrow(/abort/i);
    expect(seen).toBe(200);
  });
});

describe("HAL origin safety", () => {
  it("refuses a next link to another origin (the token would go with it)", async () => {
    server.use(
      http.get(`${BASE}/hal`, () =>
        HttpResponse.json({
          _links: { next: { href: "https://evil.test/steal?cursor=1" } },
          _embedded: { keys: [item(0)] },
        }),
      ),
    );
    const paged = listOp("/hal", { style: "hal-next", items: "_embedded.keys" });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const x of paged) seen.push(x);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PagingError);
    expect((error as Error).message).toContain("https://evil.test");
    expect(requests.map((u) => u.origin)).not.toContain("https://evil.test");
  });

  it("resolves a relative next link against the page URL", async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/hal`, ({ request }) => {
        calls++;
        const second = new URL(request.url).searchParams.get("cursor") === "1";
        return HttpResponse.json({
          _links: second ? {} : { next: { href: "/hal?cursor=1" } },
          _embedded: { keys: [item(calls)] },
        });
      }),
    );
    const items = await listOp("/hal", { style: "hal-next", items: "_embedded.keys" }).toArray();
    expect(items).toHaveLength(2);
  });

  it("refuses a continuation token pointing elsewhere", async () => {
    const paged = listOp("/hal", { style: "hal-next", items: "_embedded.keys" });
    const pages = paged.byPage({ continuationToken: "https://evil.test/x" });
    await expect(pages.next()).rejects.toBeInstanceOf(PagingError);
  });
});

describe("key lists", () => {
  it("a 404 means empty, but other errors still throw", async () => {
    server.use(http.get(`${BASE}/keys`, () => HttpResponse.json({ errors: ["permission denied"] }, { status: 403 })));
    await expect(listOp("/keys", { style: "key-list", items: "data.keys" }).toArray()).rejects.toThrow(/403/);
  });

  it("the list=true parameter is sent", async () => {
    await listOp("/keys", { style: "key-list", items: "data.keys" }).toArray();
    expect(requests[0]?.searchParams.get("list")).toBe("true");
  });
});

import { BadRequestError, PagingError } from "@trustplane/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { pingOneError } from "../src/index.js";
import { PINGONE_DEMO } from "../src/mocks/index.js";
import { failure, useFake } from "./helpers.js";

const { client, mocks, server } = useFake();
const ENV = PINGONE_DEMO.environmentId;
const API = "https://api.pingone.com/v1";

function recordRequests() {
  const urls: URL[] = [];
  server.events.on("request:start", ({ request }) => {
    if (request.url.startsWith(API)) urls.push(new URL(request.url));
  });
  return urls;
}

describe("HAL paging", () => {
  it("walks 250 keys over many pages by following _links.next", async () => {
    mocks.state.seedKeys(ENV, 250);
    const urls = recordRequests();
    const pages = [];
    for await (const page of client().keys.list({ limit: 20 }).byPage()) pages.push(page);
    server.events.removeAllListeners();
    expect(pages).toHaveLength(13);
    expect(pages.flatMap((p) => p.items)).toHaveLength(250);
    expect(pages[0]?.total).toBe(250);
    expect(urls[0]?.searchParams.get("limit")).toBe("20");
    expect(urls[1]?.searchParams.get("cursor")).toEqual(expect.any(String)); // from the next link, not built by us
  });

  it("keeps filter and order across pages", async () => {
    mocks.state.seedKeys(ENV, 30, { usageType: "SIGNING", prefix: "sig" });
    mocks.state.seedKeys(ENV, 30, { usageType: "ENCRYPTION", prefix: "enc" });
    const urls = recordRequests();
    const names = (
      await client().keys.list({ filter: 'usageType eq "ENCRYPTION"', order: "-name", limit: 7 }).toArray()
    ).map((k) => k.name);
    server.events.removeAllListeners();
    expect(names).toHaveLength(30);
    expect(names[0]).toBe("enc-0030");
    expect(names.at(-1)).toBe("enc-0001");
    expect(urls.every((u) => u.searchParams.get("filter") === 'usageType eq "ENCRYPTION"')).toBe(true);
  });

  it("resumes from a continuation token", async () => {
    mocks.state.seedKeys(ENV, 10);
    const list = client().keys.list({ limit: 4 });
    const first = await list;
    const rest = [];
    for await (const page of client()
      .keys.list({ limit: 4 })
      .byPage({
        continuationToken: first.continuationToken as string,
      })) {
      rest.push(...page.items);
    }
    expect([...first.items, ...rest].map((k) => k.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `key-${String(i + 1).padStart(4, "0")}`),
    );
  });

  it("stops with toArray({ maxItems }) without fetching further pages", async () => {
    mocks.state.seedKeys(ENV, 100);
    const urls = recordRequests();
    expect(await client().keys.list({ limit: 10 }).toArray({ maxItems: 15 })).toHaveLength(15);
    server.events.removeAllListeners();
    expect(urls.filter((u) => u.pathname.endsWith("/keys"))).toHaveLength(2);
  });

  it("refuses a next link to another origin (the token would go with it)", async () => {
    server.use(
      http.get(`${API}/environments/${ENV}/keys`, () =>
        HttpResponse.json({
          _links: {
            self: { href: `${API}/environments/${ENV}/keys` },
            next: { href: "https://evil.example/keys?cursor=x" },
          },
          _embedded: { keys: [{ id: "a" }] },
          count: 2,
          size: 1,
        }),
      ),
    );
    const pages = client().keys.list().byPage();
    await expect(pages.next()).rejects.toBeInstanceOf(PagingError);
  });

  it("reads an empty page whose _embedded is empty", async () => {
    expect((await client().keyRotationPolicies.list()).items).toEqual([]);
  });

  it("reports an out-of-range limit with PingOne's innerError", async () => {
    const error = await failure(client().keys.list({ limit: 5000 }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(pingOneError(error)?.innerError).toEqual({ rangeMinimumValue: 1, rangeMaximumValue: 1000 });
  });

  it("reports a filter the service cannot read", async () => {
    const error = await failure(client().keys.list({ filter: 'color eq "blue"' }));
    expect(pingOneError(error)?.details[0]).toMatchObject({ code: "INVALID_FILTER", target: "filter" });
  });
});

import {
  createApiClient,
  type Logger,
  NotFoundError,
  oauth2ClientCredentials,
  offsetLimit,
  Paged,
  type VendorProfile,
  waitFor,
} from "@trustplane/core";
import { connectionStrings, type Journey } from "../journey.js";

// The toy API's types, written the way openapi-typescript would generate them from its spec.
interface Item {
  id: string;
  name: string;
  createdAt: string;
}
interface Job {
  id: string;
  type: string;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  result?: { processed: number };
  error?: string;
}
type Json<T> = { content: { "application/json": T } };
interface DemoPaths {
  "/items": {
    get: {
      parameters: { query?: { offset?: number; limit?: number } };
      responses: {
        200: Json<{ data: Item[]; meta: { pagination: { limit: number; offset: number; totalCount: number } } }>;
      };
    };
  };
  "/items/{id}": { get: { parameters: { path: { id: string } }; responses: { 200: Json<Item> } } };
  "/jobs": { post: { requestBody: Json<{ type: string }>; responses: { 202: Json<Job> } } };
  "/jobs/{id}": { get: { parameters: { path: { id: string } }; responses: { 200: Json<Job> } } };
}

/** What a vendor package tells core about itself; here, the toy API's `{ code, message }` errors. */
const profile: VendorProfile = {
  vendor: "core-demo",
  version: "0.0.0",
  parseError: (body) => {
    if (!body || typeof body !== "object") return undefined;
    const { code, message } = body as { code?: unknown; message?: unknown };
    return {
      code: typeof code === "string" ? code : undefined,
      message: typeof message === "string" ? message : undefined,
    };
  },
};

/** openapi-fetch types `data` as optional; core throws on error statuses, so it is there. */
function present<T>(data: T | undefined, what: string): T {
  if (data === undefined) throw new Error(`${what} returned no body`);
  return data;
}

export default {
  name: "core-demo",
  title: "Core: client credentials, paging, retries, a waiter and typed errors",
  prefix: "core-demo",
  async run({ connection, log }) {
    const c = connectionStrings(connection, ["apiUrl", "tokenUrl", "clientId", "clientSecret", "faultsUrl"]);

    // Core logs each retry at `info`; this logger turns those records into journey lines.
    const retries: string[] = [];
    const logger: Logger = {
      debug: () => undefined,
      info: (message, fields) => {
        if (message === "retrying")
          retries.push(`attempt ${fields?.attempt} got ${fields?.reason}; retrying in ${fields?.delayMs} ms`);
      },
      warn: (message) => log(`warn: ${message}`),
      error: (message) => log(`error: ${message}`),
    };
    const api = createApiClient<DemoPaths>(profile, {
      baseUrl: c.apiUrl,
      auth: oauth2ClientCredentials({ tokenUrl: c.tokenUrl, clientId: c.clientId, clientSecret: c.clientSecret }),
      logger,
      logLevel: "info",
      retry: { baseDelayMs: 100, maxDelayMs: 400 },
    });

    try {
      // 1. One item. The first call fetches a token with client credentials; later calls reuse it.
      const item = present(
        (await api.raw.GET("/items/{id}", { params: { path: { id: "item-0042" } } })).data,
        "GET /items/{id}",
      );
      log(`GET /items/item-0042 -> "${item.name}" (token from ${new URL(c.tokenUrl).pathname})`);

      // 2. Every item, 100 per page, with offset/limit paging.
      const items = new Paged<Item>(
        offsetLimit({
          pageSize: 100,
          fetch: async (offset, limit, signal) => {
            const page = present(
              (await api.raw.GET("/items", { params: { query: { offset, limit } }, ...(signal && { signal }) })).data,
              "GET /items",
            );
            return { items: page.data, total: page.meta.pagination.totalCount };
          },
        }),
      );
      let count = 0;
      let pages = 0;
      let total: number | undefined;
      for await (const page of items.byPage()) {
        pages++;
        count += page.items.length;
        total = page.total;
      }
      log(`listed ${count} of ${total} items in ${pages} pages`);
      if (count !== total) throw new Error(`paging stopped early: ${count} of ${total}`);

      // 3. The fake answers the next two item reads with 503; the client's retries ride them out.
      await injectFault(c.faultsUrl, { kind: "unavailable", status: 503, times: 2, match: "/api/items/" });
      retries.length = 0;
      const retried = present(
        (await api.raw.GET("/items/{id}", { params: { path: { id: "item-0007" } } })).data,
        "GET /items/{id}",
      );
      for (const line of retries) log(`  ${line}`);
      log(`GET /items/item-0007 -> "${retried.name}" after ${retries.length + 1} attempts`);
      if (retries.length !== 2) throw new Error(`expected 2 retries, saw ${retries.length}`);

      // 4. Start a job and wait for it, reporting each status change.
      const job = present((await api.raw.POST("/jobs", { body: { type: "reindex" } })).data, "POST /jobs");
      log(`POST /jobs -> ${job.id} ${job.status}`);
      let lastStatus = job.status;
      const done = await waitFor(
        async () =>
          present((await api.raw.GET("/jobs/{id}", { params: { path: { id: job.id } } })).data, "GET /jobs/{id}"),
        {
          until: (j) => j.status === "done",
          failWhen: (j) => (j.status === "failed" ? (j.error ?? "failed") : undefined),
          interval: 250,
          timeout: 15_000,
          description: `job ${job.id}`,
          onProgress: ({ attempt, elapsedMs, value }) => {
            if (!value || value.status === lastStatus) return;
            lastStatus = value.status;
            log(
              `  poll ${attempt} (+${elapsedMs} ms): ${value.status}${value.status === "running" ? ` ${value.progress}%` : ""}`,
            );
          },
        },
      );
      log(`${done.id} done: processed ${done.result?.processed} records`);

      // 5. An error status becomes a typed error carrying status and the vendor's code.
      try {
        await api.raw.GET("/items/{id}", { params: { path: { id: "item-9999" } } });
        throw new Error("expected item-9999 to be missing");
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        log(`GET /items/item-9999 -> ${error.name} (status ${error.status}, code ${error.code})`);
      }
    } finally {
      await api.close();
    }
  },
} satisfies Journey;

/** The core-demo fake's admin route: queue a fault for the next matching requests. */
async function injectFault(faultsUrl: string, fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(faultsUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fault),
  });
  if (response.status !== 201)
    throw new Error(`the fake refused the fault: ${response.status} ${await response.text()}`);
}

import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiClient,
  type ApiError,
  type AuthProvider,
  bearerToken,
  createApiClient,
  isApiError,
  oauth2ClientCredentials,
  type Page,
  Paged,
  type RateLimitError,
  type WaitProgress,
  waitFor,
} from "../src/index.js";
import type { TestPaths } from "./helpers.js";

describe("public API types", () => {
  it("createApiClient types raw calls from the paths", async () => {
    const client = createApiClient<TestPaths>({ vendor: "v", version: "1" }, { baseUrl: "https://x" });
    expectTypeOf(client).toMatchTypeOf<ApiClient<TestPaths>>();
    const { data } = await client.raw.GET("/items/{id}", { params: { path: { id: "1" } } });
    expectTypeOf(data).toEqualTypeOf<{ id: string; name: string } | undefined>();
    // @ts-expect-error the path parameter is required
    client.raw.GET("/items/{id}", { params: { path: {} } });
    // @ts-expect-error unknown path
    client.raw.GET("/nope", {});
  });

  it("auth adapters are AuthProviders and options are checked", () => {
    expectTypeOf(bearerToken("t")).toEqualTypeOf<AuthProvider>();
    expectTypeOf(oauth2ClientCredentials).parameter(0).toHaveProperty("clientSecret").toEqualTypeOf<string>();
    // @ts-expect-error clientSecret is required
    oauth2ClientCredentials({ tokenUrl: "https://x", clientId: "c" });
  });

  it("Paged<T> awaits to a Page<T> and iterates T", async () => {
    const paged = new Paged<{ id: number }>(async () => ({ items: [], continuationToken: undefined }));
    expectTypeOf(await paged).toEqualTypeOf<Page<{ id: number }>>();
    for await (const item of paged) expectTypeOf(item).toEqualTypeOf<{ id: number }>();
    expectTypeOf(paged.toArray()).resolves.toEqualTypeOf<{ id: number }[]>();
  });

  it("waitFor returns the poll's type", () => {
    const result = waitFor(async () => ({ status: "ready" as const }), {
      until: (v) => v.status === "ready",
      onProgress: (p) => expectTypeOf(p).toEqualTypeOf<WaitProgress<{ status: "ready" }>>(),
    });
    expectTypeOf(result).resolves.toEqualTypeOf<{ status: "ready" }>();
  });

  it("errors narrow", () => {
    const e: unknown = undefined;
    if (isApiError(e)) {
      expectTypeOf(e.status).toEqualTypeOf<number>();
      expectTypeOf(e.code).toEqualTypeOf<string | number | undefined>();
    }
    expectTypeOf<RateLimitError>().toMatchTypeOf<ApiError>();
    expectTypeOf<RateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
  });
});

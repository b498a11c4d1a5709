import { type ApiClientConfig, createApiClient, type OperationInfo, type VendorProfile } from "../src/index.js";

export const BASE = "https://api.test";

/** A tiny spec's worth of operations for the matcher and the idempotency rules. */
export const testOperations = {
  getItem: { method: "GET", path: "/items/{id}", tags: [] },
  createItem: { method: "POST", path: "/items", tags: [] },
  searchItems: { method: "POST", path: "/items/search", tags: [], idempotent: true },
  patchItem: { method: "PATCH", path: "/items/{id}", tags: [] },
  listItems: { method: "GET", path: "/items", tags: [] },
  publicInfo: { method: "GET", path: "/info", tags: [], noAuth: true },
} satisfies Record<string, OperationInfo>;

/** Typed paths for the raw openapi-fetch client in tests. */
export interface TestPaths {
  "/items/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": { id: string; name: string } } };
      };
    };
  };
}

export const testProfile: VendorProfile = {
  vendor: "testvendor",
  version: "1.2.3",
  operations: testOperations,
  parseError: (body) => {
    if (body && typeof body === "object" && "message" in body) {
      const b = body as { code?: string | number; message?: string; txid?: string };
      return { code: b.code, message: b.message, requestId: b.txid };
    }
    return undefined;
  },
};

/** A client on BASE with fast retries, quiet logs, and the test profile. */
export function testClient(config: Partial<ApiClientConfig> = {}, profile: Partial<VendorProfile> = {}) {
  return createApiClient<TestPaths>(
    { ...testProfile, ...profile },
    { baseUrl: BASE, logLevel: "off", retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...config },
  );
}

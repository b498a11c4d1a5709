import { createMockServer } from "@trustplane/testing";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createZitiClient, password, type ZitiClient, type ZitiClientOptions } from "../src/index.js";
import { createZitiMocks, type ZitiMocks, type ZitiMocksOptions } from "../src/mocks/index.js";

/**
 * The fake controller on msw for one test file: started before all tests, reset after each.
 * `client()` logs in as the default admin with fast retries and quiet logs.
 */
export function useFake(options: ZitiMocksOptions = {}) {
  const mocks: ZitiMocks = createZitiMocks(options);
  const server = createMockServer(...mocks.handlers);
  beforeAll(() => server.listen());
  afterEach(() => {
    server.resetHandlers();
    mocks.reset();
  });
  afterAll(() => server.close());
  const client = (extra: Partial<ZitiClientOptions> = {}): ZitiClient =>
    createZitiClient({
      url: mocks.url,
      auth: password({ username: mocks.admin.username, password: mocks.admin.password }),
      logLevel: "off",
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      ...extra,
    });
  return { mocks, server, client };
}

/** The error a promise-like rejects with; fails if it resolves. */
export async function failure(work: PromiseLike<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

/** Logins the fake received. */
export const logins = (mocks: ZitiMocks) => mocks.requests.filter((r) => r.operationId === "authenticate");

import { createMockServer } from "@trustplane/testing";
import { afterAll, afterEach, beforeAll } from "vitest";
import { appRole, createStrongholdClient, type StrongholdClient, type StrongholdClientOptions } from "../src/index.js";
import { createStrongholdMocks, type StrongholdMocks, type StrongholdMocksOptions } from "../src/mocks/index.js";

/**
 * One fake server per test file, served by msw: reset after each test. `client()` makes a client
 * that logs in with the fake's AppRole (retries fast, logs off, no environment read).
 */
export function setupFake(options: StrongholdMocksOptions = {}): {
  mocks: StrongholdMocks;
  client(overrides?: Partial<StrongholdClientOptions>): StrongholdClient;
} {
  const mocks = createStrongholdMocks(options);
  const server = createMockServer(...mocks.handlers);
  beforeAll(() => server.listen());
  afterEach(() => mocks.reset());
  afterAll(() => server.close());
  return {
    mocks,
    client: (overrides = {}) =>
      createStrongholdClient({
        address: mocks.address,
        env: false,
        logLevel: "off",
        retry: { baseDelayMs: 1, maxDelayMs: 5 },
        auth: appRole({ roleId: mocks.approle.roleId, secretId: mocks.approle.secretId }),
        ...overrides,
      }),
  };
}

/** The rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

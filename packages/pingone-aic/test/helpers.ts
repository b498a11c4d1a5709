import { createMockServer } from "@trustplane/testing";
import { afterAll, afterEach, beforeAll } from "vitest";
import { AIC_SCOPES, type AicClientOptions, createAicClient, serviceAccount } from "../src/index.js";
import { type AicMocks, type AicMocksOptions, createAicMocks } from "../src/mocks/index.js";

/**
 * A fake tenant served by msw for one test file: listening before the tests, handlers and state
 * reset after each test, closed at the end.
 */
export function setupTenant(options: AicMocksOptions = {}) {
  const mocks = createAicMocks(options);
  const server = createMockServer(...mocks.handlers);
  beforeAll(() => server.listen());
  afterEach(() => {
    server.resetHandlers();
    mocks.reset();
  });
  afterAll(() => server.close());
  return { mocks, server };
}

/** A client on the fake with the demo service account, fast retries and quiet logs. */
export function clientFor(
  mocks: AicMocks,
  options: Partial<AicClientOptions> & { scopes?: readonly string[]; dropRefusedScopes?: boolean } = {},
) {
  const { scopes, dropRefusedScopes, ...rest } = options;
  return createAicClient({
    tenant: mocks.baseUrl,
    auth: serviceAccount({
      id: mocks.serviceAccount.id,
      privateKey: mocks.serviceAccount.privateJwk as Record<string, unknown>,
      scopes: scopes ?? [...AIC_SCOPES],
      ...(dropRefusedScopes !== undefined && { dropRefusedScopes }),
    }),
    logLevel: "off",
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...rest,
  });
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

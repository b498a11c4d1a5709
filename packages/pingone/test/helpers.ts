import { createMockServer } from "@trustplane/testing";
import { afterAll, afterEach, beforeAll } from "vitest";
import { clientCredentials, createPingOneClient, type PingOneClientOptions } from "../src/index.js";
import { createPingOneMocks, type PingOneMocks, type PingOneMocksOptions } from "../src/mocks/index.js";

/**
 * The fake on msw for one test file: started before all tests, reset after each. `client()`
 * builds a client for the demo environment with fast retries and quiet logs.
 */
export function useFake(options: PingOneMocksOptions = {}) {
  const mocks: PingOneMocks = createPingOneMocks(options);
  const server = createMockServer(...mocks.handlers);
  beforeAll(() => server.listen());
  afterEach(() => {
    server.resetHandlers();
    mocks.reset();
  });
  afterAll(() => server.close());
  const client = (extra: Partial<PingOneClientOptions> = {}) =>
    createPingOneClient({
      ...(options.region ? { region: options.region } : {}),
      ...(options.apiUrl ? { apiUrl: options.apiUrl, authUrl: mocks.connection.authUrl } : {}),
      environmentId: mocks.connection.environmentId,
      auth: clientCredentials({ clientId: mocks.connection.clientId, clientSecret: mocks.connection.clientSecret }),
      logLevel: "off",
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
      ...extra,
    });
  return { mocks, server, client };
}

/** A valid JSON body for keys.generate. */
export const signingKey = (name = "signing-key") => ({
  name,
  algorithm: "RSA" as const,
  keyLength: 2048,
  signatureAlgorithm: "SHA256withRSA" as const,
  subjectDN: `CN=${name}, OU=IT, O=Example, L=Denver, ST=CO, C=US`,
  usageType: "SIGNING" as const,
  validityPeriod: 365,
});

/** The error a promise-like (a Promise or an awaitable Paged) rejects with; fails if it resolves. */
export async function failure(work: PromiseLike<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

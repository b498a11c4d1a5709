import { createMockServer } from "@trustplane/testing";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createSectigoClient, credentials, oauth2, type SectigoClientOptions } from "../src/index.js";
import {
  createCsr,
  createSectigoMocks,
  generateKeyPair,
  type KeyPair,
  type SectigoMocks,
  type SectigoMocksOptions,
} from "../src/mocks/index.js";

/**
 * The fake on msw for one test file: started before all tests, reset after each. `classic()` and
 * `admin()` build clients for the two API generations with fast retries and quiet logs.
 */
export function useFake(options: SectigoMocksOptions = {}) {
  const mocks: SectigoMocks = createSectigoMocks({ pendingPolls: 2, ...options });
  const server = createMockServer(...mocks.handlers);
  beforeAll(() => server.listen());
  afterEach(() => {
    server.resetHandlers();
    mocks.reset();
  });
  afterAll(() => server.close());
  const c = mocks.connection;
  const quiet: Partial<SectigoClientOptions> = { logLevel: "off", retry: { baseDelayMs: 1, maxDelayMs: 5 } };
  const classic = (extra: Partial<SectigoClientOptions> = {}) =>
    createSectigoClient({
      url: c.url,
      auth: credentials({ login: c.login, password: c.password, customerUri: c.customerUri }),
      ...quiet,
      ...extra,
    });
  const admin = (extra: Partial<SectigoClientOptions> = {}) =>
    createSectigoClient({
      url: c.adminUrl,
      auth: oauth2({ clientId: c.clientId, clientSecret: c.clientSecret, tokenUrl: c.tokenUrl }),
      ...quiet,
      ...extra,
    });
  return { mocks, server, classic, admin };
}

const keys = new Map<string, KeyPair>();

/** A key pair per algorithm, made once per process (RSA generation is slow). */
export function keyPair(kind: "rsa" | "ec" | "rsa1024" = "ec"): KeyPair {
  let pair = keys.get(kind);
  if (!pair) {
    pair =
      kind === "ec"
        ? generateKeyPair({ type: "ec", curve: "P-256" })
        : generateKeyPair({ type: "rsa", modulusLength: kind === "rsa1024" ? 1024 : 2048 });
    keys.set(kind, pair);
  }
  return pair;
}

/** A PEM CSR for `commonName` (EC P-256 by default) with DNS subject alternative names. */
export function csrFor(
  commonName: string,
  names: string[] = [commonName],
  kind: "rsa" | "ec" | "rsa1024" = "ec",
): string {
  return createCsr({
    subject: `CN=${commonName},O=Example Corp,C=US`,
    keys: keyPair(kind),
    subjectAltNames: names.map((value) => ({ type: "dns" as const, value })),
  }).pem;
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

import type { RequestHandler } from "msw";
import { type SetupServer, setupServer } from "msw/node";

/**
 * An msw server for tests: unhandled requests are errors (a test never reaches the network by
 * accident). Start it in `beforeAll`, `resetHandlers()` in `afterEach`, `close()` in `afterAll`.
 */
export function createMockServer(...handlers: RequestHandler[]): SetupServer {
  const server = setupServer(...handlers);
  const listen = server.listen.bind(server);
  server.listen = (options) => listen({ onUnhandledRequest: "error", ...options });
  return server;
}

/** Reads `Authorization: Bearer ...` from a request (undefined when absent). */
export function bearerOf(request: Request): string | undefined {
  const value = request.headers.get("authorization");
  return value?.toLowerCase().startsWith("bearer ") ? value.slice(7) : undefined;
}

import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What a test server saw of one request. */
export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server on 127.0.0.1 whose answers a test sets per path. */
export interface TestServer {
  readonly url: string;
  readonly seen: Seen[];
  /** Answers requests to `path` (exact, without query) with `handler`. */
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): void;
  reset(): void;
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1; unknown paths answer 404. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse, body: string) => void>();
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const handler = routes.get(path);
      if (handler) handler(req, res, body);
      else {
        res.statusCode = 404;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ message: "no route" }));
      }
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    route: (path, handler) => routes.set(path, handler),
    reset: () => {
      routes.clear();
      seen.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Answers JSON. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

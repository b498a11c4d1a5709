/**
 * The benchmark server, in its own process so its CPU does not share the client's event loop: a
 * keep-alive HTTP server on 127.0.0.1 that answers
 * - `GET /s<bytes>/environment/variables/<id>`: an AIC variable whose JSON is about `<bytes>` long
 *   (the `description` pads it; the value stays small, so no client decodes a big base64 string),
 * - `GET /items?offset=&limit=`: a page of ~200-byte items out of `BENCH_ITEMS` (OpenZiti-style
 *   `{ data, meta.pagination }`).
 * Sends `{ port }` over IPC once listening; exits when the parent disconnects.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { makeItem, variableBody } from "./fixtures.ts";

const bodies = new Map<number, Buffer>();
const TOTAL = Number(process.env.BENCH_ITEMS ?? 100_000);

const server = createServer((req, res) => {
  req.resume();
  const url = req.url ?? "/";
  const sized = /^\/s(\d+)\/environment\/variables\//.exec(url);
  if (sized) {
    const size = Number(sized[1]);
    let body = bodies.get(size);
    if (!body) {
      body = Buffer.from(variableBody(size));
      bodies.set(size, body);
    }
    res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
    res.end(body);
    return;
  }
  if (url.startsWith("/items")) {
    const q = new URL(url, "http://x").searchParams;
    const offset = Number(q.get("offset") ?? 0);
    const limit = Number(q.get("limit") ?? 100);
    const data = [];
    for (let i = offset; i < Math.min(offset + limit, TOTAL); i++) data.push(makeItem(i));
    const body = Buffer.from(JSON.stringify({ data, meta: { pagination: { offset, limit, totalCount: TOTAL } } }));
    res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
    res.end(body);
    return;
  }
  res.writeHead(404).end();
});
// Idle sockets must outlive the pauses between rounds, or clients pay for reconnects.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ port });
});

process.on("disconnect", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

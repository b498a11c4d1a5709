/**
 * A keep-alive HTTP server on 127.0.0.1 that answers every request with the same ~1 KB JSON body.
 * Runs in its own process (forked by latency.ts) so its CPU does not share the benchmark's event loop.
 * Sends `{ port }` over IPC once listening; exits when the parent disconnects.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { userBody } from "./fixtures.ts";

const body = Buffer.from(userBody());
const headers = { "content-type": "application/json", "content-length": String(body.length) };

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
// Idle sockets must outlive the pauses between rounds, or clients pay for reconnects.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ port, bodyBytes: body.length });
});

process.on("disconnect", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

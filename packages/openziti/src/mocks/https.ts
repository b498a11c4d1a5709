/**
 * Serves a fake controller over real HTTPS on 127.0.0.1, asking clients for a certificate the way
 * a controller does, so certificate logins (`certificate()`, mutual TLS) can be tested end to end:
 * a client certificate that verifies against `clientCa` is handed to the fake's cert login.
 */
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { getResponse, type RequestHandler } from "msw";
import { CLIENT_CERT_HEADER } from "./context.js";

/** Options of {@link serveOverHttps}. */
export interface HttpsFakeOptions {
  /** The server's private key (PEM). */
  key: string | Uint8Array;
  /** The server's certificate (PEM), valid for 127.0.0.1 or localhost. */
  cert: string | Uint8Array;
  /** CA certificates (PEM) that client certificates must chain to. */
  clientCa: string | Uint8Array | Array<string | Uint8Array>;
  /** Port on 127.0.0.1 (default: a free one). */
  port?: number | undefined;
}

/** A fake served over HTTPS. */
export interface HttpsFake {
  /** `https://127.0.0.1:<port>`: pass it as the client's `url`. */
  readonly url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves `mocks` (what `createZitiMocks` returns) over HTTPS on 127.0.0.1. Requests keep their
 * path and are answered by the mocks' handlers as if sent to `mocks.url`; a verified client
 * certificate reaches the fake's certificate login (and nothing a client sends can fake one).
 */
export async function serveOverHttps(
  mocks: { readonly handlers: readonly RequestHandler[]; readonly url: string },
  options: HttpsFakeOptions,
): Promise<HttpsFake> {
  const origin = new URL(mocks.url).origin;
  const base = new URL(mocks.url).pathname.replace(/\/+$/, "");
  const buffer = (v: string | Uint8Array) => (typeof v === "string" ? v : Buffer.from(v));
  const server: Server = createServer(
    {
      key: buffer(options.key),
      cert: buffer(options.cert),
      ca: (Array.isArray(options.clientCa) ? options.clientCa : [options.clientCa]).map(buffer),
      requestCert: true,
      // The fake decides: a connection without a (valid) certificate gets a 401 on cert login.
      rejectUnauthorized: false,
    },
    async (req, res) => {
      try {
        const socket = req.socket as TLSSocket;
        const headers = new Headers();
        for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
          const name = req.rawHeaders[i] as string;
          if (name.toLowerCase() !== CLIENT_CERT_HEADER) headers.append(name, req.rawHeaders[i + 1] as string);
        }
        if (socket.authorized) {
          const peer = socket.getPeerCertificate();
          if (peer?.raw) headers.set(CLIENT_CERT_HEADER, peer.raw.toString("base64"));
        }
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const method = req.method ?? "GET";
        const body = chunks.length && method !== "GET" && method !== "HEAD" ? Buffer.concat(chunks) : undefined;
        const path = (req.url ?? "/").startsWith(base) ? (req.url ?? "/") : `${base}${req.url ?? "/"}`;
        const request = new Request(`${origin}${path}`, { method, headers, ...(body && { body }) });
        const response = await getResponse(mocks.handlers as RequestHandler[], request);
        if (!response) {
          res.writeHead(404, { "content-type": "text/plain" }).end("no handler");
          return;
        }
        if (response.type === "error") {
          req.socket.destroy();
          return;
        }
        const out: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          out[name] = value;
        });
        res.writeHead(response.status, out);
        res.end(Buffer.from(await response.arrayBuffer()));
      } catch {
        res.writeHead(500).end();
      }
    },
  );
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import type { IncomingMessage, ServerResponse } from "node:http";

/** Headers node manages itself on the wire; copying a handler's value would fight it. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection"]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** Path and query of an incoming request (also when a client sent an absolute-form target). */
export function pathAndQuery(req: IncomingMessage): string {
  const target = req.url ?? "/";
  if (target.startsWith("/")) return target;
  try {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}

/**
 * The WHATWG Request msw handlers expect: method, absolute URL on the sandbox's origin, every
 * header as sent, and the body bytes. `signal` aborts when the client goes away.
 */
export async function toWebRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const method = (req.method ?? "GET").toUpperCase();
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req);
  return new Request(new URL(pathAndQuery(req), origin), {
    method,
    headers,
    ...(body && body.byteLength > 0 && { body }),
    signal,
  });
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Writes a WHATWG Response to the socket: status, headers (several Set-Cookie kept apart), and
 * the body streamed chunk by chunk with backpressure, bytes untouched. A network-error response
 * (`HttpResponse.error()`, the connection-reset fault) destroys the socket instead.
 */
export async function writeWebResponse(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (response.type === "error") {
    res.destroy();
    req.socket.destroy();
    return;
  }
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    if (name === "set-cookie" || HOP_BY_HOP.has(name)) continue;
    res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);

  if (!response.body || req.method === "HEAD" || NULL_BODY_STATUSES.has(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const gone = () => reader.cancel().catch(() => undefined);
  res.once("close", gone);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value) && !(await drained(res))) return;
    }
    res.end();
  } catch {
    // The handler's stream failed half way: the client must see a cut response, not a short one.
    res.destroy();
  } finally {
    res.off("close", gone);
  }
}

/** Resolves true once the socket takes more data, false if it closed first. */
function drained(res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      res.off("drain", onDrain);
      res.off("close", onClose);
      resolve(ok);
    };
    const onDrain = () => finish(true);
    const onClose = () => finish(false);
    res.on("drain", onDrain);
    res.on("close", onClose);
  });
}

/** A JSON answer the sandbox itself gives (listing, 404, handler failure). */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body, null, 2), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

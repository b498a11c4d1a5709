import { delay, type HttpHandler, HttpResponse, http } from "msw";

/** A failure to inject in place of (or before) a handler's normal answer. */
export type Fault =
  | { kind: "rate-limit"; retryAfterSeconds?: number; retryAfterDate?: Date; retryAfterMs?: number; body?: unknown }
  | { kind: "unavailable"; status?: number; body?: unknown }
  | { kind: "connection-reset" }
  | { kind: "slow-headers"; delayMs: number }
  | { kind: "slow-body"; delayMs: number; body?: unknown }
  | { kind: "malformed-json"; status?: number }
  | { kind: "expired-token"; body?: unknown }
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> | undefined };

/** Builders for every fault kind. */
export const faults = {
  /** 429, with `Retry-After` in seconds (or as an HTTP date) and/or `retry-after-ms`. */
  rateLimit: (
    o: { retryAfterSeconds?: number; retryAfterDate?: Date; retryAfterMs?: number; body?: unknown } = {},
  ): Fault => ({
    kind: "rate-limit",
    ...o,
  }),
  /** 503 (or another 5xx). */
  unavailable: (status = 503, body?: unknown): Fault => ({ kind: "unavailable", status, body }),
  /** The connection drops: fetch rejects with a network error. */
  connectionReset: (): Fault => ({ kind: "connection-reset" }),
  /** Headers arrive only after `delayMs`; then the real handler answers. */
  slowHeaders: (delayMs: number): Fault => ({ kind: "slow-headers", delayMs }),
  /** Headers at once, then the body stalls for `delayMs` before it completes. */
  slowBody: (delayMs: number, body?: unknown): Fault => ({ kind: "slow-body", delayMs, body }),
  /** 200 with `Content-Type: application/json` and a body that is not JSON. */
  malformedJson: (status = 200): Fault => ({ kind: "malformed-json", status }),
  /** 401 as a server answers an expired token. */
  expiredToken: (body?: unknown): Fault => ({ kind: "expired-token", body }),
  /** Any status with any body. */
  status: (status: number, body?: unknown, headers?: Record<string, string>): Fault => ({
    kind: "status",
    status,
    body,
    headers,
  }),
} as const;

interface Armed {
  fault: Fault;
  remaining: number;
  match: (request: Request) => boolean;
}

/**
 * Queues faults for the next matching requests. Put `injector.handler()` first in msw's handler
 * list (or call `await injector.apply(request)` at the top of any handler): a queued fault answers
 * instead of the real handler; otherwise the request falls through.
 */
export class FaultInjector {
  #armed: Armed[] = [];
  #applied = 0;

  /**
   * Answer the next `times` (default 1) matching requests with `fault`. `match`: a string is
   * looked for in the URL's path; a RegExp is tested against the whole URL (so it can match the
   * host or the query); a function decides from the Request.
   */
  inject(
    fault: Fault,
    options: { times?: number; match?: string | RegExp | ((request: Request) => boolean) } = {},
  ): this {
    const m = options.match;
    const match =
      m === undefined
        ? () => true
        : typeof m === "function"
          ? m
          : (r: Request) => (typeof m === "string" ? new URL(r.url).pathname.includes(m) : m.test(r.url));
    this.#armed.push({ fault, remaining: options.times ?? 1, match });
    return this;
  }

  /** Drops every queued fault (the `applied` count stays). */
  clear(): void {
    this.#armed = [];
  }

  /** Drops every queued fault and zeroes the `applied` count: a fresh injector. */
  reset(): void {
    this.#armed = [];
    this.#applied = 0;
  }

  /** How many faults have been served. */
  get applied(): number {
    return this.#applied;
  }

  /** How many faults are still queued. */
  get pending(): number {
    return this.#armed.reduce((n, a) => n + a.remaining, 0);
  }

  /** The fault's answer for this request, or undefined to let the real handler answer. */
  async apply(request: Request): Promise<Response | undefined> {
    const armed = this.#armed.find((a) => a.remaining > 0 && a.match(request));
    if (!armed) return undefined;
    armed.remaining--;
    this.#armed = this.#armed.filter((a) => a.remaining > 0);
    this.#applied++;
    return respond(armed.fault);
  }

  /** An msw handler for every URL that serves queued faults and lets everything else through. */
  handler(): HttpHandler {
    return http.all("*", async ({ request }) => this.apply(request));
  }
}

async function respond(fault: Fault): Promise<Response | undefined> {
  switch (fault.kind) {
    case "rate-limit": {
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined) headers["retry-after"] = String(fault.retryAfterSeconds);
      if (fault.retryAfterDate !== undefined) headers["retry-after"] = fault.retryAfterDate.toUTCString();
      if (fault.retryAfterMs !== undefined) headers["retry-after-ms"] = String(fault.retryAfterMs);
      return HttpResponse.json(fault.body ?? { message: "rate limited" }, { status: 429, headers });
    }
    case "unavailable":
      return HttpResponse.json(fault.body ?? { message: "unavailable" }, { status: fault.status ?? 503 });
    case "connection-reset":
      return HttpResponse.error();
    case "slow-headers":
      await delay(fault.delayMs);
      return undefined;
    case "slow-body":
      return stalledBody(fault.delayMs, JSON.stringify(fault.body ?? { ok: true }));
    case "malformed-json":
      return new HttpResponse('{"truncated": ', {
        status: fault.status ?? 200,
        headers: { "content-type": "application/json" },
      });
    case "expired-token":
      return HttpResponse.json(fault.body ?? { code: 401, message: "Access token expired" }, {
        status: 401,
        headers: { "www-authenticate": 'Bearer error="invalid_token", error_description="The access token expired"' },
      });
    case "status":
      return HttpResponse.json(fault.body ?? null, {
        status: fault.status,
        ...(fault.headers && { headers: fault.headers }),
      });
  }
}

/** A 200 whose first bytes come at once and the rest after `delayMs`. */
function stalledBody(delayMs: number, text: string): Response {
  const bytes = new TextEncoder().encode(text);
  const half = Math.max(1, Math.floor(bytes.length / 2));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, half));
      timer = setTimeout(() => {
        try {
          controller.enqueue(bytes.slice(half));
          controller.close();
        } catch {
          // the reader gave up (timeout); nothing to finish
        }
      }, delayMs);
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new HttpResponse(stream, { status: 200, headers: { "content-type": "application/json" } });
}

import type { Fault, FaultInjector } from "@trustplane/testing";
import { type HttpHandler, HttpResponse, http } from "msw";

const KINDS = new Set<Fault["kind"]>([
  "rate-limit",
  "unavailable",
  "connection-reset",
  "slow-headers",
  "slow-body",
  "malformed-json",
  "expired-token",
  "status",
]);

/**
 * `POST <url>` with `{ kind, times?, match?, ...fields }` queues a fault for the next `times`
 * requests whose path contains `match` (fields as in `@trustplane/testing`'s `faults`; a
 * `retryAfterDate` is an ISO string). `GET` tells what is pending and served; `DELETE` clears.
 */
export function faultsAdminHandlers(url: string, injector: FaultInjector): HttpHandler[] {
  const state = () => ({ pending: injector.pending, applied: injector.applied });
  return [
    http.get(url, () => HttpResponse.json(state())),
    http.delete(url, () => {
      injector.clear();
      return HttpResponse.json(state());
    }),
    http.post(url, async ({ request }) => {
      let input: unknown;
      try {
        input = await request.json();
      } catch {
        return HttpResponse.json({ code: "BAD_REQUEST", message: "The body must be JSON" }, { status: 400 });
      }
      const parsed = parseFault(input);
      if (typeof parsed === "string")
        return HttpResponse.json({ code: "BAD_REQUEST", message: parsed }, { status: 400 });
      injector.inject(parsed.fault, {
        times: parsed.times,
        ...(parsed.match !== undefined && { match: parsed.match }),
      });
      return HttpResponse.json({ queued: { ...parsed.fault, times: parsed.times }, ...state() }, { status: 201 });
    }),
  ];
}

/** The fault described by a request body, or what is wrong with it. */
function parseFault(input: unknown): { fault: Fault; times: number; match: string | undefined } | string {
  if (!input || typeof input !== "object") return "The body must be a JSON object";
  const { kind, times = 1, match, ...fields } = input as Record<string, unknown>;
  if (typeof kind !== "string" || !KINDS.has(kind as Fault["kind"])) {
    return `kind must be one of ${[...KINDS].join(", ")}`;
  }
  if (typeof times !== "number" || !Number.isInteger(times) || times < 1) return "times must be an integer >= 1";
  if (match !== undefined && typeof match !== "string") return "match must be a string (part of the request path)";
  for (const name of ["status", "delayMs", "retryAfterSeconds", "retryAfterMs"]) {
    if (fields[name] !== undefined && typeof fields[name] !== "number") return `${name} must be a number`;
  }
  if ((kind === "slow-headers" || kind === "slow-body") && typeof fields.delayMs !== "number")
    return `${kind} needs delayMs`;
  if (kind === "status" && typeof fields.status !== "number") return "status faults need a status";
  if (fields.retryAfterDate !== undefined) {
    const date = new Date(String(fields.retryAfterDate));
    if (Number.isNaN(date.getTime())) return "retryAfterDate must be a date";
    fields.retryAfterDate = date;
  }
  return { fault: { kind, ...fields } as Fault, times, match };
}

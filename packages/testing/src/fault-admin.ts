import { type HttpHandler, HttpResponse, http } from "msw";
import type { Fault, FaultInjector } from "./faults.js";

const FAULT_KINDS: ReadonlyArray<Fault["kind"]> = [
  "rate-limit",
  "unavailable",
  "connection-reset",
  "slow-headers",
  "slow-body",
  "malformed-json",
  "expired-token",
  "status",
];

/**
 * A fault admin route for fakes reached over HTTP (the sandbox), where tests cannot call the
 * injector directly: `POST <url>` queues a fault given as JSON (`{ kind, times?, match?, ...fields }`,
 * fields as in `faults`; `retryAfterDate` as an ISO string; `match` is part of a request path),
 * `GET` shows `{ pending, applied }`, `DELETE` clears the queue. Bad input is a 400 saying why.
 */
export function faultAdminHandlers(url: string, injector: FaultInjector): HttpHandler[] {
  const counts = () => ({ pending: injector.pending, applied: injector.applied });
  return [
    http.get(url, () => HttpResponse.json(counts())),
    http.delete(url, () => {
      injector.clear();
      return HttpResponse.json(counts());
    }),
    http.post(url, async ({ request }) => {
      const input = (await request.json().catch(() => undefined)) as Record<string, unknown> | undefined;
      const problem = faultProblem(input);
      if (problem) return HttpResponse.json({ code: 400, message: problem }, { status: 400 });
      const { kind, times = 1, match, ...fields } = input as Record<string, unknown>;
      if (typeof fields.retryAfterDate === "string") fields.retryAfterDate = new Date(fields.retryAfterDate);
      injector.inject({ kind, ...fields } as Fault, {
        times: times as number,
        ...(typeof match === "string" && { match }),
      });
      return HttpResponse.json({ queued: { kind, times }, ...counts() }, { status: 201 });
    }),
  ];
}

function faultProblem(input: Record<string, unknown> | undefined): string | undefined {
  if (!input || typeof input !== "object" || Array.isArray(input)) return "send a JSON object";
  if (!FAULT_KINDS.includes(input.kind as Fault["kind"])) return `kind must be one of ${FAULT_KINDS.join(", ")}`;
  const times = input.times ?? 1;
  if (typeof times !== "number" || !Number.isInteger(times) || times < 1) return "times must be an integer >= 1";
  if (input.match !== undefined && typeof input.match !== "string") return "match must be part of a request path";
  if ((input.kind === "slow-headers" || input.kind === "slow-body") && typeof input.delayMs !== "number") {
    return `${String(input.kind)} needs delayMs (a number)`;
  }
  if (input.kind === "status" && typeof input.status !== "number") return "a status fault needs status (a number)";
  return undefined;
}

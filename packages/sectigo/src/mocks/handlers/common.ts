/** Small pieces every handler uses: paging, path IDs, body fields. */
import { SPEC_ANSWERS } from "../../generated/fake-answers.gen.js";
import { empty, invalid, json } from "../http.js";
import type { FakeRequest } from "../router.js";

/** One page of `items` by `size`/`position`, with `X-Total-Count`; wrapped as `{ total, data }` when asked. */
export function page(request: FakeRequest, items: readonly unknown[], wrap?: "data"): Response {
  const size = Number(request.query.get("size") ?? 10);
  const position = Number(request.query.get("position") ?? 0);
  if (!Number.isInteger(position) || position < 0) invalid("position", "must be an integer >= 0");
  const slice = items.slice(position, position + size);
  const headers = { "X-Total-Count": String(items.length) };
  return json(wrap ? { total: items.length, data: slice } : slice, 200, headers);
}

/** An integer path parameter (400 when it is not one). */
export function intParam(request: FakeRequest, name: string): number {
  const text = request.params[name] ?? "";
  if (!/^-?\d+$/.test(text)) invalid(name, "must be an integer");
  return Number(text);
}

/** The JSON body as an object (an empty one when there is none). */
export function bodyOf(request: FakeRequest): Record<string, unknown> {
  const body = request.body;
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** The spec's empty success answer of the operation (200, 202 or 204). */
export function done(request: FakeRequest): Response {
  const answer = SPEC_ANSWERS[request.operationId];
  if (answer?.kind === "json") return json(answer.body ?? {}, answer.status);
  return empty(answer?.status ?? 204);
}

/** Dates as SCM writes them by default (`MM/dd/yyyy`), or ISO with a `dateFormat` containing `T`. */
export function date(request: FakeRequest, value: Date | undefined): string | undefined {
  if (!value) return undefined;
  const format = request.query.get("dateFormat");
  if (format?.includes("T") || format?.includes("'T'")) return value.toISOString();
  const mm = String(value.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(value.getUTCDate()).padStart(2, "0");
  return `${mm}/${dd}/${value.getUTCFullYear()}`;
}

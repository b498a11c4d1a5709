import { randomUUID } from "node:crypto";
import { HttpResponse } from "msw";

/** Headers the tenant puts on every answer. */
function tenantHeaders(apiVersion: string | undefined, extra?: Record<string, string>): Record<string, string> {
  return {
    "x-forgerock-transactionid": `fake-${randomUUID()}`,
    ...(apiVersion && { "content-api-version": apiVersion }),
    ...extra,
  };
}

/** A JSON answer with the tenant's headers. */
export function ok(body: unknown, options: { status?: number; apiVersion?: string } = {}): Response {
  return HttpResponse.json(body as Record<string, unknown>, {
    status: options.status ?? 200,
    headers: tenantHeaders(options.apiVersion),
  });
}

/** A 200 with no body (description actions, deletes that answer empty). */
export function empty(status = 200, apiVersion?: string): Response {
  return new HttpResponse(null, { status, headers: tenantHeaders(apiVersion) });
}

/** The `/environment` error envelope: `{ code, message }`, code repeating the status. */
export function fail(status: number, message: string, headers?: Record<string, string>): Response {
  return HttpResponse.json({ code: status, message }, { status, headers: tenantHeaders(undefined, headers) });
}

/** A lock conflict: the promotion service sends only `message`. */
export function conflict(message: string): Response {
  return HttpResponse.json({ message }, { status: 409, headers: tenantHeaders(undefined) });
}

/** An error status with no body at all (some 404 and 500 answers look like this). */
export function bare(status: number): Response {
  return new HttpResponse(null, { status, headers: tenantHeaders(undefined) });
}

/** The JSON body of a request, or a 400 answer when it is not a JSON object. */
export async function jsonBody(request: Request): Promise<Record<string, unknown> | Response> {
  const text = await request.text();
  if (text.trim() === "") return fail(400, "The request body is required");
  try {
    const body = JSON.parse(text) as unknown;
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      return fail(400, "The request body must be a JSON object");
    }
    return body as Record<string, unknown>;
  } catch {
    return fail(400, "The request body is not valid JSON");
  }
}

/** True for canonical base64 text. */
export function isBase64(value: unknown): value is string {
  return typeof value === "string" && /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value);
}

/** The tenant's timestamp style for promotion reports (`2022-01-27T15-23+00Z`). */
export function reportDate(at: Date = new Date()): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}-${iso.slice(14, 16)}+00Z`;
}

/** Answers in Sectigo's shapes: JSON, the `{ code, description }` error envelope, 201 with `Location`, files. */
import { HttpResponse } from "msw";

/** An error answer in Sectigo's envelope. */
export function sectigoError(
  status: number,
  code: number,
  description: string,
  headers?: Record<string, string>,
): Response {
  return HttpResponse.json({ code, description }, { status, ...(headers && { headers }) });
}

/** Thrown by a handler to answer with an error at once. */
export class Answer extends Error {
  constructor(readonly response: Response) {
    super("answer");
  }
}

/** Throws a Sectigo error answer. */
export function fail(status: number, code: number, description: string): never {
  throw new Answer(sectigoError(status, code, description));
}

/** 400 for a bad field (Sectigo's `-1601`, "a field has an invalid value"). */
export function invalid(field: string, why: string): never {
  fail(400, -1601, `Invalid value of ${field}: ${why}`);
}

/** 404 for an unknown ID. */
export function notFound(what: string, code = -5101): never {
  fail(404, code, `${what} not found`);
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers?: Record<string, string>): Response {
  return HttpResponse.json(body as never, { status, ...(headers && { headers }) });
}

/** 201 naming the new resource. */
export function created(location: string, body?: unknown): Response {
  return body === undefined
    ? new HttpResponse(null, { status: 201, headers: { location } })
    : HttpResponse.json(body as never, { status: 201, headers: { location } });
}

/** An empty answer. */
export function empty(status = 204): Response {
  return new HttpResponse(null, { status });
}

/** A file: bytes or text, labelled `application/octet-stream` as SCM labels every download. */
export function file(data: string | Uint8Array, fileName: string, type = "application/octet-stream"): Response {
  const body = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return new HttpResponse(body as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: { "content-type": type, "content-disposition": `attachment; filename="${fileName}"` },
  });
}

/** The answer for a route the fake does not serve (the coverage report does not count these). */
export function unhandled(method: string, path: string): Response {
  return HttpResponse.json(
    { code: -1, description: `No such endpoint: ${method} ${path}` },
    { status: 404, headers: { "x-trustplane-fake": "unhandled" } },
  );
}

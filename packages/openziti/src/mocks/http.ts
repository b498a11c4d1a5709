/** The fake controller's answers: `{ data, meta }` envelopes, the `{ error, meta }` envelope, and FakeError. */
import { randomUUID } from "node:crypto";
import { HttpResponse } from "msw";

/** `meta` of every answer. */
const META = { apiVersion: "0.0.1", apiEnrollmentVersion: "0.0.1" } as const;

/** A field the fake refuses, as the controller reports it in `cause`. */
export interface FakeFieldCause {
  field: string;
  reason: string;
  value?: unknown;
}

/** An error the fake answers with: the controller's error envelope, status and code. */
export class FakeError extends Error {
  readonly status: number;
  readonly code: string;
  override readonly cause: FakeFieldCause | Record<string, unknown> | undefined;
  readonly causeMessage: string | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { cause?: FakeFieldCause | Record<string, unknown> | undefined; causeMessage?: string | undefined } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.cause = options.cause;
    this.causeMessage = options.causeMessage;
  }
}

/** 400 COULD_NOT_VALIDATE naming one field. `value` is left out for secret fields. */
export function invalidField(field: string, reason: string, value?: unknown, causeMessage?: string): FakeError {
  return new FakeError(400, "COULD_NOT_VALIDATE", "The supplied request contains an invalid document", {
    cause: { field, reason, ...(value !== undefined && { value }) },
    causeMessage: causeMessage ?? `${field}: ${reason}`,
  });
}

/** 404 NOT_FOUND for a resource id. */
export function notFound(what: string, id: string): FakeError {
  return new FakeError(404, "NOT_FOUND", `The resource requested was not found or is no longer available`, {
    causeMessage: `${what} with id ${id} not found`,
  });
}

/** 401 UNAUTHORIZED. */
export function unauthorized(causeMessage = "no valid session"): FakeError {
  return new FakeError(
    401,
    "UNAUTHORIZED",
    "The request could not be completed. The session is not authorized or the credentials are invalid",
    { causeMessage },
  );
}

/** The JSON answer with the fake's headers. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new HttpResponse(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/** `{ data, meta }`. */
export function ok(data: unknown, status = 200, meta: Record<string, unknown> = {}): Response {
  return json({ data, meta: { ...META, ...meta } }, status);
}

/** `{ data: {}, meta }`: what updates, patches, deletes and actions answer. */
export function empty(status = 200): Response {
  return ok({}, status);
}

/** 201 `{ data: { id, _links }, meta }`. */
export function created(id: string, self: string): Response {
  return ok({ id, _links: { self: { href: `./${self}/${id}` } } }, 201);
}

/** The error envelope for a FakeError. */
export function errorResponse(error: FakeError, headers: Record<string, string> = {}): Response {
  return json(
    {
      error: {
        code: error.code,
        message: error.message,
        ...(error.cause !== undefined && { cause: error.cause }),
        ...(error.causeMessage !== undefined && { causeMessage: error.causeMessage }),
        args: { urlVars: {} },
        requestId: randomUUID(),
      },
      meta: META,
    },
    error.status,
    headers,
  );
}

/** Reads a JSON object body, or fails as the controller does. */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new FakeError(400, "COULD_NOT_PARSE_BODY", "The body of the request could not be parsed", {
    causeMessage: "the body is not a JSON object",
  });
}

/** A short id in the controller's style. */
export function newId(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

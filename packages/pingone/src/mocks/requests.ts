/**
 * What every route of the fake shares: PingOne error envelopes (thrown as `Answer`), reading JSON
 * and multipart bodies, content negotiation, and the 429 answer.
 */
import { randomUUID } from "node:crypto";
import { HttpResponse } from "msw";
import { certificatesFromFile } from "./pki.js";
import type { FakeCertificateRecord } from "./state.js";

/** One entry of a P1Error's `details`. */
export type Detail = { code: string; target?: string; message: string; innerError?: Record<string, unknown> };

/** A PingOne error answer, thrown inside handlers and answered by the route wrapper. */
export class Answer extends Error {
  constructor(readonly response: Response) {
    super("answer");
  }
}

/** A P1Error envelope response. */
export function p1Error(
  status: number,
  code: string,
  message: string,
  details?: Detail[],
  headers?: Record<string, string>,
): Response {
  return HttpResponse.json(
    { id: randomUUID(), code, message, ...(details && { details }) },
    { status, ...(headers && { headers }) },
  );
}

/** 400 INVALID_DATA with the given details. */
export const invalid = (details: Detail[]): Answer =>
  new Answer(
    p1Error(
      400,
      "INVALID_DATA",
      "The request could not be completed. One or more validation errors were in the request.",
      details,
    ),
  );

/** 404 NOT_FOUND naming what was not found. */
export const notFound = (what: string): Answer =>
  new Answer(p1Error(404, "NOT_FOUND", `The request could not be completed. ${what} was not found.`));

/** A 429 as PingOne sends it: `Retry-After` and a REQUEST_LIMITED envelope. */
export function rateLimitResponse(retryAfterSeconds: number): Response {
  return p1Error(
    429,
    "REQUEST_LIMITED",
    "The request could not be completed. Too many requests were sent; wait and try again.",
    [
      {
        code: "LIMIT_EXCEEDED",
        message: `Retry after ${retryAfterSeconds} seconds`,
        innerError: { retryAfter: retryAfterSeconds },
      },
    ],
    { "retry-after": String(retryAfterSeconds) },
  );
}

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/** Chooses a media type from an Accept header (order and q-values), or undefined when none fits. */
export function negotiate(accept: string | null, offered: readonly string[]): string | undefined {
  if (!accept || accept.trim() === "") return offered[0];
  const ranges = accept
    .split(",")
    .map((part, index) => {
      const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith("q="));
      return { type, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    if (range.type === "*/*") return offered[0];
    const found = offered.find(
      (o) => o === range.type || (range.type.endsWith("/*") && o.startsWith(range.type.slice(0, -1))),
    );
    if (found) return found;
  }
  return undefined;
}

/** The request's JSON object body, or a 400 INVALID_REQUEST. */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  try {
    const body = (await request.json()) as unknown;
    if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new Answer(p1Error(400, "INVALID_REQUEST", "The request body must be a JSON object."));
}

/** The request's multipart form, or a 400 INVALID_REQUEST. */
export async function formBody(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Answer(p1Error(400, "INVALID_REQUEST", "The request body must be multipart/form-data."));
  }
}

/** The bytes of the form's `file` part, or a 400 naming it. */
export async function fileOf(form: FormData): Promise<Uint8Array> {
  const file = form.get("file");
  if (file === null || typeof file === "string") {
    throw invalid([{ code: "REQUIRED_VALUE", target: "file", message: "A file part is required" }]);
  }
  return new Uint8Array(await file.arrayBuffer());
}

/** The certificates in an uploaded file, or a 400 naming the file. */
export function uploadedCertificates(bytes: Uint8Array): Uint8Array[] {
  try {
    return certificatesFromFile(bytes);
  } catch {
    throw invalid([
      { code: "INVALID_VALUE", target: "file", message: "The file holds no readable certificate (PEM or PKCS#7)" },
    ]);
  }
}

/** A 400 unless now is inside the certificate's validity period. */
export function requireCurrent(facts: { startsAt: string; expiresAt: string }): void {
  const now = Date.now();
  if (now < Date.parse(facts.startsAt) || now >= Date.parse(facts.expiresAt)) {
    throw invalid([
      { code: "INVALID_VALUE", target: "file", message: "The certificate is not inside its validity period" },
    ]);
  }
}

/** Whole days between two ISO dates (at least 1), as PingOne's `validityPeriod`. */
export const validityDays = (startsAt: string, expiresAt: string): number =>
  Math.max(1, Math.round((Date.parse(expiresAt) - Date.parse(startsAt)) / DAY));

/** Usage types PingOne knows. */
export const USAGE_TYPES = ["ENCRYPTION", "SIGNING", "SSL/TLS", "ISSUANCE", "OUTBOUND_MTLS"];

/** A usage type from input, or a 400 naming `target`. */
export function usageTypeOf(value: unknown, target = "usageType"): FakeCertificateRecord["usageType"] {
  if (value === undefined || value === null || value === "") {
    throw invalid([{ code: "REQUIRED_VALUE", target, message: `${target} is required` }]);
  }
  if (typeof value !== "string" || !USAGE_TYPES.includes(value)) {
    throw invalid([{ code: "INVALID_VALUE", target, message: `${target} must be one of ${USAGE_TYPES.join(", ")}` }]);
  }
  return value as FakeCertificateRecord["usageType"];
}

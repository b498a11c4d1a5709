import { randomUUID } from "node:crypto";
import { HttpResponse } from "msw";

/** Headers of every JSON answer. */
const JSON_HEADERS = { "content-type": "application/json" };

/** The envelope every enveloped answer has. */
export function envelope(fields: Record<string, unknown>, mountType = "identity"): Record<string, unknown> {
  return {
    request_id: randomUUID(),
    lease_id: "",
    renewable: false,
    lease_duration: 0,
    data: null,
    wrap_info: null,
    warnings: null,
    auth: null,
    mount_type: mountType,
    ...fields,
  };
}

/** 200 with `data` in the envelope (and `warnings` when given). */
export function ok(data: unknown, options: { warnings?: string[]; mountType?: string } = {}): Response {
  return HttpResponse.json(
    envelope({ data, ...(options.warnings?.length && { warnings: options.warnings }) }, options.mountType),
    { headers: JSON_HEADERS },
  );
}

/** 200 with an envelope of other fields (`auth`, `wrap_info`). */
export function okEnvelope(fields: Record<string, unknown>, mountType?: string): Response {
  return HttpResponse.json(envelope(fields, mountType), { headers: JSON_HEADERS });
}

/** 204, or 200 with only `warnings` when there are some (what the server does). */
export function done(warnings?: string[]): Response {
  if (warnings?.length) return okEnvelope({ warnings });
  return new HttpResponse(null, { status: 204 });
}

/** Bare JSON (the OIDC endpoints answer without the envelope). */
export function bare(body: unknown, status = 200): Response {
  return HttpResponse.json(body as never, { status, headers: JSON_HEADERS });
}

/** `{ errors: [...] }` with a status (and `data` when given). */
export function fail(status: number, messages: string[] | string, data?: unknown): Response {
  const errors = typeof messages === "string" ? [messages] : messages;
  return HttpResponse.json({ errors, ...(data !== undefined && { data }) }, { status, headers: JSON_HEADERS });
}

/** Vault's wording for several messages: `1 error occurred:\n\t* <m>\n\n`. */
export const multi = (...messages: string[]): string =>
  `${messages.length} error${messages.length > 1 ? "s" : ""} occurred:\n${messages.map((m) => `\t* ${m}`).join("\n")}\n\n`;

/** 400 with one message. */
export const badRequest = (message: string): Response => fail(400, message);

/** 404 `{ "errors": [] }`: a missing object, or an empty list. */
export const notFound = (): Response => fail(404, []);

/** A key list: `data.keys` (and `key_info`), or the 404 of an empty list. */
export function keyList(keys: string[], keyInfo?: Record<string, unknown>): Response {
  if (keys.length === 0) return notFound();
  return ok({ keys, ...(keyInfo && { key_info: keyInfo }) });
}

/** An OAuth error body of the provider endpoints. */
export const oauthError = (status: number, error: string, description: string, state?: string): Response =>
  bare({ error, error_description: description, ...(state !== undefined && { state }) }, status);

/** Seconds from a duration input (`3600`, `"1h"`, `"90m"`, `"30s"`); undefined when unreadable. */
export function seconds(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.floor(value);
  if (typeof value !== "string" || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let consumed = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    total += Number(m[1]) * (units[m[2] as string] as number);
    consumed += m[0].length;
  }
  return consumed === value.trim().length ? Math.floor(total) : undefined;
}

/** A non-empty string field, or undefined. */
export const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** A string array from a field that takes an array or a comma-separated string. */
export function stringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v !== "");
  if (typeof value === "string")
    return value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean);
  return undefined;
}

/** A string map from a field (`metadata`), or undefined when absent or not a map. */
export function stringMap(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}

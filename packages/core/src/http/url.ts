import { ValidationError } from "../errors/errors.js";

/** Path parameters whose values may hold `/` (nested mounts): each segment is encoded on its own. */
export type SlashParams = ReadonlySet<string> | readonly string[] | undefined;

function refuse(what: string, path: string, message: string): never {
  throw new ValidationError(`Invalid ${what}: ${path}: ${message}`, [{ path, message }]);
}

/**
 * One path parameter as URL path text. A value must be a non-empty string or a finite number; it
 * is percent-encoded as exactly one segment, so it can never climb out of its place in the path:
 * `.` and `..` (which URL parsing collapses) and the empty string (which merges two segments) are
 * refused. With `allowSlash`, `/` separates segments that are each checked and encoded.
 */
export function encodePathParam(name: string, value: unknown, what: string, allowSlash = false): string {
  const field = `path.${name}`;
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else if (typeof value === "bigint") text = String(value);
  else if (value === undefined || value === null) refuse(what, field, "is required");
  else refuse(what, field, "must be a string or a finite number");
  const segments = allowSlash ? text.split("/") : [text];
  for (const segment of segments) {
    if (segment === "") refuse(what, field, allowSlash ? "must not contain empty segments" : "must not be empty");
    if (segment === "." || segment === "..") refuse(what, field, `must not be "${segment}" (it would change the path)`);
  }
  return segments.map(encodeURIComponent).join("/");
}

/** The path template with each `{name}` replaced by its encoded parameter. */
export function expandPath(
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
  what: string,
  slashParams?: SlashParams,
): string {
  if (!template.includes("{")) return template;
  const allow = slashParams ? new Set(slashParams) : undefined;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodePathParam(name, params?.[name], what, allow?.has(name) ?? false),
  );
}

/**
 * Query text in the style OpenAPI calls form/explode (and openapi-fetch uses): arrays repeat the
 * key, objects become `key[prop]=value`, `undefined` and `null` are left out. Starts with `?`
 * unless empty.
 */
export function serializeQuery(query: Readonly<Record<string, unknown>> | undefined): string {
  if (!query) return "";
  const parts: string[] = [];
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    const text = value instanceof Date ? value.toISOString() : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  };
  for (const key of Object.keys(query)) {
    const value = query[key];
    if (Array.isArray(value)) for (const item of value) add(key, item);
    else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const [prop, inner] of Object.entries(value)) add(`${key}[${prop}]`, inner);
    } else add(key, value);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

/** `base` (no trailing slash) + `path` (starting with `/`). */
export function joinUrl(base: string, path: string): string {
  return base.endsWith("/") ? base.slice(0, -1) + path : base + path;
}

/** Ports the fetch standard refuses to connect to (https://fetch.spec.whatwg.org/#port-blocking). */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** True when the URL names a port the fetch standard blocks (e.g. 6000, 10080). */
export function isBlockedPort(url: URL): boolean {
  return url.port !== "" && BAD_PORTS.has(Number(url.port));
}

/**
 * Checks a URL option at client creation: absolute http(s), no user:password (it would leak into
 * every log line and error), no blocked port. Messages never echo the URL: it may hold a password.
 */
export function checkHttpUrl(value: unknown, field: string, what: string): string {
  if (typeof value !== "string") refuse(what, field, "must be a string (an absolute http(s) URL)");
  if (!URL.canParse(value)) refuse(what, field, "must be an absolute http(s) URL");
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") refuse(what, field, "must be an http(s) URL");
  if (url.username || url.password) {
    refuse(what, field, "must not contain credentials (user:password@); pass them through the auth option");
  }
  if (isBlockedPort(url)) refuse(what, field, `uses port ${url.port}, which the fetch standard blocks`);
  return value;
}

/** The URL with its query removed (for messages: query strings can carry secrets). */
export function withoutQuery(url: string): string {
  const at = url.indexOf("?");
  return at < 0 ? url : `${url.slice(0, at)}?…`;
}

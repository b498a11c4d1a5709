import { toHeaders } from "../http/headers.js";
import type { HttpResponse } from "../http/types.js";

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** A WHATWG Response for a pipeline answer (for `client.fetch` and `raw` results). */
export function toWebResponse(response: HttpResponse): Response {
  const body = NULL_BODY.has(response.status) ? null : (response.body ?? null);
  const web = new Response(body as BodyInit | null, {
    status: response.status,
    statusText: response.statusText,
    headers: toHeaders(response.headers),
  });
  Object.defineProperty(web, "url", { value: response.url });
  return web;
}

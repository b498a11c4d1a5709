import { type ApiClient, type CallOptions, callInit, halNext, Paged } from "@trustplane/core";
import type { paths } from "../generated/openapi.gen.js";
import type { ListOptions } from "../types.js";

/** What every resource area shares: the typed API client and the default environment. */
export interface ResourceContext {
  readonly api: ApiClient<paths>;
  readonly environmentId: string;
}

/** Page size when the caller names none. */
export const DEFAULT_PAGE_SIZE = 100;

/** The environment a call acts on. */
export function environmentOf(ctx: ResourceContext, input: { environmentId?: string | undefined } | undefined): string {
  return input?.environmentId ?? ctx.environmentId;
}

/** openapi-fetch types `data` as optional; the pipeline throws on error statuses, so a missing body is a bug. */

/** callInit plus extra headers (ours win over the caller's for the same name). */
export function initWith(options: CallOptions | undefined, headers: Record<string, string>) {
  const init = callInit(options);
  const ours = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  const theirs = Object.entries(init.headers ?? {}).filter(([name]) => !ours.has(name.toLowerCase()));
  return { ...init, headers: { ...Object.fromEntries(theirs), ...headers } };
}

/** callInit for one page request of a list: the list's call options and the paging signal. */
export function pageInit(options: ListOptions | undefined, signal: AbortSignal | undefined) {
  return callInit({ ...options, ...(signal && { signal }) });
}

interface HalBody {
  _links?: { next?: { href?: unknown } };
  _embedded?: Record<string, unknown>;
  count?: unknown;
}

/**
 * A HAL collection that pages itself: `first` fetches the first page (a typed call with the
 * collection's path literal), later pages follow `_links.next.href` through the same pipeline,
 * never to another origin (core's `halNext` refuses: the bearer token would go with it).
 */
export function halPaged<T>(
  ctx: ResourceContext,
  embedded: string,
  options: ListOptions | undefined,
  first: (signal: AbortSignal | undefined) => Promise<{ data?: unknown; response: Response }>,
): Paged<T> {
  const read = (data: unknown, response: Response) => {
    const body = (data ?? {}) as HalBody;
    const items = body._embedded?.[embedded];
    const next = body._links?.next?.href;
    return {
      items: Array.isArray(items) ? (items as T[]) : [],
      next: typeof next === "string" ? next : undefined,
      url: response.url,
      total: typeof body.count === "number" ? body.count : undefined,
    };
  };
  return new Paged<T>(
    halNext<T>({
      origin: ctx.api.baseUrl,
      first: async (signal) => {
        const { data, response } = await first(signal);
        return read(data, response);
      },
      follow: async (href, signal) => {
        const response = await ctx.api.fetch(href, pageInit(options, signal) as RequestInit);
        return read(await response.json(), response);
      },
    }),
    options,
  );
}

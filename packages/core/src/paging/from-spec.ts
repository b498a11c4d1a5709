import type { ApiClient, CallRequest } from "../client/create-api-client.js";
import { TrustplaneError } from "../errors/trustplane-error.js";
import type { CallOptions, PaginationInfo } from "../pipeline/types.js";
import { Paged, type PageFetcher, type PagingOptions } from "./paged.js";
import { cursorCookie, halNext, keyList, offsetLimit, singlePage, sizePosition } from "./strategies.js";

/** Per-call and paging options of a list operation. */
export interface OperationPagingOptions extends PagingOptions, Omit<CallOptions, "signal"> {
  /** Items per request (default: the spec's maximum, else 100). */
  pageSize?: number | undefined;
}

/** Value at a dotted path (`meta.pagination.totalCount`); "" is the value itself. */
export function valueAt(body: unknown, path: string | undefined): unknown {
  if (!path) return body;
  let value = body;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function itemsAt<T>(body: unknown, path: string): T[] {
  const value = valueAt(body, path);
  return Array.isArray(value) ? (value as T[]) : [];
}

function numberOrUndefined(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : undefined;
}

const str = (info: PaginationInfo, key: string, fallback: string): string => {
  const v = info[key];
  return typeof v === "string" && v ? v : fallback;
};

/**
 * A Paged<T> for any list operation, driven by its `x-trustplane-pagination` declaration: the
 * right parameters, item path, totals and stop rules for each paging style. Every page is one
 * `api.call` of the operation (HAL next links too, on the client's origin only).
 */
export function pageOperation<T>(
  api: Pick<ApiClient, "call" | "baseUrl"> & { operation(id: string): OperationInfoLike | undefined },
  operationId: string,
  request: CallRequest = {},
  options: OperationPagingOptions = {},
): Paged<T> {
  const pagination = api.operation(operationId)?.pagination;
  if (!pagination) throw new TrustplaneError(`${operationId} does not declare x-trustplane-pagination`);
  const { maxPages, prefetch, signal: pagingSignal, pageSize: askedSize, ...callOptions } = options;
  const maxPageSize = numberOrUndefined(pagination.maxPageSize);
  const pageSize = askedSize ?? maxPageSize ?? 100;
  const call = async (query: Record<string, unknown>, signal: AbortSignal | undefined, url?: string) => {
    const { data, response } = await api
      .call(
        operationId as never,
        { ...request, query: { ...request.query, ...query }, parseAs: "json", ...(url !== undefined && { url }) },
        { ...callOptions, ...(signal && { signal }) },
      )
      .withResponse();
    return { data: data as unknown, response };
  };
  const paging = {
    ...(maxPages !== undefined && { maxPages }),
    ...(prefetch !== undefined && { prefetch }),
    ...(pagingSignal && { signal: pagingSignal }),
  };

  let fetcher: PageFetcher<T>;
  switch (pagination.style) {
    case "offset-limit":
      fetcher = offsetLimit<T>({
        pageSize,
        fetch: async (offset, limit, signal) => {
          const { data } = await call(
            { [str(pagination, "limitParam", "limit")]: limit, [str(pagination, "offsetParam", "offset")]: offset },
            signal,
          );
          return {
            items: itemsAt<T>(data, pagination.items),
            total: numberOrUndefined(valueAt(data, str(pagination, "totalField", "meta.pagination.totalCount"))),
          };
        },
      });
      break;
    case "size-position":
      fetcher = sizePosition<T>({
        pageSize,
        fetch: async (position, size, signal) => {
          const { data, response } = await call(
            { [str(pagination, "sizeParam", "size")]: size, [str(pagination, "positionParam", "position")]: position },
            signal,
          );
          return {
            items: itemsAt<T>(data, pagination.items),
            total: numberOrUndefined(response.headers.get(str(pagination, "totalHeader", "X-Total-Count"))),
          };
        },
      });
      break;
    case "cursor-cookie":
      fetcher = cursorCookie<T>({
        fetch: async (cookie, signal) => {
          const query: Record<string, unknown> = { [str(pagination, "pageSizeParam", "_pageSize")]: pageSize };
          if (cookie) query[str(pagination, "cookieParam", "_pagedResultsCookie")] = cookie;
          const { data } = await call(query, signal);
          const next = valueAt(data, str(pagination, "cookieField", "pagedResultsCookie"));
          return {
            items: itemsAt<T>(data, pagination.items),
            cookie: typeof next === "string" ? next : undefined,
            total: numberOrUndefined(valueAt(data, "totalPagedResults")),
          };
        },
      });
      break;
    case "hal-next": {
      const nextField = str(pagination, "nextField", "_links.next.href");
      const read = (data: unknown, response: { url: string }) => {
        const next = valueAt(data, nextField);
        return {
          items: itemsAt<T>(data, pagination.items),
          next: typeof next === "string" ? next : undefined,
          url: response.url,
          total: numberOrUndefined(valueAt(data, "count")),
        };
      };
      fetcher = halNext<T>({
        origin: api.baseUrl,
        first: async (signal) => {
          const { data, response } = await call({ [str(pagination, "limitParam", "limit")]: pageSize }, signal);
          return read(data, response);
        },
        follow: async (href, signal) => {
          const { data, response } = await call({}, signal, href);
          return read(data, response);
        },
      });
      break;
    }
    case "key-list":
      fetcher = keyList<T>({
        fetch: async (signal) => {
          const { data } = await call({ [str(pagination, "listParam", "list")]: "true" }, signal);
          return itemsAt<T>(data, pagination.items || "data.keys");
        },
      });
      break;
    default:
      fetcher = singlePage<T>(async (signal) => {
        const { data } = await call({}, signal);
        return itemsAt<T>(data, pagination.items);
      });
  }
  return new Paged<T>(fetcher, paging);
}

/** What pageOperation needs to know of an operation. */
export interface OperationInfoLike {
  readonly pagination?: PaginationInfo | undefined;
}

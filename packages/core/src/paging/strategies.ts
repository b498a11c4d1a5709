import { NotFoundError } from "../errors/api-error.js";
import { PagingError } from "../errors/errors.js";
import type { Page, PageFetcher } from "./paged.js";

const toInt = (token: string | undefined): number => (token === undefined ? 0 : Number.parseInt(token, 10) || 0);

/**
 * offset/limit with a total in the body (OpenZiti `meta.pagination.totalCount`). Stops at the
 * total, on an empty page, or (when no total is given) on a short page.
 */
export function offsetLimit<T>(spec: {
  pageSize: number;
  fetch: (
    offset: number,
    limit: number,
    signal: AbortSignal | undefined,
  ) => Promise<{ items: T[]; total?: number | undefined }>;
}): PageFetcher<T> {
  return async (token, signal) => {
    const offset = toInt(token);
    const { items, total } = await spec.fetch(offset, spec.pageSize, signal);
    const end = offset + items.length;
    const more = items.length > 0 && (total !== undefined ? end < total : items.length >= spec.pageSize);
    return { items, total, continuationToken: more ? String(end) : undefined };
  };
}

/**
 * size/position with the total in `X-Total-Count` (Sectigo). Stops on a short page or at the total.
 */
export function sizePosition<T>(spec: {
  pageSize: number;
  fetch: (
    position: number,
    size: number,
    signal: AbortSignal | undefined,
  ) => Promise<{ items: T[]; total?: number | undefined }>;
}): PageFetcher<T> {
  return async (token, signal) => {
    const position = toInt(token);
    const { items, total } = await spec.fetch(position, spec.pageSize, signal);
    const end = position + items.length;
    const short = items.length < spec.pageSize;
    const more = !short && (total === undefined || end < total);
    return { items, total, continuationToken: more ? String(end) : undefined };
  };
}

/** A server cursor that comes back in each page until it is null (AIC `_pagedResultsCookie`). */
export function cursorCookie<T>(spec: {
  fetch: (
    cookie: string | undefined,
    signal: AbortSignal | undefined,
  ) => Promise<{ items: T[]; cookie: string | null | undefined; total?: number | undefined }>;
}): PageFetcher<T> {
  return async (token, signal) => {
    const { items, cookie, total } = await spec.fetch(token, signal);
    return { items, total, continuationToken: cookie ? cookie : undefined };
  };
}

/**
 * HAL `_links.next.href` (PingOne). A next link to another origin is refused: following it would
 * send the bearer token to that origin.
 */
export function halNext<T>(spec: {
  /** The origin the list started on; next links must stay on it. */
  origin: string;
  first: (
    signal: AbortSignal | undefined,
  ) => Promise<{ items: T[]; next: string | undefined; url: string; total?: number | undefined }>;
  follow: (
    href: string,
    signal: AbortSignal | undefined,
  ) => Promise<{ items: T[]; next: string | undefined; url: string; total?: number | undefined }>;
}): PageFetcher<T> {
  const origin = new URL(spec.origin).origin;
  return async (token, signal) => {
    if (token !== undefined) assertSameOrigin(token, origin);
    const page = token === undefined ? await spec.first(signal) : await spec.follow(token, signal);
    let next: string | undefined;
    if (page.next) {
      next = new URL(page.next, page.url).toString();
      assertSameOrigin(next, origin);
    }
    return { items: page.items, total: page.total, continuationToken: next };
  };
}

function assertSameOrigin(href: string, origin: string): void {
  let target: string;
  try {
    target = new URL(href).origin;
  } catch {
    throw new PagingError(`Refusing to follow a next link that is not an absolute URL`);
  }
  if (target !== origin) {
    throw new PagingError(
      `Refusing to follow a next link to ${target}: the list started on ${origin} and credentials must not leave it`,
    );
  }
}

/** A key list that comes whole in one answer, where 404 means empty (Vault `?list=true`). */
export function keyList<T>(spec: { fetch: (signal: AbortSignal | undefined) => Promise<T[]> }): PageFetcher<T> {
  return async (_token, signal): Promise<Page<T>> => {
    try {
      const items = await spec.fetch(signal);
      return { items, continuationToken: undefined, total: items.length };
    } catch (error) {
      if (error instanceof NotFoundError) return { items: [], continuationToken: undefined, total: 0 };
      throw error;
    }
  };
}

/** A list returned whole (a bare array, no paging). */
export function singlePage<T>(fetch: (signal: AbortSignal | undefined) => Promise<T[]>): PageFetcher<T> {
  return async (_token, signal) => {
    const items = await fetch(signal);
    return { items, continuationToken: undefined, total: items.length };
  };
}

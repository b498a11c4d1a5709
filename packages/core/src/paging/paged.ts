import { PagingError } from "../errors/errors.js";
import { abortErrorFrom } from "../internal/sleep.js";

/** One page of a list. */
export interface Page<T> {
  readonly items: T[];
  /** Pass to `byPage({ continuationToken })` to resume after this page; undefined on the last page. */
  readonly continuationToken: string | undefined;
  /** Total items across all pages, when the server says. */
  readonly total?: number | undefined;
}

/** Fetches the page a token names (undefined: the first page). */
export type PageFetcher<T> = (token: string | undefined, signal: AbortSignal | undefined) => Promise<Page<T>>;

export interface PagingOptions {
  /** Stop after this many pages. */
  maxPages?: number;
  /** Fetch the next page while the caller works through the current one. */
  prefetch?: boolean;
  /** Aborts paging (and the request in flight). */
  signal?: AbortSignal;
}

/** How many recent tokens are remembered to catch a server that hands the same one out again. */
const TOKEN_MEMORY = 64;

/**
 * A list that pages itself. `await list` gives the first page; `for await (const item of list)`
 * walks every item across pages; `list.byPage()` walks pages and can resume from a token;
 * `list.toArray({ maxItems })` collects. Only the current page (and, with `prefetch`, the next)
 * is held in memory, however long the list.
 */
export class Paged<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  readonly #fetch: PageFetcher<T>;
  readonly #options: PagingOptions;
  #first: Promise<Page<T>> | undefined;

  constructor(fetchPage: PageFetcher<T>, options: PagingOptions = {}) {
    this.#fetch = fetchPage;
    this.#options = options;
  }

  /** The first page (fetched once, however often it is awaited). */
  // biome-ignore lint/suspicious/noThenProperty: Paged is deliberately awaitable: `await list` is the first page.
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((value: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    this.#first ??= this.#fetch(undefined, this.#options.signal);
    return this.#first.then(onfulfilled, onrejected);
  }

  /** Every item, page after page. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.byPage()) yield* page.items;
  }

  /** Page after page, starting after `continuationToken` when given. */
  async *byPage(
    options: { continuationToken?: string; maxPages?: number } = {},
  ): AsyncGenerator<Page<T>, void, undefined> {
    const maxPages = options.maxPages ?? this.#options.maxPages ?? Number.POSITIVE_INFINITY;
    const signal = this.#options.signal;
    const recent: string[] = [];
    let token = options.continuationToken;
    // A page request in flight is always observed, so an abort or failure while the caller is
    // elsewhere never becomes an unhandled rejection; it surfaces when the page is awaited.
    const start = (t: string | undefined) => {
      const p = this.#fetch(t, signal);
      p.catch(() => undefined);
      return p;
    };
    let pending: Promise<Page<T>> | undefined = token === undefined && this.#first ? this.#first : start(token);
    for (let count = 0; pending !== undefined && count < maxPages; count++) {
      if (signal?.aborted) throw abortErrorFrom(signal);
      const page: Page<T> = await pending;
      pending = undefined;
      const next = page.continuationToken;
      if (next !== undefined) {
        if (next === token || recent.includes(next)) {
          throw new PagingError(
            `The server returned a continuation token it had already given; stopping to avoid a loop`,
          );
        }
        recent.push(next);
        if (recent.length > TOKEN_MEMORY) recent.shift();
        if (this.#options.prefetch && count + 1 < maxPages) pending = start(next);
      }
      yield page;
      if (next === undefined) return;
      token = next;
      pending ??= count + 1 < maxPages ? start(next) : undefined;
    }
  }

  /** Items into an array, stopping at `maxItems`. */
  async toArray(options: { maxItems?: number } = {}): Promise<T[]> {
    const max = options.maxItems ?? Number.POSITIVE_INFINITY;
    const out: T[] = [];
    if (max <= 0) return out;
    for await (const page of this.byPage()) {
      for (const item of page.items) {
        out.push(item);
        if (out.length >= max) return out;
      }
    }
    return out;
  }
}

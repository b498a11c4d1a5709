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

/** How a list pages. */
export interface PagingOptions {
  /** Stop after this many pages. */
  maxPages?: number | undefined;
  /** Fetch the next page while the caller works through the current one. */
  prefetch?: boolean | undefined;
  /** Aborts paging (and the request in flight). */
  signal?: AbortSignal | undefined;
}

/** 64-bit FNV-1a of a string, as text: the walk remembers tokens by hash, not by value. */
function tokenHash(token: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(36)}.${h2.toString(36)}.${token.length}`;
}

/**
 * A list that pages itself. It is a promise of the first page (`await list`, `.then`, `.catch`,
 * `.finally`), and async-iterable over every item across pages (`for await`); `byPage()` walks
 * pages and can resume from a token; `toArray({ maxItems })` collects. Only the current page
 * (and, with `prefetch`, the next) is held in memory, however long the list. A walk that sees a
 * continuation token it has seen before stops with a PagingError instead of looping.
 */
export class Paged<T> extends Promise<Page<T>> implements AsyncIterable<T> {
  readonly #fetch: PageFetcher<T>;
  readonly #options: PagingOptions;
  #first: Promise<Page<T>> | undefined;

  constructor(fetchPage: PageFetcher<T>, options: PagingOptions = {}) {
    super((resolve) => resolve(undefined as unknown as Page<T>));
    this.#fetch = fetchPage;
    this.#options = options;
  }

  /** Derived promises (`then`, `catch`) are plain Promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /**
   * The first page, fetched once however often it is awaited, or by iteration. A first page that
   * failed is fetched again the next time it is asked for.
   */
  #firstPage(): Promise<Page<T>> {
    if (!this.#first) {
      const first = this.#fetch(undefined, this.#options.signal);
      this.#first = first;
      first.catch(() => {
        if (this.#first === first) this.#first = undefined;
      });
    }
    return this.#first;
  }

  // biome-ignore lint/suspicious/noThenProperty: Paged is a promise of its first page.
  override then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((value: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#firstPage().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#firstPage().finally(onfinally);
  }

  /** Every item, page after page. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.byPage()) yield* page.items;
  }

  /** Page after page, starting after `continuationToken` when given. */
  async *byPage(
    options: { continuationToken?: string | undefined; maxPages?: number | undefined } = {},
  ): AsyncGenerator<Page<T>, void, undefined> {
    const maxPages = options.maxPages ?? this.#options.maxPages ?? Number.POSITIVE_INFINITY;
    const signal = this.#options.signal;
    const seen = new Set<string>();
    let token = options.continuationToken;
    if (token !== undefined) seen.add(tokenHash(token));
    // A page request in flight is always observed, so an abort or failure while the caller is
    // elsewhere never becomes an unhandled rejection; it surfaces when the page is awaited.
    const start = (t: string | undefined) => {
      const p = t === undefined ? this.#firstPage() : this.#fetch(t, signal);
      p.catch(() => undefined);
      return p;
    };
    let pending: Promise<Page<T>> | undefined = start(token);
    for (let count = 0; pending !== undefined && count < maxPages; count++) {
      if (signal?.aborted) throw abortErrorFrom(signal);
      const page: Page<T> = await pending;
      pending = undefined;
      const next = page.continuationToken;
      if (next !== undefined) {
        const hash = tokenHash(next);
        if (seen.has(hash)) {
          throw new PagingError(
            `The server returned a continuation token it had already given (after ${count + 1} pages); stopping to avoid a loop`,
          );
        }
        seen.add(hash);
        if (this.#options.prefetch && count + 1 < maxPages) pending = start(next);
      }
      yield page;
      if (next === undefined) return;
      token = next;
      pending ??= count + 1 < maxPages ? start(next) : undefined;
    }
  }

  /** Items into an array, stopping at `maxItems`. */
  async toArray(options: { maxItems?: number | undefined } = {}): Promise<T[]> {
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

/**
 * Runs a list method's synchronous part and gives its Paged; a synchronous throw (a
 * ValidationError) becomes a Paged whose first page, and every walk, rejects with it.
 */
export function guardPaged<T>(start: () => Paged<T>): Paged<T> {
  try {
    return start();
  } catch (error) {
    return new Paged<T>(() => Promise.reject(error));
  }
}

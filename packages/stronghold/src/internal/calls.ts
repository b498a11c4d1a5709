import {
  ApiPromise,
  type ApiResponse,
  type CallOptions,
  type CallOutcome,
  guardPaged,
  type HttpResponse,
  NotFoundError,
  type OperationPagingOptions,
  type Page,
  Paged,
  type ResourceContext,
  requestFor,
  valueAt,
} from "@trustplane/core";

/** A method's input object as the generated layer takes it. */
export type Input = Record<string, unknown> | undefined;

/**
 * An ApiPromise for a result that takes more than one call (resolve a mount accessor, then look
 * up): `await` gives the last call's body, `withResponse()` its raw answer. `start` hands the last
 * call back inside an object (an ApiPromise returned bare from an async function would be awaited
 * into its body).
 */
export function chained<T>(start: () => Promise<{ last: ApiPromise<T> }>): ApiPromise<T> {
  const source: Promise<CallOutcome<T>> = Promise.resolve()
    .then(start)
    .then(({ last }) => last.withResponse())
    .then(({ data, response }) => outcome(data, response));
  return new ApiPromise<T>(source);
}

/** A call's outcome with `data` as its value: the answer's body kept beside it, not in `response`. */
function outcome<T>(data: T, response: ApiResponse): CallOutcome<T> {
  return {
    data,
    requestId: response.requestId,
    body: response.body,
    response: {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      url: response.url,
      body: undefined,
    } satisfies HttpResponse,
  };
}

/** An ApiPromise whose body is `pick(envelope)` instead of the method's usual value. */
export function fromEnvelope<T>(
  call: ApiPromise<unknown>,
  pick: (envelope: unknown, response: { status: number; requestId: string | undefined }) => T,
): ApiPromise<T> {
  const source: Promise<CallOutcome<T>> = call
    .withResponse()
    .then(({ response }) => outcome(pick(response.body, response), response));
  return new ApiPromise<T>(source);
}

/** True for the 404 `{ "errors": [] }` the server answers for an empty list. */
export function isEmptyListAnswer(error: unknown): boolean {
  if (!(error instanceof NotFoundError)) return false;
  const errors = (error.body as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) && errors.length === 0;
}

/**
 * One key list (`GET ?list=true`): the whole list comes in one answer. A 404 with an empty
 * `errors` array is an empty list; a 404 with messages (a wrong namespace or mount, `unsupported
 * path`) is a NotFoundError, not silently "nothing". `map` turns the list body into items.
 */
export function keyListPage<T>(
  ctx: ResourceContext,
  operationId: string,
  input: Input,
  options: OperationPagingOptions | undefined,
  map: (body: unknown) => T[],
): Paged<T> {
  return guardPaged(() => {
    const binding = ctx.bindings[operationId] ?? {};
    const request = requestFor(binding, input, `${operationId} input`);
    const { maxPages, prefetch, signal, pageSize: _ignored, ...callOptions } = options ?? {};
    const fetchPage = async (_token: string | undefined, pageSignal: AbortSignal | undefined): Promise<Page<T>> => {
      const call: CallOptions = { ...callOptions, ...(pageSignal && { signal: pageSignal }) };
      try {
        const body = await ctx.api.call(
          operationId,
          { ...request, query: { ...request.query, list: "true" }, parseAs: "json" },
          call,
        );
        const items = map(body);
        return { items, continuationToken: undefined, total: items.length };
      } catch (error) {
        if (isEmptyListAnswer(error)) return { items: [], continuationToken: undefined, total: 0 };
        throw error;
      }
    };
    return new Paged<T>(fetchPage, {
      ...(maxPages !== undefined && { maxPages }),
      ...(prefetch !== undefined && { prefetch }),
      ...(signal && { signal }),
    });
  });
}

/** `data.keys` of a list answer. */
export const keysOf = (body: unknown): string[] => {
  const keys = valueAt(body, "data.keys");
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string") : [];
};

/**
 * One item per key, joined with its `data.key_info` entry: `{ key, ...info }`. Entity and group
 * lists by name key their `key_info` by identifier (a server quirk); those entries are found by
 * their `name` and the identifier is added as `id` (`by: "id"` adds it for lists by identifier).
 */
export const joinKeyInfo =
  <I extends object>(by: "key" | "name" | "id") =>
  (body: unknown): Array<Detailed<I>> => {
    const info = (valueAt(body, "data.key_info") ?? {}) as Record<string, I>;
    const byName = new Map<string, { id: string; info: I }>();
    if (by === "name") {
      for (const [id, entry] of Object.entries(info)) {
        const name = (entry as { name?: unknown }).name;
        if (typeof name === "string") byName.set(name, { id, info: entry });
      }
    }
    return keysOf(body).map((key) => {
      if (by === "name") {
        const found = byName.get(key);
        return { ...(found?.info ?? ({} as I)), ...(found && { id: found.id }), key } as Detailed<I>;
      }
      return { ...(info[key] ?? ({} as I)), ...(by === "id" && { id: key }), key } as Detailed<I>;
    });
  };

/** A list item: the key the list returned, joined with what `key_info` says about it. */
export type Detailed<I> = Partial<I> & {
  /** The name or identifier the list returned. */
  key: string;
};

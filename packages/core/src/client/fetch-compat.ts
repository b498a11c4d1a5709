import type { HttpRequest, HttpResponse } from "../http/types.js";
import type { CallOptions, Next, OperationInfo, RequestContext } from "../pipeline/types.js";
import { CALL_OPTIONS } from "./call-init.js";
import { OperationMatcher } from "./operation-matcher.js";
import { checkCallOptions } from "./options.js";
import { toWebResponse } from "./web.js";

/** What `client.fetch` needs of the client it belongs to. */
export interface FetchRuntime {
  readonly operations: ReadonlyMap<string, OperationInfo>;
  /** The client's matcher, built (once) with `build` on first use. */
  matcher(build: (operations: Record<string, OperationInfo>) => OperationMatcher): OperationMatcher;
  readonly clientHeaders: Readonly<Record<string, string>>;
  readonly pipeline: Next;
  makeContext(
    operationId: string | undefined,
    operation: OperationInfo | undefined,
    options: CallOptions,
  ): RequestContext;
  readonly record: ((operationId: string | undefined) => void) | undefined;
}

/**
 * `client.fetch`: a WHATWG request (absolute URL) through the client's pipeline, answered as a
 * WHATWG Response. The operation is found from method and URL, so idempotency, auth needs and the
 * operationId apply as for named methods.
 */
export async function fetchThroughPipeline(
  runtime: FetchRuntime,
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> {
  const web = input instanceof Request && !init ? input : new Request(input, init);
  const carried =
    (init as Record<string, unknown> | undefined)?.[CALL_OPTIONS] ??
    (input as unknown as Record<string, unknown>)[CALL_OPTIONS];
  const callOptions = (typeof carried === "object" && carried !== null ? carried : {}) as CallOptions;
  checkCallOptions(callOptions, "fetch options");
  const headers: Record<string, string> = { ...runtime.clientHeaders };
  web.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = web.body ? new Uint8Array(await web.arrayBuffer()) : undefined;
  const matched = runtime.matcher((ops) => new OperationMatcher(ops)).match(web.method, web.url);
  runtime.record?.(matched?.id);
  const signal = callOptions.signal ?? (init?.signal ? web.signal : undefined);
  const request: HttpRequest = { method: web.method, url: web.url, headers, body };
  const response: HttpResponse = await runtime.pipeline(
    request,
    runtime.makeContext(matched?.id, matched?.info, { ...callOptions, ...(signal && { signal }) }),
  );
  return toWebResponse(response);
}

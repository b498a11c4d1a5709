import type { Client } from "openapi-fetch";
import { authPolicy } from "../auth/auth-policy.js";
import type { AuthContext, AuthProvider } from "../auth/types.js";
import type { ErrorEnvelopeParser } from "../errors/api-error.js";
import { TrustplaneError } from "../errors/trustplane-error.js";
import { type ExpectedBody, encodeBody, type ParseAs, readBody } from "../http/body.js";
import { lowerCaseHeaders } from "../http/headers.js";
import type { HttpRequest, HttpResponse } from "../http/types.js";
import { checkHttpUrl, expandPath, joinUrl, serializeQuery } from "../http/url.js";
import { consoleLogger, filterLogger, type Logger, type LogLevel, levelFromEnv } from "../logging/logger.js";
import { secretFieldMatcher } from "../logging/redact.js";
import { composePolicies } from "../pipeline/compose.js";
import { errorPolicy, responseRequestId } from "../pipeline/errors.js";
import { logPolicy } from "../pipeline/log.js";
import { redirectPolicy } from "../pipeline/redirect.js";
import { requestIdPolicy } from "../pipeline/request-id.js";
import { timeoutPolicy } from "../pipeline/timeout.js";
import { attemptSpanPolicy, operationSpanPolicy } from "../pipeline/tracing.js";
import type { CallOptions, Next, OperationInfo, Policy, RequestContext } from "../pipeline/types.js";
import { userAgentPolicy } from "../pipeline/user-agent.js";
import { type RetryClassifier, retryPolicy } from "../retry/retry-policy.js";
import { createTransport, type Transport } from "../transport/transport.js";
import { checkValue, custom, object } from "../validation/rules.js";
import { ApiPromise, type CallOutcome } from "./api-promise.js";
import type { OperationMatcher } from "./operation-matcher.js";
import {
  type ClientOverrides,
  type CoreClientOptions,
  checkCallOptions,
  checkClientOptions,
  checkOverrides,
} from "./options.js";
import type { RawCall } from "./raw-client.js";
import { lazyRawClient } from "./raw-lazy.js";
import { callRecorder } from "./record-calls.js";

/** What a vendor package tells core about itself. */
export interface VendorProfile {
  /** `pingone-aic`, `openziti`, `sectigo`, `stronghold`, `pingone`. */
  vendor: string;
  /** The vendor package's version, for the User-Agent. */
  version: string;
  /** Parses the vendor's error envelope. */
  parseError?: ErrorEnvelopeParser | undefined;
  /** The generated operations table. */
  operations?: Readonly<Record<string, OperationInfo>> | undefined;
  /** Vendor retry rules (extra retryable answers). */
  retryClassifier?: RetryClassifier | undefined;
  /** The vendor's cap on Retry-After, in ms (PingOne: 30000). */
  retryAfterCapMs?: number | undefined;
  /** Field names that hold secrets in this vendor's bodies (from x-trustplane-secret). */
  secretFields?: readonly string[] | undefined;
  /**
   * Header that carries our request id: the vendor's own correlation header where it has one
   * (`X-ForgeRock-TransactionId`, `X-Ping-External-Transaction-ID`), else `x-request-id`; false sends none.
   */
  requestIdHeader?: string | false | undefined;
  /** Headers sent on every request (e.g. Accept). */
  defaultHeaders?: Record<string, string> | undefined;
}

/** What `createApiClient` takes: core's options plus where the API is and how to authenticate. */
export interface ApiClientConfig extends CoreClientOptions {
  baseUrl: string;
  auth?: AuthProvider | undefined;
}

/** A named method's request: path, query and header parameters, the body and how to read the answer. */
export interface CallRequest {
  /** Path parameters by name; each is checked and percent-encoded as one segment. */
  path?: Readonly<Record<string, unknown>> | undefined;
  /** Query parameters (arrays repeat the key; undefined and null are left out). */
  query?: Readonly<Record<string, unknown>> | undefined;
  /** Headers the operation needs (they win over per-call and client headers). */
  headers?: Readonly<Record<string, string | undefined>> | undefined;
  /** The body: JSON for objects; strings, bytes, URLSearchParams, FormData and Blobs as they are. */
  body?: unknown;
  /** Request content type, when not the one inferred from the body. */
  contentType?: string | undefined;
  /** `Accept` header. */
  accept?: string | undefined;
  /** How to read a success body (default: by its content type). */
  parseAs?: ParseAs | undefined;
  /** What a success body must look like (else an UnexpectedResponseError). */
  expect?: ExpectedBody | undefined;
  /** An absolute URL on the client's origin to call instead of the operation's path (HAL next links). */
  url?: string | undefined;
  /** Runs before anything is built or sent (input validation); a throw or rejection fails the call. */
  validate?: (() => void | Promise<void>) | undefined;
}

/** The success body type of an openapi-typescript operation (any 2xx, any media type). */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R]: S extends 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | "2XX"
        ? R[S] extends { content: infer C }
          ? C[keyof C]
          : undefined
        : never;
    }[keyof R]
  : unknown;

/** A vendor's typed client plumbing on top of core's pipeline. */
// biome-ignore lint/complexity/noBannedTypes: openapi-fetch's Client requires `Paths extends {}`.
export interface ApiClient<Paths extends {} = {}, Ops = Record<string, unknown>> {
  /** An openapi-fetch compatible client typed from the vendor spec; every call goes through the pipeline. */
  readonly raw: Client<Paths>;
  /** The pipeline as a fetch function (absolute URLs). */
  readonly fetch: typeof globalThis.fetch;
  readonly baseUrl: string;
  readonly vendor: string;
  /**
   * Calls one operation of the spec by operationId: builds the URL with core's path serializer,
   * sends through the pipeline, reads the body. The answer is an ApiPromise (`withResponse()`).
   */
  call<K extends keyof Ops & string, T = SuccessBody<Ops[K]>>(
    operationId: K,
    request?: CallRequest,
    options?: CallOptions,
  ): ApiPromise<T>;
  /** What the spec declares about an operation (method, path, paging, idempotency), by operationId. */
  operation(operationId: string): OperationInfo | undefined;
  /** A client with other timeouts, retries, headers or logging that shares this one's connections and tokens. */
  withOptions(overrides: ClientOverrides): ApiClient<Paths, Ops>;
  /** Which HTTP engine the next call will use (`dispatcher` or `fetch`). */
  engine(): "fetch" | "dispatcher";
  /** Closes sockets held by a dispatcher this client created. */
  close(): Promise<void>;
}

/** What every client derived with `withOptions` shares. */
interface Shared {
  readonly profile: VendorProfile;
  readonly baseUrl: string;
  readonly auth: AuthProvider | undefined;
  readonly transport: Transport;
  readonly isSecret: (name: string) => boolean;
  readonly operations: ReadonlyMap<string, OperationInfo>;
  readonly byTemplate: ReadonlyMap<string, string>;
  matcher: OperationMatcher | undefined;
  readonly record: ((operationId: string | undefined) => void) | undefined;
}

const authCheck = custom(
  (v) => v === undefined || typeof (v as AuthProvider | undefined)?.authorize === "function",
  "must be an auth provider (e.g. bearerToken(...))",
);

/**
 * Builds the pipeline `errors -> user-agent -> request-id -> auth -> retry -> timeout -> redirect
 * -> log -> [user policies] -> transport` and the client that sends through it.
 */
export function createApiClient<Paths extends {}, Ops = Record<string, unknown>>(
  profile: VendorProfile,
  config: ApiClientConfig,
): ApiClient<Paths, Ops> {
  const what = `${profile.vendor} client options`;
  const { baseUrl, auth, ...rest } = config;
  checkHttpUrl(baseUrl, "baseUrl", what);
  checkValue(object({ auth: authCheck }, { unknownKeys: "allow" }), { auth }, what);
  const options = checkClientOptions(rest as CoreClientOptions, what);
  const operations = new Map(Object.entries(profile.operations ?? {}));
  const byTemplate = new Map<string, string>();
  for (const [id, info] of operations) byTemplate.set(`${info.method.toUpperCase()} ${info.path}`, id);
  const transportOptions = {
    ...options.transport,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.dispatcher && { dispatcher: options.dispatcher }),
  };
  const shared: Shared = {
    profile,
    baseUrl: baseUrl.replace(/\/+$/, ""),
    auth,
    transport: createTransport(transportOptions),
    isSecret: secretFieldMatcher(profile.secretFields),
    operations,
    byTemplate,
    matcher: undefined,
    record: callRecorder(profile.vendor),
  };
  return build<Paths, Ops>(shared, options);
}

function build<Paths extends {}, Ops>(shared: Shared, options: CoreClientOptions): ApiClient<Paths, Ops> {
  const { profile, transport, isSecret } = shared;
  const logLevel: LogLevel = options.logLevel ?? levelFromEnv();
  const logger: Logger = filterLogger(options.logger ?? consoleLogger, logLevel);
  const maxResponseBytes = options.maxResponseBytes;
  const clientHeaders = lowerCaseHeaders({ ...profile.defaultHeaders, ...options.headers });

  const retry = retryPolicy({
    maxRetries: options.maxRetries,
    ...options.retry,
    retryAfterCapMs: options.retry?.retryAfterCapMs ?? profile.retryAfterCapMs,
    classify: profile.retryClassifier,
  });
  const tracing = options.tracing ?? {};
  const inner: Policy[] = [
    retry,
    ...(tracing.enabled === false ? [] : [attemptSpanPolicy()]),
    timeoutPolicy({ timeoutMs: options.timeout ?? 60_000 }),
    redirectPolicy(),
    logPolicy({ isSecret }),
    ...(options.policies ?? []),
  ];
  const userAgent = userAgentPolicy({
    product: `trustplane-${profile.vendor}/${profile.version}`,
    append: options.userAgent,
  });
  const requestId = requestIdPolicy({ header: profile.requestIdHeader });

  const makeContext = (
    operationId: string | undefined,
    operation: OperationInfo | undefined,
    callOptions: CallOptions,
    phase: RequestContext["phase"] = "request",
  ): RequestContext => ({
    vendor: profile.vendor,
    operationId,
    operation,
    signal: callOptions.signal,
    attemptSignal: undefined,
    options: callOptions,
    requestId: undefined,
    attempt: 1,
    phase,
    maxResponseBytes,
    logger,
    logLevel,
  });

  // Token and login calls: everything but auth and error mapping; always safe to repeat.
  const tokenPipeline = composePolicies([userAgent, requestId, ...inner], transport.send);
  const authContext = (signal: AbortSignal | undefined): AuthContext => ({
    vendor: profile.vendor,
    logger,
    signal,
    fetch: (request, opts) =>
      tokenPipeline(
        {
          method: request.method.toUpperCase(),
          url: request.url,
          headers: lowerCaseHeaders(request.headers),
          body: request.body,
        },
        makeContext(
          opts?.operationId ?? "authenticate",
          { method: request.method, path: "", idempotent: true, noAuth: true },
          {},
          "token",
        ),
      ),
  });

  const policies: Policy[] = [
    ...(tracing.enabled === false ? [] : [operationSpanPolicy({ propagate: tracing.propagate === true })]),
    errorPolicy({ parse: profile.parseError, isSecret }),
    userAgent,
    requestId,
    ...(shared.auth ? [authPolicy(shared.auth, authContext)] : []),
    ...inner,
  ];
  const pipeline: Next = composePolicies(policies, transport.send);

  const operationOf = (operationId: string): OperationInfo => {
    const info = shared.operations.get(operationId);
    if (!info) throw new TrustplaneError(`${profile.vendor}: no operation "${operationId}" in the spec`);
    return info;
  };

  /** Builds the request for an operation call (no network yet). */
  const prepare = async (
    operationId: string | undefined,
    info: OperationInfo,
    request: CallRequest,
    callOptions: CallOptions | undefined,
  ): Promise<HttpRequest> => {
    const what = `${operationId ?? `${info.method} ${info.path}`} input`;
    let url: string;
    if (request.url !== undefined) {
      url = request.url;
    } else {
      url = joinUrl(shared.baseUrl, expandPath(info.path, request.path, what, info.slashParams));
      url += serializeQuery(request.query);
    }
    const headers: Record<string, string> = { ...clientHeaders };
    if (callOptions?.headers)
      for (const name in callOptions.headers) headers[name.toLowerCase()] = callOptions.headers[name] as string;
    if (request.headers) {
      for (const name in request.headers) {
        const value = request.headers[name];
        if (value !== undefined) headers[name.toLowerCase()] = value;
      }
    }
    if (request.accept !== undefined) headers.accept = request.accept;
    let body: HttpRequest["body"];
    if (request.body !== undefined) {
      const encoded = await encodeBody(request.body, request.contentType ?? headers["content-type"]);
      body = encoded.body;
      if (encoded.contentType) headers["content-type"] = encoded.contentType;
    }
    return { method: info.method.toUpperCase(), url, headers, body };
  };

  const execute = async <T>(
    operationId: string | undefined,
    info: OperationInfo,
    request: CallRequest,
    callOptions: CallOptions | undefined,
  ): Promise<CallOutcome<T>> => {
    checkCallOptions(callOptions, `${operationId ?? "call"} options`);
    if (request.validate) await request.validate();
    const httpRequest = await prepare(operationId, info, request, callOptions);
    shared.record?.(operationId);
    const ctx = makeContext(operationId, info, callOptions ?? {});
    const response = await pipeline(httpRequest, ctx);
    const requestId = responseRequestId(response.headers) ?? ctx.requestId;
    const data = readBody(
      response,
      request.parseAs ?? "auto",
      { operation: operationId, requestId, method: httpRequest.method },
      request.expect,
    ) as T;
    return { data, response, requestId };
  };

  const call = <T>(operationId: string, request: CallRequest = {}, callOptions?: CallOptions): ApiPromise<T> => {
    const source = Promise.resolve().then(() =>
      execute<T>(operationId, operationOf(operationId), request, callOptions),
    );
    return new ApiPromise<T>(source);
  };

  const sendRaw = async (raw: RawCall): Promise<HttpResponse> => {
    const id = shared.byTemplate.get(`${raw.method} ${raw.path}`);
    const info = id ? operationOf(id) : { method: raw.method, path: raw.path };
    checkCallOptions(raw.options, `${id ?? "raw call"} options`);
    const httpRequest = await prepare(
      id,
      info,
      { path: raw.pathParams, query: raw.query, headers: raw.headers, ...(raw.hasBody && { body: raw.body }) },
      raw.options,
    );
    shared.record?.(id);
    return pipeline(httpRequest, makeContext(id, info, raw.options ?? {}));
  };

  // `client.fetch` (WHATWG in, WHATWG out) loads its conversion code on first use.
  const pipelineFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { fetchThroughPipeline } = await import("./fetch-compat.js");
    return fetchThroughPipeline(
      {
        operations: shared.operations,
        matcher: (build) => {
          shared.matcher ??= build(Object.fromEntries(shared.operations));
          return shared.matcher;
        },
        clientHeaders,
        pipeline,
        makeContext,
        record: shared.record,
      },
      input,
      init,
    );
  };

  let raw: Client<Paths> | undefined;
  return {
    get raw() {
      raw ??= lazyRawClient<Paths>(sendRaw);
      return raw;
    },
    fetch: pipelineFetch as typeof globalThis.fetch,
    baseUrl: shared.baseUrl,
    vendor: profile.vendor,
    call: call as ApiClient<Paths, Ops>["call"],
    operation: (operationId) => shared.operations.get(operationId),
    withOptions: (overrides) => {
      checkOverrides(overrides, `${profile.vendor} withOptions`);
      return build<Paths, Ops>(shared, {
        ...options,
        ...overrides,
        ...(overrides.headers && { headers: { ...options.headers, ...overrides.headers } }),
        ...(overrides.retry && { retry: { ...options.retry, ...overrides.retry } }),
      });
    },
    engine: () => transport.engine(),
    close: () => transport.close(),
  };
}

import createClient, { type Client } from "openapi-fetch";
import { z } from "zod";
import { authPolicy } from "../auth/auth-policy.js";
import type { AuthContext, AuthProvider } from "../auth/types.js";
import type { ErrorEnvelopeParser } from "../errors/api-error.js";
import { consoleLogger, filterLogger, levelFromEnv } from "../logging/logger.js";
import { secretFieldMatcher } from "../logging/redact.js";
import { composePolicies } from "../pipeline/compose.js";
import { errorPolicy } from "../pipeline/errors.js";
import { logPolicy } from "../pipeline/log.js";
import { requestIdPolicy } from "../pipeline/request-id.js";
import { timeoutPolicy } from "../pipeline/timeout.js";
import type { CallOptions, Next, OperationInfo, Policy, RequestContext } from "../pipeline/types.js";
import { userAgentPolicy } from "../pipeline/user-agent.js";
import { type RetryClassifier, retryPolicy } from "../retry/retry-policy.js";
import { createTransport } from "../transport/transport.js";
import { validate } from "../validation/validate.js";
import { OperationMatcher } from "./operation-matcher.js";
import { type CoreClientOptions, coreClientOptionsSchema } from "./options.js";

/** What a vendor package tells core about itself. */
export interface VendorProfile {
  /** `pingone-aic`, `openziti`, `sectigo`, `stronghold`, `pingone`. */
  vendor: string;
  /** The vendor package's version, for the User-Agent. */
  version: string;
  /** Parses the vendor's error envelope. */
  parseError?: ErrorEnvelopeParser;
  /** The generated operations table. */
  operations?: Readonly<Record<string, OperationInfo>>;
  /** Vendor retry rules (extra retryable answers). */
  retryClassifier?: RetryClassifier;
  /** The vendor's cap on Retry-After, in ms (PingOne: 30000). */
  retryAfterCapMs?: number;
  /** Field names that hold secrets in this vendor's bodies (from x-trustplane-secret). */
  secretFields?: readonly string[];
  /** Header that carries our request id, or false to send none. Default `x-request-id`. */
  requestIdHeader?: string | false;
  /** Headers sent on every request (e.g. Accept). */
  defaultHeaders?: Record<string, string>;
}

export interface ApiClientConfig extends CoreClientOptions {
  baseUrl: string;
  auth?: AuthProvider | undefined;
}

/** A vendor's typed client plumbing: openapi-fetch on top of core's pipeline. */
export interface ApiClient<Paths extends {}> {
  /** openapi-fetch client typed from the vendor spec; every call goes through the pipeline. */
  readonly raw: Client<Paths>;
  /** The pipeline as a fetch function (absolute URLs). */
  readonly fetch: typeof globalThis.fetch;
  readonly baseUrl: string;
  readonly vendor: string;
  /** Closes sockets held by a dispatcher this client created. */
  close(): Promise<void>;
}

const apiClientConfigSchema = z.object({
  baseUrl: z
    .string({ error: "baseUrl must be a string" })
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), "baseUrl must be an absolute http(s) URL"),
  auth: z
    .custom<AuthProvider>(
      (v) => typeof (v as AuthProvider)?.authorize === "function",
      "auth must be an auth provider (e.g. bearerToken(...))",
    )
    .optional(),
});

/** Key under which per-call options ride on the Request openapi-fetch builds (it copies unknown init keys onto it). */
export const CALL_OPTIONS = "trustplane";

/** The init fields that carry CallOptions through openapi-fetch: `signal`, `headers` and our key. */
export function callInit(options: CallOptions | undefined): {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  [CALL_OPTIONS]?: CallOptions;
} {
  if (!options) return {};
  return {
    ...(options.signal && { signal: options.signal }),
    ...(options.headers && { headers: options.headers }),
    [CALL_OPTIONS]: options,
  };
}

/**
 * Builds the pipeline `errors -> user-agent -> request-id -> auth -> retry -> timeout -> log ->
 * [user policies] -> transport` and an openapi-fetch client that uses it.
 */
export function createApiClient<Paths extends {}>(profile: VendorProfile, config: ApiClientConfig): ApiClient<Paths> {
  const { baseUrl, auth, ...rest } = config;
  validate(apiClientConfigSchema, { baseUrl, auth }, `${profile.vendor} client options`);
  const options = validate(coreClientOptionsSchema, rest, `${profile.vendor} client options`) as CoreClientOptions;
  const logLevel = options.logLevel ?? levelFromEnv();
  const logger = filterLogger(options.logger ?? consoleLogger, logLevel);
  const isSecret = secretFieldMatcher(profile.secretFields);
  const transport = createTransport({
    ...options.transport,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.dispatcher && { dispatcher: options.dispatcher }),
  });
  const matcher = new OperationMatcher(profile.operations);

  const retry = retryPolicy({
    maxRetries: options.maxRetries,
    ...options.retry,
    retryAfterCapMs: options.retry?.retryAfterCapMs ?? profile.retryAfterCapMs,
    classify: profile.retryClassifier,
  });
  const inner: Policy[] = [
    retry,
    timeoutPolicy({ timeoutMs: options.timeout ?? 60_000 }),
    logPolicy({ isSecret }),
    ...(options.policies ?? []),
  ];
  const userAgent = userAgentPolicy({
    product: `trustplane-${profile.vendor}/${profile.version}`,
    append: options.userAgent,
  });
  const requestId = requestIdPolicy({ header: profile.requestIdHeader });

  // Token and login calls: everything but auth and error mapping; always safe to repeat.
  const tokenPipeline = composePolicies([userAgent, requestId, ...inner], transport.send);
  const authContext = (signal: AbortSignal | undefined): AuthContext => ({
    vendor: profile.vendor,
    logger,
    signal,
    fetch: (request, opts) =>
      tokenPipeline(
        request,
        makeContext(
          request,
          opts?.operationId ?? "authenticate",
          { method: request.method, path: "", idempotent: true, noAuth: true },
          {},
        ),
      ),
  });

  const policies: Policy[] = [
    errorPolicy({ parse: profile.parseError }),
    userAgent,
    requestId,
    ...(auth ? [authPolicy(auth, authContext)] : []),
    ...inner,
  ];
  const pipeline: Next = composePolicies(policies, transport.send);

  function makeContext(
    request: Request,
    operationId: string | undefined,
    operation: OperationInfo | undefined,
    callOptions: CallOptions,
  ): RequestContext {
    return {
      vendor: profile.vendor,
      operationId,
      operation,
      signal: callOptions.signal ?? request.signal,
      attemptSignal: undefined,
      options: callOptions,
      requestId: undefined,
      attempt: 1,
      logger,
      logLevel,
    };
  }

  const pipelineFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const carried =
      (init as Record<string, unknown> | undefined)?.[CALL_OPTIONS] ??
      (input as unknown as Record<string, unknown>)[CALL_OPTIONS] ??
      (request as unknown as Record<string, unknown>)[CALL_OPTIONS];
    const callOptions = (typeof carried === "object" && carried !== null ? carried : {}) as CallOptions;
    for (const [name, value] of Object.entries({ ...profile.defaultHeaders, ...options.headers })) {
      if (!request.headers.has(name)) request.headers.set(name, value);
    }
    const matched = matcher.match(request.method, request.url);
    return pipeline(request, makeContext(request, matched?.id, matched?.info, callOptions));
  };

  const raw = createClient<Paths>({ baseUrl, fetch: pipelineFetch });
  return {
    raw,
    fetch: pipelineFetch as typeof globalThis.fetch,
    baseUrl,
    vendor: profile.vendor,
    close: async () => {
      await transport.close();
    },
  };
}

import type { ConnectionPhase } from "../errors/errors.js";
import type { HttpRequest, HttpResponse } from "../http/types.js";
import type { Logger, LogLevel } from "../logging/logger.js";

/** How a list operation pages, as declared by `x-trustplane-pagination` in the spec. */
export interface PaginationInfo {
  readonly style: "cursor-cookie" | "offset-limit" | "size-position" | "hal-next" | "key-list" | "none";
  /** Dotted path to the item array in the body; "" for a bare array. */
  readonly items: string;
  readonly [key: string]: string | number | boolean | undefined;
}

/** One operation of a vendor spec, as the generated `operations` table describes it. */
export interface OperationInfo {
  readonly method: string;
  readonly path: string;
  readonly tags?: readonly string[];
  readonly deprecated?: boolean;
  /** Declared safe (true) or unsafe (false) to repeat; otherwise the HTTP method decides. */
  readonly idempotent?: boolean;
  /** The operation needs no credentials (`security: []`). */
  readonly noAuth?: boolean;
  readonly pagination?: PaginationInfo;
  readonly longRunning?: { readonly poll: string; readonly until?: string };
  /** Path parameters whose values may contain `/` (`x-trustplane-allow-slash`). */
  readonly slashParams?: readonly string[];
  /** Vendor extensions of the operation the client reads at run time (e.g. `x-trustplane-admin-api`). */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Per-call options every generated and hand-written method accepts. */
export interface CallOptions {
  /** Aborts the call, including any retry backoff, at once. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms (headers and body). Overrides the client's. */
  timeout?: number | undefined;
  /** Retries for this call. Overrides the client's. */
  maxRetries?: number | undefined;
  /** Declare this call safe (or unsafe) to repeat, overriding the operation's declaration. */
  idempotent?: boolean | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** Largest response body accepted, in bytes after decompression. Overrides the client's. */
  maxResponseBytes?: number | undefined;
}

/** What every policy knows about the call in flight. */
export interface RequestContext {
  /** Which client: `pingone-aic`, `openziti`... */
  readonly vendor: string;
  /** The operationId, when the request matched an operation of the spec. */
  readonly operationId: string | undefined;
  readonly operation: OperationInfo | undefined;
  /** The caller's signal (never the per-attempt timeout signal). */
  readonly signal: AbortSignal | undefined;
  /**
   * The signal of the attempt in flight: the caller's abort or the attempt's timeout, whichever
   * comes first. Set by the timeout policy; the transport sends and reads the body under it.
   */
  attemptSignal: AbortSignal | undefined;
  readonly options: Readonly<CallOptions>;
  /** The client request id sent in the request-id header. */
  requestId: string | undefined;
  /** 1 for the first attempt, 2 for the first retry... */
  attempt: number;
  /** `token` for token and login calls an auth provider makes; `request` otherwise. */
  readonly phase: ConnectionPhase;
  /** The client's `maxResponseBytes` (a call's own option wins). */
  readonly maxResponseBytes: number | undefined;
  readonly logger: Logger;
  readonly logLevel: LogLevel;
}

/** Calls the rest of the pipeline. */
export type Next = (request: HttpRequest, ctx: RequestContext) => Promise<HttpResponse>;

/**
 * One named step of the pipeline. Policies see plain request objects: a policy that changes the
 * request for one attempt (a header) changes a copy; the body is a string or bytes, so a replay
 * simply sends it again.
 */
export interface Policy {
  readonly name: string;
  /** Does this step's work and calls `next` (zero, one or more times) for the rest of the pipeline. */
  handle(request: HttpRequest, ctx: RequestContext, next: Next): Promise<HttpResponse>;
}

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

/** True for methods that HTTP defines as safe to repeat. */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Whether this call may be sent twice: call option, then the spec's declaration, then the method. */
export function isIdempotentCall(request: Pick<HttpRequest, "method">, ctx: RequestContext): boolean {
  if (typeof ctx.options.idempotent === "boolean") return ctx.options.idempotent;
  if (typeof ctx.operation?.idempotent === "boolean") return ctx.operation.idempotent;
  return isIdempotentMethod(request.method);
}

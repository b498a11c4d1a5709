import { ApiPromise } from "../client/api-promise.js";
import type { ApiClient, CallRequest } from "../client/create-api-client.js";
import type { ParseAs } from "../http/body.js";
import { type OperationPagingOptions, pageOperation, valueAt } from "../paging/from-spec.js";
import type { Paged } from "../paging/paged.js";
import type { CallOptions } from "../pipeline/types.js";
import { type JsonSchemaSource, validateJsonSchema } from "../validation/json-schema.js";

/** How a generated method maps its one input object onto an operation's request. */
export interface OperationBinding {
  /** Input fields that are path parameters. */
  readonly path?: readonly string[];
  /** Input fields that are query parameters. */
  readonly query?: readonly string[];
  /** Input fields that are header parameters (sent under the same name). */
  readonly header?: readonly string[];
  /** `flat`: the other input fields are the JSON body; `field`: the body is `input.body`. */
  readonly body?: "flat" | "field";
  /** Request media type when not JSON (`text/plain`, `multipart/form-data`...). */
  readonly contentType?: string;
  /** `Accept` header. */
  readonly accept?: string;
  /** How to read the answer (default: by its content type). */
  readonly parseAs?: ParseAs;
  /** Return the body's value at this dotted path (the vendor's envelope, e.g. `data`). */
  readonly unwrap?: string;
  /** The input's JSON Schema, checked before anything is sent. */
  readonly schema?: JsonSchemaSource;
}

/** What every generated resource of a client shares. */
export interface ResourceContext {
  /** The vendor's core client. */
  // biome-ignore lint/suspicious/noExplicitAny: any vendor's paths and operations fit here; methods type their own inputs.
  readonly api: ApiClient<any, any>;
  /** One binding per operationId. */
  readonly bindings: Readonly<Record<string, OperationBinding>>;
  /**
   * How every list method of the client pages, when the vendor's lists need more than the spec's
   * `x-trustplane-pagination` says (Stronghold: a 404 with no errors is an empty list). Default:
   * core's `pageOperation`.
   */
  readonly page?: PageHook | undefined;
}

/** A vendor's paging for the list methods of its generated resources (see {@link ResourceContext.page}). */
export type PageHook = <T>(
  ctx: ResourceContext,
  operationId: string,
  input: Record<string, unknown> | undefined,
  options: OperationPagingOptions | undefined,
) => Paged<T>;

type Input = Record<string, unknown> | undefined;

/** The request one input object makes for an operation, split by where each field goes. */
export function requestFor(binding: OperationBinding, input: Input, what: string): CallRequest {
  const values = (input ?? {}) as Record<string, unknown>;
  const pick = (names: readonly string[] | undefined) => {
    if (!names?.length) return undefined;
    const out: Record<string, unknown> = {};
    for (const name of names) if (values[name] !== undefined) out[name] = values[name];
    return out;
  };
  const headers: Record<string, string> = {};
  for (const name of binding.header ?? []) {
    const value = values[name];
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  let body: unknown;
  if (binding.body === "field") body = values.body;
  else if (binding.body === "flat") {
    const taken = new Set([...(binding.path ?? []), ...(binding.query ?? []), ...(binding.header ?? [])]);
    const rest: Record<string, unknown> = {};
    let any = false;
    for (const [key, value] of Object.entries(values)) {
      if (taken.has(key) || value === undefined) continue;
      rest[key] = value;
      any = true;
    }
    body = any ? rest : undefined;
  }
  const schema = binding.schema;
  let checked: Promise<void> | undefined;
  return {
    path: pick(binding.path),
    query: pick(binding.query),
    headers,
    ...(body !== undefined && { body }),
    ...(binding.contentType !== undefined && { contentType: binding.contentType }),
    ...(binding.accept !== undefined && { accept: binding.accept }),
    ...(binding.parseAs !== undefined && { parseAs: binding.parseAs }),
    ...(schema && {
      validate: () => {
        checked ??= validateJsonSchema(schema, values, what);
        return checked;
      },
    }),
  };
}

/**
 * The base of every generated resource class: one method per operation, each a thin call to
 * `send` (one request, an ApiPromise) or `page` (a list, a Paged). Hand-written classes extend
 * the generated ones to add helpers or override a method; users see one object per resource.
 */
export abstract class Resource {
  /** @internal */
  protected readonly ctx: ResourceContext;

  /** @internal Built by the vendor's client. */
  constructor(ctx: ResourceContext) {
    this.ctx = ctx;
  }

  /** The core client, for hand-written helpers. */
  protected get api(): ResourceContext["api"] {
    return this.ctx.api;
  }

  /** Sends one operation with the fields of `input` where its binding says. */
  protected send<T>(operationId: string, input: Input, options: CallOptions | undefined): ApiPromise<T> {
    const binding = this.ctx.bindings[operationId] ?? {};
    let request: CallRequest;
    try {
      request = requestFor(binding, input, `${operationId} input`);
    } catch (error) {
      const failed = Promise.reject(error);
      failed.catch(() => undefined);
      return new ApiPromise<T>(failed);
    }
    const call = this.ctx.api.call(operationId, request, options) as ApiPromise<unknown>;
    const unwrap = binding.unwrap;
    return (unwrap ? call.map((body) => valueAt(body, unwrap)) : call) as ApiPromise<T>;
  }

  /** Pages a list operation (its paging comes from the spec's `x-trustplane-pagination`). */
  protected page<T>(operationId: string, input: Input, options: OperationPagingOptions | undefined): Paged<T> {
    if (this.ctx.page) return this.ctx.page<T>(this.ctx, operationId, input, options);
    const binding = this.ctx.bindings[operationId] ?? {};
    return pageOperation<T>(this.ctx.api, operationId, requestFor(binding, input, `${operationId} input`), options);
  }
}

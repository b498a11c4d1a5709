import type { OperationPagingOptions, Paged, ResourceContext } from "@trustplane/core";
import type { components } from "../generated/openapi.gen.js";
import { type Detailed, type Input, joinKeyInfo, keyListPage, keysOf } from "../internal/calls.js";

export type { Detailed } from "../internal/calls.js";

/** Schemas of the spec, by name. */
export type Schemas = components["schemas"];

/** The namespace header every input may carry. */
export interface NamespaceInput {
  /** Namespace of this call (`team-a`, `team-a/dev`); default: the client's. */
  "X-Vault-Namespace"?: string | undefined;
}

/**
 * The generated list methods page through here: one `GET ?list=true`, where only a 404 with an
 * empty `errors` array is an empty list.
 */
export function keyList<T>(
  ctx: ResourceContext,
  operationId: string,
  input: Input,
  options: OperationPagingOptions | undefined,
): Paged<T> {
  return keyListPage<T>(ctx, operationId, input, options, keysOf as (body: unknown) => T[]);
}

/** A list whose items are `{ key, ...key_info[key] }`. */
export function detailedList<I extends object>(
  ctx: ResourceContext,
  operationId: string,
  input: Input,
  options: OperationPagingOptions | undefined,
  by: "key" | "name" | "id" = "key",
): Paged<Detailed<I>> {
  return keyListPage(ctx, operationId, input, options, joinKeyInfo<I>(by));
}

/** The namespace header of an input, as a request header record. */
export function namespaceHeader(input: NamespaceInput | undefined): Record<string, string> {
  const ns = input?.["X-Vault-Namespace"];
  return ns === undefined ? {} : { "X-Vault-Namespace": ns };
}

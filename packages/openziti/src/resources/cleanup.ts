/**
 * `deleteByTag`: removes everything that carries a tag, in an order the controller accepts
 * (policies before what they point at, configs before their types, identities last).
 */
import { AbortError, type CallOptions, type Paged, validate } from "@trustplane/core";
import { zf } from "../filter.js";
import { deleteByTagOptionsSchema, tagSelectorSchema } from "../internal/schemas.js";
import type { ZitiResources } from "./index.js";

/** The tag to look for: `tags.<key> = <value>`. */
export interface TagSelector {
  /** Tag key (letters, digits and `_`: what the filter language can name). */
  key: string;
  /** Tag value. */
  value: string | number | boolean;
}

/** Options of `deleteByTag`. */
export interface DeleteByTagOptions {
  /** Report what would be removed, remove nothing. */
  dryRun?: boolean | undefined;
  /** Stops between steps (the request in flight is aborted too). */
  signal?: AbortSignal | undefined;
}

/** The kinds `deleteByTag` removes, in the order it removes them. */
export const DELETE_ORDER = [
  "serviceEdgeRouterPolicies",
  "servicePolicies",
  "configs",
  "configTypes",
  "services",
  "edgeRouterPolicies",
  "identities",
] as const;

/** One kind `deleteByTag` removes. */
export type TaggedKind = (typeof DELETE_ORDER)[number];

/** One thing `deleteByTag` found. */
export interface TaggedEntity {
  readonly kind: TaggedKind;
  readonly id: string;
  readonly name: string;
}

/** What `deleteByTag` did. */
export interface DeleteByTagReport {
  /** True when nothing was removed on purpose. */
  readonly dryRun: boolean;
  /** The tag, as a filter (`tags.env = "demo"`). */
  readonly filter: string;
  /** Everything that carries the tag, in removal order. */
  readonly found: readonly TaggedEntity[];
  /** What was removed (empty in a dry run). */
  readonly removed: readonly TaggedEntity[];
  /** What could not be removed, with the error (the rest was still attempted). */
  readonly failed: ReadonlyArray<TaggedEntity & { readonly error: unknown }>;
  /** What was skipped on purpose (the default admin identity). */
  readonly skipped: ReadonlyArray<TaggedEntity & { readonly reason: string }>;
}

type Named = { id: string; name?: string | undefined; isDefaultAdmin?: boolean | undefined };

/** Lists and deletes of each kind. */
function kinds(
  r: ZitiResources,
): Record<
  TaggedKind,
  { list: (filter: string, o: CallOptions) => Paged<Named>; remove: (id: string, o: CallOptions) => Promise<unknown> }
> {
  return {
    serviceEdgeRouterPolicies: {
      list: (filter, o) => r.serviceEdgeRouterPolicies.list({ filter }, o),
      remove: (id, o) => r.serviceEdgeRouterPolicies.delete({ id }, o),
    },
    servicePolicies: {
      list: (filter, o) => r.servicePolicies.list({ filter }, o),
      remove: (id, o) => r.servicePolicies.delete({ id }, o),
    },
    configs: { list: (filter, o) => r.configs.list({ filter }, o), remove: (id, o) => r.configs.delete({ id }, o) },
    configTypes: {
      list: (filter, o) => r.configs.listTypes({ filter }, o),
      remove: (id, o) => r.configs.deleteType({ id }, o),
    },
    services: { list: (filter, o) => r.services.list({ filter }, o), remove: (id, o) => r.services.delete({ id }, o) },
    edgeRouterPolicies: {
      list: (filter, o) => r.edgeRouterPolicies.list({ filter }, o),
      remove: (id, o) => r.edgeRouterPolicies.delete({ id }, o),
    },
    identities: {
      list: (filter, o) => r.identities.list({ filter }, o),
      remove: (id, o) => r.identities.delete({ id }, o),
    },
  };
}

/**
 * Removes every service edge router policy, service policy, config, config type, service, edge
 * router policy and identity tagged `key = value`, in that order, and reports what it found,
 * removed, skipped and could not remove. Everything is listed first, then removed.
 */
export async function deleteByTag(
  resources: ZitiResources,
  tag: TagSelector,
  options: DeleteByTagOptions = {},
): Promise<DeleteByTagReport> {
  const selector = validate(tagSelectorSchema, tag, "deleteByTag tag") as TagSelector;
  const o = validate(deleteByTagOptionsSchema, options, "deleteByTag options") as DeleteByTagOptions;
  const filter = zf.eq(zf.tag(selector.key), selector.value);
  const call: CallOptions = o.signal ? { signal: o.signal } : {};
  const table = kinds(resources);
  const found: TaggedEntity[] = [];
  const skipped: Array<TaggedEntity & { reason: string }> = [];
  for (const kind of DELETE_ORDER) {
    for await (const item of table[kind].list(filter, call)) {
      const entity = { kind, id: item.id, name: item.name ?? item.id };
      if (kind === "identities" && item.isDefaultAdmin)
        skipped.push({ ...entity, reason: "the default admin cannot be removed" });
      else found.push(entity);
    }
  }
  const removed: TaggedEntity[] = [];
  const failed: Array<TaggedEntity & { error: unknown }> = [];
  if (!o.dryRun) {
    for (const entity of found) {
      if (o.signal?.aborted) throw new AbortError("deleteByTag was aborted", { cause: o.signal.reason });
      try {
        await table[entity.kind].remove(entity.id, call);
        removed.push(entity);
      } catch (error) {
        if (error instanceof AbortError) throw error;
        failed.push({ ...entity, error });
      }
    }
  }
  return { dryRun: o.dryRun === true, filter, found, removed, failed, skipped };
}

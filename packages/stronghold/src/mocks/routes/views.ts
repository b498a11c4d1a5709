import type { FakeAlias, FakeEntity, FakeGroup, FakeNamespace } from "../state.js";

/** RFC 3339 time of an epoch ms. */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** The mount an accessor names in a namespace. */
export function mountByAccessor(ns: FakeNamespace, accessor: string) {
  for (const mount of ns.mounts.values()) if (mount.accessor === accessor) return mount;
  return undefined;
}

/** An alias as the server sends it (`AliasData`). */
export function aliasView(ns: FakeNamespace, alias: FakeAlias): Record<string, unknown> {
  const mount = mountByAccessor(ns, alias.mountAccessor);
  return {
    id: alias.id,
    name: alias.name,
    mount_accessor: alias.mountAccessor,
    mount_path: mount ? `auth/${mount.path}` : "",
    mount_type: mount?.type ?? "",
    canonical_id: alias.canonicalId,
    metadata: Object.keys(alias.metadata).length ? alias.metadata : null,
    custom_metadata: alias.customMetadata,
    merged_from_canonical_ids: alias.mergedFromCanonicalIds.length ? alias.mergedFromCanonicalIds : null,
    namespace_id: ns.id,
    local: false,
    creation_time: alias.created,
    last_update_time: alias.updated,
  };
}

/** The short alias form of list `key_info`. */
export function aliasSummary(ns: FakeNamespace, alias: FakeAlias): Record<string, unknown> {
  const mount = mountByAccessor(ns, alias.mountAccessor);
  return {
    id: alias.id,
    name: alias.name,
    mount_accessor: alias.mountAccessor,
    mount_path: mount ? `auth/${mount.path}` : "",
    mount_type: mount?.type ?? "",
  };
}

/** Groups the group `id` is a direct member of. */
export const parentsOf = (ns: FakeNamespace, id: string): FakeGroup[] =>
  [...ns.groups.values()].filter((g) => g.memberGroupIds.includes(id));

/** Groups that hold the entity directly, and those above them. */
export function groupsOfEntity(ns: FakeNamespace, entityId: string): { direct: string[]; inherited: string[] } {
  const direct = [...ns.groups.values()].filter((g) => g.memberEntityIds.includes(entityId)).map((g) => g.id);
  const inherited = new Set<string>();
  const queue = [...direct];
  while (queue.length) {
    const id = queue.shift() as string;
    for (const parent of parentsOf(ns, id)) {
      if (!inherited.has(parent.id) && !direct.includes(parent.id)) {
        inherited.add(parent.id);
        queue.push(parent.id);
      }
    }
  }
  return { direct, inherited: [...inherited] };
}

/** An entity as the server sends it (`EntityData`). */
export function entityView(ns: FakeNamespace, entity: FakeEntity): Record<string, unknown> {
  const aliases = [...ns.aliases.values()].filter((a) => a.canonicalId === entity.id).map((a) => aliasView(ns, a));
  const { direct, inherited } = groupsOfEntity(ns, entity.id);
  return {
    id: entity.id,
    name: entity.name,
    disabled: entity.disabled,
    metadata: Object.keys(entity.metadata).length ? entity.metadata : null,
    policies: entity.policies,
    aliases,
    direct_group_ids: direct,
    inherited_group_ids: inherited,
    group_ids: [...direct, ...inherited],
    merged_entity_ids: entity.mergedEntityIds.length ? entity.mergedEntityIds : null,
    namespace_id: ns.id,
    creation_time: entity.created,
    last_update_time: entity.updated,
  };
}

/** A group as the server sends it (`GroupData`). */
export function groupView(ns: FakeNamespace, group: FakeGroup): Record<string, unknown> {
  const alias = [...ns.groupAliases.values()].find((a) => a.canonicalId === group.id);
  return {
    id: group.id,
    name: group.name,
    type: group.type,
    policies: group.policies,
    metadata: Object.keys(group.metadata).length ? group.metadata : null,
    member_entity_ids: group.memberEntityIds,
    member_group_ids: group.memberGroupIds,
    parent_group_ids: parentsOf(ns, group.id).map((g) => g.id),
    alias: alias ? aliasView(ns, alias) : {},
    modify_index: group.modifyIndex,
    namespace_id: ns.id,
    creation_time: group.created,
    last_update_time: group.updated,
  };
}

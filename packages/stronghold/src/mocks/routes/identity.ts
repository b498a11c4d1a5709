import { randomBytes, randomUUID } from "node:crypto";
import type { OperationId } from "../../generated/operations.gen.js";
import type { FakeRequest, Route } from "../context.js";
import { badRequest, done, fail, keyList, multi, notFound, ok, stringList, stringMap } from "../http.js";
import type { FakeAlias, FakeEntity, FakeGroup, FakeNamespace } from "../state.js";
import { aliasSummary, aliasView, entityView, groupView, iso, mountByAccessor, parentsOf } from "./views.js";

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function entityByName(ns: FakeNamespace, name: string): FakeEntity | undefined {
  for (const e of ns.entities.values()) if (e.name.toLowerCase() === name.toLowerCase()) return e;
  return undefined;
}

function groupByName(ns: FakeNamespace, name: string): FakeGroup | undefined {
  for (const g of ns.groups.values()) if (g.name.toLowerCase() === name.toLowerCase()) return g;
  return undefined;
}

/** Creates an entity (name generated when none is given). */
export function createEntity(ns: FakeNamespace, now: number, name?: string): FakeEntity {
  const at = iso(now);
  const entity: FakeEntity = {
    id: randomUUID(),
    name: name ?? `entity_${randomBytes(4).toString("hex")}`,
    disabled: false,
    metadata: {},
    policies: [],
    mergedEntityIds: [],
    mfaSecrets: new Map(),
    created: at,
    updated: at,
  };
  ns.entities.set(entity.id, entity);
  return entity;
}

/** Applies the entity fields a write carries; an error message, or undefined. */
function applyEntity(
  ns: FakeNamespace,
  entity: FakeEntity,
  body: Record<string, unknown>,
  now: number,
): string | undefined {
  const name = str(body.name);
  if (name && name !== entity.name) {
    const other = entityByName(ns, name);
    if (other && other.id !== entity.id) return "entity name is already in use";
    entity.name = name;
  }
  if (typeof body.disabled === "boolean") entity.disabled = body.disabled;
  const metadata = stringMap(body.metadata);
  if (metadata) entity.metadata = metadata;
  const policies = stringList(body.policies);
  if (policies) entity.policies = policies;
  entity.updated = iso(now);
  return undefined;
}

function deleteEntity(ns: FakeNamespace, id: string): void {
  if (!ns.entities.delete(id)) return;
  for (const [aliasId, alias] of ns.aliases) if (alias.canonicalId === id) ns.aliases.delete(aliasId);
  for (const group of ns.groups.values()) {
    if (group.memberEntityIds.includes(id)) {
      group.memberEntityIds = group.memberEntityIds.filter((m) => m !== id);
      group.modifyIndex++;
    }
  }
}

function entityKeyInfo(ns: FakeNamespace, entity: FakeEntity): Record<string, unknown> {
  const aliases = [...ns.aliases.values()].filter((a) => a.canonicalId === entity.id).map((a) => aliasSummary(ns, a));
  return { name: entity.name, ...(aliases.length && { aliases }) };
}

function aliasKeyInfo(ns: FakeNamespace, alias: FakeAlias): Record<string, unknown> {
  const view = aliasView(ns, alias);
  return {
    id: alias.id,
    name: alias.name,
    canonical_id: alias.canonicalId,
    mount_accessor: alias.mountAccessor,
    mount_path: view.mount_path,
    mount_type: view.mount_type,
    custom_metadata: alias.customMetadata,
    metadata: view.metadata,
    local: false,
  };
}

/** Creates or updates an entity alias from a write body (`createEntityAlias`, `createAlias`, `createPersona`). */
function writeEntityAlias(req: FakeRequest, existing: FakeAlias | undefined): Response {
  const { ns, body, now } = req;
  const name = str(body.name) ?? existing?.name;
  const accessor = str(body.mount_accessor) ?? existing?.mountAccessor;
  const canonical = str(body.canonical_id) ?? str(body.entity_id);
  if (!name) return badRequest("missing alias name");
  if (!accessor) return badRequest("missing mount_accessor");
  if (!mountByAccessor(ns, accessor)) return badRequest(`invalid mount accessor "${accessor}"`);
  if (canonical && !ns.entities.has(canonical)) return badRequest("invalid entity ID");
  for (const other of ns.aliases.values()) {
    if (other.id === existing?.id) continue;
    if (other.mountAccessor === accessor && other.name === name) {
      return badRequest("alias with combination of mount accessor and name already exists");
    }
    const owner = canonical ?? existing?.canonicalId;
    if (owner && other.canonicalId === owner && other.mountAccessor === accessor) {
      return badRequest("alias already exists for requested entity and mount accessor");
    }
  }
  const at = iso(now);
  if (existing) {
    existing.name = name;
    existing.mountAccessor = accessor;
    if (canonical) existing.canonicalId = canonical;
    const custom = stringMap(body.custom_metadata);
    if (custom) existing.customMetadata = custom;
    const metadata = stringMap(body.metadata);
    if (metadata) existing.metadata = metadata;
    existing.updated = at;
    return ok({ id: existing.id, canonical_id: existing.canonicalId });
  }
  const entityId = canonical ?? createEntity(ns, now).id;
  const alias: FakeAlias = {
    id: randomUUID(),
    name,
    mountAccessor: accessor,
    canonicalId: entityId,
    metadata: stringMap(body.metadata) ?? {},
    customMetadata: stringMap(body.custom_metadata) ?? {},
    mergedFromCanonicalIds: [],
    created: at,
    updated: at,
  };
  ns.aliases.set(alias.id, alias);
  return ok({ id: alias.id, canonical_id: entityId });
}

/** Creates or updates a group from a write body; an error answer, or the group and whether it was created. */
function writeGroup(
  req: FakeRequest,
  existing: FakeGroup | undefined,
): Response | { group: FakeGroup; created: boolean } {
  const { ns, body, now } = req;
  const type = str(body.type);
  if (type && type !== "internal" && type !== "external") return badRequest(`invalid type "${type}"`);
  if (existing && type && type !== existing.type) return badRequest("group type cannot be changed");
  const groupType = (existing?.type ?? type ?? "internal") as FakeGroup["type"];
  const members = stringList(body.member_entity_ids);
  const subgroups = stringList(body.member_group_ids);
  if (groupType === "external" && members?.length) {
    return badRequest("member entities can't be set manually for external groups");
  }
  for (const id of members ?? []) if (!ns.entities.has(id)) return badRequest(`invalid member entity ID "${id}"`);
  for (const id of subgroups ?? []) {
    if (!ns.groups.has(id)) return badRequest(`invalid member group ID "${id}"`);
    if (existing && (id === existing.id || ancestors(ns, existing.id).has(id))) {
      return badRequest(`member group ID "${id}" would create a cycle`);
    }
  }
  const name = str(body.name);
  if (name) {
    const other = groupByName(ns, name);
    if (other && other.id !== existing?.id) return badRequest("group name is already in use");
  }
  const at = iso(now);
  const group: FakeGroup = existing ?? {
    id: randomUUID(),
    name: name ?? `group_${randomBytes(4).toString("hex")}`,
    type: groupType,
    policies: [],
    metadata: {},
    memberEntityIds: [],
    memberGroupIds: [],
    modifyIndex: 0,
    created: at,
    updated: at,
  };
  if (name) group.name = name;
  const policies = stringList(body.policies);
  if (policies) group.policies = policies;
  const metadata = stringMap(body.metadata);
  if (metadata) group.metadata = metadata;
  if (members) group.memberEntityIds = [...new Set(members)];
  if (subgroups) group.memberGroupIds = [...new Set(subgroups)];
  group.modifyIndex++;
  group.updated = at;
  if (!existing) ns.groups.set(group.id, group);
  return { group, created: !existing };
}

/** Every group above `id`. */
function ancestors(ns: FakeNamespace, id: string): Set<string> {
  const out = new Set<string>();
  const queue = [id];
  while (queue.length) {
    for (const parent of parentsOf(ns, queue.shift() as string)) {
      if (!out.has(parent.id)) {
        out.add(parent.id);
        queue.push(parent.id);
      }
    }
  }
  return out;
}

function deleteGroup(ns: FakeNamespace, id: string): void {
  if (!ns.groups.delete(id)) return;
  for (const [aliasId, alias] of ns.groupAliases) if (alias.canonicalId === id) ns.groupAliases.delete(aliasId);
  for (const group of ns.groups.values()) group.memberGroupIds = group.memberGroupIds.filter((m) => m !== id);
}

function groupKeyInfo(ns: FakeNamespace, group: FakeGroup): Record<string, unknown> {
  const alias = [...ns.groupAliases.values()].find((a) => a.canonicalId === group.id);
  return {
    name: group.name,
    num_member_entities: group.memberEntityIds.length,
    num_parent_groups: parentsOf(ns, group.id).length,
    ...(alias && { alias: aliasSummary(ns, alias) }),
  };
}

/** Creates or updates a group alias. */
function writeGroupAlias(req: FakeRequest, existing: FakeAlias | undefined): Response {
  const { ns, body, now } = req;
  const name = str(body.name) ?? existing?.name;
  const accessor = str(body.mount_accessor) ?? existing?.mountAccessor;
  if (!name) return badRequest("missing alias name");
  if (!accessor) return badRequest("missing mount_accessor");
  if (!mountByAccessor(ns, accessor)) return badRequest(`invalid mount accessor "${accessor}"`);
  let canonical = str(body.canonical_id) ?? existing?.canonicalId;
  if (canonical) {
    const group = ns.groups.get(canonical);
    if (!group) return badRequest("invalid group ID");
    if (group.type !== "external") return badRequest("alias can't be set on an internal group");
    const taken = [...ns.groupAliases.values()].find((a) => a.canonicalId === canonical && a.id !== existing?.id);
    if (taken) return badRequest("group already has an alias");
  }
  for (const other of ns.groupAliases.values()) {
    if (other.id !== existing?.id && other.mountAccessor === accessor && other.name === name) {
      return badRequest("combination of mount and group alias name is already in use");
    }
  }
  const at = iso(now);
  if (!canonical) {
    const made = writeGroup({ ...req, body: { type: "external" } }, undefined);
    if (made instanceof Response) return made;
    canonical = made.group.id;
  }
  const alias: FakeAlias = existing ?? {
    id: randomUUID(),
    name,
    mountAccessor: accessor,
    canonicalId: canonical,
    metadata: {},
    customMetadata: {},
    mergedFromCanonicalIds: [],
    created: at,
    updated: at,
  };
  alias.name = name;
  alias.mountAccessor = accessor;
  alias.canonicalId = canonical;
  alias.updated = at;
  ns.groupAliases.set(alias.id, alias);
  return ok({ id: alias.id, canonical_id: canonical });
}

/** The lookup criteria of a body: exactly one kind, or an error answer. */
function lookupCriteria(
  body: Record<string, unknown>,
): Response | { kind: "id" | "name" | "alias_id" | "alias"; value: string; accessor?: string } {
  const given = [
    str(body.id) && ({ kind: "id", value: str(body.id) } as const),
    str(body.name) && ({ kind: "name", value: str(body.name) } as const),
    str(body.alias_id) && ({ kind: "alias_id", value: str(body.alias_id) } as const),
    (str(body.alias_name) || str(body.alias_mount_accessor)) &&
      ({ kind: "alias", value: str(body.alias_name), accessor: str(body.alias_mount_accessor) } as const),
  ].filter(Boolean) as Array<{
    kind: "id" | "name" | "alias_id" | "alias";
    value: string | undefined;
    accessor?: string;
  }>;
  if (given.length !== 1) {
    return badRequest("one of id, name, alias_id, or the alias_name and alias_mount_accessor pair must be supplied");
  }
  const only = given[0] as { kind: "id" | "name" | "alias_id" | "alias"; value: string | undefined; accessor?: string };
  if (only.kind === "alias" && (!only.value || !only.accessor)) {
    return badRequest("both 'alias_name' and 'alias_mount_accessor' must be supplied");
  }
  return only as { kind: "id" | "name" | "alias_id" | "alias"; value: string; accessor?: string };
}

/** Entities, entity aliases (and the legacy paths), groups, group aliases, lookup and merge. */
export const identityRoutes = {
  // ---- entities
  createEntity: (req) => {
    const { ns, body, now } = req;
    const id = str(body.id);
    const existing = id ? ns.entities.get(id) : str(body.name) ? entityByName(ns, str(body.name) as string) : undefined;
    if (id && !existing) return badRequest("entity not found from id");
    const entity = existing ?? createEntity(ns, now, str(body.name));
    const problem = applyEntity(ns, entity, body, now);
    if (problem) return badRequest(problem);
    return existing ? done() : ok({ id: entity.id, name: entity.name, aliases: null });
  },
  readEntityById: ({ ns, params }) => {
    const entity = ns.entities.get(params.id as string);
    return entity ? ok(entityView(ns, entity)) : notFound();
  },
  updateEntityById: ({ ns, params, body, now }) => {
    const entity = ns.entities.get(params.id as string);
    if (!entity) return badRequest("entity not found from id");
    const problem = applyEntity(ns, entity, body, now);
    return problem ? badRequest(problem) : done();
  },
  deleteEntityById: ({ ns, params }) => {
    deleteEntity(ns, params.id as string);
    return done();
  },
  readEntityByName: ({ ns, params }) => {
    const entity = entityByName(ns, params.name as string);
    return entity ? ok(entityView(ns, entity)) : notFound();
  },
  updateEntityByName: ({ ns, params, body, now }) => {
    const name = params.name as string;
    const existing = entityByName(ns, name);
    const entity = existing ?? createEntity(ns, now, name);
    const problem = applyEntity(ns, entity, { ...body, name }, now);
    if (problem) return badRequest(problem);
    return existing ? done() : ok({ id: entity.id, name: entity.name, aliases: null });
  },
  deleteEntityByName: ({ ns, params }) => {
    const entity = entityByName(ns, params.name as string);
    if (entity) deleteEntity(ns, entity.id);
    return done();
  },
  listEntitiesById: ({ ns }) => {
    const entities = [...ns.entities.values()];
    return keyList(
      entities.map((e) => e.id),
      Object.fromEntries(entities.map((e) => [e.id, entityKeyInfo(ns, e)])),
    );
  },
  listEntitiesByName: ({ ns }) => {
    const entities = [...ns.entities.values()];
    return keyList(
      entities.map((e) => e.name),
      Object.fromEntries(entities.map((e) => [e.id, entityKeyInfo(ns, e)])),
    );
  },
  batchDeleteEntities: ({ ns, body }) => {
    const ids = stringList(body.entity_ids);
    if (!ids?.length) return badRequest("missing entity ids to delete");
    for (const id of ids) deleteEntity(ns, id);
    return done();
  },
  mergeEntities: ({ ns, body, now }) => {
    const to = str(body.to_entity_id);
    const from = stringList(body.from_entity_ids) ?? [];
    if (!to) return badRequest("missing entity id to merge to");
    if (from.length === 0) return badRequest("missing entity ids to merge from");
    const target = ns.entities.get(to);
    if (!target) return badRequest("entity id to merge to is invalid");
    if (from.includes(to)) return badRequest("to_entity_id should not be present in from_entity_ids");
    const sources: FakeEntity[] = [];
    for (const id of from) {
      const source = ns.entities.get(id);
      if (!source) return badRequest("entity id to merge from is invalid");
      sources.push(source);
    }
    const keep = stringList(body.conflicting_alias_ids_to_keep) ?? [];
    const targetAliases = [...ns.aliases.values()].filter((a) => a.canonicalId === to);
    const conflicts: Array<{ kept: FakeAlias; other: FakeAlias; owner: FakeEntity }> = [];
    for (const source of sources) {
      for (const alias of ns.aliases.values()) {
        if (alias.canonicalId !== source.id) continue;
        const clash = targetAliases.find((t) => t.mountAccessor === alias.mountAccessor);
        if (clash) conflicts.push({ kept: clash, other: alias, owner: source });
      }
    }
    if (
      conflicts.length &&
      (sources.length !== 1 || !conflicts.every((c) => keep.includes(c.kept.id) || keep.includes(c.other.id)))
    ) {
      const data = conflicts.flatMap(({ kept, other, owner }) =>
        [
          [kept, target],
          [other, owner],
        ].map(([alias, entity]) => {
          const a = alias as FakeAlias;
          const mount = mountByAccessor(ns, a.mountAccessor);
          return {
            alias: a.name,
            entity: (entity as FakeEntity).name,
            entity_id: (entity as FakeEntity).id,
            mount: mount?.type ?? "",
            mount_path: mount ? `auth/${mount.path}` : "",
          };
        }),
      );
      return fail(
        400,
        multi(
          `conflicting mount accessors in following alias IDs found: ${conflicts.map((c) => `${c.kept.id}, ${c.other.id}`).join("; ")}`,
        ),
        data,
      );
    }
    for (const { kept, other } of conflicts) ns.aliases.delete(keep.includes(other.id) ? kept.id : other.id);
    for (const source of sources) {
      for (const alias of ns.aliases.values()) {
        if (alias.canonicalId === source.id) {
          alias.canonicalId = to;
          alias.mergedFromCanonicalIds.push(source.id);
        }
      }
      target.policies = [...new Set([...target.policies, ...source.policies])];
      target.mergedEntityIds.push(source.id);
      for (const [method, secret] of source.mfaSecrets) {
        if (target.mfaSecrets.has(method) && body.force !== true) {
          return badRequest(`entity ${source.id} and ${to} both have a secret of MFA method ${method}; use force`);
        }
        target.mfaSecrets.set(method, secret);
      }
      for (const group of ns.groups.values()) {
        if (group.memberEntityIds.includes(source.id)) {
          group.memberEntityIds = [...new Set(group.memberEntityIds.map((m) => (m === source.id ? to : m)))];
          group.modifyIndex++;
        }
      }
      ns.entities.delete(source.id);
    }
    target.updated = iso(now);
    return done();
  },

  // ---- entity aliases (and the legacy paths on the same store)
  createEntityAlias: (req) => {
    const id = str(req.body.id);
    const existing = id ? req.ns.aliases.get(id) : undefined;
    if (id && !existing) return badRequest("invalid alias ID provided");
    return writeEntityAlias(req, existing);
  },
  readEntityAliasById: ({ ns, params }) => {
    const alias = ns.aliases.get(params.id as string);
    return alias ? ok(aliasView(ns, alias)) : notFound();
  },
  updateEntityAliasById: (req) => {
    const alias = req.ns.aliases.get(req.params.id as string);
    return alias ? writeEntityAlias(req, alias) : badRequest("invalid alias ID provided");
  },
  deleteEntityAliasById: ({ ns, params }) => {
    ns.aliases.delete(params.id as string);
    return done();
  },
  listEntityAliasesById: ({ ns }) => {
    const aliases = [...ns.aliases.values()];
    return keyList(
      aliases.map((a) => a.id),
      Object.fromEntries(aliases.map((a) => [a.id, aliasKeyInfo(ns, a)])),
    );
  },
  createAlias: (req) => writeEntityAlias(req, undefined),
  readAliasById: ({ ns, params }) => {
    const alias = ns.aliases.get(params.id as string);
    return alias ? ok(aliasView(ns, alias)) : notFound();
  },
  updateAliasById: (req) => {
    const alias = req.ns.aliases.get(req.params.id as string);
    return alias ? writeEntityAlias(req, alias) : badRequest("invalid alias ID provided");
  },
  deleteAliasById: ({ ns, params }) => {
    ns.aliases.delete(params.id as string);
    return done();
  },
  listAliasesById: ({ ns }) => {
    const aliases = [...ns.aliases.values()];
    return keyList(
      aliases.map((a) => a.id),
      Object.fromEntries(aliases.map((a) => [a.id, aliasKeyInfo(ns, a)])),
    );
  },
  createPersona: (req) => writeEntityAlias(req, undefined),
  readPersonaById: ({ ns, params }) => {
    const alias = ns.aliases.get(params.id as string);
    return alias ? ok(aliasView(ns, alias)) : notFound();
  },
  updatePersonaById: (req) => {
    const alias = req.ns.aliases.get(req.params.id as string);
    return alias ? writeEntityAlias(req, alias) : badRequest("invalid persona ID provided");
  },
  deletePersonaById: ({ ns, params }) => {
    ns.aliases.delete(params.id as string);
    return done();
  },
  listPersonasById: ({ ns }) => {
    const aliases = [...ns.aliases.values()];
    return keyList(
      aliases.map((a) => a.id),
      Object.fromEntries(aliases.map((a) => [a.id, aliasKeyInfo(ns, a)])),
    );
  },

  // ---- groups
  createGroup: (req) => {
    const { ns, body } = req;
    const id = str(body.id);
    const existing = id ? ns.groups.get(id) : str(body.name) ? groupByName(ns, str(body.name) as string) : undefined;
    if (id && !existing) return badRequest("group not found from id");
    const result = writeGroup(req, existing);
    if (result instanceof Response) return result;
    return result.created ? ok({ id: result.group.id, name: result.group.name }) : done();
  },
  readGroupById: ({ ns, params }) => {
    const group = ns.groups.get(params.id as string);
    return group ? ok(groupView(ns, group)) : notFound();
  },
  updateGroupById: (req) => {
    const group = req.ns.groups.get(req.params.id as string);
    if (!group) return badRequest("group not found from id");
    const result = writeGroup(req, group);
    return result instanceof Response ? result : done();
  },
  deleteGroupById: ({ ns, params }) => {
    deleteGroup(ns, params.id as string);
    return done();
  },
  readGroupByName: ({ ns, params }) => {
    const group = groupByName(ns, params.name as string);
    return group ? ok(groupView(ns, group)) : notFound();
  },
  updateGroupByName: (req) => {
    const name = req.params.name as string;
    const result = writeGroup({ ...req, body: { ...req.body, name } }, groupByName(req.ns, name));
    if (result instanceof Response) return result;
    return result.created ? ok({ id: result.group.id, name: result.group.name }) : done();
  },
  deleteGroupByName: ({ ns, params }) => {
    const group = groupByName(ns, params.name as string);
    if (group) deleteGroup(ns, group.id);
    return done();
  },
  listGroupsById: ({ ns }) => {
    const groups = [...ns.groups.values()];
    return keyList(
      groups.map((g) => g.id),
      Object.fromEntries(groups.map((g) => [g.id, groupKeyInfo(ns, g)])),
    );
  },
  listGroupsByName: ({ ns }) => {
    const groups = [...ns.groups.values()];
    return keyList(
      groups.map((g) => g.name),
      Object.fromEntries(groups.map((g) => [g.id, groupKeyInfo(ns, g)])),
    );
  },

  // ---- group aliases
  createGroupAlias: (req) => {
    const id = str(req.body.id);
    const existing = id ? req.ns.groupAliases.get(id) : undefined;
    if (id && !existing) return badRequest("invalid group alias ID");
    return writeGroupAlias(req, existing);
  },
  readGroupAliasById: ({ ns, params }) => {
    const alias = ns.groupAliases.get(params.id as string);
    return alias ? ok(aliasView(ns, alias)) : notFound();
  },
  updateGroupAliasById: (req) => {
    const alias = req.ns.groupAliases.get(req.params.id as string);
    return alias ? writeGroupAlias(req, alias) : badRequest("invalid group alias ID");
  },
  deleteGroupAliasById: ({ ns, params }) => {
    ns.groupAliases.delete(params.id as string);
    return done();
  },
  listGroupAliasesById: ({ ns }) => {
    const aliases = [...ns.groupAliases.values()];
    return keyList(
      aliases.map((a) => a.id),
      Object.fromEntries(aliases.map((a) => [a.id, aliasKeyInfo(ns, a)])),
    );
  },

  // ---- lookup
  lookupEntity: ({ ns, body }) => {
    const c = lookupCriteria(body);
    if (c instanceof Response) return c;
    let entity: FakeEntity | undefined;
    if (c.kind === "id") entity = ns.entities.get(c.value);
    else if (c.kind === "name") entity = entityByName(ns, c.value);
    else {
      const alias =
        c.kind === "alias_id"
          ? ns.aliases.get(c.value)
          : [...ns.aliases.values()].find((a) => a.name === c.value && a.mountAccessor === c.accessor);
      entity = alias ? ns.entities.get(alias.canonicalId) : undefined;
    }
    return entity ? ok(entityView(ns, entity)) : done();
  },
  lookupGroup: ({ ns, body }) => {
    const c = lookupCriteria(body);
    if (c instanceof Response) return c;
    let group: FakeGroup | undefined;
    if (c.kind === "id") group = ns.groups.get(c.value);
    else if (c.kind === "name") group = groupByName(ns, c.value);
    else {
      const alias =
        c.kind === "alias_id"
          ? ns.groupAliases.get(c.value)
          : [...ns.groupAliases.values()].find((a) => a.name === c.value && a.mountAccessor === c.accessor);
      group = alias ? ns.groups.get(alias.canonicalId) : undefined;
    }
    return group ? ok(groupView(ns, group)) : done();
  },
} satisfies Partial<Record<OperationId, Route>>;

/** Identity entities: create, read, update, delete, list and batch delete, by ID and by name. */
import { randomBytes, randomUUID } from "node:crypto";
import type { OperationId } from "../../../generated/operations.gen.js";
import type { Route } from "../../context.js";
import { badRequest, done, keyList, notFound, ok, str, stringList, stringMap } from "../../http.js";
import type { FakeEntity, FakeNamespace } from "../../state.js";
import { aliasSummary, entityView, iso } from "../views.js";

export function entityByName(ns: FakeNamespace, name: string): FakeEntity | undefined {
  for (const e of ns.entities.values()) if (e.name.toLowerCase() === name.toLowerCase()) return e;
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

/** Entities by ID and by name, and batch delete. */
export const entityRoutes = {
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
} satisfies Partial<Record<OperationId, Route>>;

/** Entity aliases (and the legacy `identity/alias` and `identity/persona` paths), and group aliases. */
import { randomUUID } from "node:crypto";
import type { OperationId } from "../../../generated/operations.gen.js";
import type { FakeRequest, Route } from "../../context.js";
import { badRequest, done, keyList, notFound, ok, str, stringMap } from "../../http.js";
import type { FakeAlias, FakeNamespace } from "../../state.js";
import { aliasView, iso, mountByAccessor } from "../views.js";
import { createEntity } from "./entities.js";
import { writeGroup } from "./groups.js";

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

/** Reads an entity alias by id (the current and the legacy paths share the store). */
const readEntityAlias: Route = ({ ns, params }) => {
  const alias = ns.aliases.get(params.id as string);
  return alias ? ok(aliasView(ns, alias)) : notFound();
};

/** Updates an entity alias by id; an unknown id is a 400 naming the path's noun (`alias`, `persona`). */
const updateEntityAlias =
  (noun: string): Route =>
  (req) => {
    const alias = req.ns.aliases.get(req.params.id as string);
    return alias ? writeEntityAlias(req, alias) : badRequest(`invalid ${noun} ID provided`);
  };

/** Deletes an entity alias by id (deleting a missing one succeeds, as Vault's does). */
const deleteEntityAlias: Route = ({ ns, params }) => {
  ns.aliases.delete(params.id as string);
  return done();
};

/** Lists entity aliases by id, with key info. */
const listEntityAliases: Route = ({ ns }) => {
  const aliases = [...ns.aliases.values()];
  return keyList(
    aliases.map((a) => a.id),
    Object.fromEntries(aliases.map((a) => [a.id, aliasKeyInfo(ns, a)])),
  );
};

/** Entity aliases (and the legacy paths on the same store) and group aliases. */
export const aliasRoutes = {
  // ---- entity aliases (and the legacy paths on the same store)
  createEntityAlias: (req) => {
    const id = str(req.body.id);
    const existing = id ? req.ns.aliases.get(id) : undefined;
    if (id && !existing) return badRequest("invalid alias ID provided");
    return writeEntityAlias(req, existing);
  },
  readEntityAliasById: readEntityAlias,
  updateEntityAliasById: updateEntityAlias("alias"),
  deleteEntityAliasById: deleteEntityAlias,
  listEntityAliasesById: listEntityAliases,
  createAlias: (req) => writeEntityAlias(req, undefined),
  readAliasById: readEntityAlias,
  updateAliasById: updateEntityAlias("alias"),
  deleteAliasById: deleteEntityAlias,
  listAliasesById: listEntityAliases,
  createPersona: (req) => writeEntityAlias(req, undefined),
  readPersonaById: readEntityAlias,
  updatePersonaById: updateEntityAlias("persona"),
  deletePersonaById: deleteEntityAlias,
  listPersonasById: listEntityAliases,

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
} satisfies Partial<Record<OperationId, Route>>;

/** Identity groups: create, read, update, delete and list, by ID and by name, with cycle checks. */
import { randomBytes, randomUUID } from "node:crypto";
import type { OperationId } from "../../../generated/operations.gen.js";
import type { FakeRequest, Route } from "../../context.js";
import { badRequest, done, keyList, notFound, ok, str, stringList, stringMap } from "../../http.js";
import type { FakeGroup, FakeNamespace } from "../../state.js";
import { aliasSummary, groupView, iso, parentsOf } from "../views.js";

export function groupByName(ns: FakeNamespace, name: string): FakeGroup | undefined {
  for (const g of ns.groups.values()) if (g.name.toLowerCase() === name.toLowerCase()) return g;
  return undefined;
}

/** Creates or updates a group from a write body; an error answer, or the group and whether it was created. */
export function writeGroup(
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

/** Groups by ID and by name. */
export const groupRoutes = {
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
} satisfies Partial<Record<OperationId, Route>>;

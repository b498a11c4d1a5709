/** Entity and group lookup by ID, name, alias ID, or alias name and mount accessor. */
import type { OperationId } from "../../../generated/operations.gen.js";
import type { Route } from "../../context.js";
import { badRequest, done, ok, str } from "../../http.js";
import type { FakeEntity, FakeGroup } from "../../state.js";
import { entityView, groupView } from "../views.js";
import { entityByName } from "./entities.js";
import { groupByName } from "./groups.js";

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

/** Looking up an entity or a group. */
export const lookupRoutes = {
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

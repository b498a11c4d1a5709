/** Entity merge: aliases, policies, MFA secrets and group memberships move to the target entity. */
import type { OperationId } from "../../../generated/operations.gen.js";
import type { Route } from "../../context.js";
import { badRequest, done, fail, multi, str, stringList } from "../../http.js";
import type { FakeAlias, FakeEntity } from "../../state.js";
import { iso, mountByAccessor } from "../views.js";

/** Merging entities into one. */
export const mergeRoutes = {
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
} satisfies Partial<Record<OperationId, Route>>;

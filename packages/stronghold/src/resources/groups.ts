import {
  type ApiPromise,
  type CallOptions,
  guard,
  lazy,
  type OperationPagingOptions,
  type Paged,
  TrustplaneError,
  ValidationError,
  validate,
} from "@trustplane/core";
import { strictObject } from "zod/mini";
import { MembershipConflictError } from "../errors.js";
import {
  type GroupAliasesListByIdInput,
  GroupAliasesResource,
  type GroupsListByIdInput,
  type GroupsListByNameInput,
  GroupsResource,
} from "../generated/resources.gen.js";
import { chained } from "../internal/calls.js";
import { namespacePath, nonEmpty, oneOrMany, optional } from "../internal/schemas.js";
import type { AliasListItem } from "./entities.js";
import { type Detailed, detailedList, type NamespaceInput, namespaceHeader, type Schemas } from "./shared.js";

/** A group in a detailed list: the key the list returned, with its id, name, member counts and alias. */
export type GroupListItem = Detailed<Schemas["GroupKeyInfo"] & { id: string }>;

/** Input of {@link Groups.addMember} and {@link Groups.removeMember}. */
export interface GroupMembershipInput extends NamespaceInput {
  /** The group, by identifier. Give this or `groupName`. */
  groupId?: string | undefined;
  /** The group, by name. Give this or `groupId`. */
  groupName?: string | undefined;
  /** Entities to add or remove (`member_entity_ids`). */
  entityIds?: string | string[] | undefined;
  /** Subgroups to add or remove (`member_group_ids`). */
  memberGroupIds?: string | string[] | undefined;
}

/** Read-modify-write rounds before {@link MembershipConflictError}. */
const MAX_ROUNDS = 5;

const membershipSchema = lazy(() =>
  strictObject({
    groupId: optional(nonEmpty()),
    groupName: optional(nonEmpty()),
    entityIds: optional(oneOrMany("must be an entity id or a non-empty array of them")),
    memberGroupIds: optional(oneOrMany("must be a group id or a non-empty array of them")),
    "X-Vault-Namespace": optional(namespacePath()),
  }),
);

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Changes to one group made from this process run one after another, so concurrent
 * `addMember` calls in one program never overwrite each other. Built on first use.
 */
let queues: Map<string, Promise<unknown>> | undefined;

function serialized<T>(key: string, run: () => Promise<T>): Promise<T> {
  queues ??= new Map();
  const before = queues.get(key) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(run);
  const tail = mine.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues?.get(key) === tail) queues.delete(key);
  });
  return mine;
}

/** Groups of entities and other groups; internal groups list members, external groups follow an auth method. */
export class Groups extends GroupsResource {
  /** Group identifiers joined with their `key_info`: `{ key, id, name, num_member_entities, num_parent_groups, alias }`. */
  listByIdDetailed(input: GroupsListByIdInput = {}, options?: OperationPagingOptions): Paged<GroupListItem> {
    return detailedList<Schemas["GroupKeyInfo"] & { id: string }>(this.ctx, "listGroupsById", input, options, "id");
  }

  /** Group names joined with their `key_info` (the server keys it by id; joined by name, `id` added). */
  listByNameDetailed(input: GroupsListByNameInput = {}, options?: OperationPagingOptions): Paged<GroupListItem> {
    return detailedList<Schemas["GroupKeyInfo"] & { id: string }>(this.ctx, "listGroupsByName", input, options, "name");
  }

  /**
   * Adds entities and/or subgroups to an internal group, keeping every other member, and
   * resolves to the group as stored afterwards.
   *
   * The API has no check-and-set for groups (`modify_index` is reported but not checked on
   * write), so this is a read-modify-write made safe by verification: after writing, the group
   * is read again; if another writer replaced the member list in between and this change is
   * missing, the round is repeated (up to 5 times, then {@link MembershipConflictError}). Changes
   * from this process to one group are queued. A writer that sets `member_entity_ids` without
   * reading first (not through these helpers) can still overwrite a change made here.
   *
   * ```ts
   * await stronghold.groups.addMember({ groupName: "platform", entityIds: [aliceId] });
   * ```
   */
  addMember(input: GroupMembershipInput, options?: CallOptions): ApiPromise<Schemas["GroupData"]> {
    return this.#change("add", input, options);
  }

  /** Removes entities and/or subgroups from an internal group, the same way {@link Groups.addMember} adds them. */
  removeMember(input: GroupMembershipInput, options?: CallOptions): ApiPromise<Schemas["GroupData"]> {
    return this.#change("remove", input, options);
  }

  #change(
    op: "add" | "remove",
    input: GroupMembershipInput,
    options: CallOptions | undefined,
  ): ApiPromise<Schemas["GroupData"]> {
    return guard(() => {
      const what = `${op === "add" ? "addMember" : "removeMember"} input`;
      validate(membershipSchema, input, what);
      if ((input.groupId === undefined) === (input.groupName === undefined)) {
        const message = "give exactly one of groupId and groupName";
        throw new ValidationError(`Invalid ${what}: groupId: ${message}`, [{ path: "groupId", message }]);
      }
      const entities = list(input.entityIds);
      const subgroups = list(input.memberGroupIds);
      if (entities.length === 0 && subgroups.length === 0) {
        const message = "give entityIds or memberGroupIds";
        throw new ValidationError(`Invalid ${what}: entityIds: ${message}`, [{ path: "entityIds", message }]);
      }
      const ns = namespaceHeader(input);
      const key = `${this.api.baseUrl}|${ns["X-Vault-Namespace"] ?? ""}|${input.groupId ?? `name:${input.groupName}`}`;
      const apply = (current: string[] | null | undefined, change: string[]) => {
        const set = new Set(current ?? []);
        for (const id of change) {
          if (op === "add") set.add(id);
          else set.delete(id);
        }
        return [...set];
      };
      const holds = (group: Schemas["GroupData"]) =>
        entities.every((id) => (group.member_entity_ids ?? []).includes(id) === (op === "add")) &&
        subgroups.every((id) => (group.member_group_ids ?? []).includes(id) === (op === "add"));
      const read = () =>
        input.groupId !== undefined
          ? this.readById({ id: input.groupId, ...ns }, options)
          : this.readByName({ name: input.groupName as string, ...ns }, options);

      return chained(() =>
        serialized(key, async () => {
          for (let round = 1; round <= MAX_ROUNDS; round++) {
            const group = await read();
            if (!group?.id) throw new TrustplaneError(`The group ${input.groupId ?? input.groupName} was not found`);
            if (group.type === "external" && entities.length > 0) {
              throw new TrustplaneError(
                `The group ${group.name} is external: its member entities come from its group alias, they cannot be set`,
              );
            }
            if (holds(group)) return { last: read() };
            await this.updateById(
              {
                id: group.id,
                ...ns,
                ...(entities.length > 0 && { member_entity_ids: apply(group.member_entity_ids, entities) }),
                ...(subgroups.length > 0 && { member_group_ids: apply(group.member_group_ids, subgroups) }),
              },
              options,
            );
            const after = this.readById({ id: group.id, ...ns }, options);
            if (holds(await after)) return { last: after };
          }
          throw new MembershipConflictError(
            `The members of group ${input.groupId ?? input.groupName} kept changing under this ${op === "add" ? "addMember" : "removeMember"}: another writer replaced the list ${MAX_ROUNDS} times`,
            { groupId: input.groupId ?? String(input.groupName), attempts: MAX_ROUNDS },
          );
        }),
      );
    });
  }
}

/** Group aliases: links from an auth method's group to an external group. */
export class GroupAliases extends GroupAliasesResource {
  /** Group alias identifiers joined with their `key_info`. */
  listByIdDetailed(input: GroupAliasesListByIdInput = {}, options?: OperationPagingOptions): Paged<AliasListItem> {
    return detailedList<Schemas["AliasKeyInfo"]>(this.ctx, "listGroupAliasesById", input, options);
  }
}

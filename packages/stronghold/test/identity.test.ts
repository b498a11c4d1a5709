import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  MembershipConflictError,
  mergeConflicts,
  TrustplaneError,
  UnknownMountError,
  ValidationError,
} from "../src/index.js";
import { rejectionOf, setupFake } from "./helpers.js";

const { mocks, client } = setupFake();

describe("entities.upsertByName", () => {
  it("creates, then updates only the fields given, and answers the stored entity", async () => {
    const stronghold = client({ namespace: "team-a" });
    const created = await stronghold.entities.upsertByName({
      name: "svc",
      policies: ["read"],
      metadata: { team: "a" },
    });
    expect(created).toMatchObject({ name: "svc", policies: ["read"], metadata: { team: "a" }, disabled: false });
    const updated = await stronghold.entities.upsertByName({ name: "svc", policies: ["read", "write"] });
    expect(updated).toMatchObject({ id: created.id, policies: ["read", "write"], metadata: { team: "a" } });
    const { response } = await stronghold.entities.upsertByName({ name: "svc", disabled: true }).withResponse();
    expect(response.body).toMatchObject({ data: { id: created.id, disabled: true } });
    expect(mocks.requests.filter((r) => r.operationId === "updateEntityByName").map((r) => r.status)).toEqual([
      200, 204, 204,
    ]);
  });
});

describe("entities.merge", () => {
  it("takes { from, to }: aliases and policies move, the sources are gone", async () => {
    const stronghold = client();
    const [approle, userpass] = await Promise.all([
      stronghold.sys.mountAccessor({ path: "approle" }),
      stronghold.sys.mountAccessor({ path: "userpass" }),
    ]);
    const keep = await stronghold.entities.upsertByName({ name: "keep", policies: ["a"] });
    const gone = await stronghold.entities.upsertByName({ name: "gone", policies: ["b"] });
    await stronghold.entityAliases.create({ name: "k", mount_accessor: approle, canonical_id: keep.id as string });
    await stronghold.entityAliases.create({ name: "g", mount_accessor: userpass, canonical_id: gone.id as string });
    await stronghold.entities.merge({ from: gone.id as string, to: keep.id as string });
    const merged = await stronghold.entities.readById({ id: keep.id as string });
    expect(merged.policies).toEqual(["a", "b"]);
    expect(merged.merged_entity_ids).toEqual([gone.id]);
    expect(merged.aliases?.map((a) => a.name).sort()).toEqual(["g", "k"]);
    expect(await stronghold.entities.listByName().toArray()).not.toContain("gone");
  });

  it("a clash of aliases on one mount is a 400 whose conflicts mergeConflicts() lists; keepAliasIds resolves it", async () => {
    const stronghold = client();
    const accessor = await stronghold.sys.mountAccessor({ path: "userpass" });
    const a = await stronghold.entities.upsertByName({ name: "a" });
    const b = await stronghold.entities.upsertByName({ name: "b" });
    const aliasA = await stronghold.entityAliases.create({
      name: "alice",
      mount_accessor: accessor,
      canonical_id: a.id as string,
    });
    await stronghold.entityAliases.create({ name: "alice2", mount_accessor: accessor, canonical_id: b.id as string });
    const error = await rejectionOf(stronghold.entities.merge({ from: [b.id as string], to: a.id as string }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(
      mergeConflicts(error)
        ?.map((c) => c.alias)
        .sort(),
    ).toEqual(["alice", "alice2"]);
    expect(mergeConflicts(new Error("other"))).toBeUndefined();
    await stronghold.entities.merge({ from: b.id as string, to: a.id as string, keepAliasIds: [aliasA.id] });
    const merged = await stronghold.entities.readById({ id: a.id as string });
    expect(merged.aliases?.map((x) => x.name)).toEqual(["alice"]);
  });

  it("refuses merging an entity into itself before sending; the API's own fields still work", async () => {
    const stronghold = client();
    const error = (await rejectionOf(stronghold.entities.merge({ from: ["x", "y"], to: "y" }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]?.path).toBe("from");
    const a = await stronghold.entities.upsertByName({ name: "a" });
    const b = await stronghold.entities.upsertByName({ name: "b" });
    await stronghold.entities.merge({ from_entity_ids: [b.id as string], to_entity_id: a.id as string });
    expect((await stronghold.entities.listByName().toArray()).sort()).not.toContain("b");
  });
});

describe("lookup", () => {
  it("finds an entity by alias, with the accessor resolved from the mount path, or by accessor", async () => {
    const stronghold = client({ namespace: "team-a" });
    const accessor = await stronghold.sys.mountAccessor({ path: "userpass/" });
    expect(accessor).toMatch(/^auth_userpass_[0-9a-f]{8}$/);
    const entity = await stronghold.entities.upsertByName({ name: "alice" });
    await stronghold.entityAliases.create({
      name: "alice",
      mount_accessor: accessor,
      canonical_id: entity.id as string,
    });
    const byPath = await stronghold.lookup.entity({ aliasName: "alice", mountPath: "userpass" });
    expect(byPath?.id).toBe(entity.id);
    const byAccessor = await stronghold.lookup.entity({ aliasName: "alice", mountAccessor: accessor });
    expect(byAccessor?.id).toBe(entity.id);
    const { response } = await stronghold.lookup.entity({ aliasName: "nobody", mountPath: "userpass" }).withResponse();
    expect(response.status).toBe(204);
    expect(await stronghold.lookup.entity({ name: "alice" })).toMatchObject({ id: entity.id });
    // the lookups ran in the client's namespace, the sys/auth reads too
    expect(
      mocks.requests.filter((r) => r.operationId === "listAuthMethods").every((r) => r.namespace === "team-a"),
    ).toBe(true);
  });

  it("an unknown mount path is an UnknownMountError listing what is enabled", async () => {
    const error = (await rejectionOf(
      client().lookup.entity({ aliasName: "x", mountPath: "ldap" }),
    )) as UnknownMountError;
    expect(error).toBeInstanceOf(UnknownMountError);
    expect(error.mountPath).toBe("ldap");
    expect(error.available).toContain("approle/");
    expect(mocks.requests.filter((r) => r.operationId === "lookupEntity")).toHaveLength(0);
  });

  it("needs exactly one of mountPath and mountAccessor", async () => {
    const error = (await rejectionOf(client().lookup.entity({ aliasName: "x" }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]?.message).toBe("give exactly one of mountAccessor and mountPath");
  });

  it("finds a group by its alias", async () => {
    const stronghold = client();
    const external = await stronghold.groups.create({ name: "ldap-admins", type: "external" });
    const accessor = await stronghold.sys.mountAccessor({ path: "jwt" });
    await stronghold.groupAliases.create({ name: "admins", mount_accessor: accessor, canonical_id: external.id });
    const group = await stronghold.lookup.group({ aliasName: "admins", mountPath: "jwt" });
    expect(group?.name).toBe("ldap-admins");
    expect(group?.alias).toMatchObject({ name: "admins", mount_type: "jwt" });
  });
});

describe("groups.addMember / removeMember", () => {
  it("adds and removes without touching other members or fields", async () => {
    const stronghold = client();
    const [a, b, c] = await Promise.all(["a", "b", "c"].map((name) => stronghold.entities.upsertByName({ name })));
    const sub = await stronghold.groups.create({ name: "sub" });
    await stronghold.groups.create({ name: "ops", policies: ["ops"], member_entity_ids: [a?.id as string] });
    const added = await stronghold.groups.addMember({
      groupName: "ops",
      entityIds: [b?.id as string, c?.id as string],
      memberGroupIds: sub.id,
    });
    expect(added.member_entity_ids).toEqual([a?.id, b?.id, c?.id]);
    expect(added.member_group_ids).toEqual([sub.id]);
    expect(added.policies).toEqual(["ops"]);
    const removed = await stronghold.groups.removeMember({ groupId: added.id as string, entityIds: a?.id as string });
    expect(removed.member_entity_ids).toEqual([b?.id, c?.id]);
    expect(removed.member_group_ids).toEqual([sub.id]);
  });

  it("does not write when nothing changes", async () => {
    const stronghold = client();
    const a = await stronghold.entities.upsertByName({ name: "a" });
    await stronghold.groups.create({ name: "ops", member_entity_ids: [a.id as string] });
    await stronghold.groups.addMember({ groupName: "ops", entityIds: a.id as string });
    expect(mocks.requests.filter((r) => r.operationId === "updateGroupById")).toHaveLength(0);
  });

  it("concurrent changes from one program are all kept", async () => {
    const stronghold = client();
    const entities = await Promise.all(
      Array.from({ length: 8 }, (_, i) => stronghold.entities.upsertByName({ name: `m${i}` })),
    );
    const group = await stronghold.groups.create({ name: "many" });
    await Promise.all(
      entities.map((e) => stronghold.groups.addMember({ groupId: group.id, entityIds: e.id as string })),
    );
    const stored = await stronghold.groups.readById({ id: group.id });
    expect(new Set(stored.member_entity_ids)).toEqual(new Set(entities.map((e) => e.id)));
  });

  it("a change another writer overwrote between read and write is applied again", async () => {
    const stronghold = client();
    const [a, b] = await Promise.all(["a", "b"].map((name) => stronghold.entities.upsertByName({ name })));
    const group = await stronghold.groups.create({ name: "raced" });
    // another writer replaces the member list right after this client's first write
    const stored = mocks.state.namespaces.get("")?.groups.get(group.id);
    if (!stored) throw new Error("no group");
    let members = stored.memberEntityIds;
    let writes = 0;
    Object.defineProperty(stored, "memberEntityIds", {
      get: () => members,
      set: (value: string[]) => {
        members = writes++ === 0 ? [b?.id as string] : value;
      },
      configurable: true,
    });
    const result = await stronghold.groups.addMember({ groupId: group.id, entityIds: a?.id as string });
    // applied again on top of the other writer's list: both changes are there
    expect(result.member_entity_ids).toEqual([b?.id, a?.id]);
    expect(mocks.requests.filter((r) => r.operationId === "updateGroupById")).toHaveLength(2);
  });

  it("gives up with a MembershipConflictError when the list keeps being replaced", async () => {
    const stronghold = client();
    const a = await stronghold.entities.upsertByName({ name: "a" });
    const group = await stronghold.groups.create({ name: "contested" });
    const stored = mocks.state.namespaces.get("")?.groups.get(group.id);
    if (!stored) throw new Error("no group");
    // every write is undone at once, as if another writer always won
    Object.defineProperty(stored, "memberEntityIds", { get: () => [], set: () => undefined, configurable: true });
    const error = (await rejectionOf(
      stronghold.groups.addMember({ groupId: group.id, entityIds: a.id as string }),
    )) as MembershipConflictError;
    expect(error).toBeInstanceOf(MembershipConflictError);
    expect(error.attempts).toBe(5);
    expect(mocks.requests.filter((r) => r.operationId === "updateGroupById")).toHaveLength(5);
  });

  it("refuses member entities for an external group, and bad input before sending", async () => {
    const stronghold = client();
    await stronghold.groups.create({ name: "ext", type: "external" });
    const error = await rejectionOf(stronghold.groups.addMember({ groupName: "ext", entityIds: "e" }));
    expect(error).toBeInstanceOf(TrustplaneError);
    expect((error as Error).message).toContain("external");
    const both = (await rejectionOf(
      stronghold.groups.addMember({ groupName: "x", groupId: "y", entityIds: "e" }),
    )) as ValidationError;
    expect(both.issues[0]?.path).toBe("groupId");
    const none = (await rejectionOf(stronghold.groups.removeMember({ groupName: "x" }))) as ValidationError;
    expect(none.issues[0]?.message).toBe("give entityIds or memberGroupIds");
  });
});

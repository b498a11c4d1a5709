import { describe, expectTypeOf, it } from "vitest";
import type {
  ApiPromise,
  AppRoleOptions,
  components,
  EntityListItem,
  GroupMembershipInput,
  JwtOptions,
  KubernetesOptions,
  LookupByAliasInput,
  MergeEntitiesInput,
  Paged,
  StrongholdClient,
  StrongholdClientOptions,
  UpsertEntityInput,
  UserpassOptions,
  WrapCallOptions,
  WrapInfo,
} from "../src/index.js";
import { appRole, createStrongholdClient, token } from "../src/index.js";
import type { StrongholdMocksOptions } from "../src/mocks/index.js";

declare const client: StrongholdClient;
type Schemas = components["schemas"];

/** The optional keys of T. */
type OptionalKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T];
/** T with every field required; `-?` drops only the "may be missing", not a declared `| undefined`. */
type Present<T> = { [K in keyof T]-?: T[K] };
/** Optional keys of T that refuse an explicit undefined (should be none). */
type RefusingUndefined<T> = T extends unknown
  ? { [K in OptionalKeys<T>]-?: undefined extends Present<T>[K] ? never : K }[OptionalKeys<T>]
  : never;

describe("generated Stronghold method types", () => {
  it("readById takes { id } and answers the unwrapped data", () => {
    expectTypeOf(client.entities.readById).parameter(0).toMatchTypeOf<{ id: string }>();
    // @ts-expect-error id is required
    client.entities.readById({});
    expectTypeOf(client.entities.readById({ id: "e" })).toEqualTypeOf<ApiPromise<Schemas["EntityResponse"]["data"]>>();
  });

  it("key lists page strings", () => {
    expectTypeOf(client.entities.listById()).toEqualTypeOf<Paged<string>>();
  });
});

describe("hand-written helpers on the same resource objects", () => {
  it("entities: upsertByName answers the entity, merge takes { from, to } or the API's fields", () => {
    expectTypeOf(client.entities.upsertByName({ name: "n" })).toEqualTypeOf<ApiPromise<Schemas["EntityData"]>>();
    client.entities.merge({ from: ["a"], to: "b" });
    client.entities.merge({ from_entity_ids: ["a"], to_entity_id: "b" });
    // @ts-expect-error `to` is required
    client.entities.merge({ from: "a" });
    expectTypeOf(client.entities.listByIdDetailed()).toEqualTypeOf<Paged<EntityListItem>>();
    expectTypeOf<EntityListItem["key"]>().toEqualTypeOf<string>();
    expectTypeOf<EntityListItem["name"]>().toEqualTypeOf<string | undefined>();
  });

  it("lookup.entity takes an alias with a mount path or accessor", () => {
    client.lookup.entity({ aliasName: "alice", mountPath: "userpass" });
    client.lookup.entity({ aliasName: "alice", mountAccessor: "auth_userpass_1" });
    client.lookup.entity({ alias_name: "alice", alias_mount_accessor: "auth_userpass_1" });
    expectTypeOf<LookupByAliasInput["aliasName"]>().toEqualTypeOf<string>();
  });

  it("groups.addMember answers the stored group; sys.mountAccessor a string", () => {
    expectTypeOf(client.groups.addMember({ groupName: "g", entityIds: "e" })).toEqualTypeOf<
      ApiPromise<Schemas["GroupData"]>
    >();
    expectTypeOf(client.sys.mountAccessor({ path: "approle" })).toEqualTypeOf<ApiPromise<string>>();
  });

  it("wrapping: wrapped() answers wrap_info, unwrap() the held response", () => {
    expectTypeOf(client.wrapped({ wrapTtl: "5m" }, (o) => client.token.lookupSelf({}, o))).toEqualTypeOf<
      ApiPromise<WrapInfo>
    >();
    expectTypeOf(client.unwrap<{ secret_id: string }>("t"))
      .resolves.toHaveProperty("data")
      .toEqualTypeOf<{ secret_id: string } | null | undefined>();
  });

  it("options: auth may be a login, a token, a core provider or false", () => {
    createStrongholdClient({ address: "https://v", auth: appRole({ roleId: "r" }) });
    createStrongholdClient({ address: "https://v", auth: token(() => "t") });
    createStrongholdClient({ address: "https://v", auth: false });
    createStrongholdClient();
    // @ts-expect-error auth is not a string
    createStrongholdClient({ address: "https://v", auth: "hvs.token" });
  });
});

describe("exactOptionalPropertyTypes", () => {
  it("every optional field of the public option and input types accepts undefined", () => {
    expectTypeOf<RefusingUndefined<{ a?: string; b?: string | undefined }>>().toEqualTypeOf<"a">();
    expectTypeOf<RefusingUndefined<StrongholdClientOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<AppRoleOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<UserpassOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<JwtOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<KubernetesOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<UpsertEntityInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<MergeEntitiesInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<GroupMembershipInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<LookupByAliasInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<WrapCallOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<StrongholdMocksOptions>>().toEqualTypeOf<never>();
  });
});

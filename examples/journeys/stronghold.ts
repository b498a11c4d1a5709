import { appRole, createStrongholdClient } from "@trustplane/stronghold";
import { connectionStrings, type Journey } from "../journey.js";

export default {
  name: "stronghold",
  title:
    "Stronghold: AppRole login, an entity with aliases on two mounts, a group, lookup by alias, a merge, an OIDC provider",
  prefix: "stronghold",
  async run({ connection, log }) {
    const c = connectionStrings(connection, ["address", "namespace", "roleId", "secretId"]);
    const check = (ok: boolean, what: string) => {
      if (!ok) throw new Error(what);
    };

    // Everything below runs in one namespace; the AppRole login happens on the first call and its
    // token is renewed or replaced by itself.
    const stronghold = createStrongholdClient({
      address: c.address,
      namespace: c.namespace,
      auth: appRole({ roleId: c.roleId, secretId: c.secretId }),
      env: false,
    });
    // The discovery endpoints need no token: a client without one reads them.
    const anonymous = createStrongholdClient({ address: c.address, namespace: c.namespace, auth: false, env: false });
    try {
      // 1. Log in with AppRole.
      const self = await stronghold.token.lookupSelf();
      log(
        `appRole login -> ${self.display_name}, policies ${self.policies.join(", ")}, ttl ${self.ttl} s, namespace ${self.namespace_path}`,
      );
      check(self.namespace_path === `${c.namespace}/`, "the token is not from the namespace");

      // 2. An entity with aliases on two auth mounts (accessors read from sys/auth).
      const [userpassAccessor, jwtAccessor] = await Promise.all([
        stronghold.sys.mountAccessor({ path: "userpass" }),
        stronghold.sys.mountAccessor({ path: "jwt" }),
      ]);
      const alice = await stronghold.entities.upsertByName({
        name: "alice",
        policies: ["dev"],
        metadata: { team: "platform" },
      });
      const aliceId = alice.id ?? "";
      await stronghold.entityAliases.create({ name: "alice", mount_accessor: userpassAccessor, canonical_id: aliceId });
      await stronghold.entityAliases.create({
        name: "alice@example.com",
        mount_accessor: jwtAccessor,
        canonical_id: aliceId,
      });
      log(
        `entities.upsertByName -> alice ${aliceId.slice(0, 8)}…, aliases on userpass (${userpassAccessor}) and jwt (${jwtAccessor})`,
      );

      // A second entity for the same person (say, from an old laptop login), to merge later.
      const laptop = await stronghold.entities.upsertByName({ name: "alice-laptop", policies: ["laptop"] });
      const laptopId = laptop.id ?? "";
      await stronghold.entityAliases.create({
        name: "alice-laptop",
        mount_accessor: await stronghold.sys.mountAccessor({ path: "kubernetes" }),
        canonical_id: laptopId,
      });

      // 3. A group with members.
      await stronghold.groups.create({ name: "platform", policies: ["platform"], member_entity_ids: [aliceId] });
      const group = await stronghold.groups.addMember({ groupName: "platform", entityIds: laptopId });
      log(`groups.addMember -> platform has ${group.member_entity_ids?.length} members`);
      check(group.member_entity_ids?.length === 2, "the group should have two members");

      // 4. Look the entity up by alias (the mount path is resolved to its accessor).
      const found = await stronghold.lookup.entity({ aliasName: "alice", mountPath: "userpass" });
      log(
        `lookup.entity({ aliasName: "alice", mountPath: "userpass" }) -> ${found?.name} (${found?.aliases?.length} aliases)`,
      );
      check(found?.id === aliceId, "lookup by alias did not find alice");

      // 5. Merge the duplicate into alice: aliases, policies and group membership move.
      await stronghold.entities.merge({ from: laptopId, to: aliceId });
      const merged = await stronghold.entities.readById({ id: aliceId });
      const members = (await stronghold.groups.readByName({ name: "platform" })).member_entity_ids ?? [];
      log(
        `entities.merge -> alice has ${merged.aliases?.length} aliases, policies ${merged.policies?.join(", ")}; platform members ${members.length}`,
      );
      check(
        merged.aliases?.length === 3 && merged.merged_entity_ids?.includes(laptopId) === true,
        "the merge did not move the alias",
      );
      check(members.length === 1 && members[0] === aliceId, "the group still names the merged entity");
      const names = await stronghold.entities.listByNameDetailed().toArray();
      log(
        `entities.listByNameDetailed -> ${names.map((e) => `${e.key} (${e.aliases?.length ?? 0} aliases)`).join(", ")}`,
      );

      // 6. An OIDC provider for the platform group, and its discovery document.
      await stronghold.oidc.writeKey({ name: "portal", algorithm: "ES256", allowed_client_ids: ["*"] });
      await stronghold.oidcProviders.writeScope({
        name: "groups",
        template: '{"groups": {{identity.entity.groups.names}}}',
      });
      await stronghold.oidcProviders.writeAssignment({ name: "platform", group_ids: [group.id ?? ""] });
      await stronghold.oidcProviders.writeClient({
        name: "portal",
        key: "portal",
        redirect_uris: ["https://portal.example.com/callback"],
        assignments: ["platform"],
      });
      const portal = await stronghold.oidcProviders.readClient({ name: "portal" });
      await stronghold.oidcProviders.write({
        name: "corp",
        allowed_client_ids: [portal.client_id ?? ""],
        scopes_supported: ["groups"],
      });
      const { configuration, keys } = await anonymous.oidcProviders.discover({ name: "corp" });
      log(`oidcProviders.discover("corp") -> issuer ${configuration.issuer}`);
      log(
        `  scopes ${configuration.scopes_supported?.join(", ")}; ${keys.keys.length} signing key (${keys.keys[0]?.alg})`,
      );
      check(
        configuration.issuer?.endsWith(`/v1/${c.namespace}/identity/oidc/provider/corp`) === true,
        "unexpected issuer",
      );
      check(keys.keys.length === 1 && keys.keys[0]?.alg === "ES256", "the provider publishes no key");
    } finally {
      await stronghold.close();
      await anonymous.close();
    }
  },
} satisfies Journey;

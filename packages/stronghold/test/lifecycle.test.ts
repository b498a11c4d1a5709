/**
 * Create, read, update, list and delete of every object through its named method against the
 * fake: what a user's code does with each resource, each step checked by reading back.
 */
import { describe, expect, it } from "vitest";
import { BadRequestError, createStrongholdClient, NotFoundError, PermissionDeniedError, token } from "../src/index.js";
import { rejectionOf, setupFake } from "./helpers.js";

const { mocks, client } = setupFake();

describe("auth and token operations as methods", () => {
  it("auth.login / loginUserpass return a token; token.revokeSelf ends it", async () => {
    const anonymous = createStrongholdClient({ address: mocks.address, auth: false, env: false, logLevel: "off" });
    const approle = await anonymous.auth.login({
      mount: "approle",
      body: { role_id: mocks.approle.roleId, secret_id: mocks.approle.secretId },
    });
    expect(approle.auth.client_token).toMatch(/^hvs\./);
    expect(approle.auth.lease_duration).toBe(3600);
    const user = await anonymous.auth.loginUserpass({
      mount: "userpass",
      username: "ALICE",
      password: mocks.userpass.password,
    });
    expect(user.auth.metadata).toEqual({ username: "alice" });
    const stronghold = createStrongholdClient({
      address: mocks.address,
      auth: token(user.auth.client_token as string),
      env: false,
      logLevel: "off",
      maxRetries: 0,
    });
    await stronghold.token.revokeSelf();
    await expect(stronghold.token.lookupSelf()).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it("sys.readAuthMethod reads one mount; an unknown path is a 400", async () => {
    const stronghold = client();
    expect(await stronghold.sys.readAuthMethod({ path: "approle" })).toMatchObject({
      type: "approle",
      accessor: expect.stringMatching(/^auth_approle_/),
    });
    await expect(stronghold.sys.readAuthMethod({ path: "nope" })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe("entities and aliases", () => {
  it("entities: updateById, deleteById, batchDelete", async () => {
    const stronghold = client();
    const a = await stronghold.entities.create({ name: "a" });
    await stronghold.entities.updateById({ id: a.id, policies: ["p1"], metadata: { k: "v" } });
    expect(await stronghold.entities.readById({ id: a.id })).toMatchObject({ policies: ["p1"], metadata: { k: "v" } });
    await stronghold.entities.deleteById({ id: a.id });
    await expect(stronghold.entities.readById({ id: a.id })).rejects.toBeInstanceOf(NotFoundError);
    const b = await stronghold.entities.create({ name: "b" });
    const c = await stronghold.entities.create({ name: "c" });
    await stronghold.entities.batchDelete({ entity_ids: [b.id, c.id] });
    expect(await stronghold.entities.listByName().toArray()).not.toEqual(expect.arrayContaining(["b", "c"]));
  });

  it("entity aliases: updateById moves an alias, deleteById removes it", async () => {
    const stronghold = client();
    const accessor = await stronghold.sys.mountAccessor({ path: "userpass" });
    const [one, two] = await Promise.all([
      stronghold.entities.create({ name: "one" }),
      stronghold.entities.create({ name: "two" }),
    ]);
    const alias = await stronghold.entityAliases.create({ name: "u", mount_accessor: accessor, canonical_id: one.id });
    await stronghold.entityAliases.updateById({
      id: alias.id,
      canonical_id: two.id,
      custom_metadata: { source: "hr" },
    });
    expect(await stronghold.entityAliases.readById({ id: alias.id })).toMatchObject({
      canonical_id: two.id,
      custom_metadata: { source: "hr" },
    });
    await stronghold.entityAliases.deleteById({ id: alias.id });
    await expect(stronghold.entityAliases.readById({ id: alias.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("legacy aliases and personas: the whole life cycle", async () => {
    const stronghold = client();
    const accessor = await stronghold.sys.mountAccessor({ path: "userpass" });
    const entity = await stronghold.entities.create({ name: "legacy" });
    const alias = await stronghold.legacyAliases.createAlias({
      name: "old",
      mount_accessor: accessor,
      canonical_id: entity.id,
    });
    await stronghold.legacyAliases.updateAliasById({ id: alias.id, name: "older" });
    expect((await stronghold.legacyAliases.readAliasById({ id: alias.id })).name).toBe("older");
    await stronghold.legacyAliases.deleteAliasById({ id: alias.id });
    const jwtAccessor = await stronghold.sys.mountAccessor({ path: "jwt" });
    const persona = await stronghold.legacyAliases.createPersona({
      name: "p",
      mount_accessor: jwtAccessor,
      entity_id: entity.id,
    });
    await stronghold.legacyAliases.updatePersonaById({ id: persona.id, metadata: { via: "persona" } });
    expect(await stronghold.legacyAliases.readPersonaById({ id: persona.id })).toMatchObject({
      name: "p",
      metadata: { via: "persona" },
    });
    // personas are entity aliases: the list also holds the alias the AppRole login made
    expect(await stronghold.legacyAliases.listPersonasById().toArray()).toContain(persona.id);
    await stronghold.legacyAliases.deletePersonaById({ id: persona.id });
    expect(await stronghold.legacyAliases.listPersonasById().toArray()).not.toContain(persona.id);
  });
});

describe("groups and group aliases", () => {
  it("groups: updateByName creates then updates; deleteById and deleteByName", async () => {
    const stronghold = client();
    const made = await stronghold.groups.updateByName({ name: "g1", policies: ["a"] });
    expect(made).toMatchObject({ id: expect.any(String), name: "g1" });
    await stronghold.groups.updateByName({ name: "g1", policies: ["b"] });
    expect((await stronghold.groups.readByName({ name: "g1" })).policies).toEqual(["b"]);
    await stronghold.groups.deleteByName({ name: "g1" });
    const g2 = await stronghold.groups.create({ name: "g2" });
    await stronghold.groups.deleteById({ id: g2.id });
    expect(await stronghold.groups.listByName().toArray()).toEqual([]);
  });

  it("group aliases: only on external groups; update and delete", async () => {
    const stronghold = client();
    const accessor = await stronghold.sys.mountAccessor({ path: "jwt" });
    const internal = await stronghold.groups.create({ name: "internal" });
    const refused = await rejectionOf(
      stronghold.groupAliases.create({ name: "x", mount_accessor: accessor, canonical_id: internal.id }),
    );
    expect((refused as Error).message).toContain("internal group");
    const external = await stronghold.groups.create({ name: "external", type: "external" });
    const alias = await stronghold.groupAliases.create({
      name: "devs",
      mount_accessor: accessor,
      canonical_id: external.id,
    });
    await stronghold.groupAliases.updateById({ id: alias.id, name: "developers" });
    expect(await stronghold.groupAliases.readById({ id: alias.id })).toMatchObject({
      name: "developers",
      canonical_id: external.id,
    });
    expect(await stronghold.groupAliases.listById().toArray()).toEqual([alias.id]);
    await stronghold.groupAliases.deleteById({ id: alias.id });
    expect(await stronghold.groupAliases.listById().toArray()).toEqual([]);
  });
});

describe("MFA", () => {
  it("updates and deletes methods of each type; lists by type; a user generates their own TOTP secret", async () => {
    const stronghold = client();
    const totp = await stronghold.mfaMethods.createTotpMethod({ issuer: "Example" });
    const duo = await stronghold.mfaMethods.createDuoMethod({
      api_hostname: "h",
      integration_key: "i",
      secret_key: "s",
    });
    const settings = Buffer.from("idp_url=https://idp\norg_alias=org\n").toString("base64");
    const ping = await stronghold.mfaMethods.createPingIdMethod({ settings_file_base64: settings });
    const okta = await stronghold.mfaMethods.createOktaMethod({ org_name: "o", api_token: "t" });
    await stronghold.mfaMethods.updateTotpMethod({ method_id: totp.method_id, issuer: "Renamed", period: "60s" });
    expect(await stronghold.mfaMethods.readTotpMethod({ method_id: totp.method_id })).toMatchObject({
      issuer: "Renamed",
      period: 60,
    });
    await stronghold.mfaMethods.updateDuoMethod({
      method_id: duo.method_id,
      api_hostname: "h2",
      integration_key: "i",
      secret_key: "s",
    });
    expect((await stronghold.mfaMethods.readDuoMethod({ method_id: duo.method_id })).api_hostname).toBe("h2");
    const settings2 = Buffer.from("idp_url=https://idp2\norg_alias=org2\n").toString("base64");
    await stronghold.mfaMethods.updatePingIdMethod({ method_id: ping.method_id, settings_file_base64: settings2 });
    expect((await stronghold.mfaMethods.readPingIdMethod({ method_id: ping.method_id })).org_alias).toBe("org2");
    expect(await stronghold.mfaMethods.listTotpMethods().toArray()).toEqual([totp.method_id]);
    expect(await stronghold.mfaMethods.listDuoMethods().toArray()).toEqual([duo.method_id]);
    expect(await stronghold.mfaMethods.listPingIdMethods().toArray()).toEqual([ping.method_id]);

    // the calling token's entity generates its own secret, once
    const secret = await stronghold.mfaTotpSecrets.generate({ method_id: totp.method_id });
    expect(secret?.url).toMatch(/^otpauth:\/\/totp\/Renamed:/);

    await stronghold.mfaMethods.deleteTotpMethod({ method_id: totp.method_id });
    await stronghold.mfaMethods.deletePingIdMethod({ method_id: ping.method_id });
    await stronghold.mfaMethods.deleteOktaMethod({ method_id: okta.method_id });
    expect(await stronghold.mfaMethods.list().toArray()).toEqual([duo.method_id]);
  });
});

describe("OIDC", () => {
  it("identity-token config, keys and roles: read, list, delete", async () => {
    const stronghold = client();
    await stronghold.oidc.configure({ issuer: "https://sso.example.com" });
    expect(await stronghold.oidc.readConfig()).toEqual({ issuer: "https://sso.example.com" });
    expect((await stronghold.oidc.readOpenIdConfiguration()).issuer).toBe("https://sso.example.com/v1/identity/oidc");
    await stronghold.oidc.writeKey({ name: "k", rotation_period: "1h" });
    expect(await stronghold.oidc.readKey({ name: "k" })).toMatchObject({ algorithm: "RS256", rotation_period: 3600 });
    expect((await stronghold.oidc.listKeys().toArray()).sort()).toEqual(["default", "k"]);
    await stronghold.oidc.writeRole({ name: "r", key: "k", client_id: "aud-1" });
    expect(await stronghold.oidc.readRole({ name: "r" })).toMatchObject({ key: "k", client_id: "aud-1", ttl: 86400 });
    expect(await stronghold.oidc.listRoles().toArray()).toEqual(["r"]);
    await stronghold.oidc.deleteRole({ name: "r" });
    expect(await stronghold.oidc.listRoles().toArray()).toEqual([]);
  });

  it("provider objects: scopes, assignments, clients, providers; authorize by POST; userinfo by POST", async () => {
    const stronghold = client();
    const self = await stronghold.token.lookupSelf();
    await stronghold.oidcProviders.writeScope({
      name: "email",
      template: '{"email": {{identity.entity.metadata.email}}}',
      description: "mail",
    });
    expect(await stronghold.oidcProviders.readScope({ name: "email" })).toMatchObject({ description: "mail" });
    expect(await stronghold.oidcProviders.listScopes().toArray()).toEqual(["email"]);
    await stronghold.entities.updateById({ id: self.entity_id, metadata: { email: "ci@example.com" } });
    await stronghold.oidcProviders.writeAssignment({ name: "a", entity_ids: [self.entity_id] });
    expect(await stronghold.oidcProviders.readAssignment({ name: "a" })).toEqual({
      entity_ids: [self.entity_id],
      group_ids: [],
    });
    expect((await stronghold.oidcProviders.listAssignments().toArray()).sort()).toEqual(["a", "allow_all"]);
    await stronghold.oidcProviders.writeClient({ name: "c", redirect_uris: ["https://c/cb"], assignments: ["a"] });
    const c = await stronghold.oidcProviders.readClient({ name: "c" });
    await stronghold.oidcProviders.write({
      name: "p",
      allowed_client_ids: [c.client_id as string],
      scopes_supported: ["email"],
    });
    expect(await stronghold.oidcProviders.read({ name: "p" })).toMatchObject({
      scopes_supported: ["email"],
      issuer: `${mocks.apiUrl}/identity/oidc/provider/p`,
    });
    const { code } = await stronghold.oidcProviders.authorizeWithParameters({
      name: "p",
      client_id: c.client_id as string,
      redirect_uri: "https://c/cb",
      response_type: "code",
      scope: "openid email",
    });
    const tokens = await stronghold.oidcProviders.exchangeToken({
      name: "p",
      grant_type: "authorization_code",
      code,
      redirect_uri: "https://c/cb",
      client_id: c.client_id as string,
      client_secret: c.client_secret as string,
    });
    const info = await stronghold.oidcProviders.readUserInfoWithPost(
      { name: "p" },
      { headers: { authorization: `Bearer ${tokens.access_token}` } },
    );
    expect(info).toEqual({ sub: self.entity_id, email: "ci@example.com" });
    // a scope a provider uses cannot go; then every object is deleted
    await expect(stronghold.oidcProviders.deleteScope({ name: "email" })).rejects.toBeInstanceOf(BadRequestError);
    await stronghold.oidcProviders.delete({ name: "p" });
    await stronghold.oidcProviders.deleteScope({ name: "email" });
    await stronghold.oidcProviders.deleteClient({ name: "c" });
    await stronghold.oidcProviders.deleteAssignment({ name: "a" });
    expect(await stronghold.oidcProviders.listScopes().toArray()).toEqual([]);
    expect(await stronghold.oidcProviders.listClients().toArray()).toEqual([]);
    expect(await stronghold.oidcProviders.listAssignments().toArray()).toEqual(["allow_all"]);
    await expect(stronghold.oidcProviders.read({ name: "p" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

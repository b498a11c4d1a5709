import { createHash, randomBytes } from "node:crypto";
import { decodeJwt, verifyJwt } from "@trustplane/testing";
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  createStrongholdClient,
  NotFoundError,
  operationTable,
  PermissionDeniedError,
  token,
} from "../src/index.js";
import { sandboxMocks } from "../src/mocks/index.js";
import { rejectionOf, setupFake } from "./helpers.js";

const { mocks, client } = setupFake();
const root = () =>
  createStrongholdClient({ address: mocks.address, auth: token(mocks.rootToken), env: false, logLevel: "off" });

describe("the fake answers every operation", () => {
  it("with a handler of its own for each of the spec's operations (none falls to the catch-all)", async () => {
    const unanswered: string[] = [];
    for (const [id, info] of Object.entries(operationTable)) {
      const path = info.path.replace(/\{[^}]+\}/g, "probe-1");
      const query = "pagination" in info ? "?list=true" : "";
      const init: RequestInit = { method: info.method, headers: { "x-vault-token": mocks.rootToken } };
      if (info.method === "POST") init.body = "{}";
      const response = await getResponse(mocks.handlers, new Request(`${mocks.apiUrl}${path}${query}`, init));
      if (!response || response.headers.get("x-trustplane-fake") === "unhandled") unanswered.push(id);
      else expect(response.status, id).toBeLessThan(500);
    }
    expect(unanswered).toEqual([]);
    expect(Object.keys(operationTable)).toHaveLength(120);
  });

  it("marks unknown routes as unhandled, with Vault's error body", async () => {
    const response = await getResponse(mocks.handlers, new Request(`${mocks.apiUrl}/secret/data/x`));
    if (!response) throw new Error("no answer");
    expect(response.status).toBe(404);
    expect(response.headers.get("x-trustplane-fake")).toBe("unhandled");
    expect(((await response.json()) as { errors: string[] }).errors[0]).toContain("unsupported path");
  });

  it("sandboxMocks serves the same fake under a base URL, with demo credentials", async () => {
    const { handlers, connection } = sandboxMocks("http://127.0.0.1:9/stronghold");
    expect(connection).toMatchObject({
      address: "http://127.0.0.1:9/stronghold",
      namespace: "team-a",
      roleId: "demo-role-id",
    });
    const response = await getResponse(
      handlers,
      new Request("http://127.0.0.1:9/stronghold/v1/auth/approle/login", {
        method: "POST",
        headers: { "content-type": "application/json", "x-vault-namespace": "team-a" },
        body: JSON.stringify({ role_id: connection.roleId, secret_id: connection.secretId }),
      }),
    );
    if (!response) throw new Error("no answer");
    expect(((await response.json()) as { auth: { client_token: string } }).auth.client_token).toMatch(/^hvs\./);
  });
});

describe("tokens and namespaces", () => {
  it("keeps namespaces apart; a token works in its namespace and the ones below", async () => {
    const stronghold = root();
    await stronghold.withNamespace("team-a").entities.upsertByName({ name: "only-in-a" });
    expect(await stronghold.withNamespace("team-b").entities.listByName().toArray()).toEqual([]);
    expect(await stronghold.withNamespace("team-a").entities.listByName().toArray()).toEqual(["only-in-a"]);
    const teamA = mocks.control.issueToken({ namespace: "team-a" });
    const scoped = createStrongholdClient({ address: mocks.address, auth: token(teamA), env: false, logLevel: "off" });
    await scoped.withNamespace("team-a/dev").entities.create({ name: "child" });
    await expect(scoped.withNamespace("team-b").entities.create({ name: "x" })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
  });

  it("answers 403 permission denied for an expired token, and 503 while sealed", async () => {
    const shortLived = mocks.control.issueToken({ ttlSeconds: 1 });
    const stronghold = createStrongholdClient({
      address: mocks.address,
      auth: token(shortLived),
      env: false,
      logLevel: "off",
      maxRetries: 0,
    });
    await stronghold.token.lookupSelf();
    mocks.control.expireTokens();
    const error = await rejectionOf(stronghold.token.lookupSelf());
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toContain("permission denied");
    mocks.control.seal();
    const sealed = await rejectionOf(root().withOptions({ maxRetries: 0 }).token.lookupSelf());
    expect((sealed as Error).message).toContain("Vault is sealed");
  });

  it("serves the fault admin route over HTTP", async () => {
    const posted = await fetch(mocks.faultsUrl, {
      method: "POST",
      body: JSON.stringify({ kind: "status", status: 429, times: 1, match: "/identity/entity" }),
    });
    expect(posted.status).toBe(201);
    expect(mocks.faults.pending).toBe(1);
  });
});

describe("MFA", () => {
  it("keeps methods of each type, never sends secrets back, and manages TOTP secrets", async () => {
    const stronghold = root();
    const totp = await stronghold.mfaMethods.createTotpMethod({ issuer: "Example", method_name: "otp", digits: 8 });
    const okta = await stronghold.mfaMethods.createOktaMethod({ org_name: "example", api_token: "okta-secret" });
    const duo = await stronghold.mfaMethods.createDuoMethod({
      api_hostname: "api.duo",
      integration_key: "ik",
      secret_key: "duo-secret",
      push_info: "x",
    });
    const settings = Buffer.from("use_signature=true\nidp_url=https://idp\norg_alias=org\n").toString("base64");
    const ping = await stronghold.mfaMethods.createPingIdMethod({ settings_file_base64: settings });
    expect(await stronghold.mfaMethods.readTotpMethod({ method_id: totp.method_id })).toMatchObject({
      type: "totp",
      digits: 8,
      period: 30,
    });
    const readOkta = await stronghold.mfaMethods.read({ method_id: okta.method_id });
    expect(JSON.stringify(readOkta)).not.toContain("okta-secret");
    expect(await stronghold.mfaMethods.readDuoMethod({ method_id: duo.method_id })).toMatchObject({ pushinfo: "x" });
    expect(await stronghold.mfaMethods.readPingIdMethod({ method_id: ping.method_id })).toMatchObject({
      org_alias: "org",
      use_signature: true,
    });
    await expect(stronghold.mfaMethods.createTotpMethod({ issuer: "x", digits: 7 as 6 })).rejects.toBeInstanceOf(Error);
    await stronghold.mfaMethods.updateOktaMethod({ method_id: okta.method_id, org_name: "renamed", api_token: "t" });
    expect((await stronghold.mfaMethods.readOktaMethod({ method_id: okta.method_id })).org_name).toBe("renamed");
    expect((await stronghold.mfaMethods.list().toArray()).sort()).toEqual(
      [totp.method_id, okta.method_id, duo.method_id, ping.method_id].sort(),
    );

    const entity = await stronghold.entities.upsertByName({ name: "mfa-user" });
    const secret = await stronghold.mfaTotpSecrets.adminGenerate({
      method_id: totp.method_id,
      entity_id: entity.id as string,
    });
    expect(secret?.url).toMatch(/^otpauth:\/\/totp\/Example:mfa-user\?.*digits=8/);
    const again = await stronghold.mfaTotpSecrets
      .adminGenerate({ method_id: totp.method_id, entity_id: entity.id as string })
      .withResponse();
    expect((again.response.body as { warnings: string[] }).warnings[0]).toContain("already has a secret");
    await stronghold.mfaTotpSecrets.adminDestroy({ method_id: totp.method_id, entity_id: entity.id as string });
    await stronghold.mfaMethods.deleteDuoMethod({ method_id: duo.method_id });
    await expect(stronghold.mfaMethods.readDuoMethod({ method_id: duo.method_id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("login enforcements need a method and a target", async () => {
    const stronghold = root();
    const { method_id } = await stronghold.mfaMethods.createTotpMethod({ issuer: "Example" });
    const error = await rejectionOf(stronghold.mfaLoginEnforcements.write({ name: "e", mfa_method_ids: [method_id] }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain("auth_method_accessors");
    await stronghold.mfaLoginEnforcements.write({
      name: "e",
      mfa_method_ids: [method_id],
      auth_method_types: ["userpass"],
    });
    expect(await stronghold.mfaLoginEnforcements.read({ name: "e" })).toMatchObject({
      auth_method_types: ["userpass"],
    });
    await stronghold.mfaLoginEnforcements.delete({ name: "e" });
    expect(await stronghold.mfaLoginEnforcements.list().toArray()).toEqual([]);
  });
});

describe("OIDC", () => {
  it("identity tokens: signed with the role's key, verifiable with the published keys, introspected, rotated", async () => {
    const stronghold = client();
    await stronghold.oidc.writeKey({ name: "k", algorithm: "ES256", allowed_client_ids: ["*"] });
    await stronghold.oidc.writeRole({
      name: "r",
      key: "k",
      ttl: "10m",
      template: '{"nick": {{identity.entity.name}}}',
    });
    const minted = await stronghold.oidc.generateToken({ name: "r" });
    const self = await stronghold.token.lookupSelf();
    const jwks = await stronghold.oidc.readPublicKeys();
    const claims = verifyJwt(minted.token, jwks.keys[0] as Record<string, unknown>).claims;
    expect(claims).toMatchObject({
      sub: self.entity_id,
      aud: minted.client_id,
      nick: expect.stringMatching(/^entity_/),
    });
    expect(claims.exp).toBe((claims.iat as number) + 600);
    expect(await stronghold.oidc.introspectToken({ token: minted.token })).toEqual({ active: true });
    const discovery = await stronghold.oidc.readOpenIdConfiguration();
    expect(discovery.issuer).toBe(`${mocks.apiUrl}/identity/oidc`);
    await stronghold.oidc.rotateKey({ name: "k", verification_ttl: 60 });
    expect((await stronghold.oidc.readPublicKeys()).keys).toHaveLength(2);
    expect(await stronghold.oidc.introspectToken({ token: `${minted.token.slice(0, -4)}AAAA` })).toMatchObject({
      active: false,
    });
    await expect(stronghold.oidc.deleteKey({ name: "k" })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("the provider: authorize, exchange a code with PKCE, userinfo, and discovery without a token", async () => {
    const stronghold = client();
    const self = await stronghold.token.lookupSelf();
    await stronghold.oidcProviders.writeScope({ name: "profile", template: '{"name": {{identity.entity.name}}}' });
    await stronghold.oidcProviders.writeAssignment({ name: "me", entity_ids: [self.entity_id] });
    await stronghold.oidcProviders.writeClient({
      name: "web",
      redirect_uris: ["https://app.example.com/cb"],
      assignments: ["me"],
      client_type: "public",
    });
    const web = await stronghold.oidcProviders.readClient({ name: "web" });
    await stronghold.oidcProviders.write({
      name: "corp",
      allowed_client_ids: [web.client_id as string],
      scopes_supported: ["profile"],
    });
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const { code, state } = await stronghold.oidcProviders.authorize({
      name: "corp",
      client_id: web.client_id as string,
      redirect_uri: "https://app.example.com/cb",
      response_type: "code",
      scope: "openid profile",
      state: "s1",
      nonce: "n1",
      code_challenge: challenge,
      code_challenge_method: "S256",
    });
    expect(state).toBe("s1");
    const anonymous = createStrongholdClient({ address: mocks.address, auth: false, env: false, logLevel: "off" });
    const tokens = await anonymous.oidcProviders.exchangeToken({
      name: "corp",
      grant_type: "authorization_code",
      code,
      redirect_uri: "https://app.example.com/cb",
      client_id: web.client_id as string,
      code_verifier: verifier,
    });
    const { configuration, keys } = await anonymous.oidcProviders.discover({ name: "corp" });
    const idClaims = verifyJwt(tokens.id_token as string, keys.keys[0] as Record<string, unknown>, {
      issuer: configuration.issuer as string,
      audience: web.client_id as string,
    }).claims;
    expect(idClaims).toMatchObject({ sub: self.entity_id, nonce: "n1", name: expect.any(String) });
    const info = await anonymous.oidcProviders.readUserInfo(
      { name: "corp" },
      { headers: { authorization: `Bearer ${tokens.access_token}` } },
    );
    expect(info).toMatchObject({ sub: self.entity_id, name: decodeJwt(tokens.id_token as string).name });
    // codes are single use
    const reused = await rejectionOf(
      anonymous.oidcProviders.exchangeToken({
        name: "corp",
        grant_type: "authorization_code",
        code,
        redirect_uri: "https://app.example.com/cb",
        client_id: web.client_id as string,
        code_verifier: verifier,
      }),
    );
    expect(reused).toBeInstanceOf(BadRequestError);
    expect((reused as BadRequestError).code).toBe("invalid_grant");
  });
});

describe("legacy alias paths", () => {
  it("share the entity alias store", async () => {
    const stronghold = root();
    const accessor = await stronghold.sys.mountAccessor({ path: "approle" });
    const entity = await stronghold.entities.upsertByName({ name: "legacy" });
    const persona = await stronghold.legacyAliases.createPersona({
      name: "p",
      mount_accessor: accessor,
      entity_id: entity.id as string,
    });
    expect(await stronghold.entityAliases.readById({ id: persona.id })).toMatchObject({
      name: "p",
      canonical_id: entity.id,
    });
    expect(await stronghold.legacyAliases.listAliasesByIdDetailed().toArray()).toEqual([
      expect.objectContaining({ key: persona.id, name: "p", mount_type: "approle" }),
    ]);
  });
});

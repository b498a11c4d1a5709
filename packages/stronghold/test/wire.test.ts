import { captureLogs, faults } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  createStrongholdClient,
  NotFoundError,
  RateLimitError,
  ServerError,
  strongholdError,
  token,
  UnexpectedResponseError,
  ValidationError,
} from "../src/index.js";
import { rejectionOf, setupFake } from "./helpers.js";

const { mocks, client } = setupFake({ namespaces: ["team-a", "team-b"] });

describe("lists", () => {
  it("use GET ?list=true, and a 404 with empty errors is an empty list", async () => {
    const stronghold = client();
    expect(await stronghold.groups.listById().toArray()).toEqual([]);
    const emptyAnswer = mocks.requests.at(-1);
    expect(emptyAnswer).toMatchObject({ method: "GET", path: "/identity/group/id", status: 404 });
    await stronghold.groups.create({ name: "ops" });
    expect(await stronghold.groups.listByName().toArray()).toEqual(["ops"]);
  });

  it("a 404 with messages (an unknown namespace) is a NotFoundError, not an empty list", async () => {
    const stronghold = createStrongholdClient({
      address: mocks.address,
      auth: token(mocks.rootToken),
      env: false,
      logLevel: "off",
    });
    const error = await rejectionOf(stronghold.withNamespace("team-typo").entities.listById().toArray());
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toContain("namespace not found: team-typo");
  });

  it("detailed lists join data.keys with data.key_info, by id and by name", async () => {
    const stronghold = client();
    const accessor = await stronghold.sys.mountAccessor({ path: "userpass" });
    const bob = await stronghold.entities.upsertByName({ name: "bob" });
    await stronghold.entityAliases.create({ name: "bob", mount_accessor: accessor, canonical_id: bob.id as string });
    const byId = await stronghold.entities.listByIdDetailed().toArray();
    const bobById = byId.find((e) => e.name === "bob");
    expect(bobById).toMatchObject({
      key: bob.id,
      id: bob.id,
      aliases: [{ name: "bob", mount_accessor: accessor, mount_type: "userpass" }],
    });
    const byName = await stronghold.entities.listByNameDetailed().toArray();
    expect(byName.find((e) => e.key === "bob")).toMatchObject({ key: "bob", id: bob.id, name: "bob" });
    const aliases = await stronghold.entityAliases.listByIdDetailed().toArray();
    expect(aliases.find((a) => a.name === "bob")).toMatchObject({ canonical_id: bob.id, mount_path: "auth/userpass/" });
    const groups = await stronghold.groups.listByNameDetailed().toArray();
    expect(groups).toEqual([]);
  });

  it("MFA, enforcement, provider and client lists are detailed too", async () => {
    const stronghold = client();
    const { method_id } = await stronghold.mfaMethods.createTotpMethod({ issuer: "Example", method_name: "otp" });
    await stronghold.mfaLoginEnforcements.write({
      name: "admins",
      mfa_method_ids: [method_id],
      auth_method_types: ["userpass"],
    });
    await stronghold.oidcProviders.writeClient({ name: "app", redirect_uris: ["https://app.example.com/cb"] });
    expect(await stronghold.mfaMethods.listDetailed().toArray()).toEqual([
      expect.objectContaining({ key: method_id, type: "totp", name: "otp", issuer: "Example" }),
    ]);
    expect(await stronghold.mfaMethods.listOktaMethodsDetailed().toArray()).toEqual([]);
    expect(await stronghold.mfaLoginEnforcements.listDetailed().toArray()).toEqual([
      expect.objectContaining({ key: "admins", mfa_method_ids: [method_id] }),
    ]);
    const providers = await stronghold.oidcProviders.listDetailed().toArray();
    expect(providers).toEqual([expect.objectContaining({ key: "default", allowed_client_ids: ["*"] })]);
    const clients = await stronghold.oidcProviders.listClientsDetailed().toArray();
    expect(clients[0]).toMatchObject({
      key: "app",
      client_type: "confidential",
      redirect_uris: ["https://app.example.com/cb"],
    });
  });
});

describe("the envelope", () => {
  it("is unwrapped to data; the full response keeps request_id, lease and auth fields", async () => {
    const stronghold = client();
    const { data, response } = await stronghold.token.lookupSelf().withResponse();
    expect(data.path).toBe("auth/approle/login");
    expect(response.body).toMatchObject({
      request_id: expect.any(String),
      lease_id: "",
      wrap_info: null,
      data: { path: "auth/approle/login" },
    });
  });

  it("sends warnings to the logger at warn and keeps them on the response", async () => {
    const logs = captureLogs();
    const stronghold = client({ logger: logs.logger, logLevel: "warn" });
    await stronghold.oidcProviders.writeScope({ name: "groups", template: "{}" });
    const { response } = await stronghold.oidcProviders
      .write({ name: "corp", issuer: "https://id.example.com" })
      .withResponse();
    expect((response.body as { warnings: string[] }).warnings).toHaveLength(1);
    const warned = logs.records.filter((r) => r.level === "warn");
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ message: "stronghold warnings", fields: { operation: "writeOidcProvider" } });
    expect(warned[0]?.fields?.warnings).toEqual((response.body as { warnings: string[] }).warnings);
  });
});

describe("errors", () => {
  it("keep every message of { errors } and the data some carry", async () => {
    mocks.faults.inject(faults.status(400, { errors: ["first problem", "second problem"], data: { hint: 1 } }), {
      match: "/identity/entity",
    });
    const error = await rejectionOf(client().entities.create({ name: "x" }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toContain("first problem; second problem");
    expect(strongholdError(error)).toEqual({ errors: ["first problem", "second problem"], data: { hint: 1 } });
  });

  it("Vault's multi-error text reads as one line", async () => {
    mocks.state.policies.set("identity-admin", []);
    const error = await rejectionOf(client().entities.create({ name: "x" }));
    expect((error as Error).message).toContain(": permission denied (POST");
    expect(strongholdError(error)?.errors).toEqual(["permission denied"]);
  });
});

describe("retries", () => {
  it("retry 412 (standby behind), 429 (rate limit quota) and 503 (sealed) with backoff on reads", async () => {
    const stronghold = client({ maxRetries: 3 });
    await stronghold.token.lookupSelf();
    mocks.faults.inject(faults.status(412, { errors: ["required index state not present"] }), {
      match: "/identity/group/id",
    });
    mocks.faults.inject(
      faults.rateLimit({
        retryAfterMs: 1,
        body: { errors: ['request path "identity/group/id": rate limit quota exceeded'] },
      }),
      {
        match: "/identity/group/id",
      },
    );
    mocks.faults.inject(faults.unavailable(503, { errors: ["Vault is sealed"] }), { match: "/identity/group/id" });
    expect(await stronghold.groups.listById().toArray()).toEqual([]);
    expect(mocks.requests.filter((r) => r.path === "/identity/group/id").map((r) => r.status)).toEqual([
      412, 429, 503, 404,
    ]);
  });

  it("give up with the server's error when retries run out", async () => {
    const stronghold = client({ maxRetries: 1 });
    await stronghold.token.lookupSelf();
    mocks.control.seal();
    const error = await rejectionOf(stronghold.entities.readByName({ name: "x" }));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).message).toContain("Vault is sealed");
    mocks.control.unseal();
    mocks.faults.inject(faults.rateLimit({ retryAfterMs: 1, body: { errors: ["rate limit quota exceeded"] } }), {
      times: 2,
    });
    expect(await rejectionOf(stronghold.entities.readByName({ name: "x" }))).toBeInstanceOf(RateLimitError);
  });

  it("never replay a write that is not safe to repeat", async () => {
    const stronghold = client();
    const a = await stronghold.entities.create({ name: "a" });
    const b = await stronghold.entities.create({ name: "b" });
    mocks.faults.inject(faults.unavailable(503, { errors: ["Vault is sealed"] }), { match: "/identity/entity/merge" });
    await expect(stronghold.entities.merge({ from: b.id, to: a.id })).rejects.toBeInstanceOf(ServerError);
    expect(mocks.requests.filter((r) => r.operationId === "mergeEntities")).toHaveLength(1);
    // an update by name is marked idempotent: replayed
    mocks.faults.inject(faults.unavailable(503, { errors: ["Vault is sealed"] }), { match: "/identity/entity/name/a" });
    await stronghold.entities.updateByName({ name: "a", policies: ["p"] });
    expect(mocks.requests.filter((r) => r.operationId === "updateEntityByName").map((r) => r.status)).toEqual([
      503, 204,
    ]);
  });
});

describe("read-your-writes", () => {
  it("keeps the last X-Vault-Index and sends it back when asked; a standby's 412 is retried", async () => {
    const stronghold = client({ readYourWrites: true });
    await stronghold.entities.create({ name: "a" });
    const written = mocks.requests.at(-1);
    expect(written?.operationId).toBe("createEntity");
    mocks.control.standbyLag(2);
    const entity = await stronghold.entities.readByName({ name: "a" });
    expect(entity.name).toBe("a");
    const reads = mocks.requests.filter((r) => r.operationId === "readEntityByName");
    expect(reads.map((r) => r.status)).toEqual([412, 412, 200]);
    expect(reads.every((r) => r.index !== null)).toBe(true);
    expect(Buffer.from(reads[0]?.index ?? "", "base64").toString()).toContain(`:${mocks.state.index}:`);
  });

  it("is off by default: no index is sent", async () => {
    const stronghold = client();
    await stronghold.entities.create({ name: "a" });
    await stronghold.entities.readByName({ name: "a" });
    expect(mocks.requests.every((r) => r.index === null)).toBe(true);
  });
});

describe("response wrapping", () => {
  it("wrapped() sends X-Vault-Wrap-TTL and returns wrap_info; unwrap() gives the response back once", async () => {
    const stronghold = client();
    await stronghold.oidcProviders.writeClient({ name: "app", redirect_uris: ["https://app.example.com/cb"] });
    const info = await stronghold.wrapped({ wrapTtl: "5m" }, (options) =>
      stronghold.oidcProviders.readClient({ name: "app" }, options),
    );
    expect(info).toMatchObject({
      ttl: 300,
      creation_path: "identity/oidc/client/app",
      token: expect.stringMatching(/^hvs\./),
    });
    const props = await stronghold.wrapping.readProperties({ token: info.token as string });
    expect(props).toMatchObject({ creation_ttl: 300, creation_path: "identity/oidc/client/app" });

    // an app that holds only the wrapping token: a client without auth sends it as X-Vault-Token
    const app = createStrongholdClient({ address: mocks.address, auth: false, env: false, logLevel: "off" });
    const unwrapped = await app.unwrap<{ client_id: string; client_secret: string }>(info.token as string);
    expect(unwrapped.data?.client_secret).toMatch(/^hvo_secret_/);
    const again = await rejectionOf(app.unwrap(info.token as string));
    expect(again).toBeInstanceOf(BadRequestError);
    expect((again as Error).message).toContain("wrapping token is not valid or does not exist");
  });

  it("unwrap from an authenticated client sends the wrapping token in the body; wrap and rewrap", async () => {
    const stronghold = client();
    const wrapped = await stronghold.wrapping.wrap({ "X-Vault-Wrap-TTL": 60, body: { secret_id: "s-1" } });
    const moved = await stronghold.wrapping.rewrap({ token: wrapped.wrap_info.token as string });
    expect(moved.wrap_info.token).not.toBe(wrapped.wrap_info.token);
    expect((await stronghold.unwrap(moved.wrap_info.token as string)).data).toEqual({ secret_id: "s-1" });
  });

  it("a wrapTtl that is not a duration is refused before sending; an unwrappable answer is an UnexpectedResponseError", async () => {
    const stronghold = client();
    const error = await rejectionOf(stronghold.wrapped({ wrapTtl: "soon" }, (o) => stronghold.token.lookupSelf({}, o)));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe("wrapTtl");
    const nothing = await rejectionOf(
      stronghold.wrapped({ wrapTtl: 60 }, (o) => stronghold.entities.deleteByName({ name: "nobody" }, o)),
    );
    expect(nothing).toBeInstanceOf(UnexpectedResponseError);
  });
});

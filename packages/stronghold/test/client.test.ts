import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { apiUrl, appRole, createStrongholdClient, token, ValidationError } from "../src/index.js";
import { rejectionOf, setupFake } from "./helpers.js";

const { mocks, client } = setupFake();

const issues = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error("expected a ValidationError");
};

describe("configuration", () => {
  it("adds /v1 to the address once", () => {
    expect(apiUrl("https://vault.example.com:8200")).toBe("https://vault.example.com:8200/v1");
    expect(apiUrl("https://vault.example.com:8200/")).toBe("https://vault.example.com:8200/v1");
    expect(apiUrl("https://vault.example.com/v1/")).toBe("https://vault.example.com/v1");
    expect(apiUrl("http://127.0.0.1:9/stronghold")).toBe("http://127.0.0.1:9/stronghold/v1");
  });

  it("reads STRONGHOLD_* first, then VAULT_*, and explicit options win", async () => {
    const fromVault = createStrongholdClient({
      env: { VAULT_ADDR: mocks.address, VAULT_TOKEN: mocks.rootToken, VAULT_NAMESPACE: "team-b" },
      logLevel: "off",
    });
    expect(fromVault.baseUrl).toBe(`${mocks.address}/v1`);
    expect(fromVault.namespace).toBe("team-b");
    expect((await fromVault.token.lookupSelf()).policies).toEqual(["root"]);
    expect(mocks.requests.at(-1)?.namespace).toBe("team-b");

    const preferred = createStrongholdClient({
      env: {
        STRONGHOLD_ADDR: mocks.address,
        VAULT_ADDR: "https://wrong.example.com",
        STRONGHOLD_NAMESPACE: "team-a/",
        VAULT_NAMESPACE: "team-b",
        STRONGHOLD_TOKEN: mocks.rootToken,
        VAULT_TOKEN: "hvs.not-this-one",
      },
      logLevel: "off",
    });
    expect(preferred.namespace).toBe("team-a");
    await preferred.entities.create({ name: "from-env" });
    expect(mocks.requests.at(-1)).toMatchObject({ namespace: "team-a", status: 200 });

    const explicit = createStrongholdClient({
      address: mocks.address,
      namespace: "team-c",
      auth: token(mocks.rootToken),
      env: {
        STRONGHOLD_ADDR: "https://wrong.example.com",
        STRONGHOLD_NAMESPACE: "team-a",
        STRONGHOLD_TOKEN: "hvs.wrong",
      },
      logLevel: "off",
    });
    await explicit.entities.create({ name: "explicit" });
    expect(mocks.requests.at(-1)).toMatchObject({ namespace: "team-c", status: 200 });
  });

  it("refuses a missing address without falling back to a default host", () => {
    const found = issues(() => createStrongholdClient({ env: { STRONGHOLD_TOKEN: "hvs.x" } }));
    expect(found[0]?.path).toBe("address");
    expect(found[0]?.message).toContain("STRONGHOLD_ADDR or VAULT_ADDR");
  });

  it("refuses a missing credential, naming the variables and auth: false", () => {
    const found = issues(() => createStrongholdClient({ address: mocks.address, env: {} }));
    expect(found[0]).toMatchObject({ path: "auth" });
    expect(found[0]?.message).toContain("STRONGHOLD_TOKEN or VAULT_TOKEN");
    expect(found[0]?.message).toContain("auth: false");
  });

  it("names the variable of a bad address, never its value", () => {
    const error = (() => {
      try {
        createStrongholdClient({ env: { VAULT_ADDR: "https://user:hunter2@vault.example.com", VAULT_TOKEN: "t" } });
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error("expected an error");
    })();
    expect(error.issues[0]?.path).toBe("VAULT_ADDR");
    expect(error.message).not.toContain("hunter2");
  });

  it("refuses *_SKIP_VERIFY unless allowSkipVerify is set, and a half client certificate", () => {
    const env = { STRONGHOLD_ADDR: mocks.address, STRONGHOLD_TOKEN: "t", VAULT_SKIP_VERIFY: "true" };
    const found = issues(() => createStrongholdClient({ env }));
    expect(found[0]).toMatchObject({ path: "VAULT_SKIP_VERIFY" });
    expect(found[0]?.message).toContain("allowSkipVerify");
    expect(() => createStrongholdClient({ env, allowSkipVerify: true })).not.toThrow();
    expect(() => createStrongholdClient({ env: { ...env, VAULT_SKIP_VERIFY: "false" } })).not.toThrow();
    expect(issues(() => createStrongholdClient({ env: { ...env, VAULT_SKIP_VERIFY: "maybe" } }))[0]?.path).toBe(
      "VAULT_SKIP_VERIFY",
    );
    const dir = mkdtempSync(join(tmpdir(), "stronghold-"));
    writeFileSync(join(dir, "cert.pem"), "not used");
    const half = issues(() =>
      createStrongholdClient({
        env: { STRONGHOLD_ADDR: mocks.address, STRONGHOLD_TOKEN: "t", STRONGHOLD_CLIENT_CERT: join(dir, "cert.pem") },
      }),
    );
    expect(half[0]?.path).toBe("STRONGHOLD_CLIENT_CERT");
    expect(half[0]?.message).toContain("STRONGHOLD_CLIENT_KEY or VAULT_CLIENT_KEY");
    const missing = issues(() =>
      createStrongholdClient({
        env: { STRONGHOLD_ADDR: mocks.address, STRONGHOLD_TOKEN: "t", VAULT_CACERT: join(dir, "nope.pem") },
      }),
    );
    expect(missing[0]).toMatchObject({ path: "VAULT_CACERT", message: "the file cannot be read (ENOENT)" });
  });

  it("checks every option and names unknown ones", () => {
    const found = issues(() =>
      createStrongholdClient({
        address: "ftp://vault",
        namespace: "team a",
        readYourWrites: "yes" as unknown as boolean,
        adress: "x",
      } as never),
    );
    expect(found.map((i) => i.path).sort()).toEqual(["address", "adress", "namespace", "readYourWrites"]);
    expect(found.find((i) => i.path === "adress")?.message).toContain('did you mean "address"');
  });

  it("checks login options when they are made, without quoting secrets", () => {
    const error = (() => {
      try {
        appRole({ roleId: "", secretId: 42 as unknown as string, mount: "a//b" });
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error("expected an error");
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path).sort()).toEqual(["mount", "roleId", "secretId"]);
  });

  it("reads no environment with env: false", () => {
    const found = issues(() => createStrongholdClient({ env: false }));
    expect(found[0]?.path).toBe("address");
  });
});

describe("namespaces", () => {
  it("sends the client's namespace, a per-call one, and withNamespace's", async () => {
    const stronghold = client({ namespace: "team-a" });
    await stronghold.entities.create({ name: "a" });
    expect(mocks.requests.at(-1)?.namespace).toBe("team-a");
    await stronghold.entities.create({ name: "b", "X-Vault-Namespace": "team-a/dev" });
    expect(mocks.requests.at(-1)?.namespace).toBe("team-a/dev");
    await stronghold.entities.create({ name: "c" }, { headers: { "X-Vault-Namespace": "team-a/qa" } });
    expect(mocks.requests.at(-1)?.namespace).toBe("team-a/qa");
    const dev = stronghold.withNamespace("team-a/dev");
    expect(dev.namespace).toBe("team-a/dev");
    await dev.entities.create({ name: "d" });
    expect(mocks.requests.at(-1)?.namespace).toBe("team-a/dev");
    expect((await dev.entities.listByName().toArray()).sort()).toEqual(["b", "d"]);
    // one login for all of them: withNamespace shares the token
    expect(mocks.requests.filter((r) => r.operationId === "login")).toHaveLength(1);
  });

  it("refuses a bad namespace in withNamespace as a ValidationError", () => {
    expect(() => client().withNamespace("has space")).toThrow(ValidationError);
  });
});

describe("methods never throw synchronously", () => {
  it("bad input is a rejected promise naming the field", async () => {
    const stronghold = client();
    const call = stronghold.entities.upsertByName({ name: "" });
    const error = (await rejectionOf(call)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([{ path: "name", message: "must not be empty" }]);
    const list = stronghold.groups.listByIdDetailed({ bogus: 1 } as never);
    await expect(list).rejects.toBeInstanceOf(ValidationError);
    expect(mocks.requests.filter((r) => r.operationId !== "login")).toHaveLength(0);
  });
});

describe("what the client shows", () => {
  it("toJSON and inspect name where it points and how it authenticates, never a credential", async () => {
    const stronghold = client({ namespace: "team-a" });
    await stronghold.token.lookupSelf();
    const shown = `${JSON.stringify(stronghold)} ${inspect(stronghold, { depth: 10 })}`;
    expect(JSON.parse(JSON.stringify(stronghold))).toEqual({
      vendor: "stronghold",
      address: mocks.address,
      baseUrl: `${mocks.address}/v1`,
      namespace: "team-a",
      auth: "stronghold-approle",
    });
    expect(shown).not.toContain(mocks.approle.secretId);
    for (const t of mocks.state.tokens.keys()) expect(shown).not.toContain(t);
    const static_ = createStrongholdClient({ address: mocks.address, auth: token("hvs.static-secret"), env: false });
    expect(`${JSON.stringify(static_)} ${inspect(static_)}`).not.toContain("hvs.static-secret");
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { captureLogs } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import { AuthError, appRole, jwt, kubernetes, PermissionDeniedError, token, userpass } from "../src/index.js";
import { rejectionOf, setupFake } from "./helpers.js";

let clock = Date.UTC(2026, 0, 1);
const now = () => clock;
const { mocks, client } = setupFake({ now, tokenTtlSeconds: 600, tokenMaxTtlSeconds: 1500 });

const approle = (extra: Record<string, unknown> = {}) =>
  appRole({ roleId: mocks.approle.roleId, secretId: mocks.approle.secretId, now, ...extra });
const count = (operationId: string) => mocks.requests.filter((r) => r.operationId === operationId).length;
/** Lets a background renewal or login finish. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe("token", () => {
  it("sends X-Vault-Token and never replays a static token", async () => {
    const stronghold = client({ auth: token(mocks.rootToken) });
    expect((await stronghold.token.lookupSelf()).policies).toEqual(["root"]);
    const dead = client({ auth: token("hvs.unknown") });
    const error = await rejectionOf(dead.entities.create({ name: "x" }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(count("createEntity")).toBe(1);
  });

  it("asks a token function again after a 403 and replays once", async () => {
    const tokens = ["hvs.stale", mocks.rootToken];
    const asked: string[] = [];
    const stronghold = client({
      auth: token(() => {
        const t = tokens.shift() ?? "hvs.none";
        asked.push(t);
        return t;
      }),
    });
    await stronghold.entities.create({ name: "x" });
    expect(asked).toEqual(["hvs.stale", mocks.rootToken]);
    expect(mocks.requests.map((r) => r.status)).toEqual([403, 200]);
  });
});

describe("logins", () => {
  it("AppRole: logs in once for concurrent calls and keeps the token", async () => {
    const stronghold = client({ auth: approle() });
    await Promise.all(Array.from({ length: 20 }, (_, i) => stronghold.entities.create({ name: `e${i}` })));
    expect(count("login")).toBe(1);
    await stronghold.entities.readByName({ name: "e1" });
    expect(count("login")).toBe(1);
  });

  it("renews at about two thirds of the lease, in the background, while renewable", async () => {
    const stronghold = client({ auth: approle() });
    await stronghold.token.lookupSelf();
    clock += 390_000; // 65% of the 600 s lease: not yet
    await stronghold.token.lookupSelf();
    expect(count("renewTokenSelf")).toBe(0);
    clock += 20_000; // 68%
    const before = (await stronghold.token.lookupSelf()).id;
    await settle();
    expect(count("renewTokenSelf")).toBe(1);
    const after = await stronghold.token.lookupSelf();
    expect(after.id).toBe(before);
    expect(after.ttl).toBe(600);
    expect(count("login")).toBe(1);
  });

  it("logs in again when a renewal is capped by the max TTL", async () => {
    const logs = captureLogs();
    const stronghold = client({ auth: approle(), logger: logs.logger, logLevel: "info" });
    const first = (await stronghold.token.lookupSelf()).id;
    for (const step of [410, 410, 410, 190]) {
      clock += step * 1000;
      await stronghold.token.lookupSelf();
      await settle();
    }
    // login at 0 s (lease 600 s, max TTL 1500 s); renewals at 410 s and 820 s (600 s each); the one
    // at 1230 s is capped (270 s left, with a warning); at 1420 s, past two thirds of that lease, a
    // fresh login replaces the token instead of a renewal
    expect(count("renewTokenSelf")).toBe(3);
    expect(count("login")).toBe(2);
    expect((await stronghold.token.lookupSelf()).id).not.toBe(first);
    expect(logs.records.some((r) => r.message === "token renewed up to its max TTL")).toBe(true);
    // the capped renewal's warning reached the logger at warn
    expect(logs.records.find((r) => r.level === "warn")?.fields?.warnings).toEqual([
      expect.stringContaining("exceeded the effective max_ttl"),
    ]);
  });

  it("logs in again instead of renewing a token that is not renewable", async () => {
    const stronghold = client({ auth: approle({ renew: false }) });
    await stronghold.token.lookupSelf();
    clock += 410_000;
    await stronghold.token.lookupSelf();
    await settle();
    expect(count("renewTokenSelf")).toBe(0);
    expect(count("login")).toBe(2);
  });

  it("a call refused because the token died logs in again and replays once", async () => {
    const stronghold = client({ auth: approle() });
    await stronghold.entities.create({ name: "before" });
    mocks.control.expireTokens();
    await stronghold.entities.create({ name: "after" });
    expect(count("login")).toBe(2);
    // 403, then lookup-self (403: dead), login, replay
    expect(mocks.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      "login 200",
      "createEntity 200",
      "createEntity 403",
      "lookupTokenSelf 403",
      "login 200",
      "createEntity 200",
    ]);
    expect((await stronghold.entities.readByName({ name: "after" })).name).toBe("after");
  });

  it("a 403 for a path the policy does not allow keeps the token: no login, one replay, then the error", async () => {
    const stronghold = client({ auth: approle() });
    await stronghold.token.lookupSelf();
    mocks.state.policies.set("identity-admin", ["identity/entity/*"]);
    const denied = await rejectionOf(stronghold.groups.create({ name: "g" }));
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    expect(count("login")).toBe(1);
    expect(mocks.requests.slice(-3).map((r) => `${r.operationId} ${r.status}`)).toEqual([
      "createGroup 403",
      "lookupTokenSelf 200",
      "createGroup 403",
    ]);
  });

  it("never loops: a token that is refused right after login fails the call after one replay", async () => {
    const stronghold = client({ auth: approle() });
    await stronghold.token.lookupSelf();
    mocks.state.policies.set("identity-admin", []);
    mocks.control.expireTokens();
    const error = await rejectionOf(stronghold.entities.create({ name: "x" }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(count("createEntity")).toBe(2);
    expect(count("login")).toBe(2);
  });

  it("a refused login is an AuthError with the server's messages, no secret in it", async () => {
    const stronghold = client({ auth: appRole({ roleId: mocks.approle.roleId, secretId: "wrong-secret-id" }) });
    const error = (await rejectionOf(stronghold.token.lookupSelf())) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.status).toBe(400);
    expect(error.message).toContain("invalid role or secret ID");
    expect(error.message).toContain("stronghold-approle");
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain("wrong-secret-id");
  });

  it("a nested mount path keeps its slash: /auth/team-a/approle/login", async () => {
    const root = mocks.state.namespaces.get("");
    const approleMount = root?.mounts.get("approle/");
    if (!root || !approleMount) throw new Error("no approle mount");
    root.mounts.set("team-a/approle/", { ...approleMount, path: "team-a/approle/", accessor: "auth_approle_nested" });
    const stronghold = client({ auth: approle({ mount: "team-a/approle/" }) });
    expect((await stronghold.token.lookupSelf()).path).toBe("auth/team-a/approle/login");
    expect(mocks.requests[0]).toMatchObject({ operationId: "login", path: "/auth/team-a/approle/login", status: 200 });
  });

  it("userpass logs in at login/<username> on the named mount and namespace", async () => {
    const stronghold = client({
      namespace: "team-a",
      auth: userpass({ username: mocks.userpass.username, password: mocks.userpass.password, now }),
    });
    const self = await stronghold.token.lookupSelf();
    expect(self.path).toBe("auth/userpass/login");
    expect(self.namespace_path).toBe("team-a/");
    expect(mocks.requests[0]).toMatchObject({
      operationId: "loginUserpass",
      path: "/auth/userpass/login/alice",
      namespace: "team-a",
    });
  });

  it("a login namespace other than the client's: the token works in its child namespaces", async () => {
    const stronghold = client({ namespace: "team-a/dev", auth: approle({ namespace: "team-a" }) });
    await stronghold.entities.create({ name: "x" });
    expect(mocks.requests.map((r) => [r.operationId, r.namespace])).toEqual([
      ["login", "team-a"],
      ["createEntity", "team-a/dev"],
    ]);
  });

  it("jwt asks the function for a fresh JWT at every login", async () => {
    let calls = 0;
    const stronghold = client({
      auth: jwt({
        role: "ci",
        jwt: () => {
          calls++;
          return mocks.signLoginJwt({ sub: "pipeline-7" });
        },
        now,
      }),
    });
    await stronghold.token.lookupSelf();
    mocks.control.expireTokens();
    await stronghold.token.lookupSelf();
    expect(calls).toBe(2);
    const self = await stronghold.token.lookupSelf();
    expect(self.display_name).toBe("jwt-pipeline-7");
  });

  it("kubernetes reads the service account token file at every login", async () => {
    const dir = mkdtempSync(join(tmpdir(), "k8s-"));
    const path = join(dir, "token");
    writeFileSync(
      path,
      `${mocks.signLoginJwt({ sub: "system:serviceaccount:apps:web", aud: mocks.kubernetesLogin.audience })}\n`,
    );
    const stronghold = client({ auth: kubernetes({ role: "app", tokenPath: path, now }) });
    expect((await stronghold.token.lookupSelf()).display_name).toBe("kubernetes-system:serviceaccount:apps:web");
    const missing = client({ auth: kubernetes({ role: "app", tokenPath: join(dir, "absent") }) });
    const error = (await rejectionOf(missing.token.lookupSelf())) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toContain("ENOENT");
  });

  it("a login that needs MFA is an AuthError that says so", async () => {
    mocks.faults.inject(
      faultsStatus(200, {
        auth: {
          client_token: "",
          accessor: "",
          mfa_requirement: { mfa_request_id: "r1", mfa_constraints: { "ops-totp": { any: [] } } },
        },
      }),
      { match: "/auth/approle/login" },
    );
    const error = (await rejectionOf(client().token.lookupSelf())) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe("mfa_required");
    expect(error.message).toContain("ops-totp");
  });
});

function faultsStatus(status: number, body: unknown) {
  return { kind: "status" as const, status, body };
}

import { inspect } from "node:util";
import { captureLogs } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import { appRole, jwt, PermissionDeniedError, token, userpass } from "../src/index.js";
import { rejectionOf, setupFake } from "./helpers.js";

const { mocks, client } = setupFake();

/** Every token the fake has issued (login tokens, root token). */
const issuedTokens = () => [...mocks.state.tokens.keys()];

describe("secrets stay out of logs, errors and what the client shows", () => {
  it("debug logs never show a token (not even lookup-self's data.id), but entity ids stay readable", async () => {
    const logs = captureLogs();
    const stronghold = client({ logger: logs.logger, logLevel: "debug" });
    const entity = await stronghold.entities.upsertByName({ name: "visible" });
    const self = await stronghold.token.lookupSelf();
    await stronghold.token.renewSelf();
    const text = logs.text();
    expect(self.id).toMatch(/^hvs\./);
    for (const t of issuedTokens()) expect(text).not.toContain(t);
    expect(text).not.toContain(mocks.approle.secretId);
    // the rule is specific: the entity's id is in the logged bodies
    expect(text).toContain(entity.id);
    const lookup = logs.records.find((r) => r.message === "response" && r.fields?.operation === "lookupTokenSelf");
    expect(JSON.parse(String(lookup?.fields?.body))).toMatchObject({
      data: { id: "[redacted]", entity_id: self.entity_id },
    });
  });

  it("login bodies are masked: secret_id, password and jwt", async () => {
    const logs = captureLogs();
    const loginJwt = mocks.signLoginJwt({ sub: "ci-job" });
    for (const auth of [
      appRole({ roleId: mocks.approle.roleId, secretId: mocks.approle.secretId }),
      userpass({ username: mocks.userpass.username, password: mocks.userpass.password }),
      jwt({ role: "ci", jwt: loginJwt }),
    ]) {
      await client({ auth, logger: logs.logger, logLevel: "debug" }).token.lookupSelf();
    }
    const text = logs.text();
    expect(
      logs.records.filter((r) => r.message === "request" && String(r.fields?.operation).startsWith("login")),
    ).toHaveLength(3);
    for (const secret of [mocks.approle.secretId, mocks.userpass.password, loginJwt, ...issuedTokens()]) {
      expect(text).not.toContain(secret);
    }
  });

  it("errors carry no credential in message, JSON or inspect", async () => {
    const stronghold = client({ auth: token(mocks.rootToken) });
    mocks.state.policies.set("root", []);
    const error = await rejectionOf(stronghold.entities.create({ name: "x" }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    const shown = `${(error as Error).message} ${JSON.stringify(error)} ${inspect(error, { depth: 10 })}`;
    expect(shown).not.toContain(mocks.rootToken);
    expect(inspect((error as PermissionDeniedError).request, { depth: 10 })).not.toContain(mocks.rootToken);
  });

  it("the wrapping token of unwrap is masked in logs", async () => {
    const logs = captureLogs();
    const stronghold = client({ logger: logs.logger, logLevel: "debug" });
    const wrapped = await stronghold.wrapping.wrap({ "X-Vault-Wrap-TTL": "1m", body: { value: 1 } });
    await stronghold.unwrap(wrapped.wrap_info.token as string);
    expect(logs.text()).not.toContain(wrapped.wrap_info.token);
  });
});

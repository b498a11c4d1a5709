import { BadRequestError, ValidationError } from "@trustplane/core";
import { describe, expect, it } from "vitest";
import { pingOneError } from "../src/index.js";
import { pingOneFaults } from "../src/mocks/index.js";
import { signingKey, useFake } from "./helpers.js";

const { client, mocks } = useFake();
const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("crypto", () => {
  it("encrypts and decrypts, signs and verifies through the fake", async () => {
    const p1 = client();
    const key = await p1.keys.generate({ ...signingKey("crypto"), usageType: "ENCRYPTION" });
    const encrypted = await p1.crypto.encrypt({ body: { keyId: key.id, data: b64("hello") } });
    expect(encrypted.data).not.toBe(b64("hello"));
    const decrypted = await p1.crypto.decrypt({ body: { keyId: key.id, data: encrypted.data } });
    expect(Buffer.from(String(decrypted.data), "base64").toString()).toBe("hello");

    const signed = await p1.crypto.sign({ body: { keyId: key.id, data: b64("payload") } });
    const ok = await p1.crypto.verify({ body: { keyId: key.id, data: b64("payload"), signature: signed.signature } });
    const bad = await p1.crypto.verify({ body: { keyId: key.id, data: b64("tampered"), signature: signed.signature } });
    expect([ok.valid, bad.valid]).toEqual([true, false]);
  });

  it("retries crypto calls (they change nothing) on 503", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey());
    mocks.faults.inject(pingOneFaults.unexpectedError(), { match: "/signings", times: 1 });
    mocks.faults.inject({ kind: "unavailable", status: 503 }, { match: "/signings", times: 1 });
    const signed = await p1.crypto.sign({ body: { keyId: key.id, data: b64("x") } });
    expect(signed.signature).toEqual(expect.any(String));
    expect(mocks.faults.applied).toBe(2);
  });

  it("requires an object body", async () => {
    await expect(client().crypto.encrypt({ body: "text" as never })).rejects.toBeInstanceOf(ValidationError);
    const error = await client()
      .crypto.encrypt({ body: { data: b64("x") } })
      .catch((e: unknown) => e);
    expect(pingOneError(error)?.details[0]).toMatchObject({ code: "REQUIRED_VALUE", target: "keyId" });
  });
});

describe("keyRotationPolicies", () => {
  const policy = {
    name: "Quarterly",
    algorithm: "RSA" as const,
    keyLength: 2048,
    signatureAlgorithm: "SHA256withRSA" as const,
    usageType: "SIGNING" as const,
    dn: "CN=rotating, O=Example, C=US",
  };

  it("creates (with documented defaults), reads, lists, replaces and deletes", async () => {
    const p1 = client();
    const created = await p1.keyRotationPolicies.create(policy);
    expect(created).toMatchObject({ ...policy, rotationPeriod: 90, validityPeriod: 365 });
    expect(created.currentKeyId).toEqual(expect.any(String));
    const id = created.id as string;
    expect(await p1.keyRotationPolicies.get({ keyRotationPolicyId: id })).toEqual(created);
    const updated = await p1.keyRotationPolicies.update({ keyRotationPolicyId: id, ...policy, rotationPeriod: 30 });
    expect(updated.rotationPeriod).toBe(30);
    expect((await p1.keyRotationPolicies.list().toArray()).map((p) => p.id)).toEqual([id]);
    await p1.keyRotationPolicies.delete({ keyRotationPolicyId: id });
    expect(await p1.keyRotationPolicies.list().toArray()).toEqual([]);
  });

  it("checks documented limits before sending and reports the fake's uniqueness rule", async () => {
    const p1 = client();
    await expect(p1.keyRotationPolicies.create({ ...policy, rotationPeriod: 7 })).rejects.toThrow(/rotationPeriod/);
    await p1.keyRotationPolicies.create(policy);
    const error = await p1.keyRotationPolicies.create(policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(pingOneError(error)?.details[0]).toMatchObject({ code: "UNIQUENESS_VIOLATION", target: "name" });
  });
});

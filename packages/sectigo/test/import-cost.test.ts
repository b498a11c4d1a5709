import { expect, it, vi } from "vitest";

const loaded = vi.hoisted(() => ({ schemas: 0, asn1: 0, undici: 0 }));

// Counts the input schemas built (every hand-written options schema is a zod/mini strictObject).
vi.mock("zod/mini", async (importOriginal) => {
  const zod = await importOriginal<typeof import("zod/mini")>();
  const strictObject: typeof zod.strictObject = (...args) => {
    loaded.schemas++;
    return zod.strictObject(...args);
  };
  return { ...zod, strictObject };
});
vi.mock("@peculiar/asn1-schema", async (importOriginal) => {
  loaded.asn1++;
  return importOriginal();
});
vi.mock("undici", async (importOriginal) => {
  loaded.undici++;
  return importOriginal();
});

it("builds nothing and loads no ASN.1 or HTTP library at import; each on first use", async () => {
  const { createSectigoClient, credentials, splitChain } = await import("../src/index.js");
  expect(loaded).toEqual({ schemas: 0, asn1: 0, undici: 0 });
  const sectigo = createSectigoClient({ auth: credentials({ login: "a", password: "b", customerUri: "c" }) });
  expect(loaded).toEqual({ schemas: 0, asn1: 0, undici: 0 });
  // Bad options: refused by the schema, built now, before anything is sent.
  await expect(sectigo.ssl.enrollAndCollect({ orgId: 1 }, { interval: -1 })).rejects.toThrow(/interval/);
  expect(loaded.schemas).toBe(1);
  await expect(sectigo.ssl.enrollAndCollect({ orgId: 1 }, { timeout: 0 })).rejects.toThrow(/timeout/);
  expect(loaded.schemas).toBe(1); // built once
  await expect(splitChain("not a chain")).rejects.toThrow(/certificate chain/);
  expect(loaded.asn1).toBe(1);
  expect(loaded.undici).toBe(0);
});

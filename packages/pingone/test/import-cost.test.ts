import { expect, it, vi } from "vitest";

const built = vi.hoisted(() => ({ schemas: 0 }));

// Counts the input schemas built (every method input is a zod/mini strictObject).
vi.mock("zod/mini", async (importOriginal) => {
  const zod = await importOriginal<typeof import("zod/mini")>();
  const strictObject: typeof zod.strictObject = (...args) => {
    built.schemas++;
    return zod.strictObject(...args);
  };
  return { ...zod, strictObject };
});

it("builds no input schema at import, and each one once, on first use", async () => {
  const { bearer, createPingOneClient, VERSION } = await import("../src/index.js");
  expect(built.schemas).toBe(0);
  expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  const p1 = createPingOneClient({ environmentId: "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", auth: bearer("t") });
  expect(built.schemas).toBe(0);
  // Invalid input: refused by the schema before anything is sent.
  await expect(p1.keys.get({ keyId: "not-a-uuid" })).rejects.toThrow(/keyId: must be a UUID/);
  expect(built.schemas).toBe(1);
  await expect(p1.keys.delete({ keyId: "not-a-uuid" })).rejects.toThrow(/keyId: must be a UUID/);
  expect(built.schemas).toBe(1); // get and delete share one schema
  await expect(p1.keys.list({ limit: 0 })).rejects.toThrow(/limit: must be >= 1/);
  expect(built.schemas).toBe(2);
});

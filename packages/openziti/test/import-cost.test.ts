import { expect, it, vi } from "vitest";

const built = vi.hoisted(() => ({ schemas: 0, cms: 0 }));

// Counts the input schemas built (every hand-written input is a zod/mini strictObject).
vi.mock("zod/mini", async (importOriginal) => {
  const zod = await importOriginal<typeof import("zod/mini")>();
  const strictObject: typeof zod.strictObject = (...args) => {
    built.schemas++;
    return zod.strictObject(...args);
  };
  return { ...zod, strictObject };
});
// Counts loads of the PKCS#7 reader.
vi.mock("@peculiar/asn1-cms", async (importOriginal) => {
  built.cms++;
  return importOriginal();
});

it("builds no schema and loads no ASN.1 library at import; each loads on first use", async () => {
  const { createZitiClient, password, readCaBundle, zf } = await import("../src/index.js");
  expect(built).toEqual({ schemas: 0, cms: 0 });
  const ziti = createZitiClient({
    url: "https://ctrl.example.com:1280",
    auth: { kind: "x", authorize: async () => undefined },
  });
  zf.eq("name", "x");
  expect(built).toEqual({ schemas: 0, cms: 0 });
  password({ username: "admin", password: "secret" });
  expect(built.schemas).toBe(1);
  password({ username: "other", password: "secret" });
  expect(built.schemas).toBe(1); // built once
  await expect(ziti.services.findByName("")).rejects.toThrow(/name: must not be empty/);
  expect(built.schemas).toBe(2);
  await expect(readCaBundle("AAAA")).rejects.toThrow(/PKCS#7/);
  expect(built.cms).toBe(1);
});

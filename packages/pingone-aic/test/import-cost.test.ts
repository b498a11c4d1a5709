import { describe, expect, it, vi } from "vitest";

/** Calls of zod/mini's schema and check builders made by the package. */
const built = vi.hoisted(() => ({ calls: 0 }));

vi.mock("zod/mini", async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const counted: Record<string, unknown> = { ...actual };
  for (const [name, value] of Object.entries(actual)) {
    // The builders are lower-case functions (string, strictObject, regex...); classes stay as they are.
    if (typeof value === "function" && /^[a-z]/.test(name)) {
      counted[name] = (...args: unknown[]) => {
        built.calls++;
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    }
  }
  return counted;
});

const VARIABLES = [
  "TENANT_BASE_URL",
  "FRODO_HOST",
  "SERVICE_ACCOUNT_ID",
  "SERVICE_ACCOUNT_KEY",
  "SERVICE_ACCOUNT_KEY_PATH",
  "SERVICE_ACCOUNT_SCOPE",
  "FRODO_SA_ID",
  "FRODO_SA_JWK",
];

describe("importing the package is free", () => {
  it("builds no schema and reads no variable until a method or createAicClient needs it", async () => {
    const read = new Set<string>();
    const env = process.env;
    process.env = new Proxy(env, {
      get(target, key, receiver) {
        if (typeof key === "string") read.add(key);
        return Reflect.get(target, key, receiver);
      },
    });
    let pkg: typeof import("../src/index.js");
    try {
      pkg = await import("../src/index.js");
      await import("../src/mocks/index.js");
    } finally {
      process.env = env;
    }
    expect(built.calls).toBe(0);
    expect(VARIABLES.filter((name) => read.has(name))).toEqual([]);

    // the counting works: the first check builds its schema, once
    const aic = pkg.createAicClient({ tenant: "openam-acme.id.forgerock.io", auth: pkg.bearer("t") });
    await expect(aic.variables.get({ id: "nope" })).rejects.toBeInstanceOf(pkg.ValidationError);
    const afterFirst = built.calls;
    expect(afterFirst).toBeGreaterThan(0);
    await expect(aic.variables.get({ id: "still-nope" })).rejects.toBeInstanceOf(pkg.ValidationError);
    expect(built.calls).toBe(afterFirst);
  });
});

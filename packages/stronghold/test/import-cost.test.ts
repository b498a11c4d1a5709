import { describe, expect, it, vi } from "vitest";

/** Calls of zod/mini's schema and check builders made by the package. */
const built = vi.hoisted(() => ({ calls: 0 }));

vi.mock("zod/mini", async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const counted: Record<string, unknown> = { ...actual };
  for (const [name, value] of Object.entries(actual)) {
    if (typeof value === "function" && /^[a-z]/.test(name)) {
      counted[name] = (...args: unknown[]) => {
        built.calls++;
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    }
  }
  return counted;
});

describe("importing the package is free", () => {
  it("builds no schema and reads no variable until a helper or createStrongholdClient needs it", async () => {
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
    expect([...read].filter((name) => /^(STRONGHOLD|VAULT)_/.test(name))).toEqual([]);

    // the counting works: the first check builds its schema, once
    const stronghold = pkg.createStrongholdClient({ address: "https://vault.example.com", auth: false, env: false });
    await expect(stronghold.entities.upsertByName({ name: "" })).rejects.toBeInstanceOf(pkg.ValidationError);
    const afterFirst = built.calls;
    expect(afterFirst).toBeGreaterThan(0);
    await expect(stronghold.entities.upsertByName({ name: "" })).rejects.toBeInstanceOf(pkg.ValidationError);
    expect(built.calls).toBe(afterFirst);
  });
});

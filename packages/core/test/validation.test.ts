import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { boolean, number, optional, strictObject, string } from "zod/mini";
import {
  ApiPromise,
  bearerToken,
  createApiClient,
  describeIssue,
  guard,
  guardPaged,
  isPlainObject,
  lazy,
  Paged,
  type SchemaModule,
  schemaModule,
  strictObjectError,
  TrustplaneError,
  ValidationError,
  validate,
  validateJsonSchema,
} from "../src/index.js";

describe("validate with Standard Schemas (zod/mini, no locale)", () => {
  const schema = lazy(() => strictObject({ name: string(), admin: boolean(), size: optional(number()) }));

  it("names each field and the rule in words, missing fields as required", () => {
    const error = (() => {
      try {
        validate(schema, { admin: "yes", size: "big", extra: 1 }, "thing input");
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    const byPath = Object.fromEntries((error?.issues ?? []).map((i) => [i.path, i.message]));
    expect(byPath.name).toBe("is required");
    expect(byPath.admin).toBe("must be a boolean");
    expect(byPath.size).toBe("must be a number");
    expect(error?.message).toContain("extra");
    expect(error?.message).not.toContain("yes"); // values are never echoed
  });

  it("lazy builds the schema on first use only", () => {
    let built = 0;
    const s = lazy(() => {
      built++;
      return string();
    });
    expect(built).toBe(0);
    validate(s, "a", "x");
    validate(s, "b", "x");
    expect(built).toBe(1);
  });

  it("describeIssue keeps a schema's own message", () => {
    expect(describeIssue({ code: "custom", message: "give exactly one of value or valueBase64" })).toBe(
      "give exactly one of value or valueBase64",
    );
  });
});

describe("methods never throw synchronously", () => {
  it("guard turns a throw into a rejected ApiPromise", async () => {
    const p = guard<number>(() => {
      throw new ValidationError("Invalid x: id: must not be empty", [{ path: "id", message: "must not be empty" }]);
    });
    expect(p).toBeInstanceOf(ApiPromise);
    await expect(p).rejects.toBeInstanceOf(ValidationError);
    await expect(p.withResponse()).rejects.toBeInstanceOf(ValidationError);
  });

  it("guardPaged turns a throw into a Paged that rejects on await and on iteration", async () => {
    const p = guardPaged<number>(() => {
      throw new ValidationError("bad", []);
    });
    expect(p).toBeInstanceOf(Paged);
    await expect(p).rejects.toBeInstanceOf(ValidationError);
    await expect(p.toArray()).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("objects from another realm (Jest's sandbox, a vm)", () => {
  it("are plain objects to the option checks", () => {
    const foreign = runInNewContext("({ a: 1 })") as Record<string, unknown>;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    expect(isPlainObject(foreign)).toBe(true);
    expect(isPlainObject(new (class Thing {})())).toBe(false);
    expect(() =>
      createApiClient(
        { vendor: "v", version: "1" },
        {
          baseUrl: "https://api.test",
          auth: bearerToken("t"),
          headers: runInNewContext('({ "x-team": "a" })') as Record<string, string>,
        },
      ),
    ).not.toThrow();
  });
});

describe("generated input schemas in a module loaded on first use (schemaModule)", () => {
  const module: SchemaModule = {
    defs: JSON.stringify({ Name: { type: "string", minLength: 2 } }),
    schemas: {
      createThing: JSON.stringify({
        type: "object",
        properties: { name: { $ref: "#/$defs/Name" }, size: { type: "integer", maximum: 5 } },
        required: ["name"],
        additionalProperties: false,
      }),
      deleteThing: JSON.stringify({ type: "object", properties: { id: { type: "integer", minimum: 1 } } }),
    },
  };

  it("loads the module once for every operation, then validates with its $defs", async () => {
    let loads = 0;
    const s = schemaModule(async () => {
      loads++;
      return module;
    });
    const create = s("createThing");
    const remove = s("deleteThing");
    expect(loads).toBe(0);
    await validateJsonSchema(create, { name: "ok", size: 3 }, "createThing input");
    const error = await validateJsonSchema(create, { name: "x", size: 9 }, "createThing input").catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const byPath = Object.fromEntries((error as ValidationError).issues.map((i) => [i.path, i.message]));
    expect(byPath.name).toMatch(/at least 2 characters/);
    expect(byPath.size).toBe("must be <= 5");
    await expect(validateJsonSchema(remove, { id: 0 }, "deleteThing input")).rejects.toThrow(/id: must be >= 1/);
    expect(loads).toBe(1);
  });

  it("a module that fails to load is a TrustplaneError, and the next call tries again", async () => {
    let loads = 0;
    const s = schemaModule(async () => {
      loads++;
      if (loads === 1) throw new Error("chunk missing");
      return module;
    });
    const failed = await validateJsonSchema(s("createThing"), { name: "ok" }, "createThing input").catch((e) => e);
    expect(failed).toBeInstanceOf(TrustplaneError);
    expect(failed).not.toBeInstanceOf(ValidationError);
    expect((failed as Error).message).toMatch(/could not load the generated input schemas/);
    await validateJsonSchema(s("createThing"), { name: "ok" }, "createThing input");
    expect(loads).toBe(2);
  });

  it("an operation the module has no schema for is a TrustplaneError naming it", async () => {
    const s = schemaModule(async () => module);
    await expect(validateJsonSchema(s("renameThing"), {}, "renameThing input")).rejects.toThrow(
      /no.*renameThing|renameThing.*none/,
    );
  });
});

describe("unknown fields read the same in every client", () => {
  it("strictObjectError names each unknown field with the closest known one; a missing input is required", () => {
    const schema = lazy(() =>
      strictObject({ keyId: string(), name: optional(string()) }, { error: strictObjectError(["keyId", "name"]) }),
    );
    expect(() => validate(schema, { keyId: "k", keyID: "k", zzz: 1 }, "keys.get input")).toThrow(
      'Invalid keys.get input: keyID is not a known field; did you mean "keyId"?; zzz is not a known field',
    );
    expect(() => validate(schema, undefined, "keys.get input")).toThrow("Invalid keys.get input: is required");
    expect(() => validate(schema, "k", "keys.get input")).toThrow("Invalid keys.get input: must be an object");
  });

  it("zod's own unknown-keys issue (generated validation) uses the same words", () => {
    expect(describeIssue({ code: "unrecognized_keys", keys: ["a", "b"], message: "Unrecognized keys: a, b" })).toBe(
      "a is not a known field; b is not a known field",
    );
  });
});

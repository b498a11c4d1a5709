/** zf: exact filter text, hostile values that cannot change the structure, and the fake reading them back. */
import { describe, expect, it } from "vitest";
import { ValidationError, type ZitiFilter, zf } from "../src/index.js";
import { parseQuery } from "../src/internal/zitiql.js";
import { failure, useFake } from "./helpers.js";

const HOSTILE = [
  '" or true or name = "',
  'x" or name contains "',
  "back\\slash",
  "ends with a backslash \\",
  'quote \\" escaped already',
  "line\nbreak\r\n",
  "tab\tand\u0000nul",
  "unicode: é ü 日本 😀 \u2028",
  ") or (true",
  "name = name",
];

describe("zf builds the filter text", () => {
  it("quotes every value as a JSON string literal", () => {
    expect(zf.eq("name", "web")).toBe('name = "web"');
    expect(zf.eq("name", '" or true or name = "')).toBe('name = "\\" or true or name = \\""');
    expect(zf.eq("name", "back\\slash")).toBe('name = "back\\\\slash"');
    expect(zf.eq("name", "line\nbreak")).toBe('name = "line\\nbreak"');
    expect(zf.eq("name", "nul\u0000")).toBe('name = "nul\\u0000"');
    expect(zf.eq("name", "日本 😀")).toBe('name = "日本 😀"');
    expect(zf.eq("name", "\ud800")).toBe('name = "\\ud800"'); // a lone surrogate stays escaped ASCII
  });

  it("writes each operator, numbers, booleans, null and dates", () => {
    expect(zf.ne("type", "Router")).toBe('type != "Router"');
    expect(zf.gt("cost", 10)).toBe("cost > 10");
    expect(zf.gte("cost", 1.5)).toBe("cost >= 1.5");
    expect(zf.lt("cost", -3)).toBe("cost < -3");
    expect(zf.lte("createdAt", new Date("2025-01-02T03:04:05Z"))).toBe(
      "createdAt <= datetime(2025-01-02T03:04:05.000Z)",
    );
    expect(zf.eq("isAdmin", false)).toBe("isAdmin = false");
    expect(zf.eq("externalId", null)).toBe("externalId = null");
    expect(zf.contains("name", "web")).toBe('name contains "web"');
    expect(zf.notContains("name", "web")).toBe('not (name contains "web")');
    expect(zf.in("id", ["a", "b"])).toBe('id in ["a", "b"]');
    expect(zf.notIn("type", ["Router", "Default"])).toBe('type not in ["Router", "Default"]');
    expect(zf.isEmpty("roleAttributes")).toBe("isEmpty(roleAttributes)");
    expect(zf.eq(zf.tag("env"), "prod")).toBe('tags.env = "prod"');
    expect(zf.eq(zf.anyOf("roleAttributes"), "web")).toBe('anyOf(roleAttributes) = "web"');
    expect(zf.eq(zf.allOf("roleAttributes"), "web")).toBe('allOf(roleAttributes) = "web"');
  });

  it("combines complete expressions, parenthesising compound operands", () => {
    const web = zf.contains("name", "web");
    const prod = zf.eq(zf.tag("env"), "prod");
    expect(zf.and(web, prod)).toBe('name contains "web" and tags.env = "prod"');
    expect(zf.or(web, zf.and(prod, zf.eq("isAdmin", false)))).toBe(
      'name contains "web" or (tags.env = "prod" and isAdmin = false)',
    );
    expect(zf.not(zf.or(web, prod))).toBe('not (name contains "web" or tags.env = "prod")');
    expect(zf.and(web)).toBe(web);
    expect(zf.sort(web, "name", { field: "createdAt", order: "desc" })).toBe(
      'name contains "web" sort by name asc, createdAt desc',
    );
    expect(zf.sort(undefined, { field: "name", order: "desc" })).toBe("sort by name desc");
  });

  it.each(HOSTILE)("a hostile value stays one string literal: %j", (value) => {
    const filter = zf.and(zf.eq("name", value), zf.contains("name", value), zf.in("id", [value, "x"]));
    const { where } = parseQuery(filter);
    // The structure is exactly what the builder wrote: and(=, contains, in), the value intact.
    expect(where).toEqual({
      kind: "and",
      items: [
        { kind: "compare", field: { path: "name" }, op: "=", value },
        { kind: "contains", field: { path: "name" }, value },
        { kind: "in", field: { path: "id" }, values: [value, "x"], negated: false },
      ],
    });
  });

  it("refuses what would not be a field name, with a ValidationError naming the rule", () => {
    for (const field of ['name = "x" or name', "na me", "1name", "", "and", "tags.or", "name)"]) {
      const error = (() => {
        try {
          zf.eq(field, "x");
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).toBe("field");
    }
    expect(() => zf.tag("app-id")).toThrow(/tag key of letters, digits and _/);
    expect(() => zf.gt("cost", Number.NaN)).toThrow(/finite number/);
    expect(() => zf.in("id", [])).toThrow(/non-empty array/);
    expect(() => zf.eq("name", {} as never)).toThrow(/must be a string, a finite number/);
    expect(() => zf.sort(undefined)).toThrow(/at least one field/);
  });

  it("and/or/not take only complete expressions: a raw fragment is refused, not spliced in", () => {
    const fragment = 'x" or true or name = "' as ZitiFilter;
    expect(() => zf.and(zf.eq("name", "a"), fragment)).toThrow(ValidationError);
    expect(() => zf.not('name = "a") or (true' as ZitiFilter)).toThrow(/complete filter expression/);
    expect(zf.raw('name contains "web"')).toBe('name contains "web"');
    expect(() => zf.raw('name contains "web')).toThrow(/unterminated string/);
    expect(() => zf.and()).toThrow(/at least one filter/);
    expect(zf.check('name = "a" sort by name limit 5')).toBe('name = "a" sort by name limit 5');
    expect(() => zf.check("name ~ 1")).toThrow(ValidationError);
  });
});

describe("the fake reads what zf writes", () => {
  const { client, mocks } = useFake();

  it("finds exactly the identity whose name is the hostile string, and nothing else", async () => {
    const ziti = client();
    for (const name of HOSTILE) await ziti.identities.create({ name, type: "Device", isAdmin: false });
    for (const name of HOSTILE) {
      const found = await ziti.identities.list({ filter: zf.eq("name", name) }).toArray();
      expect(found.map((i) => i.name)).toEqual([name]);
    }
    // A naive concatenation would have matched everything: the quoted form matches nothing.
    const injected = await ziti.identities.list({ filter: zf.eq("name", '" or true or name = "') }).toArray();
    expect(injected).toHaveLength(1);
    expect(mocks.requests.at(-1)?.query).toContain(encodeURIComponent('name = "\\" or true or name = \\""'));
  });

  it("sorts, negates and matches tags and set fields", async () => {
    const ziti = client();
    for (const [name, env, attrs] of [
      ["b-web", "prod", ["web", "eu"]],
      ["a-web", "dev", ["web"]],
      ["c-db", "prod", []],
    ] as const) {
      await ziti.identities.create({ name, type: "Device", isAdmin: false, roleAttributes: [...attrs], tags: { env } });
    }
    const names = async (filter: string) =>
      (await ziti.identities.list({ filter }).toArray()).map((i) => i.name).filter((n) => n !== "Default Admin");
    expect(await names(zf.sort(zf.eq(zf.tag("env"), "prod"), { field: "name", order: "desc" }))).toEqual([
      "c-db",
      "b-web",
    ]);
    expect(await names(zf.sort(zf.eq(zf.anyOf("roleAttributes"), "web"), "name"))).toEqual(["a-web", "b-web"]);
    expect(await names(zf.and(zf.isEmpty("roleAttributes"), zf.not(zf.eq("isDefaultAdmin", true))))).toEqual(["c-db"]);
    expect(await names(zf.sort(zf.notIn("name", ["a-web", "Default Admin"]), "name"))).toEqual(["b-web", "c-db"]);
  });

  it("refuses filters it cannot read with the controller's 400 INVALID_FILTER", async () => {
    const ziti = client();
    for (const filter of ["name ~ 1", 'name = "x', "nosuchfield = 1", 'roleAttributes = "web"']) {
      const error = (await failure(ziti.identities.list({ filter }))) as { status: number; code: string };
      expect(error).toMatchObject({ status: 400, code: "INVALID_FILTER" });
    }
  });
});

/**
 * Role expressions, as policies (`identityRoles`, `serviceRoles`, `edgeRouterRoles`...) and the
 * `roleFilter` of identity, service, edge router and posture check lists take them: `#attr` selects
 * everything carrying a role attribute, `@id` one entity, `#all` everything.
 */
import { ValidationError } from "@trustplane/core";

/** A role expression: `#attribute`, `@id` or `#all`. */
export type Role = `#${string}` | `@${string}`;

function check(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") {
    throw new ValidationError(`Invalid role: ${what}: must be a non-empty string`, [
      { path: what, message: "must be a non-empty string" },
    ]);
  }
  if (/^[#@]/.test(value) || /[\r\n]/.test(value)) {
    const message = "must be the bare name or id (the helper adds # or @), without line breaks";
    throw new ValidationError(`Invalid role: ${what}: ${message}`, [{ path: what, message }]);
  }
  return value;
}

/** Builders for role expressions. */
export const roles = {
  /** Everything that carries this role attribute: `roles.attribute("web")` is `#web`. */
  attribute(name: string): Role {
    return `#${check(name, "attribute")}`;
  },
  /** Each of these attributes: `roles.attributes("web", "eu")` is `["#web", "#eu"]`. */
  attributes(...names: string[]): Role[] {
    return names.map((name) => roles.attribute(name));
  },
  /** One entity by id: `roles.id(identity.id)` is `@<id>`. */
  id(id: string): Role {
    return `@${check(id, "id")}`;
  },
  /** Everything (`#all`). */
  all: "#all" as Role,
  /** Reads a role expression back: `{ attribute }`, `{ id }` or `{ all: true }`. */
  parse(role: string): { attribute: string } | { id: string } | { all: true } | undefined {
    if (role === "#all") return { all: true };
    if (role.startsWith("#") && role.length > 1) return { attribute: role.slice(1) };
    if (role.startsWith("@") && role.length > 1) return { id: role.slice(1) };
    return undefined;
  },
} as const;

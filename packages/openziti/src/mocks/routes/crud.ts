/**
 * List, read, create, update, patch and delete for every stored kind, with the controller's rules:
 * names unique per kind, role expressions that point at existing entities, inputs checked against
 * the spec, things in use refused on delete.
 */
import type { HttpHandler } from "msw";
import { type Call, checkInput, type FakeContext, type Route } from "../context.js";
import { created, empty, FakeError, invalidField, notFound, ok } from "../http.js";
import { listAnswer } from "../query.js";
import { type CollectionName, type FakeRow, newRow } from "../state.js";

type OpName = "list" | "get" | "create" | "update" | "patch" | "delete";

/** One stored kind and its routes. */
export interface Kind {
  /** URL path segment (`identities`). */
  readonly path: string;
  readonly collection: CollectionName;
  /** For messages (`identity`). */
  readonly noun: string;
  /** operationIds of the routes it has. */
  readonly ops: Partial<Record<OpName, string>>;
  /** Fields a filter may name besides id, name, createdAt, updatedAt and tags. */
  readonly fields?: readonly string[];
  /** The list takes `roleFilter` / `roleSemantic`. */
  readonly roleFilter?: boolean;
  /** Names are unique (default true). */
  readonly uniqueName?: boolean;
  /** Role fields and the collection their `@id` roles point into. */
  readonly roles?: Readonly<Record<string, CollectionName>>;
  /** The detail view. */
  readonly view: (row: FakeRow) => Record<string, unknown>;
  /** Builds the row from a checked body (default: the body as it is). */
  readonly create?: (body: Record<string, unknown>, call: Call) => FakeRow | Promise<FakeRow>;
  /** Runs after the row is stored (related rows). */
  readonly afterCreate?: (row: FakeRow, body: Record<string, unknown>) => void;
  /** Refuses a delete (a FakeError) or cleans up related rows. */
  readonly beforeDelete?: (row: FakeRow) => void;
  /** Checks an update beyond the schema. */
  readonly beforeUpdate?: (row: FakeRow, body: Record<string, unknown>) => void;
}

const COMMON_FIELDS = ["id", "name", "createdAt", "updatedAt", "tags"];

/** Fields no update may change. */
const READ_ONLY = new Set(["id", "createdAt", "updatedAt", "_links"]);

/** The row of a kind by id, or the controller's 404. */
export function rowOf(ctx: FakeContext, kind: Pick<Kind, "collection" | "noun">, id: string | undefined): FakeRow {
  const row = id === undefined ? undefined : ctx.state[kind.collection].get(id);
  if (!row) throw notFound(kind.noun, id ?? "");
  return row;
}

/** Refuses a name another row of the collection already has. */
export function checkUniqueName(ctx: FakeContext, collection: CollectionName, name: unknown, except?: string): void {
  if (typeof name !== "string") return;
  for (const row of ctx.state[collection].values()) {
    if (row.name === name && row.id !== except)
      throw invalidField("name", "duplicate value", name, "name must be unique");
  }
}

/** Refuses `@id` roles that point at nothing. */
export function checkRoles(ctx: FakeContext, roles: Kind["roles"], body: Record<string, unknown>): void {
  for (const [field, collection] of Object.entries(roles ?? {})) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) throw invalidField(field, "must be an array of role expressions", value);
    for (const role of value) {
      if (typeof role !== "string" || !/^[#@]./.test(role)) {
        throw invalidField(field, "roles must start with # (attribute) or @ (id)", role);
      }
      if (role.startsWith("@") && !ctx.state[collection].has(role.slice(1))) {
        throw invalidField(field, `no entity with id ${role.slice(1)}`, role);
      }
    }
  }
}

/** The list/get/create/update/patch/delete routes of one kind. */
export function crudRoutes(ctx: FakeContext, route: Route, kind: Kind): HttpHandler[] {
  const collection = () => ctx.state[kind.collection];
  const fields = [...COMMON_FIELDS, ...(kind.fields ?? [])];
  const handlers: HttpHandler[] = [];
  const { ops } = kind;
  const unique = kind.uniqueName !== false;

  if (ops.list) {
    handlers.push(
      route("get", `/${kind.path}`, ops.list, ({ url }) =>
        listAnswer(url, [...collection().values()].map(kind.view), { fields, roleFilter: kind.roleFilter }),
      ),
    );
  }
  if (ops.get) {
    handlers.push(
      route("get", `/${kind.path}/:id`, ops.get, ({ params }) => ok(kind.view(rowOf(ctx, kind, params.id)))),
    );
  }
  if (ops.create) {
    const operationId = ops.create;
    handlers.push(
      route("post", `/${kind.path}`, operationId, async (call) => {
        const body = await call.body();
        await checkInput(operationId, body);
        if (unique) checkUniqueName(ctx, kind.collection, body.name);
        checkRoles(ctx, kind.roles, body);
        const row = kind.create ? await kind.create(body, call) : newRow(body);
        collection().set(row.id, row);
        kind.afterCreate?.(row, body);
        return created(row.id, kind.path);
      }),
    );
  }
  for (const [name, method] of [
    ["update", "put"],
    ["patch", "patch"],
  ] as const) {
    const operationId = ops[name];
    if (!operationId) continue;
    handlers.push(
      route(method, `/${kind.path}/:id`, operationId, async ({ params, body: read }) => {
        const row = rowOf(ctx, kind, params.id);
        const body = await read();
        await checkInput(operationId, { ...body, id: params.id });
        if (unique && body.name !== undefined) checkUniqueName(ctx, kind.collection, body.name, row.id);
        checkRoles(ctx, kind.roles, body);
        kind.beforeUpdate?.(row, body);
        for (const [key, value] of Object.entries(body)) {
          if (READ_ONLY.has(key)) continue;
          if (key === "tags") row.tags = value && typeof value === "object" ? { ...(value as object) } : {};
          else row[key] = value;
        }
        row.updatedAt = new Date().toISOString();
        return empty();
      }),
    );
  }
  if (ops.delete) {
    handlers.push(
      route("delete", `/${kind.path}/:id`, ops.delete, ({ params }) => {
        const row = rowOf(ctx, kind, params.id);
        kind.beforeDelete?.(row);
        collection().delete(row.id);
        return empty();
      }),
    );
  }
  return handlers;
}

/** 409 for a row that other rows still use. */
export function inUse(noun: string, by: string): FakeError {
  return new FakeError(409, "REFERENCED", `The ${noun} is referenced by ${by} and cannot be removed`, {
    causeMessage: `${noun} in use by ${by}`,
  });
}

/** Throws {@link inUse} (for a kind's `beforeDelete`). */
export function inUseError(noun: string, by: string): never {
  throw inUse(noun, by);
}

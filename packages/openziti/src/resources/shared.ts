import {
  type ApiPromise,
  type CallOptions,
  guard,
  NotFoundError,
  type ResourceContext,
  validate,
} from "@trustplane/core";
import { AmbiguousNameError } from "../errors.js";
import { zf } from "../filter.js";
import type { components } from "../generated/openapi.gen.js";
import { nameSchema } from "../internal/schemas.js";

/** Schemas of the spec, by name. */
export type Schemas = components["schemas"];

/** A name to look up: the name itself, or `{ name }`. */
export type NameInput = string | { readonly name: string };

/** How many matches `findByName` reads before it reports ambiguity (their ids are listed). */
const MAX_MATCHES = 50;

/**
 * One item of a list by exact name (`name = "<name>"`, quoted safely): exactly one match, else a
 * NotFoundError (none) or an AmbiguousNameError listing every id (several).
 */
export function findByName<T extends { id: string }>(
  api: ResourceContext["api"],
  listOperation: string,
  noun: string,
  input: NameInput,
  options: CallOptions | undefined,
): ApiPromise<T> {
  return guard(() => {
    const { name } = validate(
      nameSchema,
      typeof input === "string" ? { name: input } : input,
      `${noun} findByName input`,
    );
    return (
      api.call(
        listOperation,
        { query: { filter: zf.eq("name", name), limit: MAX_MATCHES }, parseAs: "json" },
        options,
      ) as ApiPromise<{ data?: T[] }>
    ).map((body) => {
      const items = Array.isArray(body?.data) ? body.data : [];
      if (items.length === 1) return items[0] as T;
      if (items.length > 1) {
        throw new AmbiguousNameError(
          noun,
          name,
          items.map((i) => i.id),
        );
      }
      throw new NotFoundError({
        status: 404,
        message: `No ${noun} is named ${JSON.stringify(name)} (${listOperation} with name = ${JSON.stringify(name)} found none)`,
        code: "NOT_FOUND",
        vendor: "openziti",
        operation: listOperation,
        headers: new Headers(),
        body: undefined,
      });
    });
  });
}

/** Keeps only what a reference needs: id and name. */
export function ref(entity: { id: string; name?: string | undefined }): { id: string; name: string } {
  return { id: entity.id, name: entity.name ?? entity.id };
}

import {
  type ApiPromise,
  type CallOptions,
  guard,
  lazy,
  type OperationPagingOptions,
  type Paged,
  ValidationError,
  validate,
} from "@trustplane/core";
import { strictObject } from "zod/mini";
import {
  type EntitiesListByIdInput,
  type EntitiesListByNameInput,
  type EntitiesMergeInput,
  EntitiesResource,
  type EntityAliasesListByIdInput,
  EntityAliasesResource,
  type LegacyAliasesListAliasesByIdInput,
  type LegacyAliasesListPersonasByIdInput,
  LegacyAliasesResource,
} from "../generated/resources.gen.js";
import { chained } from "../internal/calls.js";
import { flag, namespacePath, nonEmpty, oneOrMany, optional, stringMap, strings } from "../internal/schemas.js";
import { type Detailed, detailedList, type NamespaceInput, namespaceHeader, type Schemas } from "./shared.js";

/** An entity in a detailed list: the key the list returned, with its name, id and aliases. */
export type EntityListItem = Detailed<Schemas["EntityKeyInfo"] & { id: string }>;

/** An alias in a detailed list: its identifier (`key`), name, mount and entity. */
export type AliasListItem = Detailed<Schemas["AliasKeyInfo"]>;

/** Input of {@link Entities.upsertByName}. */
export interface UpsertEntityInput extends NamespaceInput {
  /** Entity name: created when unknown, updated otherwise. */
  name: string;
  /** Policies of the entity; replaces the stored list when given. */
  policies?: string[] | undefined;
  /** Metadata of the entity; replaces the stored map when given. */
  metadata?: Record<string, string> | undefined;
  /** Refuse the entity's tokens (without revoking them). */
  disabled?: boolean | undefined;
}

/** Input of {@link Entities.merge} in its short form. */
export interface MergeEntitiesInput extends NamespaceInput {
  /** The entity (or entities) folded in and then deleted. */
  from: string | string[];
  /** The entity that remains. */
  to: string;
  /** When aliases of one mount clash (one source entity only): the alias ids to keep. */
  keepAliasIds?: string[] | undefined;
  /** Keep the target's MFA secrets when both sides have one for the same method. */
  force?: boolean | undefined;
}

const upsertSchema = lazy(() =>
  strictObject({
    name: nonEmpty(),
    policies: optional(strings()),
    metadata: optional(stringMap()),
    disabled: optional(flag()),
    "X-Vault-Namespace": optional(namespacePath()),
  }),
);

const mergeSchema = lazy(() =>
  strictObject({
    from: oneOrMany("must be an entity id or a non-empty array of them"),
    to: nonEmpty(),
    keepAliasIds: optional(strings()),
    force: optional(flag()),
    "X-Vault-Namespace": optional(namespacePath()),
  }),
);

/** Entities: the identity of a user or machine across auth methods, with policies and metadata. */
export class Entities extends EntitiesResource {
  /** Entity identifiers joined with their `key_info`: `{ key, id, name, aliases }`. */
  listByIdDetailed(input: EntitiesListByIdInput = {}, options?: OperationPagingOptions): Paged<EntityListItem> {
    return detailedList<Schemas["EntityKeyInfo"] & { id: string }>(this.ctx, "listEntitiesById", input, options, "id");
  }

  /** Entity names joined with their `key_info`: `{ key, id, name, aliases }` (the server keys it by id; joined by name). */
  listByNameDetailed(input: EntitiesListByNameInput = {}, options?: OperationPagingOptions): Paged<EntityListItem> {
    return detailedList<Schemas["EntityKeyInfo"] & { id: string }>(
      this.ctx,
      "listEntitiesByName",
      input,
      options,
      "name",
    );
  }

  /**
   * Creates the entity `name`, or updates it when it exists (`POST /identity/entity/name/<name>`,
   * safe to repeat), then reads it back. `policies` and `metadata` replace the stored values when
   * given and are left alone when not.
   *
   * ```ts
   * const entity = await stronghold.entities.upsertByName({ name: "build-bot", policies: ["ci"], metadata: { team: "platform" } });
   * ```
   */
  upsertByName(input: UpsertEntityInput, options?: CallOptions): ApiPromise<Schemas["EntityData"]> {
    return guard(() => {
      validate(upsertSchema, input, "upsertByName input");
      const write = this.updateByName(
        {
          name: input.name,
          ...namespaceHeader(input),
          ...(input.policies !== undefined && { policies: input.policies }),
          ...(input.metadata !== undefined && { metadata: input.metadata }),
          ...(input.disabled !== undefined && { disabled: input.disabled }),
        },
        options,
      );
      return chained(async () => {
        await write;
        return { last: this.readByName({ name: input.name, ...namespaceHeader(input) }, options) };
      });
    });
  }

  /**
   * Merges entities into one: aliases, policies and MFA secrets of `from` move to `to`, and the
   * `from` entities are deleted. Takes `{ from, to }` or the API's own fields
   * (`from_entity_ids`, `to_entity_id`). When aliases of one mount clash, the 400 error lists them:
   * `mergeConflicts(error)`. Not safe to repeat (the sources are gone after the first call), so
   * it is never retried after the request was sent.
   */
  override merge(
    input: EntitiesMergeInput | MergeEntitiesInput,
    options?: CallOptions,
  ): ReturnType<EntitiesResource["merge"]> {
    if (!("from" in input || "to" in input)) return super.merge(input, options);
    return guard(() => {
      const short = validate(mergeSchema, input, "merge input") as MergeEntitiesInput;
      const from = Array.isArray(short.from) ? short.from : [short.from];
      if (from.includes(short.to)) {
        const message = "must not name the entity merged into (to)";
        throw new ValidationError(`Invalid merge input: from: ${message}`, [{ path: "from", message }]);
      }
      return super.merge(
        {
          from_entity_ids: from,
          to_entity_id: short.to,
          ...(short.keepAliasIds && { conflicting_alias_ids_to_keep: short.keepAliasIds }),
          ...(short.force !== undefined && { force: short.force }),
          ...namespaceHeader(short),
        },
        options,
      );
    });
  }
}

/** Entity aliases: links from an auth method's user (mount + name) to an entity. */
export class EntityAliases extends EntityAliasesResource {
  /** Alias identifiers joined with their `key_info`: `{ key, name, mount_accessor, mount_path, canonical_id, ... }`. */
  listByIdDetailed(input: EntityAliasesListByIdInput = {}, options?: OperationPagingOptions): Paged<AliasListItem> {
    return detailedList<Schemas["AliasKeyInfo"]>(this.ctx, "listEntityAliasesById", input, options);
  }
}

/** The older alias paths (`/identity/alias`, `/identity/persona`), kept for compatibility. */
export class LegacyAliases extends LegacyAliasesResource {
  /** Alias identifiers (`/identity/alias/id`) joined with their `key_info`. */
  listAliasesByIdDetailed(
    input: LegacyAliasesListAliasesByIdInput = {},
    options?: OperationPagingOptions,
  ): Paged<AliasListItem> {
    return detailedList<Schemas["AliasKeyInfo"]>(this.ctx, "listAliasesById", input, options);
  }

  /** Persona identifiers (`/identity/persona/id`) joined with their `key_info`. */
  listPersonasByIdDetailed(
    input: LegacyAliasesListPersonasByIdInput = {},
    options?: OperationPagingOptions,
  ): Paged<AliasListItem> {
    return detailedList<Schemas["AliasKeyInfo"]>(this.ctx, "listPersonasById", input, options);
  }
}

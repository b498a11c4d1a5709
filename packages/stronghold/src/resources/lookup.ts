import { type ApiPromise, type CallOptions, guard, lazy, ValidationError, validate } from "@trustplane/core";
import { strictObject } from "zod/mini";
import { type LookupEntityInput, type LookupGroupInput, LookupResource } from "../generated/resources.gen.js";
import { chained } from "../internal/calls.js";
import { mountPath, namespacePath, nonEmpty, optional } from "../internal/schemas.js";
import { type NamespaceInput, namespaceHeader, type Schemas } from "./shared.js";
import { resolveAccessor } from "./sys.js";

/**
 * Look up by alias: the alias name and its auth mount, by accessor or by mount path (the
 * accessor is then read from `sys/auth`, which needs `read` on `sys/auth`).
 */
export interface LookupByAliasInput extends NamespaceInput {
  /** The alias name (the user name, role ID, JWT subject... the auth method reports). */
  aliasName: string;
  /** Accessor of the alias's auth mount (`auth_approle_1a2b3c4d`). Give this or `mountPath`. */
  mountAccessor?: string | undefined;
  /** Mount path of the alias's auth method (`approle`); its accessor is looked up. Give this or `mountAccessor`. */
  mountPath?: string | undefined;
}

const byAliasSchema = lazy(() =>
  strictObject({
    aliasName: nonEmpty(),
    mountAccessor: optional(nonEmpty()),
    mountPath: optional(mountPath()),
    "X-Vault-Namespace": optional(namespacePath()),
  }),
);

const isByAlias = (input: object): input is LookupByAliasInput =>
  "aliasName" in input || "mountPath" in input || "mountAccessor" in input;

/**
 * Read-only searches for an entity or group by identifier, name or alias. Both methods also take
 * `{ aliasName, mountPath }` (or `mountAccessor`). When nothing matches the server answers 204 and
 * the call resolves to `undefined`.
 */
export class Lookup extends LookupResource {
  /**
   * The entity with this identifier, name, alias identifier or alias (`{ aliasName, mountPath }`),
   * or `undefined` when none matches.
   *
   * ```ts
   * const entity = await stronghold.lookup.entity({ aliasName: "alice", mountPath: "userpass" });
   * ```
   */
  override entity(
    input: LookupEntityInput | LookupByAliasInput = {},
    options?: CallOptions,
  ): ReturnType<LookupResource["entity"]> {
    if (!isByAlias(input)) return super.entity(input, options);
    return this.#byAlias(input, options, (body, o) => super.entity(body, o));
  }

  /** The group with this identifier, name, alias identifier or alias, or `undefined` when none matches. */
  override group(
    input: LookupGroupInput | LookupByAliasInput = {},
    options?: CallOptions,
  ): ReturnType<LookupResource["group"]> {
    if (!isByAlias(input)) return super.group(input, options);
    return this.#byAlias(input, options, (body, o) => super.group(body, o));
  }

  #byAlias<T>(
    input: LookupByAliasInput,
    options: CallOptions | undefined,
    send: (body: LookupEntityInput, options: CallOptions | undefined) => ApiPromise<T>,
  ): ApiPromise<T> {
    return guard(() => {
      validate(byAliasSchema, input, "lookup input");
      const given = (input.mountAccessor !== undefined ? 1 : 0) + (input.mountPath !== undefined ? 1 : 0);
      if (given !== 1) {
        const message = "give exactly one of mountAccessor and mountPath";
        throw new ValidationError(`Invalid lookup input: mountAccessor: ${message}`, [
          { path: "mountAccessor", message },
        ]);
      }
      const ns = namespaceHeader(input);
      return chained(async () => {
        const accessor =
          input.mountAccessor ??
          (await resolveAccessor(
            (i, o) => this.api.call("listAuthMethods", { headers: i as Record<string, string> }, o).map(authData),
            { path: input.mountPath as string, ...ns },
            options,
          ));
        return { last: send({ alias_name: input.aliasName, alias_mount_accessor: accessor, ...ns }, options) };
      });
    });
  }
}

const authData = (body: unknown): Record<string, Schemas["AuthMount"]> =>
  ((body as { data?: Record<string, Schemas["AuthMount"]> } | undefined)?.data ?? {}) as Record<
    string,
    Schemas["AuthMount"]
  >;

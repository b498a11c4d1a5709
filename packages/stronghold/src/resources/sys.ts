import { type ApiPromise, type CallOptions, guard, lazy, TrustplaneError, validate } from "@trustplane/core";
import { strictObject } from "zod/mini";
import { SysResource } from "../generated/resources.gen.js";
import { chained } from "../internal/calls.js";
import { mountPath, namespacePath, optional } from "../internal/schemas.js";
import { type NamespaceInput, namespaceHeader, type Schemas } from "./shared.js";

/** Input of {@link Sys.mountAccessor}. */
export interface MountAccessorInput extends NamespaceInput {
  /** Mount path of the auth method (`approle`, `team-a/approle`; a trailing `/` is fine). */
  path: string;
}

/** No auth method is enabled at the mount path a helper was given. */
export class UnknownMountError extends TrustplaneError {
  static override readonly kind: string = "UnknownMountError";
  /** The mount path that was asked for. */
  readonly mountPath: string;
  /** The mount paths that are enabled (in the namespace asked). */
  readonly available: readonly string[];

  constructor(path: string, available: readonly string[]) {
    super(
      `No auth method is enabled at "${path}"${available.length ? `; enabled: ${available.join(", ")}` : ""} (read from sys/auth)`,
    );
    this.mountPath = path;
    this.available = available;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), mountPath: this.mountPath, available: this.available };
  }
}

const accessorSchema = lazy(() => strictObject({ path: mountPath(), "X-Vault-Namespace": optional(namespacePath()) }));

/**
 * Finds the accessor of the auth method mounted at `path` (what `mount_accessor` of aliases and
 * lookups needs) in `sys/auth`. Reading `sys/auth` needs `read` on that path, which the `default`
 * policy does not grant.
 */
export function resolveAccessor(
  listAuthMethods: (input: NamespaceInput, options?: CallOptions) => ApiPromise<Record<string, Schemas["AuthMount"]>>,
  input: MountAccessorInput,
  options: CallOptions | undefined,
): ApiPromise<string> {
  return guard(() => {
    validate(accessorSchema, input, "mountAccessor input");
    const wanted = `${input.path.replace(/\/+$/, "")}/`;
    const list = listAuthMethods(namespaceHeader(input), options);
    return chained(async () => {
      const mounts = (await list) ?? {};
      const mount = mounts[wanted];
      if (!mount?.accessor) throw new UnknownMountError(wanted.slice(0, -1), Object.keys(mounts));
      return { last: list.map(() => mount.accessor) };
    });
  });
}

/** The enabled auth methods (`sys/auth`), and the accessor of one by its mount path. */
export class Sys extends SysResource {
  /**
   * The accessor of the auth method mounted at `path` (`auth_approle_1a2b3c4d`), read from
   * `sys/auth`: what entity and group aliases name in `mount_accessor`.
   *
   * ```ts
   * const accessor = await stronghold.sys.mountAccessor({ path: "approle" });
   * ```
   */
  mountAccessor(input: MountAccessorInput, options?: CallOptions): ApiPromise<string> {
    return resolveAccessor((i, o) => this.listAuthMethods(namespaceHeader(i), o), input, options);
  }
}

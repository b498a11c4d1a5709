import { AuthError, type AuthProvider, bearerToken, encodePathParam, lazy, validate } from "@trustplane/core";
import { strictObject } from "zod/mini";
import { isTokenRefusal } from "./errors.js";
import {
  flag,
  fn,
  mountPath,
  namespacePath,
  nonEmpty,
  optional,
  segment,
  textOrFn,
  trimMount,
} from "./internal/schemas.js";
import { type AuthTarget, LoginSession, type LoginSpec } from "./internal/session.js";

export type { AuthTarget } from "./internal/session.js";

/**
 * How a Stronghold client authenticates: `token(t)`, or a login method (`appRole`, `userpass`,
 * `jwt`, `kubernetes`) that obtains a token and keeps it fresh. The client calls
 * `createProvider` once, with its API URL and namespace.
 */
export interface StrongholdAuth {
  /** `stronghold-token`, `stronghold-approle`, `stronghold-userpass`, `stronghold-jwt`, `stronghold-kubernetes`. */
  readonly kind: string;
  /** Builds the core auth provider for one client (its API URL and namespace). */
  createProvider(target: AuthTarget): AuthProvider;
}

/** Options every login method shares. */
export interface LoginOptions {
  /**
   * Namespace of the auth mount (`X-Vault-Namespace` of the login, renew and lookup calls).
   * Default: the client's namespace. A token from a namespace also works in its child namespaces.
   */
  namespace?: string | undefined;
  /**
   * Renew the token with `auth/token/renew-self` at about two thirds of its lease while it is
   * renewable (default true). With false, a fresh login replaces it at that point instead.
   */
  renew?: boolean | undefined;
  /** Clock in epoch ms (tests pin it). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** Options of {@link appRole}. */
export interface AppRoleOptions extends LoginOptions {
  /** The role's RoleID. */
  roleId: string;
  /** A SecretID of the role; leave out for roles that do not bind one (`bind_secret_id=false`). */
  secretId?: string | undefined;
  /** Mount path of the AppRole method. Default `approle`. */
  mount?: string | undefined;
}

/** Options of {@link userpass}. */
export interface UserpassOptions extends LoginOptions {
  username: string;
  password: string;
  /** Mount path of the userpass method (LDAP and RADIUS mounts work too). Default `userpass`. */
  mount?: string | undefined;
}

/** Options of {@link jwt}. */
export interface JwtOptions extends LoginOptions {
  /** Role to log in with; the mount's default role when left out. */
  role?: string | undefined;
  /** The JWT (an OIDC ID token, a CI job token...), or a function returning a current one (asked at every login). */
  jwt: string | (() => string | Promise<string>);
  /** Mount path of the JWT/OIDC method. Default `jwt`. */
  mount?: string | undefined;
}

/** Options of {@link kubernetes}. */
export interface KubernetesOptions extends LoginOptions {
  /** Role to log in with. */
  role: string;
  /** File holding the pod's service account token, read at every login (it rotates). Default: the projected token path. */
  tokenPath?: string | undefined;
  /** Mount path of the Kubernetes method. Default `kubernetes`. */
  mount?: string | undefined;
}

/** Where Kubernetes mounts a pod's service account token. */
export const DEFAULT_SERVICE_ACCOUNT_TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/token";

const loginFields = () => ({
  namespace: optional(namespacePath()),
  renew: optional(flag()),
  now: optional(fn()),
});

const appRoleSchema = lazy(() =>
  strictObject({
    roleId: nonEmpty(),
    secretId: optional(nonEmpty()),
    mount: optional(mountPath()),
    ...loginFields(),
  }),
);
const userpassSchema = lazy(() =>
  strictObject({
    username: segment(),
    password: nonEmpty(),
    mount: optional(mountPath()),
    ...loginFields(),
  }),
);
const jwtSchema = lazy(() =>
  strictObject({
    role: optional(nonEmpty()),
    jwt: textOrFn("must be a non-empty string or a function returning one"),
    mount: optional(mountPath()),
    ...loginFields(),
  }),
);
const kubernetesSchema = lazy(() =>
  strictObject({
    role: nonEmpty(),
    tokenPath: optional(nonEmpty()),
    mount: optional(mountPath()),
    ...loginFields(),
  }),
);

/**
 * `X-Vault-Token: <token>` with a token you already have, or a function returning the current
 * one (called for every request; after a 403 "permission denied" it is asked once more and the
 * call replayed, so it can hand out a fresh token).
 */
export function token(value: string | (() => string | Promise<string>)): StrongholdAuth {
  const provider = bearerToken(value, { header: "x-vault-token", scheme: null });
  return {
    kind: "stronghold-token",
    createProvider: () => ({
      ...provider,
      kind: "stronghold-token",
      ...(typeof value === "function" && {
        isRefusal: (response) => isTokenRefusal(response.status, response.body),
      }),
    }),
  };
}

function session(kind: string, options: LoginOptions, spec: (target: AuthTarget) => LoginSpec): StrongholdAuth {
  return {
    kind,
    createProvider: (target) => {
      const scoped: AuthTarget = {
        baseUrl: target.baseUrl,
        namespace: options.namespace !== undefined ? trimNamespace(options.namespace) : target.namespace,
      };
      return new LoginSession(spec(scoped), scoped, {
        renew: options.renew !== false,
        now: options.now ?? Date.now,
      });
    },
  };
}

/** `/auth/<mount>/login`, each mount segment encoded. */
const loginPath = (mount: string, what: string) =>
  `/auth/${encodePathParam("mount", trimMount(mount), what, true)}/login`;

/**
 * AppRole login (`POST /auth/<mount>/login` with `role_id` and `secret_id`): the token is kept,
 * renewed at about two thirds of its lease, and replaced by a fresh login near its max TTL or
 * when the server refuses it.
 */
export function appRole(options: AppRoleOptions): StrongholdAuth {
  validate(appRoleSchema, options, "appRole options");
  const mount = options.mount ?? "approle";
  const roleId = options.roleId;
  const secretId = options.secretId;
  return session("stronghold-approle", options, () => ({
    kind: "stronghold-approle",
    path: loginPath(mount, "appRole options"),
    operationId: "login",
    body: async () => ({ role_id: roleId, ...(secretId !== undefined && { secret_id: secretId }) }),
  }));
}

/** Userpass login (`POST /auth/<mount>/login/<username>` with `password`); LDAP and RADIUS mounts take the same call. */
export function userpass(options: UserpassOptions): StrongholdAuth {
  validate(userpassSchema, options, "userpass options");
  const mount = options.mount ?? "userpass";
  const username = options.username;
  const password = options.password;
  return session("stronghold-userpass", options, () => ({
    kind: "stronghold-userpass",
    path: `${loginPath(mount, "userpass options")}/${encodePathParam("username", username, "userpass options")}`,
    operationId: "loginUserpass",
    body: async () => ({ password }),
  }));
}

/**
 * JWT / OIDC login (`POST /auth/<mount>/login` with `jwt` and `role`): for CI job tokens, OIDC
 * ID tokens and Kubernetes projected tokens on a JWT mount. With a function, a fresh JWT is asked
 * for at every login.
 */
export function jwt(options: JwtOptions): StrongholdAuth {
  validate(jwtSchema, options, "jwt options");
  const mount = options.mount ?? "jwt";
  const source = options.jwt;
  const role = options.role;
  return session("stronghold-jwt", options, () => ({
    kind: "stronghold-jwt",
    path: loginPath(mount, "jwt options"),
    operationId: "login",
    body: async () => {
      const value = typeof source === "function" ? await source() : source;
      if (typeof value !== "string" || value === "") throw new AuthError("the jwt function returned no JWT");
      return { jwt: value, ...(role !== undefined && { role }) };
    },
  }));
}

/**
 * Kubernetes login (`POST /auth/<mount>/login` with `role` and the pod's service account token,
 * read from `tokenPath` at every login).
 */
export function kubernetes(options: KubernetesOptions): StrongholdAuth {
  validate(kubernetesSchema, options, "kubernetes options");
  const mount = options.mount ?? "kubernetes";
  const path = options.tokenPath ?? DEFAULT_SERVICE_ACCOUNT_TOKEN_PATH;
  const role = options.role;
  return session("stronghold-kubernetes", options, () => ({
    kind: "stronghold-kubernetes",
    path: loginPath(mount, "kubernetes options"),
    operationId: "login",
    body: async () => {
      let value: string;
      try {
        // node:fs/promises loads on first use, not when the package is imported
        value = (await import("node:fs/promises").then((fs) => fs.readFile(path, "utf8"))).trim();
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw new AuthError(
          `cannot read the service account token at ${path}${typeof code === "string" ? ` (${code})` : ""}`,
        );
      }
      if (value === "") throw new AuthError(`the service account token file ${path} is empty`);
      return { role, jwt: value };
    },
  }));
}

/** `team-a/` and `/team-a` are `team-a`; the root namespace is undefined. */
export function trimNamespace(namespace: string): string | undefined {
  const trimmed = namespace.replace(/^\/+|\/+$/g, "");
  return trimmed === "" || trimmed === "root" ? undefined : trimmed;
}

/** True for the objects `token()`, `appRole()`... return. */
export function isStrongholdAuth(value: unknown): value is StrongholdAuth {
  return typeof (value as StrongholdAuth | undefined)?.createProvider === "function";
}

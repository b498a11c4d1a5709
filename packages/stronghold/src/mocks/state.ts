import type { KeyObject } from "node:crypto";
import { randomBytes, randomUUID } from "node:crypto";

/** An identity entity as the fake stores it. */
export interface FakeEntity {
  id: string;
  name: string;
  disabled: boolean;
  metadata: Record<string, string>;
  policies: string[];
  mergedEntityIds: string[];
  /** TOTP secrets by MFA method id. */
  mfaSecrets: Map<string, string>;
  created: string;
  updated: string;
}

/** An entity alias or group alias as the fake stores it. */
export interface FakeAlias {
  id: string;
  name: string;
  mountAccessor: string;
  /** The entity (entity alias) or group (group alias). */
  canonicalId: string;
  metadata: Record<string, string>;
  customMetadata: Record<string, string>;
  mergedFromCanonicalIds: string[];
  created: string;
  updated: string;
}

/** A group as the fake stores it. */
export interface FakeGroup {
  id: string;
  name: string;
  type: "internal" | "external";
  policies: string[];
  metadata: Record<string, string>;
  memberEntityIds: string[];
  memberGroupIds: string[];
  modifyIndex: number;
  created: string;
  updated: string;
}

/** An enabled auth method. */
export interface FakeMount {
  /** Mount path with a trailing `/` (`approle/`). */
  path: string;
  type: string;
  accessor: string;
  description: string;
  uuid: string;
}

/** A login MFA method of any type. */
export interface FakeMfaMethod {
  id: string;
  type: "totp" | "okta" | "duo" | "pingid";
  name: string;
  /** The configuration as written (secrets included; reads leave them out). */
  config: Record<string, unknown>;
}

/** A login MFA enforcement. */
export interface FakeEnforcement {
  id: string;
  name: string;
  mfaMethodIds: string[];
  authMethodAccessors: string[];
  authMethodTypes: string[];
  identityGroupIds: string[];
  identityEntityIds: string[];
}

/** One key pair of a named OIDC key. */
export interface FakeKeyVersion {
  kid: string;
  privateKey: KeyObject;
  publicJwk: Record<string, unknown>;
  /** Set when the key was rotated out: published until then (epoch ms). */
  retiredUntil?: number | undefined;
}

/** A named OIDC signing key; key pairs are made on first use. */
export interface FakeOidcKey {
  name: string;
  algorithm: string;
  allowedClientIds: string[];
  rotationPeriod: number;
  verificationTtl: number;
  versions: FakeKeyVersion[];
}

/** Everything one OIDC setup holds (identity tokens and the provider). */
export interface FakeOidc {
  issuer: string;
  keys: Map<string, FakeOidcKey>;
  roles: Map<string, { name: string; key: string; template: string; ttl: number; clientId: string }>;
  clients: Map<
    string,
    {
      name: string;
      clientId: string;
      clientSecret: string;
      clientType: "confidential" | "public";
      redirectUris: string[];
      assignments: string[];
      key: string;
      idTokenTtl: number;
      accessTokenTtl: number;
    }
  >;
  assignments: Map<string, { name: string; entityIds: string[]; groupIds: string[] }>;
  scopes: Map<string, { name: string; template: string; description: string }>;
  providers: Map<string, { name: string; issuer: string; allowedClientIds: string[]; scopesSupported: string[] }>;
  /** Authorization codes (single use). */
  codes: Map<
    string,
    {
      provider: string;
      clientId: string;
      entityId: string;
      redirectUri: string;
      scopes: string[];
      nonce: string | undefined;
      challenge: string | undefined;
      challengeMethod: string | undefined;
      expiresAt: number;
    }
  >;
  /** Access tokens of the provider, for userinfo. */
  accessTokens: Map<
    string,
    { provider: string; entityId: string; clientId: string; scopes: string[]; expiresAt: number }
  >;
}

/** One namespace: every identity object, the auth mounts and the OIDC setup live in one. */
export interface FakeNamespace {
  /** `""` for the root namespace, else `team-a` or `team-a/dev`. */
  path: string;
  id: string;
  entities: Map<string, FakeEntity>;
  aliases: Map<string, FakeAlias>;
  groups: Map<string, FakeGroup>;
  groupAliases: Map<string, FakeAlias>;
  mounts: Map<string, FakeMount>;
  mfaMethods: Map<string, FakeMfaMethod>;
  enforcements: Map<string, FakeEnforcement>;
  oidc: FakeOidc;
}

/** A token the fake issued. */
export interface FakeToken {
  token: string;
  accessor: string;
  /** Namespace the token belongs to; it works there and in child namespaces. */
  namespace: string;
  policies: string[];
  /** The TTL a renewal asks for, in seconds; 0 for a token that never expires. */
  ttl: number;
  issuedAt: number;
  expiresAt: number | undefined;
  /** The max TTL: renewals never go past it. */
  maxExpiresAt: number | undefined;
  renewable: boolean;
  entityId: string;
  path: string;
  displayName: string;
  meta: Record<string, string>;
  lastRenewal: number | undefined;
}

/** A response held by a wrapping token. */
export interface FakeWrap {
  token: string;
  accessor: string;
  ttl: number;
  createdAt: number;
  path: string;
  /** The wrapped answer's body. */
  body: Record<string, unknown>;
}

/** Everything the fake holds. */
export interface FakeStrongholdState {
  namespaces: Map<string, FakeNamespace>;
  tokens: Map<string, FakeToken>;
  wraps: Map<string, FakeWrap>;
  /** ACL policies by name: path patterns (`identity/*`, `sys/auth`) they allow. */
  policies: Map<string, string[]>;
  sealed: boolean;
  /** Raised by every write; sent as `X-Vault-Index`. */
  index: number;
  /** Requests carrying `X-Vault-Index` still to answer 412 (a performance standby behind). */
  standbyLag: number;
}

/** `auth_<type>_<8 hex>`. */
export const accessorFor = (type: string): string => `auth_${type}_${randomBytes(4).toString("hex")}`;

/** A Vault-style opaque token (`hvs.` + 24 random characters). */
export const newToken = (prefix = "hvs"): string => `${prefix}.${randomBytes(18).toString("base64url")}`;

/** A fresh, empty OIDC setup with what every server starts with. */
export function emptyOidc(): FakeOidc {
  return {
    issuer: "",
    keys: new Map([
      [
        "default",
        {
          name: "default",
          algorithm: "RS256",
          allowedClientIds: ["*"],
          rotationPeriod: 86400,
          verificationTtl: 86400,
          versions: [],
        },
      ],
    ]),
    roles: new Map(),
    clients: new Map(),
    assignments: new Map([["allow_all", { name: "allow_all", entityIds: ["*"], groupIds: ["*"] }]]),
    scopes: new Map(),
    providers: new Map([["default", { name: "default", issuer: "", allowedClientIds: ["*"], scopesSupported: [] }]]),
    codes: new Map(),
    accessTokens: new Map(),
  };
}

/** The auth methods every namespace of the fake has. */
export const DEFAULT_MOUNTS: ReadonlyArray<{ path: string; type: string; description: string }> = [
  { path: "token/", type: "token", description: "token based credentials" },
  { path: "approle/", type: "approle", description: "AppRole logins" },
  { path: "userpass/", type: "userpass", description: "user name and password logins" },
  { path: "jwt/", type: "jwt", description: "JWT / OIDC logins" },
  { path: "kubernetes/", type: "kubernetes", description: "Kubernetes service account logins" },
];

/** A namespace with the default auth mounts and an empty identity store. */
export function newNamespace(path: string): FakeNamespace {
  const mounts = new Map<string, FakeMount>();
  for (const m of DEFAULT_MOUNTS) {
    mounts.set(m.path, { ...m, accessor: accessorFor(m.type), uuid: randomUUID() });
  }
  return {
    path,
    id: path === "" ? "root" : randomBytes(3).toString("base64url").slice(0, 5),
    entities: new Map(),
    aliases: new Map(),
    groups: new Map(),
    groupAliases: new Map(),
    mounts,
    mfaMethods: new Map(),
    enforcements: new Map(),
    oidc: emptyOidc(),
  };
}

/** The policies every fake knows: `root` (everything), `default` (the token's own paths), `identity-admin`. */
export const BUILTIN_POLICIES: Readonly<Record<string, string[]>> = {
  root: ["*"],
  default: [
    "auth/token/lookup-self",
    "auth/token/renew-self",
    "auth/token/revoke-self",
    "sys/wrapping/*",
    "identity/oidc/token/*",
    "identity/oidc/provider/+/authorize",
    "identity/mfa/method/totp/generate",
  ],
  "identity-admin": ["identity/*", "sys/auth", "sys/auth/*"],
};

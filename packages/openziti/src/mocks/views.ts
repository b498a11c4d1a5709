/** How each stored row reads in the controller's answers (the `*Detail` schemas), derived fields included. */
import type { Relations } from "./relations.js";
import type { FakeApiSession, FakeRow, FakeZitiState } from "./state.js";

/** Fields the fake keeps but never shows. */
const HIDDEN = new Set(["password"]);

/** `{ id, createdAt, updatedAt, tags, _links }` plus every stored field that is not hidden. */
export function base(row: FakeRow, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!HIDDEN.has(key)) out[key] = value;
  out._links = { self: { href: `./${path}/${row.id}` } };
  return out;
}

/** A reference to another row (`{ id, name, entity, _links }`). */
export function entityRef(row: FakeRow | undefined, path: string, id?: unknown): Record<string, unknown> | undefined {
  if (!row) return typeof id === "string" ? { id, entity: path, _links: {} } : undefined;
  return { id: row.id, name: row.name, entity: path, _links: { self: { href: `./${path}/${row.id}` } } };
}

/** The views of every kind of row. */
export class Views {
  readonly #state: FakeZitiState;
  readonly #relations: Relations;

  constructor(state: FakeZitiState, relations: Relations) {
    this.#state = state;
    this.#relations = relations;
  }

  #display(roles: unknown, collection: Map<string, FakeRow>): Array<{ role: string; name: string }> {
    return (Array.isArray(roles) ? (roles as string[]) : []).map((role) => {
      if (role.startsWith("@"))
        return { role, name: `@${(collection.get(role.slice(1))?.name as string) ?? role.slice(1)}` };
      return { role, name: role };
    });
  }

  identity(row: FakeRow): Record<string, unknown> {
    const s = this.#state;
    const authenticators: Record<string, unknown> = {};
    const enrollment: Record<string, unknown> = {};
    for (const a of s.authenticators.values()) {
      if (a.identityId !== row.id) continue;
      if (a.method === "updb") authenticators.updb = { id: a.id, username: a.username };
      if (a.method === "cert") authenticators.cert = { id: a.id, fingerprint: a.fingerprint };
    }
    for (const e of s.enrollments.values()) {
      if (e.identityId !== row.id) continue;
      const method = e.method as string;
      enrollment[method] = {
        id: e.id,
        token: e.token,
        jwt: e.jwt,
        expiresAt: e.expiresAt,
        ...(method === "ottca" && { caId: e.caId, ca: entityRef(s.cas.get(e.caId as string), "cas", e.caId) }),
        ...(method === "updb" && { username: e.username }),
      };
    }
    const mfa = s.mfa.get(row.id);
    const hasApiSession = [...s.apiSessions.values()].some((a) => a.identityId === row.id);
    const authPolicy = s.authPolicies.get((row.authPolicyId as string) ?? "default");
    return {
      appData: {},
      defaultHostingCost: 0,
      defaultHostingPrecedence: "default",
      serviceHostingCosts: {},
      serviceHostingPrecedences: {},
      externalId: null,
      permissions: [],
      disabled: false,
      disabledAt: null,
      disabledUntil: null,
      envInfo: {},
      sdkInfo: {},
      roleAttributes: [],
      ...base(row, "identities"),
      typeId: row.type,
      type: { id: row.type, name: row.type, entity: "identity-types", _links: {} },
      authenticators,
      enrollment,
      authPolicyId: authPolicy?.id ?? "default",
      authPolicy: entityRef(authPolicy, "auth-policies", "default"),
      hasApiSession,
      hasEdgeRouterConnection: false,
      edgeRouterConnectionStatus: "offline",
      isMfaEnabled: mfa?.isVerified === true,
    };
  }

  service(row: FakeRow): Record<string, unknown> {
    return {
      roleAttributes: [],
      configs: [],
      maxIdleTimeMillis: 0,
      terminatorStrategy: "smartrouting",
      ...base(row, "services"),
      config: {},
      permissions: ["Dial", "Bind"],
      postureQueries: [],
    };
  }

  config(row: FakeRow): Record<string, unknown> {
    return {
      ...base(row, "configs"),
      configType: entityRef(this.#state.configTypes.get(row.configTypeId as string), "config-types", row.configTypeId),
    };
  }

  configType(row: FakeRow): Record<string, unknown> {
    return { schema: {}, target: null, ...base(row, "config-types") };
  }

  edgeRouter(row: FakeRow): Record<string, unknown> {
    return {
      roleAttributes: [],
      appData: {},
      cost: 0,
      noTraversal: false,
      disabled: false,
      isTunnelerEnabled: false,
      hostname: "",
      supportedProtocols: {},
      configs: [],
      ctrlChanListeners: {},
      interfaces: [],
      versionInfo: { os: "linux", arch: "amd64", version: "v1.1.0", revision: "fake", buildDate: "2025-01-01" },
      ...base(row, "edge-routers"),
      syncStatus: row.isOnline ? "SYNC_DONE" : "SYNC_NEW",
    };
  }

  servicePolicy(row: FakeRow): Record<string, unknown> {
    const s = this.#state;
    return {
      identityRoles: [],
      serviceRoles: [],
      postureCheckRoles: [],
      ...base(row, "service-policies"),
      identityRolesDisplay: this.#display(row.identityRoles, s.identities),
      serviceRolesDisplay: this.#display(row.serviceRoles, s.services),
      postureCheckRolesDisplay: this.#display(row.postureCheckRoles, s.postureChecks),
    };
  }

  edgeRouterPolicy(row: FakeRow): Record<string, unknown> {
    const s = this.#state;
    return {
      identityRoles: [],
      edgeRouterRoles: [],
      isSystem: false,
      ...base(row, "edge-router-policies"),
      identityRolesDisplay: this.#display(row.identityRoles, s.identities),
      edgeRouterRolesDisplay: this.#display(row.edgeRouterRoles, s.edgeRouters),
    };
  }

  serviceEdgeRouterPolicy(row: FakeRow): Record<string, unknown> {
    const s = this.#state;
    return {
      serviceRoles: [],
      edgeRouterRoles: [],
      ...base(row, "service-edge-router-policies"),
      serviceRolesDisplay: this.#display(row.serviceRoles, s.services),
      edgeRouterRolesDisplay: this.#display(row.edgeRouterRoles, s.edgeRouters),
    };
  }

  ca(row: FakeRow): Record<string, unknown> {
    return { identityRoles: [], identityNameFormat: "[caName]-[commonName]", ...base(row, "cas") };
  }

  enrollment(row: FakeRow): Record<string, unknown> {
    return {
      ...base(row, "enrollments"),
      identity: entityRef(this.#state.identities.get(row.identityId as string), "identities", row.identityId),
    };
  }

  authenticator(row: FakeRow): Record<string, unknown> {
    return {
      isIssuedByNetwork: row.method === "cert",
      isExtendRequested: false,
      isKeyRollRequested: false,
      extendRequestedAt: null,
      lastAuthResolvedToRoot: true,
      ...base(row, "authenticators"),
      identity: entityRef(this.#state.identities.get(row.identityId as string), "identities", row.identityId),
    };
  }

  router(row: FakeRow, path = "routers"): Record<string, unknown> {
    return {
      cost: 0,
      noTraversal: false,
      disabled: false,
      isOnline: false,
      isVerified: false,
      fingerprint: "",
      configs: [],
      ctrlChanListeners: {},
      interfaces: [],
      ...base(row, path),
    };
  }

  terminator(row: FakeRow): Record<string, unknown> {
    const s = this.#state;
    return {
      binding: "edge",
      cost: 0,
      dynamicCost: 0,
      precedence: "default",
      identity: "",
      ...base(row, "terminators"),
      service: entityRef(s.services.get(row.serviceId as string), "services", row.serviceId),
      router: entityRef(
        s.routers.get(row.routerId as string) ?? s.edgeRouters.get(row.routerId as string),
        "routers",
        row.routerId,
      ),
    };
  }

  /** A row of any of the simpler kinds. */
  plain(row: FakeRow, path: string): Record<string, unknown> {
    return base(row, path);
  }

  apiSession(session: FakeApiSession, current = false): Record<string, unknown> {
    const identity = this.#state.identities.get(session.identityId);
    const now = Date.now();
    return {
      id: session.id,
      createdAt: session.createdAt,
      updatedAt: new Date(session.lastActivityAt).toISOString(),
      tags: {},
      _links: { self: { href: `./api-sessions/${session.id}` } },
      token: session.token,
      identityId: session.identityId,
      identity: entityRef(identity, "identities", session.identityId),
      authenticatorId: session.authenticatorId,
      configTypes: session.configTypes,
      ipAddress: session.ipAddress,
      authQueries:
        session.isMfaRequired && !session.isMfaComplete
          ? [
              {
                typeId: "MFA",
                provider: "ziti",
                format: "numeric",
                httpMethod: "POST",
                httpUrl: "./authenticate/mfa",
                minLength: 4,
                maxLength: 6,
                isTotpEnrolled: true,
              },
            ]
          : [],
      isMfaRequired: session.isMfaRequired,
      isMfaComplete: session.isMfaComplete,
      isCertExtendable: session.method === "cert",
      isCertExtendRequested: false,
      isCertKeyRollRequested: false,
      improperClientCertChain: false,
      lastActivityAt: new Date(session.lastActivityAt).toISOString(),
      cachedLastActivityAt: new Date(session.lastActivityAt).toISOString(),
      ...(current && {
        expiresAt: new Date(session.expiresAt).toISOString(),
        expirationSeconds: Math.max(0, Math.round((session.expiresAt - now) / 1000)),
      }),
    };
  }

  /** Relations, for routes that need them. */
  get relations(): Relations {
    return this.#relations;
  }
}

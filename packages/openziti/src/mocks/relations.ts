/**
 * What policies connect, as the controller computes it: `#attr` selects entities carrying the
 * attribute (all of them with AllOf, any with AnyOf), `@id` one entity, `#all` every entity.
 */
import type { FakeRow, FakeZitiState } from "./state.js";

/** True when `entity` is selected by `roles` under `semantic`. */
export function matchesRoles(
  roles: readonly unknown[] | undefined,
  semantic: unknown,
  entity: { id: string; roleAttributes?: unknown },
): boolean {
  if (!roles?.length) return false;
  const attributes = Array.isArray(entity.roleAttributes) ? (entity.roleAttributes as unknown[]) : [];
  const ids: string[] = [];
  const wanted: string[] = [];
  for (const role of roles) {
    if (typeof role !== "string") continue;
    if (role === "#all") return true;
    if (role.startsWith("@")) ids.push(role.slice(1));
    else if (role.startsWith("#")) wanted.push(role.slice(1));
  }
  if (ids.includes(entity.id)) return true;
  if (wanted.length === 0) return false;
  return semantic === "AnyOf"
    ? wanted.some((a) => attributes.includes(a))
    : wanted.every((a) => attributes.includes(a));
}

const rolesOf = (row: FakeRow, field: string) => (Array.isArray(row[field]) ? (row[field] as string[]) : []);

/** The derived links between identities, services, edge routers and the three policy kinds. */
export class Relations {
  readonly #state: FakeZitiState;

  constructor(state: FakeZitiState) {
    this.#state = state;
  }

  #select(policy: FakeRow, field: string, rows: Map<string, FakeRow>): FakeRow[] {
    return [...rows.values()].filter((row) => matchesRoles(rolesOf(policy, field), policy.semantic, row));
  }

  /** Identities a service policy or edge router policy selects. */
  policyIdentities(policy: FakeRow): FakeRow[] {
    return this.#select(policy, "identityRoles", this.#state.identities);
  }

  /** Services a service policy or service edge router policy selects. */
  policyServices(policy: FakeRow): FakeRow[] {
    return this.#select(policy, "serviceRoles", this.#state.services);
  }

  /** Edge routers an edge router policy or service edge router policy selects. */
  policyEdgeRouters(policy: FakeRow): FakeRow[] {
    return this.#select(policy, "edgeRouterRoles", this.#state.edgeRouters);
  }

  /** Posture checks a service policy selects. */
  policyPostureChecks(policy: FakeRow): FakeRow[] {
    return this.#select(policy, "postureCheckRoles", this.#state.postureChecks);
  }

  /** Service policies that select the identity. */
  identityServicePolicies(identity: FakeRow): FakeRow[] {
    return [...this.#state.servicePolicies.values()].filter((p) =>
      matchesRoles(rolesOf(p, "identityRoles"), p.semantic, identity),
    );
  }

  /** Service policies that select the service. */
  serviceServicePolicies(service: FakeRow): FakeRow[] {
    return [...this.#state.servicePolicies.values()].filter((p) =>
      matchesRoles(rolesOf(p, "serviceRoles"), p.semantic, service),
    );
  }

  /** Service policies of `type` (or any) that select both. */
  grants(identity: FakeRow, service: FakeRow, type?: "Dial" | "Bind"): FakeRow[] {
    return this.identityServicePolicies(identity).filter(
      (p) => (type === undefined || p.type === type) && matchesRoles(rolesOf(p, "serviceRoles"), p.semantic, service),
    );
  }

  /** Services the identity may dial or bind. */
  identityServices(identity: FakeRow): FakeRow[] {
    return [...this.#state.services.values()].filter((s) => this.grants(identity, s).length > 0);
  }

  /** Identities that may dial or bind the service. */
  serviceIdentities(service: FakeRow): FakeRow[] {
    return [...this.#state.identities.values()].filter((i) => this.grants(i, service).length > 0);
  }

  /** Edge router policies that select the identity. */
  identityEdgeRouterPolicies(identity: FakeRow): FakeRow[] {
    return [...this.#state.edgeRouterPolicies.values()].filter((p) =>
      matchesRoles(rolesOf(p, "identityRoles"), p.semantic, identity),
    );
  }

  /** Edge routers the identity may use. */
  identityEdgeRouters(identity: FakeRow): FakeRow[] {
    const ids = new Set(
      this.identityEdgeRouterPolicies(identity).flatMap((p) => this.policyEdgeRouters(p).map((r) => r.id)),
    );
    return [...this.#state.edgeRouters.values()].filter((r) => ids.has(r.id));
  }

  /** Service edge router policies that select the service. */
  serviceServiceEdgeRouterPolicies(service: FakeRow): FakeRow[] {
    return [...this.#state.serviceEdgeRouterPolicies.values()].filter((p) =>
      matchesRoles(rolesOf(p, "serviceRoles"), p.semantic, service),
    );
  }

  /** Edge routers that may carry the service. */
  serviceEdgeRouters(service: FakeRow): FakeRow[] {
    const ids = new Set(
      this.serviceServiceEdgeRouterPolicies(service).flatMap((p) => this.policyEdgeRouters(p).map((r) => r.id)),
    );
    return [...this.#state.edgeRouters.values()].filter((r) => ids.has(r.id));
  }

  /** Edge router policies that select the edge router. */
  edgeRouterEdgeRouterPolicies(router: FakeRow): FakeRow[] {
    return [...this.#state.edgeRouterPolicies.values()].filter((p) =>
      matchesRoles(rolesOf(p, "edgeRouterRoles"), p.semantic, router),
    );
  }

  /** Service edge router policies that select the edge router. */
  edgeRouterServiceEdgeRouterPolicies(router: FakeRow): FakeRow[] {
    return [...this.#state.serviceEdgeRouterPolicies.values()].filter((p) =>
      matchesRoles(rolesOf(p, "edgeRouterRoles"), p.semantic, router),
    );
  }

  /** Identities that may use the edge router. */
  edgeRouterIdentities(router: FakeRow): FakeRow[] {
    const ids = new Set(
      this.edgeRouterEdgeRouterPolicies(router).flatMap((p) => this.policyIdentities(p).map((i) => i.id)),
    );
    return [...this.#state.identities.values()].filter((i) => ids.has(i.id));
  }

  /** Services the edge router may carry. */
  edgeRouterServices(router: FakeRow): FakeRow[] {
    const ids = new Set(
      this.edgeRouterServiceEdgeRouterPolicies(router).flatMap((p) => this.policyServices(p).map((s) => s.id)),
    );
    return [...this.#state.services.values()].filter((s) => ids.has(s.id));
  }

  /** What `GET /identities/{id}/policy-advice/{serviceId}` answers. */
  advice(identity: FakeRow, service: FakeRow): Record<string, unknown> {
    const identityRouters = this.identityEdgeRouters(identity);
    const serviceRouters = new Set(this.serviceEdgeRouters(service).map((r) => r.id));
    const common = identityRouters.filter((r) => serviceRouters.has(r.id));
    return {
      identityId: identity.id,
      identity: { id: identity.id, name: identity.name, entity: "identities", _links: {} },
      serviceId: service.id,
      service: { id: service.id, name: service.name, entity: "services", _links: {} },
      isDialAllowed: this.grants(identity, service, "Dial").length > 0,
      isBindAllowed: this.grants(identity, service, "Bind").length > 0,
      identityRouterCount: identityRouters.length,
      serviceRouterCount: serviceRouters.size,
      commonRouters: common.map((r) => ({
        id: r.id,
        name: r.name,
        entity: "edge-routers",
        isOnline: r.isOnline === true,
        _links: {},
      })),
    };
  }
}

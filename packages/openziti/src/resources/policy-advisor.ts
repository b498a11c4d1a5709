/**
 * `policyAdvisor`: can this identity dial or bind this service, through which service policies,
 * and over which edge routers (what `ziti edge policy-advisor identities` answers).
 */
import { type CallOptions, NotFoundError, validate } from "@trustplane/core";
import { policyAdvisorSchema } from "../internal/schemas.js";
import type { ZitiResources } from "./index.js";
import { ref, type Schemas } from "./shared.js";

/** An identity or service: its id or name, `{ id }` or `{ name }`. */
export type EntitySelector = string | { readonly id: string } | { readonly name: string };

/** Input of `policyAdvisor`. */
export interface PolicyAdvisorInput {
  /** The identity (id or name). */
  identity: EntitySelector;
  /** The service (id or name). */
  service: EntitySelector;
}

/** A resource by id and name. */
export interface EntityRef {
  readonly id: string;
  readonly name: string;
}

/** What the policy advisor found. */
export interface PolicyAdvisorResult {
  /** `OKAY`: the identity can use the service over at least one online edge router. `WARNING`: it could, but no common edge router is online. `ERROR`: it cannot. */
  readonly status: "OKAY" | "WARNING" | "ERROR";
  readonly identity: EntityRef;
  readonly service: EntityRef;
  /** A service policy of type Dial grants the identity this service. */
  readonly canDial: boolean;
  /** A service policy of type Bind grants it. */
  readonly canBind: boolean;
  /** The Dial service policies that match both. */
  readonly dialPolicies: readonly EntityRef[];
  /** The Bind service policies that match both. */
  readonly bindPolicies: readonly EntityRef[];
  /** Edge router policies that give the identity edge routers. */
  readonly edgeRouterPolicies: readonly EntityRef[];
  /** Service edge router policies that give the service edge routers. */
  readonly serviceEdgeRouterPolicies: readonly EntityRef[];
  /** How many edge routers the identity may use. */
  readonly identityEdgeRouterCount: number;
  /** How many edge routers may carry the service. */
  readonly serviceEdgeRouterCount: number;
  /** Edge routers in both sets, with whether each is online. */
  readonly commonEdgeRouters: ReadonlyArray<EntityRef & { readonly isOnline: boolean }>;
  /** Why it cannot work (or what to check), in words. Empty when `OKAY`. */
  readonly problems: readonly string[];
}

type Kind = "identity" | "service";

async function resolve(
  r: ZitiResources,
  kind: Kind,
  selector: EntitySelector,
  options: CallOptions | undefined,
): Promise<{ id: string; name: string }> {
  const resource = kind === "identity" ? r.identities : r.services;
  if (typeof selector !== "string") {
    const found =
      "id" in selector
        ? await resource.get({ id: selector.id }, options)
        : await resource.findByName(selector, options);
    return ref(found);
  }
  try {
    return ref(await resource.get({ id: selector }, options));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return ref(await resource.findByName(selector, options));
  }
}

/**
 * Explains whether an identity can dial or bind a service: the service policies that grant it,
 * the edge router policies and service edge router policies involved, the edge routers both
 * sides share (and whether they are online), and what is missing when it cannot work.
 */
export async function policyAdvisor(
  r: ZitiResources,
  input: PolicyAdvisorInput,
  options?: CallOptions,
): Promise<PolicyAdvisorResult> {
  const checked = validate(policyAdvisorSchema, input, "policyAdvisor input") as PolicyAdvisorInput;
  const [identity, service] = await Promise.all([
    resolve(r, "identity", checked.identity, options),
    resolve(r, "service", checked.service, options),
  ]);
  const [advice, identityPolicies, servicePolicies, erps, serps] = await Promise.all([
    r.identities.getPolicyAdvice({ id: identity.id, serviceId: service.id }, options),
    r.identities.listServicePolicies({ id: identity.id }, options).toArray(),
    r.services.listServicePolicies({ id: service.id }, options).toArray(),
    r.identities.listEdgeRouterPolicies({ id: identity.id }, options).toArray(),
    r.services.listServiceEdgeRouterPolicies({ id: service.id }, options).toArray(),
  ]);
  const serviceSide = new Set(servicePolicies.map((p) => p.id));
  const both = identityPolicies.filter((p) => serviceSide.has(p.id));
  const of = (type: Schemas["DialBind"]) => both.filter((p) => p.type === type).map(ref);
  const dialPolicies = of("Dial");
  const bindPolicies = of("Bind");
  const common = (advice.commonRouters ?? []).flatMap((er) =>
    er.id ? [{ id: er.id, name: er.name ?? er.id, isOnline: er.isOnline === true }] : [],
  );
  const identityEdgeRouterCount = advice.identityRouterCount ?? 0;
  const serviceEdgeRouterCount = advice.serviceRouterCount ?? 0;
  const canDial = advice.isDialAllowed === true;
  const canBind = advice.isBindAllowed === true;

  const problems: string[] = [];
  const who = `identity "${identity.name}"`;
  const what = `service "${service.name}"`;
  if (!canDial && !canBind) problems.push(`no service policy lets ${who} dial or bind ${what}`);
  if (identityEdgeRouterCount === 0) problems.push(`${who} may use no edge router (no edge router policy grants one)`);
  if (serviceEdgeRouterCount === 0)
    problems.push(`${what} is carried by no edge router (no service edge router policy)`);
  if (identityEdgeRouterCount > 0 && serviceEdgeRouterCount > 0 && common.length === 0) {
    problems.push(`no edge router is shared by ${who} and ${what}`);
  }
  const online = common.filter((er) => er.isOnline).length;
  if (common.length > 0 && online === 0) problems.push(`none of the ${common.length} common edge routers is online`);
  const fatal = (!canDial && !canBind) || common.length === 0;
  return {
    status: fatal ? "ERROR" : online === 0 ? "WARNING" : "OKAY",
    identity,
    service,
    canDial,
    canBind,
    dialPolicies,
    bindPolicies,
    edgeRouterPolicies: erps.map(ref),
    serviceEdgeRouterPolicies: serps.map(ref),
    identityEdgeRouterCount,
    serviceEdgeRouterCount,
    commonEdgeRouters: common,
    problems,
  };
}

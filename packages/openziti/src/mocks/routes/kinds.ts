/**
 * Every stored kind of the fake with its rules (the generic routes live in crud.ts), gathered from
 * the area modules: kinds-identities.ts, kinds-services.ts, kinds-routers.ts, kinds-policies.ts and
 * kinds-trust.ts.
 */
import type { FakeContext } from "../context.js";
import type { Kind } from "./crud.js";
import { identityKinds } from "./kinds-identities.js";
import { policyKinds } from "./kinds-policies.js";
import { routerKinds } from "./kinds-routers.js";
import { serviceKinds } from "./kinds-services.js";
import { trustKinds } from "./kinds-trust.js";

/** The kinds, bound to one fake, in the order their routes are registered. */
export function kinds(ctx: FakeContext): Kind[] {
  const identities = identityKinds(ctx);
  const services = serviceKinds(ctx);
  const routers = routerKinds(ctx);
  const policies = policyKinds(ctx);
  const trust = trustKinds(ctx);
  return [
    identities.identities,
    services.services,
    services.configs,
    services.configTypes,
    routers.edgeRouters,
    policies.servicePolicies,
    policies.edgeRouterPolicies,
    policies.serviceEdgeRouterPolicies,
    trust.cas,
    identities.enrollments,
    identities.authenticators,
    policies.postureChecks,
    services.terminators,
    trust.externalJwtSigners,
    trust.authPolicies,
    routers.routers,
    routers.transitRouters,
    trust.revocations,
    services.sessions,
  ];
}

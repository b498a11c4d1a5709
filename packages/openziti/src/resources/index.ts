/** The hand-written resource classes that replace their generated ones on the client. */
import type { Resources } from "../generated/resources.gen.js";
import { Cas } from "./cas.js";
import { Database } from "./database.js";
import { Identities } from "./identities.js";
import {
  Configs,
  EdgeRouterPolicies,
  EdgeRouters,
  ServiceEdgeRouterPolicies,
  ServicePolicies,
  Services,
} from "./named.js";

/** Resource name -> hand-written class (each extends the generated class of its resource). */
export const resourceOverrides = {
  identities: Identities,
  services: Services,
  edgeRouters: EdgeRouters,
  configs: Configs,
  servicePolicies: ServicePolicies,
  edgeRouterPolicies: EdgeRouterPolicies,
  serviceEdgeRouterPolicies: ServiceEdgeRouterPolicies,
  cas: Cas,
  database: Database,
} as const;

/** Every resource of a ZitiClient: generated classes, or the hand-written subclasses above. */
export type ZitiResources = Resources<typeof resourceOverrides>;

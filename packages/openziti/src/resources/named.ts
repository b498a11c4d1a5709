/**
 * Services, edge routers, configs and the three policy kinds, each with `findByName`: exactly one
 * match, else a NotFoundError or an AmbiguousNameError listing the ids.
 */
import type { ApiPromise, CallOptions } from "@trustplane/core";
import {
  ConfigsResource,
  EdgeRouterPoliciesResource,
  EdgeRoutersResource,
  ServiceEdgeRouterPoliciesResource,
  ServicePoliciesResource,
  ServicesResource,
} from "../generated/resources.gen.js";
import { findByName, type NameInput, type Schemas } from "./shared.js";

/** Services, with `findByName`. */
export class Services extends ServicesResource {
  /** The service with exactly this name (NotFoundError / AmbiguousNameError otherwise). */
  findByName(input: NameInput, options?: CallOptions): ApiPromise<Schemas["ServiceDetail"]> {
    return findByName(this.api, "listServices", "service", input, options);
  }
}

/** Edge routers, with `findByName`. */
export class EdgeRouters extends EdgeRoutersResource {
  /** The edge router with exactly this name (NotFoundError / AmbiguousNameError otherwise). */
  findByName(input: NameInput, options?: CallOptions): ApiPromise<Schemas["EdgeRouterDetail"]> {
    return findByName(this.api, "listEdgeRouters", "edge router", input, options);
  }
}

/** Configs and config types, with `findByName` and `findTypeByName`. */
export class Configs extends ConfigsResource {
  /** The config with exactly this name (NotFoundError / AmbiguousNameError otherwise). */
  findByName(input: NameInput, options?: CallOptions): ApiPromise<Schemas["ConfigDetail"]> {
    return findByName(this.api, "listConfigs", "config", input, options);
  }

  /** The config type with exactly this name (`intercept.v1`, `host.v1`...). */
  findTypeByName(input: NameInput, options?: CallOptions): ApiPromise<Schemas["ConfigTypeDetail"]> {
    return findByName(this.api, "listConfigTypes", "config type", input, options);
  }
}

/** Service policies (who may dial or bind which services), with `findByName`. */
export class ServicePolicies extends ServicePoliciesResource {
  /** The service policy with exactly this name (NotFoundError / AmbiguousNameError otherwise). */
  findByName(input: NameInput, options?: CallOptions): ApiPromise<Schemas["ServicePolicyDetail"]> {
    return findByName(this.api, "listServicePolicies", "service policy", input, options);
  }
}

/** Edge router policies (which identities may use which edge routers), with `findByName`. */
export class EdgeRouterPolicies extends EdgeRouterPoliciesResource {
  /** The edge router policy with exactly this name (NotFoundError / AmbiguousNameError otherwise). */
  findByName(input: NameInput, options?: CallOptions): ApiPromise<Schemas["EdgeRouterPolicyDetail"]> {
    return findByName(this.api, "listEdgeRouterPolicies", "edge router policy", input, options);
  }
}

/** Service edge router policies (which edge routers carry which services), with `findByName`. */
export class ServiceEdgeRouterPolicies extends ServiceEdgeRouterPoliciesResource {
  /** The service edge router policy with exactly this name (NotFoundError / AmbiguousNameError otherwise). */
  findByName(input: NameInput, options?: CallOptions): ApiPromise<Schemas["ServiceEdgeRouterPolicyDetail"]> {
    return findByName(this.api, "listServiceEdgeRouterPolicies", "service edge router policy", input, options);
  }
}

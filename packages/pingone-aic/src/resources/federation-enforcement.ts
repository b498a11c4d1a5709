import { type CallOptions, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
import { objectInput } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** `{ groups: "none" | "non-global" | "all" }`: which administrators must use federation. */
export type FederationEnforcementValue = Schemas["FederationEnforcement"];

const setSchema = objectInput({
  groups: z.enum(["none", "non-global", "all"], { error: 'must be "none", "non-global" or "all"' }),
});

/** Whether tenant administrators must sign in through a federated IdP (`/environment/federation/enforcement`). */
export class FederationEnforcement {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** Which administrator groups must use federation. (getEnforcement) */
  async get(options?: CallOptions): Promise<FederationEnforcementValue> {
    const result = await this.#api.raw.GET("/environment/federation/enforcement", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getEnforcement");
  }

  /** Sets which administrator groups must use federation: `none`, `non-global` or `all`. (setEnforcement) */
  async set(input: FederationEnforcementValue, options?: CallOptions): Promise<FederationEnforcementValue> {
    const body = validate(setSchema, input, "federationEnforcement.set input");
    const result = await this.#api.raw.PUT("/environment/federation/enforcement", {
      params: { header: CONFIG_VERSION },
      body,
      ...init(options),
    });
    return bodyOf(result, "setEnforcement");
  }
}

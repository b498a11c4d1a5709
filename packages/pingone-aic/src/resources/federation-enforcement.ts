import { type ApiPromise, type CallOptions, guard, lazy, validate } from "@trustplane/core";
import { type AicApi, CONFIG_VERSION, OBJECT } from "../internal/api.js";
import { input, oneOf } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** `{ groups: "none" | "non-global" | "all" }`: which administrators must use federation. */
export type FederationEnforcementValue = Schemas["FederationEnforcement"];

const setInput = lazy(() =>
  input({ groups: oneOf(["none", "non-global", "all"], 'must be "none", "non-global" or "all"') }),
);

/** Whether tenant administrators must sign in through a federated IdP (`/environment/federation/enforcement`). */
export class FederationEnforcement {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** Which administrator groups must use federation. (getEnforcement) */
  get(options?: CallOptions): ApiPromise<FederationEnforcementValue> {
    return this.#api.call("getEnforcement", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** Sets which administrator groups must use federation: `none`, `non-global` or `all`. (setEnforcement) */
  set(input: FederationEnforcementValue, options?: CallOptions): ApiPromise<FederationEnforcementValue> {
    return guard(() => {
      const body = validate(setInput, input, "federationEnforcement.set input");
      return this.#api.call("setEnforcement", { headers: CONFIG_VERSION, body, expect: OBJECT }, options);
    });
  }
}

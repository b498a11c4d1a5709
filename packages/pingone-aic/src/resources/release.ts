import type { ApiPromise, CallOptions } from "@trustplane/core";
import { type AicApi, CONFIG_VERSION, OBJECT } from "../internal/api.js";
import type { Schemas } from "./shared.js";

/** `{ currentVersion, nextUpgrade }`. */
export type ReleaseInfo = Schemas["Release"];

/** The tenant's release and upgrade schedule (`/environment/release`). */
export class Release {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** The release the tenant runs and when the next upgrade is scheduled. (getReleaseInfo) */
  get(options?: CallOptions): ApiPromise<ReleaseInfo> {
    return this.#api.call("getReleaseInfo", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }
}

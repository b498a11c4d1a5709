import type { CallOptions } from "@trustplane/core";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
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
  async get(options?: CallOptions): Promise<ReleaseInfo> {
    const result = await this.#api.raw.GET("/environment/release", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getReleaseInfo");
  }
}

import { type CallOptions, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, ESV_VERSION, init } from "../internal/api.js";
import { objectInput } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** How many variables and secrets there are. */
export type EsvCount = Schemas["EsvCount"];

const countSchema = objectInput({ onlyPending: z.boolean({ error: "must be a boolean" }).optional() });

/** Quick counts of ESVs (`/environment/count`). */
export class Count {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** How many variables and secrets exist; with `onlyPending: true`, how many wait for a restart. (getCount) */
  async get(input: { onlyPending?: boolean } = {}, options?: CallOptions): Promise<EsvCount> {
    const i = validate(countSchema, input, "count.get input");
    const result = await this.#api.raw.GET("/environment/count", {
      params: { header: ESV_VERSION, query: { ...(i.onlyPending !== undefined && { _onlyPending: i.onlyPending }) } },
      ...init(options),
    });
    return bodyOf(result, "getCount");
  }
}

import { type ApiPromise, type CallOptions, guard, lazy, validate } from "@trustplane/core";
import { optional } from "zod/mini";
import { type AicApi, ESV_VERSION, OBJECT } from "../internal/api.js";
import { flag, input } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** How many variables and secrets there are. */
export type EsvCount = Schemas["EsvCount"];

/** Input of `count.get`. */
export interface CountInput {
  /** Count only the ESVs changed since the last restart (waiting to be loaded). */
  onlyPending?: boolean | undefined;
}

const countInput = lazy(() => input({ onlyPending: optional(flag()) }));

/** Quick counts of ESVs (`/environment/count`). */
export class Count {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** How many variables and secrets exist; with `onlyPending: true`, how many wait for a restart. (getCount) */
  get(input: CountInput = {}, options?: CallOptions): ApiPromise<EsvCount> {
    return guard(() => {
      const i = validate(countInput, input, "count.get input");
      return this.#api.call(
        "getCount",
        { query: { _onlyPending: i.onlyPending }, headers: ESV_VERSION, expect: OBJECT },
        options,
      );
    });
  }
}

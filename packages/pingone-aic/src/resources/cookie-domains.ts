import { type ApiPromise, type CallOptions, guard, lazy, validate } from "@trustplane/core";
import { type AicApi, CONFIG_VERSION, OBJECT } from "../internal/api.js";
import { input, names } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** `{ domains }`: the domains the tenant sets cookies for. */
export type CookieDomainsValue = Schemas["CookieDomains"];

const setInput = lazy(() => input({ domains: names("must be an array of domain names") }));

/** Cookie domains (`/environment/cookie-domains`). */
export class CookieDomains {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** The domains the tenant sets its cookies for. (getCookieDomains) */
  get(options?: CallOptions): ApiPromise<CookieDomainsValue> {
    return this.#api.call("getCookieDomains", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** Replaces the whole list of cookie domains. (setCookieDomains) */
  set(input: { domains: string[] }, options?: CallOptions): ApiPromise<CookieDomainsValue> {
    return guard(() => {
      const body = validate(setInput, input, "cookieDomains.set input");
      return this.#api.call("setCookieDomains", { headers: CONFIG_VERSION, body, expect: OBJECT }, options);
    });
  }
}

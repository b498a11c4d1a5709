import { type CallOptions, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
import { nonEmpty, objectInput } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** `{ domains }`: the domains the tenant sets cookies for. */
export type CookieDomainsValue = Schemas["CookieDomains"];

const setSchema = objectInput({ domains: z.array(nonEmpty, { error: "must be an array of domain names" }) });

/** Cookie domains (`/environment/cookie-domains`). */
export class CookieDomains {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** The domains the tenant sets its cookies for. (getCookieDomains) */
  async get(options?: CallOptions): Promise<CookieDomainsValue> {
    const result = await this.#api.raw.GET("/environment/cookie-domains", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getCookieDomains");
  }

  /** Replaces the whole list of cookie domains. (setCookieDomains) */
  async set(input: { domains: string[] }, options?: CallOptions): Promise<CookieDomainsValue> {
    const body = validate(setSchema, input, "cookieDomains.set input");
    const result = await this.#api.raw.PUT("/environment/cookie-domains", {
      params: { header: CONFIG_VERSION },
      body,
      ...init(options),
    });
    return bodyOf(result, "setCookieDomains");
  }
}

import { type CallOptions, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
import { objectInput } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** `{ name }`: the SSO session cookie's name. */
export type SsoCookieValue = Schemas["SsoCookie"];

const setSchema = objectInput({
  name: z.string({ error: "must be a string" }).regex(/^[a-zA-Z0-9]{1,32}$/, "must be 1 to 32 letters or digits"),
});

/** The single sign-on session cookie (`/environment/sso-cookie`). */
export class SsoCookie {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** The SSO cookie's name. (getSSOCookie) */
  async get(options?: CallOptions): Promise<SsoCookieValue> {
    const result = await this.#api.raw.GET("/environment/sso-cookie", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getSSOCookie");
  }

  /** Renames the SSO cookie (1 to 32 letters or digits). (setSSOCookie) */
  async set(input: SsoCookieValue, options?: CallOptions): Promise<SsoCookieValue> {
    const body = validate(setSchema, input, "ssoCookie.set input");
    const result = await this.#api.raw.PUT("/environment/sso-cookie", {
      params: { header: CONFIG_VERSION },
      body,
      ...init(options),
    });
    return bodyOf(result, "setSSOCookie");
  }

  /** Puts the SSO cookie settings back to the tenant default (`_action=reset`). (resetSSOCookie) */
  async reset(options?: CallOptions): Promise<SsoCookieValue> {
    const result = await this.#api.raw.POST("/environment/sso-cookie", {
      params: { header: CONFIG_VERSION, query: { _action: "reset" } },
      ...init(options),
    });
    return bodyOf(result, "resetSSOCookie");
  }
}

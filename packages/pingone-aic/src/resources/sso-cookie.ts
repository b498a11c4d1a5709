import { type ApiPromise, type CallOptions, guard, lazy, validate } from "@trustplane/core";
import { regex } from "zod/mini";
import { type AicApi, CONFIG_VERSION, OBJECT } from "../internal/api.js";
import { input, text } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** `{ name }`: the SSO session cookie's name. */
export type SsoCookieValue = Schemas["SsoCookie"];

const setInput = lazy(() =>
  input({ name: text().check(regex(/^[a-zA-Z0-9]{1,32}$/, "must be 1 to 32 letters or digits")) }),
);

/** The single sign-on session cookie (`/environment/sso-cookie`). */
export class SsoCookie {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** The SSO cookie's name. (getSSOCookie) */
  get(options?: CallOptions): ApiPromise<SsoCookieValue> {
    return this.#api.call("getSSOCookie", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** Renames the SSO cookie (1 to 32 letters or digits). (setSSOCookie) */
  set(input: SsoCookieValue, options?: CallOptions): ApiPromise<SsoCookieValue> {
    return guard(() => {
      const body = validate(setInput, input, "ssoCookie.set input");
      return this.#api.call("setSSOCookie", { headers: CONFIG_VERSION, body, expect: OBJECT }, options);
    });
  }

  /** Puts the SSO cookie settings back to the tenant default (`_action=reset`). (resetSSOCookie) */
  reset(options?: CallOptions): ApiPromise<SsoCookieValue> {
    return this.#api.call(
      "resetSSOCookie",
      { query: { _action: "reset" }, headers: CONFIG_VERSION, expect: OBJECT },
      options,
    );
  }
}

import { type ApiPromise, BadRequestError, type CallOptions, guard, lazy, validate } from "@trustplane/core";
import { type AicApi, CONFIG_VERSION, OBJECT, recoverWith } from "../internal/api.js";
import { input, names, nonEmpty, oneOf } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** `{ domains }`: a realm's custom domain names. */
export type CustomDomainsValue = Schemas["CustomDomains"];

/** A realm with custom domains. */
export type Realm = "alpha" | "bravo";

/** What `customDomains.verifyCname` found. */
export interface CnameCheck {
  /** The domain checked. */
  name: string;
  /** True when its CNAME record points at the tenant. */
  verified: boolean;
  /** The tenant's explanation when it is not (yet) verified. */
  reason?: string | undefined;
}

const realm = () => oneOf(["alpha", "bravo"], 'must be "alpha" or "bravo"');
const realmInput = lazy(() => input({ realm: realm() }));
const setInput = lazy(() => input({ realm: realm(), domains: names("must be an array of domain names") }));
const verifyInput = lazy(() => input({ name: nonEmpty() }));

/** Custom DNS names per realm, and CNAME verification (`/environment/custom-domains`). */
export class CustomDomains {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /**
   * Checks that the domain's CNAME points at the tenant (`_action=verify`). Resolves with
   * `verified: false` and the tenant's reason when it answers 400 (not, or not yet, in place);
   * `withResponse()` then shows that 400. (verifyCustomDomains)
   */
  verifyCname(input: { name: string }, options?: CallOptions): ApiPromise<CnameCheck> {
    return guard(() => {
      const { name } = validate(verifyInput, input, "customDomains.verifyCname input");
      const call = this.#api
        .call(
          "verifyCustomDomains",
          { query: { _action: "verify" }, headers: CONFIG_VERSION, body: { name }, parseAs: "none" },
          options,
        )
        .map((): CnameCheck => ({ name, verified: true }));
      return recoverWith(call, (error): CnameCheck | undefined => {
        if (!(error instanceof BadRequestError)) return undefined;
        const body = error.body as { message?: unknown } | undefined;
        return { name, verified: false, reason: typeof body?.message === "string" ? body.message : undefined };
      });
    });
  }

  /** The realm's custom domains. (getCustomDomains) */
  get(input: { realm: Realm }, options?: CallOptions): ApiPromise<CustomDomainsValue> {
    return guard(() => {
      const i = validate(realmInput, input, "customDomains.get input");
      return this.#api.call(
        "getCustomDomains",
        { path: { realm: i.realm }, headers: CONFIG_VERSION, expect: OBJECT },
        options,
      );
    });
  }

  /** Replaces the realm's whole list of custom domains (verify each CNAME first). (setCustomDomains) */
  set(input: { realm: Realm; domains: string[] }, options?: CallOptions): ApiPromise<CustomDomainsValue> {
    return guard(() => {
      const i = validate(setInput, input, "customDomains.set input");
      return this.#api.call(
        "setCustomDomains",
        { path: { realm: i.realm }, headers: CONFIG_VERSION, body: { domains: i.domains }, expect: OBJECT },
        options,
      );
    });
  }
}

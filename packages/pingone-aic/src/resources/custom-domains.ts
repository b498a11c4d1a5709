import { BadRequestError, type CallOptions, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
import { nonEmpty, objectInput } from "../internal/schemas.js";
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

const realm = z.enum(["alpha", "bravo"], { error: 'must be "alpha" or "bravo"' });
const realmSchema = objectInput({ realm });
const setSchema = objectInput({ realm, domains: z.array(nonEmpty, { error: "must be an array of domain names" }) });
const verifySchema = objectInput({ name: nonEmpty });

/** Custom DNS names per realm, and CNAME verification (`/environment/custom-domains`). */
export class CustomDomains {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /**
   * Checks that the domain's CNAME points at the tenant (`_action=verify`). Resolves with
   * `verified: false` and the tenant's reason when it answers 400 (not, or not yet, in place).
   * (verifyCustomDomains)
   */
  async verifyCname(input: { name: string }, options?: CallOptions): Promise<CnameCheck> {
    const { name } = validate(verifySchema, input, "customDomains.verifyCname input");
    try {
      await this.#api.raw.POST("/environment/custom-domains", {
        params: { header: CONFIG_VERSION, query: { _action: "verify" } },
        body: { name },
        ...init(options),
      });
      return { name, verified: true };
    } catch (error) {
      if (error instanceof BadRequestError) {
        const body = error.body as { message?: unknown } | undefined;
        return { name, verified: false, reason: typeof body?.message === "string" ? body.message : undefined };
      }
      throw error;
    }
  }

  /** The realm's custom domains. (getCustomDomains) */
  async get(input: { realm: Realm }, options?: CallOptions): Promise<CustomDomainsValue> {
    const i = validate(realmSchema, input, "customDomains.get input");
    const result = await this.#api.raw.GET("/environment/custom-domains/{realm}", {
      params: { header: CONFIG_VERSION, path: { realm: i.realm } },
      ...init(options),
    });
    return bodyOf(result, "getCustomDomains");
  }

  /** Replaces the realm's whole list of custom domains (verify each CNAME first). (setCustomDomains) */
  async set(input: { realm: Realm; domains: string[] }, options?: CallOptions): Promise<CustomDomainsValue> {
    const i = validate(setSchema, input, "customDomains.set input");
    const result = await this.#api.raw.PUT("/environment/custom-domains/{realm}", {
      params: { header: CONFIG_VERSION, path: { realm: i.realm } },
      body: { domains: i.domains },
      ...init(options),
    });
    return bodyOf(result, "setCustomDomains");
  }
}

import { type CallOptions, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
import { objectInput } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** A Content-Security-Policy: whether it is sent, and each directive's source list. */
export type ContentSecurityPolicyValue = Schemas["ContentSecurityPolicy"];

const policySchema = objectInput({
  active: z.boolean({ error: "must be a boolean" }).optional(),
  directives: z
    .record(
      z.string(),
      z.array(z.string({ error: "each source must be a string" }), { error: "must be an array of sources" }),
      { error: "must map directive names to arrays of sources" },
    )
    .optional(),
});

/**
 * The Content-Security-Policy headers of the tenant's pages (`/environment/content-security-policy`):
 * the enforced one and the report-only one. Setting replaces the whole policy.
 */
export class ContentSecurityPolicy {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** The enforced policy. (getEnforcedContentSecurityPolicy) */
  async getEnforced(options?: CallOptions): Promise<ContentSecurityPolicyValue> {
    const result = await this.#api.raw.GET("/environment/content-security-policy/enforced", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getEnforcedContentSecurityPolicy");
  }

  /** Replaces the enforced policy: its active flag and every directive. (setEnforcedContentSecurityPolicy) */
  async setEnforced(input: ContentSecurityPolicyValue, options?: CallOptions): Promise<ContentSecurityPolicyValue> {
    const body = validate(policySchema, input, "contentSecurityPolicy.setEnforced input");
    const result = await this.#api.raw.PUT("/environment/content-security-policy/enforced", {
      params: { header: CONFIG_VERSION },
      body,
      ...init(options),
    });
    return bodyOf(result, "setEnforcedContentSecurityPolicy");
  }

  /** The report-only policy (violations are reported, not blocked). (getReportOnlyContentSecurityPolicy) */
  async getReportOnly(options?: CallOptions): Promise<ContentSecurityPolicyValue> {
    const result = await this.#api.raw.GET("/environment/content-security-policy/report-only", {
      params: { header: CONFIG_VERSION },
      ...init(options),
    });
    return bodyOf(result, "getReportOnlyContentSecurityPolicy");
  }

  /** Replaces the report-only policy. (setReportOnlyContentSecurityPolicy) */
  async setReportOnly(input: ContentSecurityPolicyValue, options?: CallOptions): Promise<ContentSecurityPolicyValue> {
    const body = validate(policySchema, input, "contentSecurityPolicy.setReportOnly input");
    const result = await this.#api.raw.PUT("/environment/content-security-policy/report-only", {
      params: { header: CONFIG_VERSION },
      body,
      ...init(options),
    });
    return bodyOf(result, "setReportOnlyContentSecurityPolicy");
  }
}

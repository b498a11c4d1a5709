import { type ApiPromise, type CallOptions, guard, lazy, validate } from "@trustplane/core";
import { optional } from "zod/mini";
import { type AicApi, CONFIG_VERSION, OBJECT } from "../internal/api.js";
import { directives, flag, input } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** A Content-Security-Policy: whether it is sent, and each directive's source list. */
export type ContentSecurityPolicyValue = Schemas["ContentSecurityPolicy"];

/** Input of `setEnforced` / `setReportOnly`: the whole policy. */
export interface ContentSecurityPolicyInput {
  /** Whether the policy is sent. */
  active?: boolean | undefined;
  /** Each directive (`script-src`...) with its sources (`'self'`, `https://cdn.example.com`...). */
  directives?: Record<string, string[]> | undefined;
}

const policyInput = lazy(() => input({ active: optional(flag()), directives: optional(directives()) }));

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
  getEnforced(options?: CallOptions): ApiPromise<ContentSecurityPolicyValue> {
    return this.#api.call("getEnforcedContentSecurityPolicy", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** Replaces the enforced policy: its active flag and every directive. (setEnforcedContentSecurityPolicy) */
  setEnforced(input: ContentSecurityPolicyInput, options?: CallOptions): ApiPromise<ContentSecurityPolicyValue> {
    return guard(() => {
      const body = validate(policyInput, input, "contentSecurityPolicy.setEnforced input");
      return this.#api.call(
        "setEnforcedContentSecurityPolicy",
        { headers: CONFIG_VERSION, body, expect: OBJECT },
        options,
      );
    });
  }

  /** The report-only policy (violations are reported, not blocked). (getReportOnlyContentSecurityPolicy) */
  getReportOnly(options?: CallOptions): ApiPromise<ContentSecurityPolicyValue> {
    return this.#api.call("getReportOnlyContentSecurityPolicy", { headers: CONFIG_VERSION, expect: OBJECT }, options);
  }

  /** Replaces the report-only policy. (setReportOnlyContentSecurityPolicy) */
  setReportOnly(input: ContentSecurityPolicyInput, options?: CallOptions): ApiPromise<ContentSecurityPolicyValue> {
    return guard(() => {
      const body = validate(policyInput, input, "contentSecurityPolicy.setReportOnly input");
      return this.#api.call(
        "setReportOnlyContentSecurityPolicy",
        { headers: CONFIG_VERSION, body, expect: OBJECT },
        options,
      );
    });
  }
}

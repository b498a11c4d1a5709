import { type CallOptions, callInit, type Paged, requireData, validate } from "@trustplane/core";
import { z } from "zod";
import { DEFAULT_PAGE_SIZE, environmentOf, halPaged, pageInit, type ResourceContext } from "../internal/context.js";
import { days, environmentOverride, id, limit, nonEmpty } from "../internal/schemas.js";
import type {
  EnvironmentInput,
  KeyRotationPolicy,
  KeyRotationPolicyAttributes,
  ListInput,
  ListOptions,
} from "../types.js";

/** Names one key rotation policy. */
export interface KeyRotationPolicyRef extends EnvironmentInput {
  keyRotationPolicyId: string;
}

const attributes = {
  name: nonEmpty("name"),
  algorithm: z.literal("RSA", { error: 'algorithm must be "RSA"' }),
  keyLength: z
    .number({ error: "keyLength must be a number" })
    .int("keyLength must be an integer")
    .min(2048, "keyLength must be >= 2048"),
  signatureAlgorithm: z.literal("SHA256withRSA", { error: 'signatureAlgorithm must be "SHA256withRSA"' }),
  usageType: z.literal("SIGNING", { error: 'usageType must be "SIGNING"' }),
  dn: nonEmpty("dn"),
  rotationPeriod: z
    .number({ error: "rotationPeriod must be a number" })
    .int("rotationPeriod must be an integer")
    .min(30, "rotationPeriod must be >= 30 days")
    .optional(),
  validityPeriod: days("validityPeriod").optional(),
};
const createSchema = z.object({ ...environmentOverride, ...attributes });
const updateSchema = z.object({
  ...environmentOverride,
  keyRotationPolicyId: id("keyRotationPolicyId"),
  ...attributes,
});
const ref = z.object({ ...environmentOverride, keyRotationPolicyId: id("keyRotationPolicyId") });
const listSchema = z.object({ ...environmentOverride, limit });

const withDefaults = (body: KeyRotationPolicyAttributes) => ({
  ...body,
  rotationPeriod: body.rotationPeriod ?? 90,
  validityPeriod: body.validityPeriod ?? 365,
});

/** Policies that have PingOne generate and roll over signing keys on a schedule. */
export class KeyRotationPolicies {
  readonly #ctx: ResourceContext;

  /** @internal Built by `createPingOneClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  /** Every key rotation policy, paging itself. `GET /environments/{environmentId}/keyRotationPolicies`. */
  list(input: ListInput = {}, options?: ListOptions): Paged<KeyRotationPolicy> {
    const i = validate(listSchema, input, "keyRotationPolicies.list input");
    const environmentId = environmentOf(this.#ctx, i);
    return halPaged<KeyRotationPolicy>(this.#ctx, "keyRotationPolicies", options, (signal) =>
      this.#ctx.api.raw.GET("/environments/{environmentId}/keyRotationPolicies", {
        params: { path: { environmentId }, query: { limit: i.limit ?? DEFAULT_PAGE_SIZE } },
        ...pageInit(options, signal),
      }),
    );
  }

  /** Creates a policy. `POST /environments/{environmentId}/keyRotationPolicies`. */
  async create(
    input: KeyRotationPolicyAttributes & EnvironmentInput,
    options?: CallOptions,
  ): Promise<KeyRotationPolicy> {
    const { environmentId, ...body } = validate(createSchema, input, "keyRotationPolicies.create input");
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/keyRotationPolicies", {
      params: { path: { environmentId: environmentOf(this.#ctx, { environmentId }) } },
      body: withDefaults(body),
      ...callInit(options),
    });
    return requireData(data, "createKeyRotationPolicy");
  }

  /** Reads a policy. `GET /environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}`. */
  async get(input: KeyRotationPolicyRef, options?: CallOptions): Promise<KeyRotationPolicy> {
    const i = validate(ref, input, "keyRotationPolicies.get input");
    const { data } = await this.#ctx.api.raw.GET(
      "/environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}",
      {
        params: { path: { environmentId: environmentOf(this.#ctx, i), keyRotationPolicyId: i.keyRotationPolicyId } },
        ...callInit(options),
      },
    );
    return requireData(data, "getKeyRotationPolicy");
  }

  /**
   * Replaces a policy's settings (send every writable field).
   * `PUT /environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}`.
   */
  async update(
    input: KeyRotationPolicyRef & KeyRotationPolicyAttributes,
    options?: CallOptions,
  ): Promise<KeyRotationPolicy> {
    const { environmentId, keyRotationPolicyId, ...body } = validate(
      updateSchema,
      input,
      "keyRotationPolicies.update input",
    );
    const { data } = await this.#ctx.api.raw.PUT(
      "/environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}",
      {
        params: { path: { environmentId: environmentOf(this.#ctx, { environmentId }), keyRotationPolicyId } },
        body: withDefaults(body),
        ...callInit(options),
      },
    );
    return requireData(data, "updateKeyRotationPolicy");
  }

  /** Deletes a policy. `DELETE /environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}`. */
  async delete(input: KeyRotationPolicyRef, options?: CallOptions): Promise<void> {
    const i = validate(ref, input, "keyRotationPolicies.delete input");
    await this.#ctx.api.raw.DELETE("/environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}", {
      params: { path: { environmentId: environmentOf(this.#ctx, i), keyRotationPolicyId: i.keyRotationPolicyId } },
      ...callInit(options),
    });
  }
}

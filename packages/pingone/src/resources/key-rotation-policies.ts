import { type ApiPromise, type CallOptions, guard, guardPaged, lazy, type Paged, validate } from "@trustplane/core";
import { literal, optional } from "zod/mini";
import {
  callOptions,
  DEFAULT_PAGE_SIZE,
  environmentOf,
  halPaged,
  OBJECT,
  type PingOneApi,
  type ResourceContext,
} from "../internal/context.js";
import { days, environmentOverride, input, intAtLeast, limit, nonEmpty, rule, uuid } from "../internal/schemas.js";
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

const attributes = () => ({
  name: nonEmpty(),
  algorithm: literal("RSA", rule('must be "RSA"')),
  keyLength: intAtLeast(2048),
  signatureAlgorithm: literal("SHA256withRSA", rule('must be "SHA256withRSA"')),
  usageType: literal("SIGNING", rule('must be "SIGNING"')),
  dn: nonEmpty(),
  rotationPeriod: optional(intAtLeast(30, " days")),
  validityPeriod: optional(days()),
});
const createSchema = lazy(() => input({ ...environmentOverride(), ...attributes() }));
const updateSchema = lazy(() => input({ ...environmentOverride(), keyRotationPolicyId: uuid(), ...attributes() }));
const ref = lazy(() => input({ ...environmentOverride(), keyRotationPolicyId: uuid() }));
const listSchema = lazy(() => input({ ...environmentOverride(), limit: limit() }));

const withDefaults = (body: KeyRotationPolicyAttributes) => ({
  ...body,
  rotationPeriod: body.rotationPeriod ?? 90,
  validityPeriod: body.validityPeriod ?? 365,
});

/** Policies that have PingOne generate and roll over signing keys on a schedule. */
export class KeyRotationPolicies {
  readonly #api: PingOneApi;
  readonly #ctx: ResourceContext;

  /** @internal Built by `createPingOneClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
    this.#api = ctx.api;
  }

  /** Every key rotation policy, paging itself. `GET /environments/{environmentId}/keyRotationPolicies`. */
  list(input: ListInput = {}, options?: ListOptions): Paged<KeyRotationPolicy> {
    return guardPaged(() => {
      const i = validate(listSchema, input, "keyRotationPolicies.list input");
      const opts = callOptions(options, "keyRotationPolicies.list");
      const path = { environmentId: environmentOf(this.#ctx, i) };
      const query = { limit: i.limit ?? DEFAULT_PAGE_SIZE };
      return halPaged<KeyRotationPolicy>(this.#api, "keyRotationPolicies", opts, (url, call) =>
        this.#api.call("listKeyRotationPolicies", { ...(url ? { url } : { path, query }), expect: OBJECT }, call),
      );
    });
  }

  /** Creates a policy. `POST /environments/{environmentId}/keyRotationPolicies`. */
  create(input: KeyRotationPolicyAttributes & EnvironmentInput, options?: CallOptions): ApiPromise<KeyRotationPolicy> {
    return guard(() => {
      const { environmentId, ...body } = validate(createSchema, input, "keyRotationPolicies.create input");
      return this.#api.call<"createKeyRotationPolicy", KeyRotationPolicy>(
        "createKeyRotationPolicy",
        {
          path: { environmentId: environmentOf(this.#ctx, { environmentId }) },
          body: withDefaults(body),
          expect: OBJECT,
        },
        callOptions(options, "keyRotationPolicies.create"),
      );
    });
  }

  /** Reads a policy. `GET /environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}`. */
  get(input: KeyRotationPolicyRef, options?: CallOptions): ApiPromise<KeyRotationPolicy> {
    return guard(() => {
      const i = validate(ref, input, "keyRotationPolicies.get input");
      return this.#api.call<"getKeyRotationPolicy", KeyRotationPolicy>(
        "getKeyRotationPolicy",
        {
          path: { environmentId: environmentOf(this.#ctx, i), keyRotationPolicyId: i.keyRotationPolicyId },
          expect: OBJECT,
        },
        callOptions(options, "keyRotationPolicies.get"),
      );
    });
  }

  /**
   * Replaces a policy's settings (send every writable field).
   * `PUT /environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}`.
   */
  update(
    input: KeyRotationPolicyRef & KeyRotationPolicyAttributes,
    options?: CallOptions,
  ): ApiPromise<KeyRotationPolicy> {
    return guard(() => {
      const { environmentId, keyRotationPolicyId, ...body } = validate(
        updateSchema,
        input,
        "keyRotationPolicies.update input",
      );
      return this.#api.call<"updateKeyRotationPolicy", KeyRotationPolicy>(
        "updateKeyRotationPolicy",
        {
          path: { environmentId: environmentOf(this.#ctx, { environmentId }), keyRotationPolicyId },
          body: withDefaults(body),
          expect: OBJECT,
        },
        callOptions(options, "keyRotationPolicies.update"),
      );
    });
  }

  /** Deletes a policy. `DELETE /environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}`. */
  delete(input: KeyRotationPolicyRef, options?: CallOptions): ApiPromise<void> {
    return guard(() => {
      const i = validate(ref, input, "keyRotationPolicies.delete input");
      return this.#api.call<"deleteKeyRotationPolicy", void>(
        "deleteKeyRotationPolicy",
        {
          path: { environmentId: environmentOf(this.#ctx, i), keyRotationPolicyId: i.keyRotationPolicyId },
          parseAs: "none",
        },
        callOptions(options, "keyRotationPolicies.delete"),
      );
    });
  }
}

import { type CallOptions, callInit, requireData, validate } from "@trustplane/core";
import { z } from "zod";
import { environmentOf, type ResourceContext } from "../internal/context.js";
import { environmentOverride } from "../internal/schemas.js";
import type { CryptoRequest, CryptoResult, EnvironmentInput } from "../types.js";

/**
 * Input of the crypto methods. The members of `body` are not described by the sources this
 * client's spec was written from, so it is sent as given: use the fields PingOne documents for
 * the operation (the key to use and the data; for verify, the signature too).
 */
export interface CryptoInput extends EnvironmentInput {
  body: CryptoRequest;
}

const schema = z.object({
  ...environmentOverride,
  body: z.record(z.string(), z.unknown(), { error: "body must be a JSON object" }),
});

/**
 * Encrypt, decrypt, sign and verify with keys held by the environment. These calls change
 * nothing on the server, so they are retried like reads.
 */
export class Crypto {
  readonly #ctx: ResourceContext;

  /** @internal Built by `createPingOneClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  /** Encrypts data with an environment key. `POST /environments/{environmentId}/encryptions`. */
  async encrypt(input: CryptoInput, options?: CallOptions): Promise<CryptoResult> {
    const i = validate(schema, input, "crypto.encrypt input");
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/encryptions", {
      params: { path: { environmentId: environmentOf(this.#ctx, i) } },
      body: i.body,
      ...callInit(options),
    });
    return requireData(data, "encryptWithKey");
  }

  /**
   * Decrypts data with an environment key. The result holds plaintext: treat it as a secret.
   * `POST /environments/{environmentId}/decryptions`.
   */
  async decrypt(input: CryptoInput, options?: CallOptions): Promise<CryptoResult> {
    const i = validate(schema, input, "crypto.decrypt input");
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/decryptions", {
      params: { path: { environmentId: environmentOf(this.#ctx, i) } },
      body: i.body,
      ...callInit(options),
    });
    return requireData(data, "decryptWithKey");
  }

  /** Signs data with an environment signing key. `POST /environments/{environmentId}/signings`. */
  async sign(input: CryptoInput, options?: CallOptions): Promise<CryptoResult> {
    const i = validate(schema, input, "crypto.sign input");
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/signings", {
      params: { path: { environmentId: environmentOf(this.#ctx, i) } },
      body: i.body,
      ...callInit(options),
    });
    return requireData(data, "signWithKey");
  }

  /** Verifies a signature with an environment key. `POST /environments/{environmentId}/verifications`. */
  async verify(input: CryptoInput, options?: CallOptions): Promise<CryptoResult> {
    const i = validate(schema, input, "crypto.verify input");
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/verifications", {
      params: { path: { environmentId: environmentOf(this.#ctx, i) } },
      body: i.body,
      ...callInit(options),
    });
    return requireData(data, "verifyWithKey");
  }
}

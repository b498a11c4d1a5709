import { type ApiPromise, type CallOptions, type CallRequest, guard, lazy, validate } from "@trustplane/core";
import { record, string, unknown } from "zod/mini";
import { callOptions, environmentOf, OBJECT, type PingOneApi, type ResourceContext } from "../internal/context.js";
import { environmentOverride, input, rule } from "../internal/schemas.js";
import type { CryptoRequest, CryptoResult, EnvironmentInput } from "../types.js";

/**
 * Input of the crypto methods. The members of `body` are not described by the sources this
 * client's spec was written from, so it is sent as given: use the fields PingOne documents for
 * the operation (the key to use and the data; for verify, the signature too).
 */
export interface CryptoInput extends EnvironmentInput {
  body: CryptoRequest;
}

const schema = lazy(() =>
  input({ ...environmentOverride(), body: record(string(), unknown(), rule("must be a JSON object")) }),
);

/**
 * Encrypt, decrypt, sign and verify with keys held by the environment. These calls change
 * nothing on the server, so they are retried like reads.
 */
export class Crypto {
  readonly #api: PingOneApi;
  readonly #ctx: ResourceContext;

  /** @internal Built by `createPingOneClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
    this.#api = ctx.api;
  }

  /** Encrypts data with an environment key. `POST /environments/{environmentId}/encryptions`. */
  encrypt(input: CryptoInput, options?: CallOptions): ApiPromise<CryptoResult> {
    return guard(() =>
      this.#api.call<"encryptWithKey", CryptoResult>(
        "encryptWithKey",
        this.#request(input, "crypto.encrypt"),
        callOptions(options, "crypto.encrypt"),
      ),
    );
  }

  /**
   * Decrypts data with an environment key. The result holds plaintext: treat it as a secret.
   * `POST /environments/{environmentId}/decryptions`.
   */
  decrypt(input: CryptoInput, options?: CallOptions): ApiPromise<CryptoResult> {
    return guard(() =>
      this.#api.call<"decryptWithKey", CryptoResult>(
        "decryptWithKey",
        this.#request(input, "crypto.decrypt"),
        callOptions(options, "crypto.decrypt"),
      ),
    );
  }

  /** Signs data with an environment signing key. `POST /environments/{environmentId}/signings`. */
  sign(input: CryptoInput, options?: CallOptions): ApiPromise<CryptoResult> {
    return guard(() =>
      this.#api.call<"signWithKey", CryptoResult>(
        "signWithKey",
        this.#request(input, "crypto.sign"),
        callOptions(options, "crypto.sign"),
      ),
    );
  }

  /** Verifies a signature with an environment key. `POST /environments/{environmentId}/verifications`. */
  verify(input: CryptoInput, options?: CallOptions): ApiPromise<CryptoResult> {
    return guard(() =>
      this.#api.call<"verifyWithKey", CryptoResult>(
        "verifyWithKey",
        this.#request(input, "crypto.verify"),
        callOptions(options, "crypto.verify"),
      ),
    );
  }

  /** The checked request of a crypto call: the environment and the body as given. */
  #request(input: CryptoInput, method: string): CallRequest {
    const i = validate(schema, input, `${method} input`);
    return { path: { environmentId: environmentOf(this.#ctx, i) }, body: i.body, expect: OBJECT };
  }
}

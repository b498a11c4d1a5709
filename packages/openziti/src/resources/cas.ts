import { type ApiPromise, type CallOptions, guard, type UnwrappedBody, validate } from "@trustplane/core";
import { WELL_KNOWN_CACERTS } from "../ca.js";
import { controllerRoot } from "../client-urls.js";
import type { operations } from "../generated/openapi.gen.js";
import { type CasListWellKnownInput, CasResource, type CasVerifyInput } from "../generated/resources.gen.js";
import { caVerifySchema } from "../internal/schemas.js";

/** Input of `cas.verify`: the CA and the PEM certificate that proves you hold its key. */
export interface CaVerifyInput {
  /** The CA's id. */
  id: string;
  /**
   * PEM of a certificate signed by the CA's key whose common name is the CA's `verificationToken`
   * (sent as `text/plain`).
   */
  certificate: string;
}

/** Certificate authorities: `getJwt`, `verify({ id, certificate })`, and the well-known bundle at the controller root. */
export class Cas extends CasResource {
  /**
   * Proves possession of a CA's private key: sends a certificate signed by it, whose CN is the
   * CA's `verificationToken`, as `text/plain`. `{ id, body }` (the generated form) works too.
   */
  override verify(
    input: CaVerifyInput | CasVerifyInput,
    options?: CallOptions,
  ): ApiPromise<UnwrappedBody<operations["verifyCa"], "data">> {
    return guard(() => {
      if ("body" in input && !("certificate" in input)) return super.verify(input, options);
      const { id, certificate } = validate(caVerifySchema, input, "cas.verify input");
      const pem = typeof certificate === "string" ? certificate : new TextDecoder().decode(certificate);
      return super.verify({ id, body: pem }, options);
    });
  }

  /**
   * The controller's CA bundle as served (the bytes of base64 PKCS#7 text), from
   * `/.well-known/est/cacerts` at the controller root (the spec's operation-level server), not
   * under the management API. `fetchControllerCa` reads it into certificates and fingerprints.
   */
  override listWellKnown(_input: CasListWellKnownInput = {}, options?: CallOptions): ApiPromise<Uint8Array> {
    return guard(() =>
      this.api.call<"listWellKnownCas", Uint8Array>(
        "listWellKnownCas",
        {
          url: `${controllerRoot(this.api.baseUrl)}${WELL_KNOWN_CACERTS}`,
          accept: "application/pkcs7-mime",
          parseAs: "bytes",
        },
        options,
      ),
    );
  }
}

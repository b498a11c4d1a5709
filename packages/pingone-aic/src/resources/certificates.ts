import { type ApiPromise, type CallOptions, guard, guardPaged, lazy, type Paged, validate } from "@trustplane/core";
import { optional } from "zod/mini";
import { type AicApi, ARRAY, CONFIG_VERSION, type ListOptions, OBJECT, wholeList } from "../internal/api.js";
import { flag, input, pathId, pem, pemPrivateKey } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** A TLS certificate installed in the tenant (its private key is never returned). */
export type Certificate = Schemas["Certificate"];

/** Input of `certificates.upload`. */
export interface UploadCertificateInput {
  /** The certificate and any chain, PEM (text or bytes). */
  certificate: string | Uint8Array;
  /** Its private key, PEM (text or bytes). Sent once, never returned, never logged. */
  privateKey: string | Uint8Array;
  /** Serve it right away. */
  active?: boolean | undefined;
}

const idInput = lazy(() => input({ id: pathId() }));
const uploadInput = lazy(() =>
  input({ certificate: pem("CERTIFICATE"), privateKey: pemPrivateKey(), active: optional(flag()) }),
);
const activeInput = lazy(() => input({ id: pathId(), active: flag() }));

/** TLS certificates for the tenant's custom domains (`/environment/certificates`). */
export class Certificates {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** Every installed certificate (returned whole, no paging). (getCertificates) */
  list(options?: ListOptions): Paged<Certificate> {
    return guardPaged(() =>
      wholeList(options, (call) => this.#api.call("getCertificates", { headers: CONFIG_VERSION, expect: ARRAY }, call)),
    );
  }

  /** One certificate's details. (getCertificateByID) */
  get(input: { id: string }, options?: CallOptions): ApiPromise<Certificate> {
    return guard(() => {
      const { id } = validate(idInput, input, "certificates.get input");
      return this.#api.call("getCertificateByID", { path: { id }, headers: CONFIG_VERSION, expect: OBJECT }, options);
    });
  }

  /** Installs a PEM certificate with its private key. (createCertificate) */
  upload(input: UploadCertificateInput, options?: CallOptions): ApiPromise<Certificate> {
    return guard(() => {
      const i = validate(uploadInput, input, "certificates.upload input");
      return this.#api.call(
        "createCertificate",
        {
          headers: CONFIG_VERSION,
          body: { certificate: i.certificate, privateKey: i.privateKey, active: i.active },
          expect: OBJECT,
        },
        options,
      );
    });
  }

  /** Turns serving the certificate on or off (`active` is the only field that changes). (updateCertificateByID) */
  setActive(input: { id: string; active: boolean }, options?: CallOptions): ApiPromise<Certificate> {
    return guard(() => {
      const i = validate(activeInput, input, "certificates.setActive input");
      return this.#api.call(
        "updateCertificateByID",
        { path: { id: i.id }, headers: CONFIG_VERSION, body: { active: i.active }, expect: OBJECT },
        options,
      );
    });
  }

  /** Deletes a certificate; deactivate it first (`setActive({ id, active: false })`) or the tenant answers 400. (deleteCertificateByID) */
  delete(input: { id: string }, options?: CallOptions): ApiPromise<void> {
    return guard(() => {
      const { id } = validate(idInput, input, "certificates.delete input");
      return this.#api
        .call("deleteCertificateByID", { path: { id }, headers: CONFIG_VERSION, parseAs: "none" }, options)
        .map((): void => undefined);
    });
  }
}

import { type CallOptions, Paged, singlePage, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
import { nonEmpty, objectInput, pem, pemPrivateKey } from "../internal/schemas.js";
import { type ListOptions, type Schemas, splitListOptions } from "./shared.js";

/** A TLS certificate installed in the tenant (its private key is never returned). */
export type Certificate = Schemas["Certificate"];

/** Input of `certificates.upload`. */
export interface UploadCertificateInput {
  /** The certificate and any chain, PEM (text or bytes). */
  certificate: string | Uint8Array;
  /** Its private key, PEM (text or bytes). Sent once, never returned, never logged. */
  privateKey: string | Uint8Array;
  /** Serve it right away. */
  active?: boolean;
}

const idSchema = objectInput({ id: nonEmpty });
const uploadSchema = objectInput({
  certificate: pem("CERTIFICATE"),
  privateKey: pemPrivateKey,
  active: z.boolean({ error: "must be a boolean" }).optional(),
});
const activeSchema = objectInput({ id: nonEmpty, active: z.boolean({ error: "must be a boolean" }) });

/** TLS certificates for the tenant's custom domains (`/environment/certificates`). */
export class Certificates {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** Every installed certificate (returned whole, no paging). (getCertificates) */
  list(options: ListOptions = {}): Paged<Certificate> {
    const { call, paging } = splitListOptions(options);
    return new Paged(
      singlePage(async (signal) =>
        bodyOf(
          await this.#api.raw.GET("/environment/certificates", {
            params: { header: CONFIG_VERSION },
            ...init(call, signal),
          }),
          "getCertificates",
        ),
      ),
      paging,
    );
  }

  /** One certificate's details. (getCertificateByID) */
  async get(input: { id: string }, options?: CallOptions): Promise<Certificate> {
    const { id } = validate(idSchema, input, "certificates.get input");
    const result = await this.#api.raw.GET("/environment/certificates/{id}", {
      params: { header: CONFIG_VERSION, path: { id } },
      ...init(options),
    });
    return bodyOf(result, "getCertificateByID");
  }

  /** Installs a PEM certificate with its private key. (createCertificate) */
  async upload(input: UploadCertificateInput, options?: CallOptions): Promise<Certificate> {
    const i = validate(uploadSchema, input, "certificates.upload input");
    const result = await this.#api.raw.POST("/environment/certificates", {
      params: { header: CONFIG_VERSION },
      body: {
        certificate: i.certificate,
        privateKey: i.privateKey,
        ...(i.active !== undefined && { active: i.active }),
      },
      ...init(options),
    });
    return bodyOf(result, "createCertificate");
  }

  /** Turns serving the certificate on or off (`active` is the only field that changes). (updateCertificateByID) */
  async setActive(input: { id: string; active: boolean }, options?: CallOptions): Promise<Certificate> {
    const i = validate(activeSchema, input, "certificates.setActive input");
    const result = await this.#api.raw.PATCH("/environment/certificates/{id}", {
      params: { header: CONFIG_VERSION, path: { id: i.id } },
      body: { active: i.active },
      ...init(options),
    });
    return bodyOf(result, "updateCertificateByID");
  }

  /** Deletes a certificate; deactivate it first (`setActive({ id, active: false })`) or the tenant answers 400. (deleteCertificateByID) */
  async delete(input: { id: string }, options?: CallOptions): Promise<void> {
    const { id } = validate(idSchema, input, "certificates.delete input");
    await this.#api.raw.DELETE("/environment/certificates/{id}", {
      params: { header: CONFIG_VERSION, path: { id } },
      ...init(options),
    });
  }
}

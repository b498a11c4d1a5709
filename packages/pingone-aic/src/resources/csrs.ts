import { type CallOptions, Paged, singlePage, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, CONFIG_VERSION, init } from "../internal/api.js";
import { nonEmpty, objectInput, pem } from "../internal/schemas.js";
import { type ListOptions, type Schemas, splitListOptions } from "./shared.js";

/** A certificate signing request generated in the tenant. */
export type CertificateSigningRequest = Schemas["CertificateSigningRequest"];

/** Input of `csrs.create`: subject fields and key algorithm (default `rsa`). */
export type CreateCsrInput = Partial<Schemas["CertificateSigningRequestCreate"]>;

const optionalText = z.string({ error: "must be a string" }).min(1, "must not be empty").optional();
const idSchema = objectInput({ id: nonEmpty });
const createSchema = objectInput({
  algorithm: z.enum(["rsa", "ecdsa"], { error: 'must be "rsa" or "ecdsa"' }).optional(),
  businessCategory: optionalText,
  city: optionalText,
  commonName: optionalText,
  country: z
    .string({ error: "must be a string" })
    .regex(/^[A-Z]{2}$/, "must be a two-letter ISO 3166 country code (US, GB...)")
    .optional(),
  email: z
    .string({ error: "must be a string" })
    .regex(/^\S+@\S+$/, "must be an email address")
    .optional(),
  jurisdictionCity: optionalText,
  jurisdictionCountry: optionalText,
  jurisdictionState: optionalText,
  organization: optionalText,
  organizationalUnit: optionalText,
  postalCode: optionalText,
  serialNumber: optionalText,
  state: optionalText,
  streetAddress: optionalText,
  subjectAlternativeNames: z.array(nonEmpty, { error: "must be an array of DNS names" }).optional(),
});
const completeSchema = objectInput({ id: nonEmpty, certificate: pem("CERTIFICATE") });

/**
 * Certificate signing requests (`/environment/csrs`): the tenant generates the key pair and a CSR,
 * a CA signs it, and `complete` installs the signed certificate with the tenant-held key.
 */
export class Csrs {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** Every CSR (returned whole, no paging). (getCertificateSigningRequests) */
  list(options: ListOptions = {}): Paged<CertificateSigningRequest> {
    const { call, paging } = splitListOptions(options);
    return new Paged(
      singlePage(async (signal) =>
        bodyOf(
          await this.#api.raw.GET("/environment/csrs", { params: { header: CONFIG_VERSION }, ...init(call, signal) }),
          "getCertificateSigningRequests",
        ),
      ),
      paging,
    );
  }

  /** One CSR, with its PEM and, once completed, the certificate id. (getCertificateSigningRequestById) */
  async get(input: { id: string }, options?: CallOptions): Promise<CertificateSigningRequest> {
    const { id } = validate(idSchema, input, "csrs.get input");
    const result = await this.#api.raw.GET("/environment/csrs/{id}", {
      params: { header: CONFIG_VERSION, path: { id } },
      ...init(options),
    });
    return bodyOf(result, "getCertificateSigningRequestById");
  }

  /** Generates a key pair in the tenant and returns the PEM CSR to give a CA. (createCertificateSigningRequest) */
  async create(input: CreateCsrInput, options?: CallOptions): Promise<CertificateSigningRequest> {
    const i = validate(createSchema, input, "csrs.create input");
    const result = await this.#api.raw.POST("/environment/csrs", {
      params: { header: CONFIG_VERSION },
      body: { ...i, algorithm: i.algorithm ?? "rsa", subjectAlternativeNames: i.subjectAlternativeNames ?? [] },
      ...init(options),
    });
    return bodyOf(result, "createCertificateSigningRequest");
  }

  /** Uploads the CA-signed certificate; the tenant pairs it with the CSR's key and installs it. (updateCertificateSigningRequestById) */
  async complete(
    input: { id: string; certificate: string | Uint8Array },
    options?: CallOptions,
  ): Promise<CertificateSigningRequest> {
    const i = validate(completeSchema, input, "csrs.complete input");
    const result = await this.#api.raw.PATCH("/environment/csrs/{id}", {
      params: { header: CONFIG_VERSION, path: { id: i.id } },
      body: { certificate: i.certificate },
      ...init(options),
    });
    return bodyOf(result, "updateCertificateSigningRequestById");
  }

  /** Deletes a CSR and its pending key. (deleteCertificateSigningRequestById) */
  async delete(input: { id: string }, options?: CallOptions): Promise<void> {
    const { id } = validate(idSchema, input, "csrs.delete input");
    await this.#api.raw.DELETE("/environment/csrs/{id}", {
      params: { header: CONFIG_VERSION, path: { id } },
      ...init(options),
    });
  }
}

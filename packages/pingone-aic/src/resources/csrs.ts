import { type ApiPromise, type CallOptions, guard, guardPaged, lazy, type Paged, validate } from "@trustplane/core";
import { optional, regex } from "zod/mini";
import { type AicApi, ARRAY, CONFIG_VERSION, type ListOptions, OBJECT, wholeList } from "../internal/api.js";
import { input, names, nonEmpty, oneOf, pathId, pem, text } from "../internal/schemas.js";
import type { Schemas } from "./shared.js";

/** A certificate signing request generated in the tenant. */
export type CertificateSigningRequest = Schemas["CertificateSigningRequest"];

/** Input of `csrs.create`: subject fields and key algorithm (default `rsa`). */
export interface CreateCsrInput {
  /** Key algorithm of the pair the tenant generates (default `rsa`). */
  algorithm?: "rsa" | "ecdsa" | undefined;
  /** Subject `businessCategory`. */
  businessCategory?: string | undefined;
  /** Subject `L` (locality). */
  city?: string | undefined;
  /** Subject `CN`. */
  commonName?: string | undefined;
  /** Subject `C`: a two-letter ISO 3166 code (`US`, `GB`...). */
  country?: string | undefined;
  /** Subject email address. */
  email?: string | undefined;
  /** EV jurisdiction locality. */
  jurisdictionCity?: string | undefined;
  /** EV jurisdiction country. */
  jurisdictionCountry?: string | undefined;
  /** EV jurisdiction state or province. */
  jurisdictionState?: string | undefined;
  /** Subject `O`. */
  organization?: string | undefined;
  /** Subject `OU`. */
  organizationalUnit?: string | undefined;
  /** Subject postal code. */
  postalCode?: string | undefined;
  /** Subject serial number. */
  serialNumber?: string | undefined;
  /** Subject `ST`. */
  state?: string | undefined;
  /** Subject street address. */
  streetAddress?: string | undefined;
  /** DNS names for the subjectAltName extension. */
  subjectAlternativeNames?: string[] | undefined;
}

const idInput = lazy(() => input({ id: pathId() }));
const createInput = lazy(() => {
  const optionalText = () => optional(nonEmpty());
  return input({
    algorithm: optional(oneOf(["rsa", "ecdsa"], 'must be "rsa" or "ecdsa"')),
    businessCategory: optionalText(),
    city: optionalText(),
    commonName: optionalText(),
    country: optional(text().check(regex(/^[A-Z]{2}$/, "must be a two-letter ISO 3166 country code (US, GB...)"))),
    email: optional(text().check(regex(/^\S+@\S+$/, "must be an email address"))),
    jurisdictionCity: optionalText(),
    jurisdictionCountry: optionalText(),
    jurisdictionState: optionalText(),
    organization: optionalText(),
    organizationalUnit: optionalText(),
    postalCode: optionalText(),
    serialNumber: optionalText(),
    state: optionalText(),
    streetAddress: optionalText(),
    subjectAlternativeNames: optional(names("must be an array of DNS names")),
  });
});
const completeInput = lazy(() => input({ id: pathId(), certificate: pem("CERTIFICATE") }));

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
  list(options?: ListOptions): Paged<CertificateSigningRequest> {
    return guardPaged(() =>
      wholeList(options, (call) =>
        this.#api.call("getCertificateSigningRequests", { headers: CONFIG_VERSION, expect: ARRAY }, call),
      ),
    );
  }

  /** One CSR, with its PEM and, once completed, the certificate id. (getCertificateSigningRequestById) */
  get(input: { id: string }, options?: CallOptions): ApiPromise<CertificateSigningRequest> {
    return guard(() => {
      const { id } = validate(idInput, input, "csrs.get input");
      return this.#api.call(
        "getCertificateSigningRequestById",
        { path: { id }, headers: CONFIG_VERSION, expect: OBJECT },
        options,
      );
    });
  }

  /** Generates a key pair in the tenant and returns the PEM CSR to give a CA. (createCertificateSigningRequest) */
  create(input: CreateCsrInput, options?: CallOptions): ApiPromise<CertificateSigningRequest> {
    return guard(() => {
      const i = validate(createInput, input, "csrs.create input");
      return this.#api.call(
        "createCertificateSigningRequest",
        {
          headers: CONFIG_VERSION,
          body: { ...i, algorithm: i.algorithm ?? "rsa", subjectAlternativeNames: i.subjectAlternativeNames ?? [] },
          expect: OBJECT,
        },
        options,
      );
    });
  }

  /** Uploads the CA-signed certificate; the tenant pairs it with the CSR's key and installs it. (updateCertificateSigningRequestById) */
  complete(
    input: { id: string; certificate: string | Uint8Array },
    options?: CallOptions,
  ): ApiPromise<CertificateSigningRequest> {
    return guard(() => {
      const i = validate(completeInput, input, "csrs.complete input");
      return this.#api.call(
        "updateCertificateSigningRequestById",
        { path: { id: i.id }, headers: CONFIG_VERSION, body: { certificate: i.certificate }, expect: OBJECT },
        options,
      );
    });
  }

  /** Deletes a CSR and its pending key. (deleteCertificateSigningRequestById) */
  delete(input: { id: string }, options?: CallOptions): ApiPromise<void> {
    return guard(() => {
      const { id } = validate(idInput, input, "csrs.delete input");
      return this.#api
        .call(
          "deleteCertificateSigningRequestById",
          { path: { id }, headers: CONFIG_VERSION, parseAs: "none" },
          options,
        )
        .map((): void => undefined);
    });
  }
}

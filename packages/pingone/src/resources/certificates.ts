import { type ApiPromise, type CallOptions, guard, guardPaged, lazy, type Paged, validate } from "@trustplane/core";
import { optional, unknown } from "zod/mini";
import { type BinaryInput, certificatePart } from "../internal/binary.js";
import {
  after,
  callOptions,
  DEFAULT_PAGE_SIZE,
  ENTITY,
  environmentOf,
  halPaged,
  OBJECT,
  type PingOneApi,
  type ResourceContext,
} from "../internal/context.js";
import { environmentOverride, input, limit, nonEmpty, usageType, uuid } from "../internal/schemas.js";
import type {
  Application,
  Certificate,
  EnvironmentInput,
  FilteredListInput,
  KeyUsageType,
  ListInput,
  ListOptions,
} from "../types.js";

/** Names one certificate. */
export interface CertificateRef extends EnvironmentInput {
  certificateId: string;
}

/** Input of `certificates.upload`. */
export interface UploadCertificateInput extends EnvironmentInput {
  /** The certificate (and chain): PEM text, PEM or DER bytes, a DER PKCS#7 bundle, or a Blob. */
  file: BinaryInput;
  usageType: KeyUsageType;
  /** File name sent with the part. Default `certificate.pem` or `certificate.p7b`. */
  fileName?: string | undefined;
}

const ref = lazy(() => input({ ...environmentOverride(), certificateId: uuid() }));
const listSchema = lazy(() =>
  input({ ...environmentOverride(), limit: limit(), filter: optional(nonEmpty()), order: optional(nonEmpty()) }),
);
const uploadSchema = lazy(() =>
  input({ ...environmentOverride(), file: unknown(), usageType: usageType(), fileName: optional(nonEmpty()) }),
);
const applicationsSchema = lazy(() => input({ ...environmentOverride(), certificateId: uuid(), limit: limit() }));

/** Public certificates of an environment (trust anchors, partner certificates). */
export class Certificates {
  readonly #api: PingOneApi;
  readonly #ctx: ResourceContext;

  /** @internal Built by `createPingOneClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
    this.#api = ctx.api;
  }

  /** Every certificate of the environment, paging itself. `GET /environments/{environmentId}/certificates`. */
  list(input: FilteredListInput = {}, options?: ListOptions): Paged<Certificate> {
    return guardPaged(() => {
      const i = validate(listSchema, input, "certificates.list input");
      const opts = callOptions(options, "certificates.list");
      const path = { environmentId: environmentOf(this.#ctx, i) };
      const query = { limit: i.limit ?? DEFAULT_PAGE_SIZE, filter: i.filter, order: i.order };
      return halPaged<Certificate>(this.#api, "certificates", opts, (url, call) =>
        this.#api.call("listCertificates", { ...(url ? { url } : { path, query }), expect: OBJECT }, call),
      );
    });
  }

  /**
   * Uploads a certificate from a PKCS#7 or PEM file (multipart `file`, `usageType`). PingOne
   * answers 202 with what it parsed. `POST /environments/{environmentId}/certificates`.
   */
  upload(input: UploadCertificateInput, options?: CallOptions): ApiPromise<Certificate> {
    return guard(() => {
      const what = "certificates.upload input";
      const i = validate(uploadSchema, input, what);
      const opts = callOptions(options, "certificates.upload");
      const path = { environmentId: environmentOf(this.#ctx, i) };
      return after(certificatePart(i.file, what, i.fileName), (part) => {
        const form = new FormData();
        form.append("file", part.blob, part.fileName);
        form.append("usageType", i.usageType);
        return this.#api.call<"createCertificate", Certificate>(
          "createCertificate",
          { path, body: form, expect: ENTITY },
          opts,
        );
      });
    });
  }

  /** A certificate's attributes. `GET /environments/{environmentId}/certificates/{certificateId}`. */
  get(input: CertificateRef, options?: CallOptions): ApiPromise<Certificate> {
    return guard(() => {
      const i = validate(ref, input, "certificates.get input");
      return this.#api.call<"getCertificate", Certificate>(
        "getCertificate",
        { path: { environmentId: environmentOf(this.#ctx, i), certificateId: i.certificateId }, expect: ENTITY },
        callOptions(options, "certificates.get"),
      );
    });
  }

  /** Deletes a certificate. `DELETE /environments/{environmentId}/certificates/{certificateId}`. */
  delete(input: CertificateRef, options?: CallOptions): ApiPromise<void> {
    return guard(() => {
      const i = validate(ref, input, "certificates.delete input");
      return this.#api.call<"deleteCertificate", void>(
        "deleteCertificate",
        { path: { environmentId: environmentOf(this.#ctx, i), certificateId: i.certificateId }, parseAs: "none" },
        callOptions(options, "certificates.delete"),
      );
    });
  }

  /**
   * Applications that use the certificate.
   * `GET /environments/{environmentId}/certificates/{certificateId}/applications`.
   */
  listApplications(input: CertificateRef & ListInput, options?: ListOptions): Paged<Application> {
    return guardPaged(() => {
      const i = validate(applicationsSchema, input, "certificates.listApplications input");
      const opts = callOptions(options, "certificates.listApplications");
      const path = { environmentId: environmentOf(this.#ctx, i), certificateId: i.certificateId };
      const query = { limit: i.limit ?? DEFAULT_PAGE_SIZE };
      return halPaged<Application>(this.#api, "applications", opts, (url, call) =>
        this.#api.call("listCertificateApplications", { ...(url ? { url } : { path, query }), expect: OBJECT }, call),
      );
    });
  }
}

import { type CallOptions, callInit, type Paged, requireData, validate } from "@trustplane/core";
import { z } from "zod";
import { type BinaryInput, certificatePart } from "../internal/binary.js";
import { DEFAULT_PAGE_SIZE, environmentOf, halPaged, pageInit, type ResourceContext } from "../internal/context.js";
import { environmentOverride, id, limit, nonEmpty, usageType } from "../internal/schemas.js";
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
  fileName?: string;
}

const ref = z.object({ ...environmentOverride, certificateId: id("certificateId") });
const listSchema = z.object({
  ...environmentOverride,
  limit,
  filter: nonEmpty("filter").optional(),
  order: nonEmpty("order").optional(),
});
const uploadSchema = z.object({
  ...environmentOverride,
  file: z.unknown(),
  usageType,
  fileName: nonEmpty("fileName").optional(),
});
const applicationsSchema = z.object({ ...environmentOverride, certificateId: id("certificateId"), limit });

/** Public certificates of an environment (trust anchors, partner certificates). */
export class Certificates {
  readonly #ctx: ResourceContext;

  /** @internal Built by `createPingOneClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  /** Every certificate of the environment, paging itself. `GET /environments/{environmentId}/certificates`. */
  list(input: FilteredListInput = {}, options?: ListOptions): Paged<Certificate> {
    const i = validate(listSchema, input, "certificates.list input");
    const environmentId = environmentOf(this.#ctx, i);
    return halPaged<Certificate>(this.#ctx, "certificates", options, (signal) =>
      this.#ctx.api.raw.GET("/environments/{environmentId}/certificates", {
        params: {
          path: { environmentId },
          query: { limit: i.limit ?? DEFAULT_PAGE_SIZE, filter: i.filter, order: i.order },
        },
        ...pageInit(options, signal),
      }),
    );
  }

  /**
   * Uploads a certificate from a PKCS#7 or PEM file (multipart `file`, `usageType`). PingOne
   * answers 202 with what it parsed. `POST /environments/{environmentId}/certificates`.
   */
  async upload(input: UploadCertificateInput, options?: CallOptions): Promise<Certificate> {
    const i = validate(uploadSchema, input, "certificates.upload input");
    const part = await certificatePart(i.file, "certificates.upload input", i.fileName);
    const form = new FormData();
    form.append("file", part.blob, part.fileName);
    form.append("usageType", i.usageType);
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/certificates", {
      params: { path: { environmentId: environmentOf(this.#ctx, i) } },
      body: form as never,
      ...callInit(options),
    });
    return requireData(data, "createCertificate");
  }

  /** A certificate's attributes. `GET /environments/{environmentId}/certificates/{certificateId}`. */
  async get(input: CertificateRef, options?: CallOptions): Promise<Certificate> {
    const i = validate(ref, input, "certificates.get input");
    const { data } = await this.#ctx.api.raw.GET("/environments/{environmentId}/certificates/{certificateId}", {
      params: { path: { environmentId: environmentOf(this.#ctx, i), certificateId: i.certificateId } },
      ...callInit(options),
    });
    return requireData(data, "getCertificate");
  }

  /** Deletes a certificate. `DELETE /environments/{environmentId}/certificates/{certificateId}`. */
  async delete(input: CertificateRef, options?: CallOptions): Promise<void> {
    const i = validate(ref, input, "certificates.delete input");
    await this.#ctx.api.raw.DELETE("/environments/{environmentId}/certificates/{certificateId}", {
      params: { path: { environmentId: environmentOf(this.#ctx, i), certificateId: i.certificateId } },
      ...callInit(options),
    });
  }

  /**
   * Applications that use the certificate.
   * `GET /environments/{environmentId}/certificates/{certificateId}/applications`.
   */
  listApplications(input: CertificateRef & ListInput, options?: ListOptions): Paged<Application> {
    const i = validate(applicationsSchema, input, "certificates.listApplications input");
    const environmentId = environmentOf(this.#ctx, i);
    return halPaged<Application>(this.#ctx, "applications", options, (signal) =>
      this.#ctx.api.raw.GET("/environments/{environmentId}/certificates/{certificateId}/applications", {
        params: {
          path: { environmentId, certificateId: i.certificateId },
          query: { limit: i.limit ?? DEFAULT_PAGE_SIZE },
        },
        ...pageInit(options, signal),
      }),
    );
  }
}

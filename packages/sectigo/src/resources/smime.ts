import { type ApiPromise, type CallOptions, ValidationError } from "@trustplane/core";
import type { components } from "../generated/openapi.gen.js";
import { type SmimeEnrollInput, SmimeResource } from "../generated/resources.gen.js";
import {
  asCollected,
  type Collected,
  type CollectedCertificate,
  type CollectFormat,
  type CollectWaitOptions,
  enrollAndCollect,
  waitForOrdered,
} from "../internal/certificates.js";
import { checkEnrollment, type EnrollmentCheck } from "../internal/checks.js";
import { contextOf } from "../internal/context.js";
import { withCreatedIds, without, withRevocationReasons } from "../internal/mixins.js";
import { apiPromise, totalCount } from "../internal/promises.js";
import { forSurface } from "../internal/surface.js";
import { pagingOptions } from "./ssl.js";

type Schemas = components["schemas"];

/** Input of `smime.collect`. */
export interface SmimeCollectRequest<F extends CollectFormat | undefined = CollectFormat | undefined> {
  /** SCM ID of the client certificate. */
  certId: number;
  /** Download format (default `base64`). `bin` and `pkcs12` answer bytes, every other format text. */
  format?: F;
  /** With `format: "pkcs12"` (key escrow: Sectigo generated and holds the key): the keystore's passphrase. */
  passphrase?: string | undefined;
  /** With `format: "pkcs12"`: `AES256-SHA256` (default) or `TripleDES-SHA1`. */
  encryptionType?: "AES256-SHA256" | "TripleDES-SHA1" | undefined;
}

const Base = without(
  withRevocationReasons(withCreatedIds(SmimeResource, { createLocation: "number" }), {
    revoke: "integer",
    revokeByBackendId: "integer",
    revokeBySerial: "integer",
    revokeByEmail: "integer",
    markRevoked: "integer",
    revokeByBackendIdV2: "string",
    revokeBySerialV2: "string",
    revokeByEmailV2: "string",
    markRevokedV2: "string",
  }),
  "collect",
  "count",
);

/**
 * S/MIME (client) certificates: every operation of the area plus enroll-and-collect (on either API
 * generation), typed downloads (PKCS#12 from key escrow as bytes) and counts.
 */
export class SmimeCertificates extends Base {
  /**
   * Downloads an issued client certificate: text formats answer a `string`, `bin` a `Uint8Array`.
   * `pkcs12` downloads the key escrow keystore (when Sectigo generated the key) as bytes, protected
   * by `passphrase`, from the keystore operation of the client's API generation.
   *
   * Operation `collectSmimeCertificate` (`GET /api/smime/v2/collect/{certId}`).
   */
  collect<F extends CollectFormat | undefined = undefined>(
    input: SmimeCollectRequest<F>,
    options?: CallOptions,
  ): ApiPromise<Collected<F>> {
    const { format, passphrase, encryptionType, ...rest } = (input ?? {}) as SmimeCollectRequest<F>;
    if (format === "pkcs12") {
      if (passphrase === undefined || passphrase === "") {
        return apiPromise(() => {
          throw new ValidationError('Invalid smime.collect input: passphrase: is required with format "pkcs12"', [
            { path: "passphrase", message: 'is required with format "pkcs12"' },
          ]);
        });
      }
      const operation = forSurface("downloadSmimeCertificateKeystore", contextOf(this.api).surface);
      return this.send<Uint8Array>(
        operation,
        { ...rest, passphrase, ...(encryptionType !== undefined && { encryptionType }) },
        options,
      ) as ApiPromise<Collected<F>>;
    }
    const call = this.send<Uint8Array>(
      "collectSmimeCertificate",
      { ...rest, ...(format !== undefined && { format }) },
      options,
    );
    return asCollected(call, format);
  }

  /**
   * How many client certificates match the filters (`X-Total-Count` of `HEAD /api/smime/v2`; SCM REST API only).
   *
   * Operation `countSmimeCertificates`.
   */
  count(input: Parameters<SmimeResource["count"]>[0] = {}, options?: CallOptions): ApiPromise<number> {
    return totalCount(this.send("countSmimeCertificates", input, options), "countSmimeCertificates");
  }

  /** The client certificate profiles of an organization, fetched once per client (either API generation). */
  profiles(orgId?: number, options?: CallOptions): Promise<Schemas["CertificateProfile"][]> {
    const { lookups, surface } = contextOf(this.api);
    const operation = forSurface("listSmimeCertificateProfiles", surface);
    return lookups.get(`smime:profiles:${orgId ?? "*"}`, async () => {
      const list = this.page<Schemas["CertificateProfile"]>(
        operation,
        orgId === undefined ? {} : { organizationId: orgId },
        pagingOptions(options),
      );
      return list.toArray();
    });
  }

  /** The custom fields of client certificates, fetched once per client (either API generation). */
  customFields(options?: CallOptions): Promise<Schemas["CustomFieldV1"][]> {
    const { lookups, surface } = contextOf(this.api);
    const operation = forSurface("listSmimeCustomFields", surface);
    return lookups.get("smime:customFields", () =>
      this.page<Schemas["CustomFieldV1"]>(operation, {}, pagingOptions(options)).toArray(),
    );
  }

  #check(): EnrollmentCheck {
    return {
      what: "smime.enrollAndCollect",
      profiles: (orgId) => this.profiles(orgId),
      customFields: () => this.customFields(),
      emailField: "email",
    };
  }

  /** Checks an enrollment before it is sent (profile, term, CSR and its key, e-mail, mandatory custom fields). */
  async checkEnrollment(input: SmimeEnrollInput): Promise<void> {
    await checkEnrollment(this.#check(), input as unknown as Record<string, unknown>);
  }

  /**
   * Enrolls a client certificate and waits until it is issued, then collects it in `format`
   * (default `pem`; `pkcs12` with `passphrase` when Sectigo generates the key, i.e. no `csr`). On
   * the SCM REST API it enrolls with `enroll`, on the Admin API with `enrollV2`; both collect with
   * `collect`. Same waiting rules as `ssl.enrollAndCollect`.
   */
  async enrollAndCollect<F extends CollectFormat = "pem">(
    input: SmimeEnrollInput,
    options: CollectWaitOptions<F> = {},
  ): Promise<CollectedCertificate<Collected<F>, Schemas["SmimeEnrollResponse"]>> {
    return enrollAndCollect(
      {
        what: "smime.enrollAndCollect",
        waiter: (passphrase) => this.#waiter(passphrase),
        check: this.#check(),
        answerId: "id",
        enroll: (callOptions) =>
          this.send<Schemas["SmimeEnrollResponse"]>(
            forSurface("enrollSmimeCertificate", contextOf(this.api).surface),
            input as unknown as Record<string, unknown>,
            callOptions,
          ),
      },
      input,
      options,
    );
  }

  /** Waits until an ordered client certificate is issued, and collects it (the polling half of `enrollAndCollect`). */
  async waitForCertificate<F extends CollectFormat = "pem">(
    input: { certId: number },
    options: Omit<CollectWaitOptions<F>, "check"> = {},
  ): Promise<Collected<F>> {
    return waitForOrdered(
      "smime.waitForCertificate",
      "certId",
      (passphrase) => this.#waiter(passphrase),
      input,
      options,
    );
  }

  #waiter(passphrase: string | undefined) {
    return {
      kind: "smime",
      idField: "certId",
      collectMethod: "smime.collect",
      collect: (id: number, format: CollectFormat, options: CallOptions) =>
        this.collect(
          { certId: id, format, ...(format === "pkcs12" && passphrase !== undefined && { passphrase }) },
          options,
        ),
    };
  }
}

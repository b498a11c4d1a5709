import { type ApiPromise, type CallOptions, type OperationPagingOptions, ValidationError } from "@trustplane/core";
import type { components } from "../generated/openapi.gen.js";
import { type SslEnrollInput, type SslRenewInput, SslResource } from "../generated/resources.gen.js";
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

type Schemas = components["schemas"];

/** Input of `ssl.collect`: the certificate, the format, and for `pkcs12` the keystore passphrase. */
export interface SslCollectRequest<F extends CollectFormat | undefined = CollectFormat | undefined> {
  /** SCM ID of the SSL certificate. */
  sslId: number;
  /** Download format (default `base64`, PKCS#7 as PEM text). `bin` and `pkcs12` answer bytes, every other format text. */
  format?: F;
  /** With `format: "pkcs12"`: the passphrase that protects the keystore (key held by a Private Key Agent). */
  passphrase?: string | undefined;
}

/** Input of `ssl.renewBySerial`: the serial number, and the renew request's fields. */
export type SslRenewBySerialInput = { serialNumber: string } & Omit<SslRenewInput, "sslId">;

const Base = without(
  withRevocationReasons(withCreatedIds(SslResource, { createLocation: "number", createLocationV2: "number" }), {
    revoke: "integer",
    revokeBySerial: "integer",
    markRevoked: "integer",
    revokeV2: "string",
    revokeBySerialV2: "string",
    markRevokedV2: "string",
  }),
  "collect",
  "collectV2",
  "count",
);

/**
 * SSL/TLS certificates: every operation of the area (`enroll`, `list`, `renew`, `revoke`...) plus
 * enroll-and-collect, typed downloads, counts, and renewal by serial number.
 */
export class SslCertificates extends Base {
  /**
   * Downloads an issued certificate. Text formats (`x509`, `x509R`, `pem`, `x509CO`, `pemco`,
   * `pemia`, `x509IO`, `x509IOR`, `base64`) answer a `string`; `bin` (PKCS#7 DER) a `Uint8Array`,
   * never decoded as text. `pkcs12` (the key and certificate, when a Private Key Agent generated the
   * key) asks SCM for a keystore link and downloads it without sending your credentials to the
   * agent's host. Until the certificate is issued Sectigo answers an error whose code `isNotReady`
   * recognises (`-1400`, `-183`...).
   *
   * Operation `collectSslCertificate` (`GET /api/ssl/v1/collect/{sslId}`).
   */
  collect<F extends CollectFormat | undefined = undefined>(
    input: SslCollectRequest<F>,
    options?: CallOptions,
  ): ApiPromise<Collected<F>> {
    return this.#collect("collectSslCertificate", input, options);
  }

  /**
   * The Admin API's collect (`GET /api/ssl/v2/collect/{sslId}`), with the same formats and answer
   * types as {@link SslCertificates.collect}.
   *
   * Operation `collectSslCertificateV2`.
   */
  collectV2<F extends CollectFormat | undefined = undefined>(
    input: SslCollectRequest<F>,
    options?: CallOptions,
  ): ApiPromise<Collected<F>> {
    return this.#collect("collectSslCertificateV2", input, options);
  }

  #collect<F extends CollectFormat | undefined>(
    operationId: "collectSslCertificate" | "collectSslCertificateV2",
    input: SslCollectRequest<F>,
    options: CallOptions | undefined,
  ): ApiPromise<Collected<F>> {
    const { format, passphrase, ...rest } = (input ?? {}) as SslCollectRequest<F>;
    if (format === "pkcs12") return this.#keystore(rest.sslId, passphrase, options) as ApiPromise<Collected<F>>;
    if (passphrase !== undefined) {
      return this.#refuse<Collected<F>>("passphrase", 'is only used with format "pkcs12"');
    }
    const call = this.send<Uint8Array>(operationId, { ...rest, ...(format !== undefined && { format }) }, options);
    return asCollected(call, format);
  }

  #refuse<T>(path: string, message: string): ApiPromise<T> {
    return apiPromise<T>(() => {
      throw new ValidationError(`Invalid ssl.collect input: ${path}: ${message}`, [{ path, message }]);
    });
  }

  /** PKCS#12 through a keystore link: the link carries its own token, so the download goes out bare. */
  #keystore(sslId: number, passphrase: string | undefined, options: CallOptions | undefined): ApiPromise<Uint8Array> {
    const { bare } = contextOf(this.api);
    return apiPromise(async () => {
      const link = await this.send<Schemas["KeystoreDownloadLink"]>(
        "createSslKeystoreDownloadLink",
        { sslId, format: "p12aes", ...(passphrase !== undefined && { passphrase }) },
        options,
      ).withResponse();
      if (!link.data?.link) {
        throw new ValidationError("ssl.collect: SCM gave no keystore link", [
          { path: "format", message: "no keystore" },
        ]);
      }
      const response = await bare().fetch(link.data.link, {
        method: "GET",
        ...(options?.signal && { signal: options.signal }),
      });
      const data = new Uint8Array(await response.arrayBuffer());
      return {
        data,
        response: {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          url: response.url,
          requestId: link.response.requestId,
          body: data,
        },
      };
    });
  }

  /**
   * How many certificates match the filters: the `X-Total-Count` of a `HEAD /api/ssl/v1`.
   * (SCM REST API only; on the Admin API use `list(filters)` and its first page's `total`.)
   *
   * Operation `countSslCertificates`.
   */
  count(input: Parameters<SslResource["count"]>[0] = {}, options?: CallOptions): ApiPromise<number> {
    return totalCount(this.send("countSslCertificates", input, options), "countSslCertificates");
  }

  /** The profiles an organization may enroll for, fetched once per client (`client.clearCache()` forgets them). */
  profiles(orgId?: number, options?: CallOptions): Promise<Schemas["CertificateProfile"][]> {
    const { lookups } = contextOf(this.api);
    return lookups.get(`ssl:profiles:${orgId ?? "*"}`, async () => {
      const list = this.listProfiles(orgId === undefined ? {} : { organizationId: orgId }, pagingOptions(options));
      return (await list.toArray()) as Schemas["CertificateProfile"][];
    });
  }

  /** The custom fields of SSL certificates, fetched once per client. */
  customFields(options?: CallOptions): Promise<Schemas["CustomFieldV1"][]> {
    const { lookups } = contextOf(this.api);
    return lookups.get(
      "ssl:customFields",
      async () => (await this.listCustomFields({}, pagingOptions(options)).toArray()) as Schemas["CustomFieldV1"][],
    );
  }

  #check(): EnrollmentCheck {
    return {
      what: "ssl.enrollAndCollect",
      profiles: (orgId) => this.profiles(orgId),
      customFields: () => this.customFields(),
      sanField: "subjAltNames",
    };
  }

  /**
   * Checks an enrollment before it is sent: the profile (`certType`) exists for the organization,
   * `term` is one of its terms, the CSR is a PKCS#10 request with a valid self-signature and a key
   * the profile allows, `subjAltNames` are host names or IP addresses, and every mandatory custom
   * field has a value. Rejects with one ValidationError naming each field.
   */
  async checkEnrollment(input: SslEnrollInput): Promise<void> {
    await checkEnrollment(this.#check(), input as unknown as Record<string, unknown>);
  }

  /**
   * Enrolls and waits until the certificate is issued, then collects it in `format` (default
   * `pem`). Before enrolling it runs {@link SslCertificates.checkEnrollment} (`check: false` skips
   * it). Only "not ready" answers keep it waiting (`-1400`, `-183`, `-103`, a 400 saying the order
   * awaits approval); any other error is thrown at once. Every call shares one deadline
   * (`timeout`, default 10 minutes, or `deadline`); running out is a CertificateTimeoutError that
   * names the `sslId` and the last status, so the certificate can be collected later.
   *
   * ```ts
   * const { id, certificate } = await sectigo.ssl.enrollAndCollect(
   *   { orgId: 1, certType: 101, term: 365, csr, subjAltNames: "www.example.com" },
   *   { format: "pem", interval: 10_000, timeout: 15 * 60_000, onProgress: (p) => console.log(p.phase, p.status) },
   * );
   * ```
   */
  async enrollAndCollect<F extends CollectFormat = "pem">(
    input: SslEnrollInput,
    options: CollectWaitOptions<F> = {},
  ): Promise<CollectedCertificate<Collected<F>, Schemas["EnrollResponse"]>> {
    return enrollAndCollect(
      {
        what: "ssl.enrollAndCollect",
        waiter: (passphrase) => this.#waiter(passphrase),
        check: this.#check(),
        answerId: "sslId",
        enroll: (callOptions) => this.enroll(input, callOptions),
      },
      input,
      options,
    );
  }

  /**
   * Waits until a certificate that is already ordered (enrolled, renewed, replaced) is issued, and
   * collects it: the polling half of {@link SslCertificates.enrollAndCollect}, with the same rules.
   */
  async waitForCertificate<F extends CollectFormat = "pem">(
    input: { sslId: number },
    options: Omit<CollectWaitOptions<F>, "check"> = {},
  ): Promise<Collected<F>> {
    return waitForOrdered("ssl.waitForCertificate", "sslId", (passphrase) => this.#waiter(passphrase), input, options);
  }

  #waiter(passphrase: string | undefined) {
    return {
      kind: "ssl",
      idField: "sslId",
      collectMethod: "ssl.collect",
      collect: (id: number, format: CollectFormat, options: CallOptions) =>
        this.collect(
          { sslId: id, format, ...(format === "pkcs12" && passphrase !== undefined && { passphrase }) },
          options,
        ),
    };
  }

  /**
   * Renews the certificate with this serial number: finds its `sslId` (a filtered list) and calls
   * `renew`. Fails with a ValidationError when no certificate, or more than one, has that serial.
   * The answer's `sslId` is the new certificate: collect it with `waitForCertificate`.
   */
  renewBySerial(input: SslRenewBySerialInput, options?: CallOptions): ApiPromise<Schemas["RenewResponse"]> {
    return apiPromise(async () => {
      const { serialNumber, ...renew } = input ?? ({} as SslRenewBySerialInput);
      if (typeof serialNumber !== "string" || serialNumber.trim() === "") {
        throw new ValidationError("Invalid ssl.renewBySerial input: serialNumber: must be a non-empty string", [
          { path: "serialNumber", message: "must be a non-empty string" },
        ]);
      }
      const found = await this.list({ serialNumber }, { ...pagingOptions(options), pageSize: 2 }).toArray({
        maxItems: 2,
      });
      const wanted = serialNumber.replace(/[:\s]/g, "").toLowerCase();
      const matches = found.filter((c) => (c.serialNumber ?? "").replace(/[:\s]/g, "").toLowerCase() === wanted);
      const chosen = matches.length ? matches : found;
      if (chosen.length !== 1 || typeof chosen[0]?.sslId !== "number") {
        const why =
          chosen.length === 0
            ? "no SSL certificate has this serial number"
            : "more than one SSL certificate has this serial number";
        throw new ValidationError(`Invalid ssl.renewBySerial input: serialNumber: ${why}`, [
          { path: "serialNumber", message: why },
        ]);
      }
      return this.renew({ ...renew, sslId: chosen[0].sslId } as SslRenewInput, options).withResponse();
    });
  }
}

/** Call options as paging options (the signal is the paging's). */
export function pagingOptions(options: CallOptions | undefined): OperationPagingOptions {
  return { ...options };
}

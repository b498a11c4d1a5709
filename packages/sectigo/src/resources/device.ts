import type { ApiPromise, CallOptions } from "@trustplane/core";
import type { components } from "../generated/openapi.gen.js";
import { type DeviceEnrollInput, DeviceResource } from "../generated/resources.gen.js";
import {
  asCollected,
  type Collected,
  type CollectedCertificate,
  type CollectFormat,
  type CollectWaitOptions,
  enrollAndCollect,
  refuseFormat,
  type TextCollectFormat,
  waitForOrdered,
} from "../internal/certificates.js";
import { checkEnrollment, type EnrollmentCheck } from "../internal/checks.js";
import { contextOf } from "../internal/context.js";
import { withCreatedIds, without, withRevocationReasons } from "../internal/mixins.js";
import { apiPromise, totalCount } from "../internal/promises.js";
import { pagingOptions } from "./ssl.js";

type Schemas = components["schemas"];

/** Collect formats of device certificates: every text format and `bin` (PKCS#12 is not offered for devices). */
export type DeviceCollectFormat = TextCollectFormat | "bin";

/** Input of `device.collect`. */
export interface DeviceCollectRequest<F extends DeviceCollectFormat | undefined = DeviceCollectFormat | undefined> {
  /** SCM ID of the device certificate. */
  certId: number;
  /** Download format (default `base64`). `bin` answers bytes, every other format text. */
  format?: F;
}

const Base = without(
  withRevocationReasons(withCreatedIds(DeviceResource, { createLocation: "number" }), {
    revoke: "integer",
    revokeBySerial: "integer",
    markRevoked: "integer",
  }),
  "collect",
  "count",
);

/** Device certificates: every operation of the area plus enroll-and-collect, typed downloads and counts. */
export class DeviceCertificates extends Base {
  /**
   * Downloads an issued device certificate: text formats answer a `string`, `bin` a `Uint8Array`.
   *
   * Operation `collectDeviceCertificate` (`GET /api/device/v1/collect/{certId}`).
   */
  collect<F extends DeviceCollectFormat | undefined = undefined>(
    input: DeviceCollectRequest<F>,
    options?: CallOptions,
  ): ApiPromise<Collected<F>> {
    const format = (input as { format?: CollectFormat } | undefined)?.format;
    if (format === "pkcs12") {
      return apiPromise(() => {
        refuseFormat("device", format);
        throw new Error("unreachable");
      });
    }
    return asCollected(
      this.send<Uint8Array>("collectDeviceCertificate", { ...input } as Record<string, unknown>, options),
      input?.format,
    );
  }

  /**
   * How many device certificates match the filters (`X-Total-Count` of `HEAD /api/device/v1`; SCM REST API only).
   *
   * Operation `countDeviceCertificates`.
   */
  count(input: Parameters<DeviceResource["count"]>[0] = {}, options?: CallOptions): ApiPromise<number> {
    return totalCount(this.send("countDeviceCertificates", input, options), "countDeviceCertificates");
  }

  /** The device certificate profiles of an organization, fetched once per client. */
  profiles(orgId?: number, options?: CallOptions): Promise<Schemas["DeviceCertificateProfile"][]> {
    const { lookups } = contextOf(this.api);
    return lookups.get(`device:profiles:${orgId ?? "*"}`, () =>
      this.listProfiles(orgId === undefined ? {} : { organizationId: orgId }, pagingOptions(options)).toArray(),
    );
  }

  /** The custom fields of device certificates, fetched once per client. */
  customFields(options?: CallOptions): Promise<Schemas["CustomFieldV1"][]> {
    const { lookups } = contextOf(this.api);
    return lookups.get("device:customFields", () => this.listCustomFields({}, pagingOptions(options)).toArray());
  }

  #check(): EnrollmentCheck {
    return {
      what: "device.enrollAndCollect",
      profiles: (orgId) => this.profiles(orgId),
      customFields: () => this.customFields(),
    };
  }

  /** Checks an enrollment before it is sent (profile, term, CSR and its key, mandatory custom fields). */
  async checkEnrollment(input: DeviceEnrollInput): Promise<void> {
    await checkEnrollment(this.#check(), input as unknown as Record<string, unknown>);
  }

  /**
   * Enrolls a device certificate and waits until it is issued, then collects it in `format`
   * (default `pem`). Same rules as `ssl.enrollAndCollect`.
   */
  async enrollAndCollect<F extends DeviceCollectFormat = "pem">(
    input: DeviceEnrollInput,
    options: CollectWaitOptions<F> = {},
  ): Promise<CollectedCertificate<Collected<F>, Schemas["DeviceEnrollResponse"]>> {
    return enrollAndCollect(
      {
        what: "device.enrollAndCollect",
        waiter: () => this.#waiter(),
        check: this.#check(),
        answerId: "deviceCertId",
        enroll: (callOptions) => this.enroll(input, callOptions),
      },
      input,
      options,
    );
  }

  /** Waits until an ordered device certificate is issued, and collects it (the polling half of `enrollAndCollect`). */
  async waitForCertificate<F extends DeviceCollectFormat = "pem">(
    input: { certId: number },
    options: Omit<CollectWaitOptions<F>, "check" | "passphrase"> = {},
  ): Promise<Collected<F>> {
    return waitForOrdered("device.waitForCertificate", "certId", () => this.#waiter(), input, options);
  }

  #waiter() {
    return {
      kind: "device",
      idField: "certId",
      collectMethod: "device.collect",
      collect: (id: number, format: CollectFormat, options: CallOptions) =>
        this.collect({ certId: id, format: format as DeviceCollectFormat }, options),
    };
  }
}

import { describe, expectTypeOf, it } from "vitest";
import type {
  ApiPromise,
  CollectedCertificate,
  CsvReport,
  components,
  DeviceCertificates,
  Paged,
  SectigoClient,
  SslCertificates,
} from "../src/index.js";

declare const sectigo: SectigoClient;
type Schemas = components["schemas"];

describe("the client exposes the hand-written resources", () => {
  it("one object per resource, with generated and hand-written methods", () => {
    expectTypeOf(sectigo.ssl).toEqualTypeOf<SslCertificates>();
    expectTypeOf(sectigo.device).toEqualTypeOf<DeviceCertificates>();
    expectTypeOf(sectigo.ssl.list()).toEqualTypeOf<Paged<Schemas["SslCertificateSummary"]>>();
    expectTypeOf(sectigo.ssl.enroll).parameter(0).toHaveProperty("orgId");
  });
});

describe("collect answers text or bytes by format", () => {
  it("text formats are strings, bin and pkcs12 bytes, the default text", () => {
    expectTypeOf(sectigo.ssl.collect({ sslId: 1, format: "pem" })).toEqualTypeOf<ApiPromise<string>>();
    expectTypeOf(sectigo.ssl.collect({ sslId: 1, format: "x509IOR" })).toEqualTypeOf<ApiPromise<string>>();
    expectTypeOf(sectigo.ssl.collect({ sslId: 1, format: "bin" })).toEqualTypeOf<ApiPromise<Uint8Array>>();
    expectTypeOf(sectigo.ssl.collect({ sslId: 1, format: "pkcs12", passphrase: "p" })).toEqualTypeOf<
      ApiPromise<Uint8Array>
    >();
    expectTypeOf(sectigo.ssl.collect({ sslId: 1 })).toEqualTypeOf<ApiPromise<string>>();
    expectTypeOf(sectigo.smime.collect({ certId: 1, format: "bin" })).toEqualTypeOf<ApiPromise<Uint8Array>>();
    expectTypeOf(sectigo.device.collect({ certId: 1, format: "pemco" })).toEqualTypeOf<ApiPromise<string>>();
    // @ts-expect-error sslId is required
    sectigo.ssl.collect({ format: "bin" });
    // @ts-expect-error format is one of Sectigo's
    sectigo.ssl.collect({ sslId: 1, format: "der" });
    // @ts-expect-error devices have no PKCS#12
    sectigo.device.collect({ certId: 1, format: "pkcs12" });
  });

  it("enrollAndCollect follows the format too", () => {
    const input = { orgId: 1, certType: 101, term: 365, csr: "" };
    expectTypeOf(sectigo.ssl.enrollAndCollect(input)).toEqualTypeOf<
      Promise<CollectedCertificate<string, Schemas["EnrollResponse"]>>
    >();
    expectTypeOf(sectigo.ssl.enrollAndCollect(input, { format: "bin" })).toEqualTypeOf<
      Promise<CollectedCertificate<Uint8Array, Schemas["EnrollResponse"]>>
    >();
  });
});

describe("wire details in the types", () => {
  it("creates answer the new ID; counts a number; reports a CsvReport", () => {
    expectTypeOf(
      sectigo.domains.create({ name: "example.com", delegations: [{ orgId: 1, certTypes: ["SSL"] }] }),
    ).toEqualTypeOf<ApiPromise<number>>();
    expectTypeOf(sectigo.ssl.createLocation).returns.toEqualTypeOf<ApiPromise<number>>();
    expectTypeOf(sectigo.ssl.count()).toEqualTypeOf<ApiPromise<number>>();
    expectTypeOf(sectigo.reports.stream({ body: { type: "SSL_CERTS" } })).toEqualTypeOf<ApiPromise<CsvReport>>();
  });

  it("revoke takes a reason by code, digit string or name", () => {
    sectigo.ssl.revoke({ sslId: 1, reasonCode: 4, reason: "" });
    sectigo.ssl.revoke({ sslId: 1, reasonCode: "superseded", reason: "" });
    sectigo.ssl.revokeV2({ sslId: 1, reasonCode: "keyCompromise", reason: "" });
    // @ts-expect-error 2 is not a reason Sectigo takes
    sectigo.ssl.revoke({ sslId: 1, reasonCode: 2, reason: "" });
  });

  it("optional fields accept an explicit undefined (exactOptionalPropertyTypes)", () => {
    sectigo.ssl.collect({ sslId: 1, format: undefined, passphrase: undefined });
    void sectigo.ssl.enrollAndCollect({ orgId: 1 }, { format: undefined, timeout: undefined, signal: undefined });
  });
});

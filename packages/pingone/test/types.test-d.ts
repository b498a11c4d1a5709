import type { ApiResponse, Paged } from "@trustplane/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type Application,
  bearer,
  type Certificate,
  type CryptoResult,
  createPingOneClient,
  type Key,
  type KeyRotationPolicy,
  type Page,
  type PingOneClient,
  type PingOneClientOptions,
  type WithResponse,
} from "../src/index.js";

const p1 = createPingOneClient({ environmentId: "x", auth: bearer("t") });
const keyId = "k";
const signingInput = {
  name: "k",
  algorithm: "RSA",
  keyLength: 2048,
  signatureAlgorithm: "SHA256withRSA",
  subjectDN: "CN=k",
  usageType: "SIGNING",
  validityPeriod: 365,
} as const;

describe("PingOne client types", () => {
  it("types downloads by the format asked for", () => {
    expectTypeOf(p1.keys.exportCsr({ keyId, format: "pem" })).resolves.toEqualTypeOf<string>();
    expectTypeOf(p1.keys.exportCsr({ keyId, format: "der" })).resolves.toEqualTypeOf<Uint8Array>();
    expectTypeOf(p1.keys.exportCertificate({ keyId, format: "pem" })).resolves.toEqualTypeOf<string>();
    expectTypeOf(p1.keys.exportCertificate({ keyId, format: "pkcs7" })).resolves.toEqualTypeOf<Uint8Array>();
    // @ts-expect-error: a CSR is PEM or DER, not PKCS#7
    p1.keys.exportCsr({ keyId, format: "pkcs7" });
  });

  it("returns bodies and self-paging lists", () => {
    expectTypeOf(p1.keys.get({ keyId })).resolves.toEqualTypeOf<Key>();
    expectTypeOf(p1.keys.list()).toEqualTypeOf<Paged<Key>>();
    expectTypeOf(p1.certificates.list({ filter: 'status eq "VALID"' })).toEqualTypeOf<Paged<Certificate>>();
    expectTypeOf(p1.keys.listApplications({ keyId })).toEqualTypeOf<Paged<Application>>();
    expectTypeOf(p1.keyRotationPolicies.list()).toEqualTypeOf<Paged<KeyRotationPolicy>>();
    expectTypeOf(p1.crypto.sign({ body: { keyId } })).resolves.toEqualTypeOf<CryptoResult>();
    expectTypeOf(p1.keys.delete({ keyId })).resolves.toEqualTypeOf<void>();
  });

  it("checks inputs", () => {
    // @ts-expect-error: usageType is one of PingOne's values
    p1.certificates.upload({ file: "pem", usageType: "SIGN" });
    // @ts-expect-error: a PKCS#12 keystore is bytes, not text
    p1.keys.import({ file: "text", usageType: "SIGNING" });
    const ec = { name: "p", algorithm: "EC", keyLength: 256, signatureAlgorithm: "SHA256withRSA" } as const;
    // @ts-expect-error: rotation policies generate RSA keys only
    p1.keyRotationPolicies.create({ ...ec, usageType: "SIGNING", dn: "CN=p" });
    expectTypeOf<PingOneClientOptions["environmentId"]>().toEqualTypeOf<string | undefined>();
    createPingOneClient(); // every option may come from the environment (PINGONE_*)
    // @ts-expect-error: an unknown option (a typo of apiUrl) does not compile
    createPingOneClient({ apiURL: "https://p1.internal/v1" });
  });

  it("gives the raw answer beside the body with withResponse()", () => {
    expectTypeOf(p1.keys.get({ keyId }).withResponse()).resolves.toEqualTypeOf<{ data: Key; response: ApiResponse }>();
    expectTypeOf(p1.keys.exportCsr({ keyId, format: "der" }).withResponse()).resolves.toEqualTypeOf<{
      data: Uint8Array;
      response: ApiResponse;
    }>();
    expectTypeOf(p1.keys.delete({ keyId }).withResponse()).resolves.toEqualTypeOf<WithResponse<void>>();
  });

  it("resumes paging from a page's continuation token", async () => {
    const page = await p1.keys.list();
    expectTypeOf(page.continuationToken).toEqualTypeOf<string | undefined>();
    expectTypeOf(p1.keys.list().byPage({ continuationToken: page.continuationToken })).toEqualTypeOf<
      AsyncGenerator<Page<Key>, void, undefined>
    >();
  });

  it("accepts an explicit undefined for optional fields (exactOptionalPropertyTypes)", () => {
    p1.keys.list({ filter: undefined, order: undefined, limit: undefined, environmentId: undefined });
    p1.keys.generate({ ...signingInput, default: undefined, issuerDN: undefined });
    createPingOneClient({ environmentId: "x", auth: bearer("t"), region: undefined, timeout: undefined });
    expectTypeOf(p1.withOptions({ timeout: 5_000, headers: { "x-team": "pki" } })).toEqualTypeOf<PingOneClient>();
  });
});

/**
 * Every optional field of a public input or option type is declared `x?: T | undefined`, so code
 * compiled with exactOptionalPropertyTypes can forward values that may be undefined. This file
 * compiles under both settings; `exact-optional.test.ts` compiles it (and the package's sources)
 * with the flag on, through test/tsconfig.exact.json.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type CallOptions,
  type CryptoInput,
  clientCredentials,
  createPingOneClient,
  type FilteredListInput,
  type GenerateKeyAttributes,
  type ImportCsrResponseInput,
  type ImportKeyInput,
  type KeyRotationPolicyAttributes,
  type ListOptions,
  type OrganizationKeyInput,
  type PingOneClient,
  type PingOneClientCredentialsOptions,
  type PingOneClientOptions,
  type PingOneClientOverrides,
  type UpdateKeyInput,
  type UploadCertificateInput,
} from "../src/index.js";

declare const p1: PingOneClient;
declare const text: string | undefined;
declare const count: number | undefined;
declare const flag: boolean | undefined;
declare const signal: AbortSignal | undefined;
declare const file: Uint8Array;
const keyId = "0b8f6a52-6d0e-4d4f-9a63-0f6b3c2f3a11";

describe("optional fields accept an explicit undefined", () => {
  it("client options, auth options and overrides", () => {
    const options: PingOneClientOptions = {
      region: undefined,
      apiUrl: text,
      authUrl: text,
      environmentId: text,
      auth: undefined,
      retryTransientAfterCreate: flag,
      timeout: count,
      maxRetries: count,
      userAgent: text,
      headers: undefined,
      tracing: { enabled: flag, propagate: flag },
    };
    const credentials: PingOneClientCredentialsOptions = {
      clientId: "a",
      clientSecret: "b",
      environmentId: text,
      tokenUrl: text,
      authMethod: undefined,
      refreshAheadMs: count,
      skewMs: count,
      now: undefined,
    };
    const overrides: PingOneClientOverrides = {
      timeout: count,
      maxRetries: count,
      userAgent: text,
      headers: undefined,
    };
    createPingOneClient({ ...options, auth: clientCredentials(credentials) }).withOptions(overrides);
  });

  it("method inputs and call options", () => {
    const call: CallOptions = { signal, timeout: count, maxRetries: count, idempotent: flag, headers: undefined };
    const list: ListOptions = { signal, maxPages: count, prefetch: flag, timeout: count };
    const filtered: FilteredListInput = { environmentId: text, limit: count, filter: text, order: text };
    const generate: GenerateKeyAttributes = {
      name: "k",
      algorithm: "RSA",
      keyLength: 2048,
      signatureAlgorithm: "SHA256withRSA",
      subjectDN: "CN=k",
      usageType: "SIGNING",
      validityPeriod: 365,
      default: flag,
      serialNumber: count,
      issuerDN: text,
      customCRL: text,
    };
    const importKey: ImportKeyInput = {
      file,
      usageType: "SIGNING",
      password: text,
      fileName: text,
      environmentId: text,
    };
    const csrResponse: ImportCsrResponseInput = { keyId, file, fileName: text, environmentId: text };
    const update: UpdateKeyInput = { keyId, default: true, usageType: "SIGNING", issuerDN: text };
    const upload: UploadCertificateInput = { file, usageType: "SIGNING", fileName: text };
    const organization: OrganizationKeyInput = { organizationId: keyId, name: text };
    const policy: KeyRotationPolicyAttributes = {
      name: "p",
      algorithm: "RSA",
      keyLength: 2048,
      signatureAlgorithm: "SHA256withRSA",
      usageType: "SIGNING",
      dn: "CN=p",
      rotationPeriod: count,
      validityPeriod: count,
    };
    const crypto: CryptoInput = { body: { keyId }, environmentId: text };
    p1.keys.list(filtered, list);
    p1.keys.generate({ ...generate, environmentId: text }, call);
    p1.keys.import(importKey, call);
    p1.keys.importCsrResponse(csrResponse, call);
    p1.keys.update(update, call);
    p1.keys.createOrganizationKey(organization, call);
    p1.certificates.upload(upload, call);
    p1.keyRotationPolicies.create({ ...policy, environmentId: text }, call);
    p1.crypto.sign(crypto, call);
    expectTypeOf(p1.keys.get({ keyId, environmentId: text }, call)).resolves.toHaveProperty("id");
  });
});

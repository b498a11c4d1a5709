import { describe, expectTypeOf, it } from "vitest";
import type { ApiPromise, components, Paged, SectigoClient } from "../src/index.js";

declare const sectigo: SectigoClient;

describe("generated Sectigo method types", () => {
  it("binary answers are Uint8Array", () => {
    expectTypeOf(sectigo.ssl.collect({ sslId: 1, format: "bin" })).toEqualTypeOf<ApiPromise<Uint8Array>>();
    // @ts-expect-error sslId is required
    sectigo.ssl.collect({ format: "bin" });
    // @ts-expect-error format is an enum
    sectigo.ssl.collect({ sslId: 1, format: "der" });
  });

  it("size/position lists page the bare array's items", () => {
    expectTypeOf(sectigo.ssl.list()).toEqualTypeOf<Paged<components["schemas"]["SslCertificateSummary"]>>();
  });
});

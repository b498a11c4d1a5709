/**
 * This package compiles with exactOptionalPropertyTypes (tsconfig.json), as users may: under that
 * flag `x?: T` refuses an explicit `undefined`, so every optional field of a public input or
 * option type is declared `x?: T | undefined`, and forwarding values that may be undefined compiles.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type CallOptions,
  type CreateWithEnrollmentInput,
  certificate,
  createZitiClient,
  type DeleteByTagOptions,
  type ExternalJwtOptions,
  type FetchControllerCaOptions,
  type IntegrityCheckOptions,
  type LoginOptions,
  type PasswordLoginOptions,
  password,
  type ReEnrollInput,
  type ZitiClient,
  type ZitiClientOptions,
} from "../src/index.js";
import type { SeedEdgeRouter, ZitiMocksOptions } from "../src/mocks/index.js";

declare const text: string | undefined;
declare const yes: boolean | undefined;
declare const ms: number | undefined;
declare const ziti: ZitiClient;

/** The optional keys of T. */
type OptionalKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T];
/** T with every field required; under the flag `-?` drops only the "may be missing", not a declared `| undefined`. */
type Present<T> = { [K in keyof T]-?: T[K] };
/** Optional keys of T that refuse an explicit undefined (should be none). */
type RefusingUndefined<T> = T extends unknown
  ? { [K in OptionalKeys<T>]-?: undefined extends Present<T>[K] ? never : K }[OptionalKeys<T>]
  : never;

describe("exactOptionalPropertyTypes", () => {
  it("every optional field of the public input and option types accepts undefined", () => {
    expectTypeOf<RefusingUndefined<ZitiClientOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<LoginOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<PasswordLoginOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ExternalJwtOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<CallOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ReEnrollInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<DeleteByTagOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<IntegrityCheckOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<FetchControllerCaOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ZitiMocksOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<SeedEdgeRouter>>().toEqualTypeOf<never>();
  });

  it("forwarding maybe-undefined values compiles", () => {
    createZitiClient({
      url: "https://c",
      auth: password({ username: "u", password: "p", refreshAheadMs: ms }),
      timeout: ms,
      ca: text,
    });
    certificate({ cert: "pem", key: "pem", passphrase: text });
    const input: CreateWithEnrollmentInput = {
      name: "a",
      enrollment: "ott",
      type: undefined,
      isAdmin: yes,
      roleAttributes: undefined,
    };
    ziti.identities.createWithEnrollment(input, { timeout: ms });
    ziti.identities.reEnroll({ id: "x", expiresAt: text });
    ziti.deleteByTag({ key: "k", value: "v" }, { dryRun: yes, signal: undefined });
    ziti.database.runIntegrityCheck({ fix: yes, timeout: ms, interval: ms, signal: undefined, onProgress: undefined });
  });
});

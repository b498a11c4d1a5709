/**
 * Compiled with exactOptionalPropertyTypes (test/tsconfig.exact.json): under that flag `x?: T`
 * refuses an explicit `undefined`, so every optional field of a public input or option type is
 * declared `x?: T | undefined`. Forwarding values that may be undefined must compile.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type AicClient,
  type AicClientOptions,
  type CallOptions,
  type ClientOverrides,
  type ContentSecurityPolicyInput,
  type CountInput,
  type CreateCsrInput,
  type CreateSecretInput,
  createAicClient,
  type ListOptions,
  type ListSecretsInput,
  type ListVariablesInput,
  type LockStateInput,
  type PagingOptions,
  type PromoteAndWaitOptions,
  type PromoteInput,
  type PromotionWaitOptions,
  type RestartAndWaitOptions,
  type RollbackAndWaitOptions,
  type RollbackInput,
  type RotateSecretInput,
  type ServiceAccountOptions,
  type SetVariableInput,
  serviceAccount,
  type UploadCertificateInput,
  type WaitOptions,
} from "../src/index.js";
import type { AicMocksOptions, AicSeed, StepTiming } from "../src/mocks/index.js";

declare const aic: AicClient;
declare const signal: AbortSignal | undefined;
declare const timeout: number | undefined;
declare const text: string | undefined;
declare const yes: boolean | undefined;

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
    // the check itself: it finds an optional field declared without `| undefined`
    expectTypeOf<RefusingUndefined<{ a?: string; b?: string | undefined; c: number }>>().toEqualTypeOf<"a">();
    expectTypeOf<RefusingUndefined<AicClientOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ClientOverrides>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<NonNullable<ClientOverrides["retry"]>>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<CallOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ListOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<PagingOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ServiceAccountOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ListVariablesInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<SetVariableInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ListSecretsInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<CreateSecretInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<RotateSecretInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<CountInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<UploadCertificateInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<CreateCsrInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ContentSecurityPolicyInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<PromoteInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<RollbackInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<LockStateInput>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<WaitOptions<unknown>>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<RestartAndWaitOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<PromotionWaitOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<PromoteAndWaitOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<RollbackAndWaitOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<AicMocksOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<AicSeed>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<NonNullable<AicSeed["variables"]>[number]>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<NonNullable<AicSeed["secrets"]>[number]>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<StepTiming>>().toEqualTypeOf<never>();
  });

  it("resuming a list from a page's continuationToken compiles", async () => {
    const page = await aic.variables.list();
    expectTypeOf(page.continuationToken).toEqualTypeOf<string | undefined>();
    aic.variables.list().byPage({ continuationToken: page.continuationToken });
    aic.secrets.list({ pageSize: undefined, onlyPending: yes }).byPage({ continuationToken: page.continuationToken });
  });

  it("forwarding { signal, timeout } that may be undefined compiles", () => {
    aic.variables.get({ id: "esv-x" }, { signal, timeout });
    aic.variables.list({}, { signal, timeout, maxPages: undefined });
    aic.restart.status({ signal, timeout, maxRetries: undefined });
    aic.restart.restartAndWait({ signal, timeout, interval: undefined, onProgress: undefined });
    aic.promotion.promoteAndWait({ dryRun: true, signal, timeout, promotionId: text, keepLocked: yes });
    aic.promotion.rollbackAndWait({ signal, timeout, description: text });
    aic.promotion.lockState({ localLockOnly: yes }, { signal, timeout });
    aic.withOptions({ timeout, headers: undefined, logLevel: undefined, tracing: { propagate: yes } });
  });

  it("inputs take undefined for their optional fields", () => {
    createAicClient({ tenant: text, auth: undefined, env: undefined, timeout, maxRetries: undefined });
    serviceAccount({
      id: "x",
      privateKey: "pem",
      scopes: ["fr:idc:esv:*"],
      dropRefusedScopes: yes,
      tokenUrl: text,
      assertionLifetimeSeconds: undefined,
      refreshAheadMs: undefined,
      skewMs: undefined,
      now: undefined,
    });
    aic.variables.set({ id: "esv-x", value: "v", description: text, expressionType: undefined });
    aic.variables.set({ id: "esv-x", valueBase64: "dg==", value: undefined });
    aic.secrets.create({ id: "esv-x", value: "v", encoding: undefined, useInPlaceholders: yes, description: text });
    aic.secrets.rotate({ id: "esv-x", value: "v", disablePrevious: yes });
    aic.count.get({ onlyPending: yes });
    aic.certificates.upload({ certificate: "pem", privateKey: "pem", active: yes });
    aic.csrs.create({ commonName: text, country: text, subjectAlternativeNames: undefined });
    aic.contentSecurityPolicy.setEnforced({ active: yes, directives: undefined });
    aic.promotion.promote({ dryRun: true, description: text, promoter: text });
  });
});

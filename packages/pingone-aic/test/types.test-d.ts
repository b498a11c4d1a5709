import { describe, expectTypeOf, it } from "vitest";
import {
  type AicClient,
  type ApiPromise,
  type ApiResponse,
  bearer,
  type CnameCheck,
  createAicClient,
  type Paged,
  type PromotionReport,
  type RestartResult,
  type Secret,
  type SecretVersion,
  serviceAccount,
  type Variable,
  type VariableSummary,
} from "../src/index.js";
import { type AicMocks, createAicMocks } from "../src/mocks/index.js";

declare const aic: AicClient;

describe("public types", () => {
  it("createAicClient takes a tenant and an auth, or reads them from the environment", () => {
    expectTypeOf(createAicClient({ tenant: "t", auth: bearer("x") })).toEqualTypeOf<AicClient>();
    // tenant and auth may come from TENANT_BASE_URL / FRODO_HOST and the service account variables
    expectTypeOf(createAicClient()).toEqualTypeOf<AicClient>();
    createAicClient({ tenant: "t" });
    createAicClient({ env: { TENANT_BASE_URL: "https://t" } });
    // @ts-expect-error the tenant is a string
    createAicClient({ tenant: 42 });
    // @ts-expect-error env is a record of strings or false
    createAicClient({ env: true });
    expectTypeOf(createAicClient().withOptions({ timeout: 1000 })).toEqualTypeOf<AicClient>();
    // @ts-expect-error withOptions cannot change the tenant (it shares the connections and tokens)
    createAicClient().withOptions({ tenant: "other" });
    // @ts-expect-error scopes are required for a service account
    serviceAccount({ id: "x", privateKey: "pem" });
  });

  it("single calls are ApiPromises; withResponse() adds the raw answer", () => {
    expectTypeOf(aic.variables.get({ id: "esv-x" })).toEqualTypeOf<ApiPromise<Variable>>();
    expectTypeOf(aic.variables.get({ id: "esv-x" }).withResponse()).resolves.toEqualTypeOf<{
      data: Variable;
      response: ApiResponse;
    }>();
    expectTypeOf<ApiResponse["status"]>().toEqualTypeOf<number>();
    expectTypeOf<ApiResponse["headers"]>().toEqualTypeOf<Headers>();
    expectTypeOf<ApiResponse["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf(aic.secrets.get({ id: "esv-x" }).withResponse()).resolves.toEqualTypeOf<{
      data: Secret;
      response: ApiResponse;
    }>();
    expectTypeOf(aic.customDomains.verifyCname({ name: "x" })).toEqualTypeOf<ApiPromise<CnameCheck>>();
    expectTypeOf(aic.variables.setDescription({ id: "esv-x", description: "d" })).toEqualTypeOf<ApiPromise<void>>();
    expectTypeOf(aic.certificates.delete({ id: "c" })).toEqualTypeOf<ApiPromise<void>>();
    // ApiPromise is a Promise: await, then, catch, finally
    expectTypeOf(aic.release.get()).toMatchTypeOf<Promise<unknown>>();
  });

  it("variables read back decoded; lists are Paged summaries", () => {
    expectTypeOf(aic.variables.get({ id: "esv-x" })).resolves.toEqualTypeOf<Variable>();
    expectTypeOf<Variable["value"]>().toEqualTypeOf<string>();
    expectTypeOf<Variable["valueBytes"]>().toEqualTypeOf<Uint8Array>();
    expectTypeOf(aic.variables.list()).toEqualTypeOf<Paged<VariableSummary>>();
    aic.variables.set({ id: "esv-x", value: new Uint8Array([1]) });
    aic.variables.set({ id: "esv-x", valueBase64: "AQ==" });
    // @ts-expect-error value and valueBase64 are exclusive
    aic.variables.set({ id: "esv-x", value: "a", valueBase64: "YQ==" });
    // @ts-expect-error expressionType is a closed set
    aic.variables.set({ id: "esv-x", value: "1", expressionType: "float" });
  });

  it("secrets never return a value; version status is ENABLED | DISABLED", () => {
    expectTypeOf(aic.secrets.get({ id: "esv-x" })).resolves.toEqualTypeOf<Secret>();
    expectTypeOf<Secret>().not.toHaveProperty("valueBase64");
    expectTypeOf(aic.secrets.createVersion({ id: "esv-x", value: "v" })).resolves.toEqualTypeOf<SecretVersion>();
    aic.secrets.setVersionStatus({ id: "esv-x", version: 2, status: "DISABLED" });
    // @ts-expect-error not a status
    aic.secrets.setVersionStatus({ id: "esv-x", version: 2, status: "OFF" });
  });

  it("waiters resolve with what they waited for", () => {
    expectTypeOf(aic.restart.restartAndWait()).resolves.toEqualTypeOf<RestartResult>();
    expectTypeOf(aic.promotion.promoteAndWait({ dryRun: true })).resolves.toEqualTypeOf<PromotionReport>();
    expectTypeOf(aic.promotion.rollbackAndWait()).resolves.toEqualTypeOf<PromotionReport>();
    // @ts-expect-error dryRun must be chosen explicitly
    aic.promotion.promoteAndWait({ description: "x" });
    aic.promotion.promoteAndWait({
      dryRun: true,
      onProgress: (p) => {
        expectTypeOf(p.phase).toEqualTypeOf<
          "provisional-report" | "locking" | "locked" | "running" | "report" | "unlocking" | "unlocked"
        >();
      },
    });
  });

  it("raw calls are typed from the spec and need Accept-API-Version", () => {
    aic.raw.GET("/environment/variables/{variableId}", {
      params: { header: { "Accept-API-Version": "resource=2.0" }, path: { variableId: "esv-x" } },
    });
    // @ts-expect-error the ESV endpoints take resource=2.0 only
    aic.raw.GET("/environment/count", { params: { header: { "Accept-API-Version": "resource=1.0" } } });
  });

  it("mocks are typed", () => {
    expectTypeOf(createAicMocks()).toEqualTypeOf<AicMocks>();
    expectTypeOf(createAicMocks().control.issueToken()).toEqualTypeOf<string>();
  });
});

import { describe, expectTypeOf, it } from "vitest";
import type {
  AmbiguousNameError,
  ApiPromise,
  components,
  DeleteByTagReport,
  Identities,
  IdentityWithEnrollment,
  Paged,
  PolicyAdvisorResult,
  ZitiClient,
  ZitiFilter,
  ZitiQuery,
} from "../src/index.js";
import { certificate, createZitiClient, externalJwt, password, roles, session, zf } from "../src/index.js";
import type { ZitiMocks } from "../src/mocks/index.js";

declare const ziti: ZitiClient;

describe("generated OpenZiti method types", () => {
  it("create takes the body fields flat; a missing required field does not compile", () => {
    ziti.identities.create({ name: "web", type: "User", isAdmin: false });
    // @ts-expect-error isAdmin is required
    ziti.identities.create({ name: "web", type: "User" });
    // @ts-expect-error type is an enum
    ziti.identities.create({ name: "web", type: "Robot", isAdmin: false });
  });

  it("list pages the items of data, with the filter as input and paging as options", () => {
    expectTypeOf(ziti.identities.list({ filter: 'name = "a"' }, { pageSize: 10 })).toEqualTypeOf<
      Paged<components["schemas"]["IdentityDetail"]>
    >();
    // @ts-expect-error limit is the pager's, not an input field
    ziti.identities.list({ limit: 5 });
  });

  it("text answers are strings and get unwraps the envelope", () => {
    expectTypeOf(ziti.cas.getJwt({ id: "x" })).toEqualTypeOf<ApiPromise<string>>();
    expectTypeOf(ziti.identities.get({ id: "x" })).toEqualTypeOf<ApiPromise<components["schemas"]["IdentityDetail"]>>();
  });
});

describe("hand-written methods", () => {
  it("the client exposes the subclasses, with their helpers typed", () => {
    expectTypeOf(ziti.identities).toEqualTypeOf<Identities>();
    expectTypeOf(ziti.services.findByName("x")).toEqualTypeOf<ApiPromise<components["schemas"]["ServiceDetail"]>>();
    expectTypeOf(ziti.configs.findTypeByName({ name: "host.v1" })).toEqualTypeOf<
      ApiPromise<components["schemas"]["ConfigTypeDetail"]>
    >();
    expectTypeOf(ziti.identities.createWithEnrollment({ name: "a", enrollment: "ott" })).toEqualTypeOf<
      Promise<IdentityWithEnrollment>
    >();
    expectTypeOf(ziti.policyAdvisor({ identity: "a", service: { name: "b" } })).toEqualTypeOf<
      Promise<PolicyAdvisorResult>
    >();
    expectTypeOf(ziti.deleteByTag({ key: "env", value: "dev" }, { dryRun: true })).toEqualTypeOf<
      Promise<DeleteByTagReport>
    >();
    expectTypeOf(ziti.logout()).toEqualTypeOf<Promise<boolean>>();
    expectTypeOf<AmbiguousNameError["ids"]>().toEqualTypeOf<readonly string[]>();
  });

  it("enrollment is one of the three shapes; cas.verify takes the certificate", () => {
    ziti.identities.createWithEnrollment({ name: "a", enrollment: { ottca: "ca-id" } });
    ziti.identities.createWithEnrollment({ name: "a", enrollment: { updb: "user" } });
    // @ts-expect-error not an enrollment method
    ziti.identities.createWithEnrollment({ name: "a", enrollment: "password" });
    ziti.cas.verify({ id: "x", certificate: "-----BEGIN CERTIFICATE-----" });
    ziti.cas.verify({ id: "x", body: "-----BEGIN CERTIFICATE-----" });
    // @ts-expect-error the certificate is required
    ziti.cas.verify({ id: "x" });
  });

  it("zf results are strings for any filter, but and/or/not refuse a hand-made string", () => {
    const filter = zf.eq("name", "x");
    expectTypeOf(filter).toEqualTypeOf<ZitiFilter>();
    expectTypeOf(zf.sort(filter, "name")).toEqualTypeOf<ZitiQuery>();
    ziti.identities.list({ filter });
    ziti.identities.list({ filter: zf.sort(filter, "name") });
    // @ts-expect-error a plain string is not a ZitiFilter
    zf.and(filter, 'name = "y"');
    // @ts-expect-error a sorted query cannot be combined further
    zf.or(filter, zf.sort(filter, "name"));
    expectTypeOf(roles.attribute("web")).toEqualTypeOf<`#${string}` | `@${string}`>();
  });

  it("auth adapters and options", () => {
    createZitiClient({ url: "https://c", auth: password({ username: "u", password: "p", totp: () => "123456" }) });
    createZitiClient({ url: "https://c", auth: certificate({ pfx: new Uint8Array(), passphrase: "p" }) });
    createZitiClient({ url: "https://c", auth: externalJwt(async () => "jwt", { mode: "bearer" }) });
    createZitiClient({ url: "https://c", auth: session("token"), ca: ["pem"] });
    // @ts-expect-error url is required
    createZitiClient({ auth: session("token") });
  });

  it("the mocks' admin logs in as is", () => {
    const mocks = {} as ZitiMocks;
    password(mocks.admin);
    expectTypeOf(mocks.control.enableMfa("x").code()).toEqualTypeOf<string>();
  });
});

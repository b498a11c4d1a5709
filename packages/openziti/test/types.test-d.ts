import { describe, expectTypeOf, it } from "vitest";
import type { ApiPromise, components, Paged, ZitiClient } from "../src/index.js";

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

import { describe, expectTypeOf, it } from "vitest";
import type { ApiPromise, components, Paged, StrongholdClient } from "../src/index.js";

declare const client: StrongholdClient;

describe("generated Stronghold method types", () => {
  it("readById takes { id } and answers the unwrapped data", () => {
    expectTypeOf(client.entities.readById).parameter(0).toMatchTypeOf<{ id: string }>();
    // @ts-expect-error id is required
    client.entities.readById({});
    expectTypeOf(client.entities.readById({ id: "e" })).toEqualTypeOf<
      ApiPromise<components["schemas"]["EntityResponse"]["data"]>
    >();
  });

  it("key lists page strings", () => {
    expectTypeOf(client.entities.listById()).toEqualTypeOf<Paged<string>>();
  });
});

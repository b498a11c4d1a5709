/** deleteByTag (dependency order, dry run, report) and policyAdvisor (dial/bind, policies, edge routers). */
import { describe, expect, it } from "vitest";
import { DELETE_ORDER, NotFoundError, roles, ValidationError, type ZitiClient } from "../src/index.js";
import { failure, useFake } from "./helpers.js";

const { mocks, client } = useFake({
  edgeRouters: [
    { name: "er-public", roleAttributes: ["public"] },
    { name: "er-offline", roleAttributes: ["offline"], isOnline: false },
  ],
});

/** A small network: a service bound by one identity, dialled by another, routed over er-public. */
async function network(ziti: ZitiClient, tags: Record<string, string>) {
  const type = await ziti.configs.createType({ name: `demo.v1-${tags.run}`, tags });
  const config = await ziti.configs.create({
    name: `demo-config-${tags.run}`,
    configTypeId: type.id,
    data: { port: 443 },
    tags,
  });
  const service = await ziti.services.create({
    name: `demo-svc-${tags.run}`,
    encryptionRequired: true,
    roleAttributes: ["demo"],
    configs: [config.id],
    tags,
  });
  const client1 = await ziti.identities.create({
    name: `client-${tags.run}`,
    type: "Device",
    isAdmin: false,
    roleAttributes: ["clients"],
    tags,
  });
  const server1 = await ziti.identities.create({
    name: `server-${tags.run}`,
    type: "Device",
    isAdmin: false,
    roleAttributes: ["servers"],
    tags,
  });
  await ziti.servicePolicies.create({
    name: `dial-${tags.run}`,
    type: "Dial",
    semantic: "AnyOf",
    identityRoles: [roles.attribute("clients")],
    serviceRoles: [roles.attribute("demo")],
    tags,
  });
  await ziti.servicePolicies.create({
    name: `bind-${tags.run}`,
    type: "Bind",
    semantic: "AnyOf",
    identityRoles: [roles.id(server1.id)],
    serviceRoles: [roles.id(service.id)],
    tags,
  });
  await ziti.edgeRouterPolicies.create({
    name: `erp-${tags.run}`,
    semantic: "AnyOf",
    identityRoles: [roles.attribute("clients"), roles.attribute("servers")],
    edgeRouterRoles: [roles.attribute("public")],
    tags,
  });
  await ziti.serviceEdgeRouterPolicies.create({
    name: `serp-${tags.run}`,
    semantic: "AnyOf",
    serviceRoles: [roles.attribute("demo")],
    edgeRouterRoles: [roles.all],
    tags,
  });
  return { service, client1, server1 };
}

describe("policyAdvisor", () => {
  it("says who may dial and bind, through which policies and common edge routers", async () => {
    const ziti = client();
    const { service, client1, server1 } = await network(ziti, { run: "a" });
    const dial = await ziti.policyAdvisor({ identity: "client-a", service: service.id });
    expect(dial).toMatchObject({
      status: "OKAY",
      identity: { id: client1.id, name: "client-a" },
      service: { id: service.id, name: "demo-svc-a" },
      canDial: true,
      canBind: false,
      dialPolicies: [{ name: "dial-a" }],
      bindPolicies: [],
      edgeRouterPolicies: [{ name: "erp-a" }],
      serviceEdgeRouterPolicies: [{ name: "serp-a" }],
      identityEdgeRouterCount: 1,
      serviceEdgeRouterCount: 2,
      commonEdgeRouters: [{ name: "er-public", isOnline: true }],
      problems: [],
    });
    const bind = await ziti.policyAdvisor({ identity: { id: server1.id }, service: { name: "demo-svc-a" } });
    expect(bind).toMatchObject({ status: "OKAY", canDial: false, canBind: true, bindPolicies: [{ name: "bind-a" }] });
  });

  it("explains what is missing", async () => {
    const ziti = client();
    const { service } = await network(ziti, { run: "b" });
    const stranger = await ziti.identities.create({ name: "stranger", type: "User", isAdmin: false });
    const advice = await ziti.policyAdvisor({ identity: stranger.id, service: service.id });
    expect(advice.status).toBe("ERROR");
    expect(advice.problems).toEqual([
      'no service policy lets identity "stranger" dial or bind service "demo-svc-b"',
      'identity "stranger" may use no edge router (no edge router policy grants one)',
    ]);

    // Only an offline router in common: it could work, but not now.
    await ziti.edgeRouterPolicies.create({
      name: "offline-only",
      semantic: "AnyOf",
      identityRoles: [roles.id(stranger.id)],
      edgeRouterRoles: [roles.attribute("offline")],
    });
    await ziti.servicePolicies.create({
      name: "stranger-dial",
      type: "Dial",
      semantic: "AnyOf",
      identityRoles: [roles.id(stranger.id)],
      serviceRoles: [roles.id(service.id)],
    });
    const offline = await ziti.policyAdvisor({ identity: "stranger", service: "demo-svc-b" });
    expect(offline.status).toBe("WARNING");
    expect(offline.problems).toEqual(["none of the 1 common edge routers is online"]);
    mocks.control.setEdgeRouterOnline("er-offline", true);
    expect((await ziti.policyAdvisor({ identity: "stranger", service: "demo-svc-b" })).status).toBe("OKAY");
  });

  it("an unknown identity is a NotFoundError; bad input a ValidationError", async () => {
    const ziti = client();
    await network(ziti, { run: "c" });
    expect(await failure(ziti.policyAdvisor({ identity: "nobody", service: "demo-svc-c" }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await failure(ziti.policyAdvisor({ identity: "", service: "x" }))).toBeInstanceOf(ValidationError);
  });
});

describe("deleteByTag", () => {
  it("dry run reports what carries the tag, in removal order, and removes nothing", async () => {
    const ziti = client();
    await network(ziti, { run: "d", owner: "team-a" });
    await network(ziti, { run: "e", owner: "team-b" });
    const report = await ziti.deleteByTag({ key: "owner", value: "team-a" }, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.filter).toBe('tags.owner = "team-a"');
    expect(report.removed).toEqual([]);
    expect(report.found.map((f) => `${f.kind}:${f.name}`)).toEqual([
      "serviceEdgeRouterPolicies:serp-d",
      "servicePolicies:dial-d",
      "servicePolicies:bind-d",
      "configs:demo-config-d",
      "configTypes:demo.v1-d",
      "services:demo-svc-d",
      "edgeRouterPolicies:erp-d",
      "identities:client-d",
      "identities:server-d",
    ]);
    expect(mocks.requests.some((r) => r.method === "DELETE")).toBe(false);
  });

  it("removes in dependency order and leaves everything else", async () => {
    const ziti = client();
    await network(ziti, { run: "f", owner: "team-a" });
    await network(ziti, { run: "g", owner: "team-b" });
    const report = await ziti.deleteByTag({ key: "owner", value: "team-a" });
    expect(report.failed).toEqual([]);
    expect(report.removed).toHaveLength(9);
    const deletes = mocks.requests.filter((r) => r.method === "DELETE").map((r) => r.operationId);
    expect(deletes).toEqual([
      "deleteServiceEdgeRouterPolicy",
      "deleteServicePolicy",
      "deleteServicePolicy",
      "deleteConfig",
      "deleteConfigType",
      "deleteService",
      "deleteEdgeRouterPolicy",
      "deleteIdentity",
      "deleteIdentity",
    ]);
    expect(DELETE_ORDER[0]).toBe("serviceEdgeRouterPolicies");
    expect(await ziti.identities.list({ filter: 'tags.owner = "team-a"' }).toArray()).toEqual([]);
    expect(
      (await ziti.identities.list({ filter: 'tags.owner = "team-b"' }).toArray()).map((i) => i.name).sort(),
    ).toEqual(["client-g", "server-g"]);
    expect((await ziti.deleteByTag({ key: "owner", value: "team-a" })).found).toEqual([]);
  });

  it("reports a removal the controller refuses and goes on with the rest", async () => {
    const ziti = client();
    const type = await ziti.configs.createType({ name: "shared.v1", tags: { owner: "x" } });
    await ziti.configs.create({ name: "untagged-user", configTypeId: type.id, data: {} });
    await ziti.identities.create({ name: "tagged", type: "User", isAdmin: false, tags: { owner: "x" } });
    const report = await ziti.deleteByTag({ key: "owner", value: "x" });
    expect(report.failed.map((f) => [f.kind, f.name, (f.error as { status: number }).status])).toEqual([
      ["configTypes", "shared.v1", 409],
    ]);
    expect(report.removed.map((r) => r.name)).toEqual(["tagged"]);
  });

  it("never removes the default admin and checks its input", async () => {
    const ziti = client();
    mocks.state.identities.get(mocks.adminId)!.tags = { owner: "x" };
    const report = await ziti.deleteByTag({ key: "owner", value: "x" });
    expect(report.skipped).toMatchObject([{ kind: "identities", id: mocks.adminId }]);
    expect(report.removed).toEqual([]);
    expect(await failure(ziti.deleteByTag({ key: "bad-key", value: "x" }))).toBeInstanceOf(ValidationError);
    expect(await failure(ziti.deleteByTag({ key: "k", value: "x" }, { dryrun: true } as never))).toBeInstanceOf(
      ValidationError,
    );
  });
});

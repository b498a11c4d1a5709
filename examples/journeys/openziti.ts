import {
  createZitiClient,
  fetchControllerCa,
  NotFoundError,
  password,
  roles,
  zf,
  zitiError,
} from "@trustplane/openziti";
import { connectionStrings, type Journey } from "../journey.js";

export default {
  name: "openziti",
  title: "OpenZiti: a service with dial and bind policies, enrollment JWTs, the policy advisor, cleanup by tag",
  prefix: "openziti",
  async run({ connection, log }) {
    const c = connectionStrings(connection, ["url", "username", "password"]);

    // 0. The controller's CA bundle, with fingerprints to confirm before trusting it.
    const bundle = await fetchControllerCa(c.url);
    log(
      `fetchControllerCa -> ${bundle.certificates.map((x) => `${x.subject} ${x.fingerprint.slice(0, 23)}…`).join("; ")}`,
    );

    // 1. Log in with a password; the session token travels as zt-session and refreshes itself.
    const ziti = createZitiClient({ url: c.url, auth: password({ username: c.username, password: c.password }) });
    const tags = { journey: "openziti-demo" };
    let cleanupFailures: string[] = [];
    try {
      const me = await ziti.currentIdentity.get();
      log(`logged in as "${me.name}" (admin: ${me.isAdmin})`);

      // 2. A config type, a config of that type, and a service that carries it.
      const configType = await ziti.configs.createType({
        name: "demo-intercept.v1",
        schema: { type: "object", properties: { hostname: { type: "string" }, port: { type: "integer" } } },
        tags,
      });
      const config = await ziti.configs.create({
        name: "billing-intercept",
        configTypeId: configType.id,
        data: { hostname: "billing.ziti", port: 443 },
        tags,
      });
      const service = await ziti.services.create({
        name: "billing-api",
        encryptionRequired: true,
        roleAttributes: ["billing"],
        configs: [config.id],
        tags,
      });
      log(`created config type, config and service "billing-api" (${service.id})`);

      // 3. Two identities, each with an enrollment JWT to hand to its device.
      const laptop = await ziti.identities.createWithEnrollment({
        name: "alice-laptop",
        type: "Device",
        roleAttributes: ["billing-clients"],
        enrollment: "ott",
        tags,
      });
      const host = await ziti.identities.createWithEnrollment({
        name: "billing-host",
        type: "Device",
        roleAttributes: ["billing-hosts"],
        enrollment: "ott",
        tags,
      });
      log(`identities: alice-laptop (JWT ${laptop.jwt.length} chars), billing-host (JWT ${host.jwt.length} chars)`);

      // 4. Who may dial and bind it, and over which edge routers.
      await ziti.servicePolicies.create({
        name: "billing-dial",
        type: "Dial",
        semantic: "AnyOf",
        identityRoles: [roles.attribute("billing-clients")],
        serviceRoles: [roles.attribute("billing")],
        tags,
      });
      await ziti.servicePolicies.create({
        name: "billing-bind",
        type: "Bind",
        semantic: "AnyOf",
        identityRoles: [roles.id(host.identity.id)],
        serviceRoles: [roles.id(service.id)],
        tags,
      });
      await ziti.edgeRouterPolicies.create({
        name: "billing-routers",
        semantic: "AnyOf",
        identityRoles: roles.attributes("billing-clients", "billing-hosts"),
        edgeRouterRoles: [roles.attribute("public")],
        tags,
      });
      await ziti.serviceEdgeRouterPolicies.create({
        name: "billing-service-routers",
        semantic: "AnyOf",
        serviceRoles: [roles.attribute("billing")],
        edgeRouterRoles: [roles.attribute("public")],
        tags,
      });
      log("service policies billing-dial and billing-bind, edge router and service edge router policies created");

      // 5. The policy advisor, as `ziti edge policy-advisor identities` answers.
      const dial = await ziti.policyAdvisor({ identity: "alice-laptop", service: "billing-api" });
      const bind = await ziti.policyAdvisor({ identity: "billing-host", service: "billing-api" });
      log(
        `policy advisor: alice-laptop ${dial.status} dial=${dial.canDial} via ${dial.dialPolicies.map((p) => p.name)} over ${dial.commonEdgeRouters.map((r) => r.name).join(", ")}`,
      );
      log(
        `policy advisor: billing-host ${bind.status} bind=${bind.canBind} via ${bind.bindPolicies.map((p) => p.name)}`,
      );
      if (dial.status !== "OKAY" || !dial.canDial || !bind.canBind) throw new Error("the advisor should allow both");
      const nobody = await ziti.policyAdvisor({ identity: "Default Admin", service: "billing-api" });
      log(`policy advisor: Default Admin ${nobody.status}: ${nobody.problems[0]}`);

      // 6. A list with a filter (built safely from a value) and paging.
      for (let i = 1; i <= 7; i++) {
        await ziti.identities.create({ name: `billing-worker-${i}`, type: "Service", isAdmin: false, tags });
      }
      const filter = zf.sort(zf.and(zf.contains("name", "billing-"), zf.eq(zf.tag("journey"), tags.journey)), "name");
      const pages: string[] = [];
      for await (const page of ziti.identities.list({ filter }, { pageSize: 4 }).byPage()) {
        pages.push(`${page.items.length}/${page.total}`);
      }
      log(`identities.list({ filter: ${JSON.stringify(filter)} }) -> pages ${pages.join(", ")}`);
      if (pages.join(",") !== "4/8,4/8") throw new Error(`expected 8 identities in 2 pages, saw ${pages.join(",")}`);

      // 7. Find by name, and what a missing one looks like.
      const found = await ziti.services.findByName("billing-api");
      log(`services.findByName("billing-api") -> ${found.id}`);
      try {
        await ziti.identities.findByName("no-such-device");
        throw new Error("expected a NotFoundError");
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        log(`identities.findByName("no-such-device") -> ${error.name} ${error.code}`);
      }
      try {
        await ziti.services.create({ name: "billing-api", encryptionRequired: true });
        throw new Error("expected the controller to refuse a duplicate name");
      } catch (error) {
        const issue = zitiError(error)?.issues[0];
        log(`duplicate service name -> ${zitiError(error)?.code}: ${issue?.field} ${issue?.reason}`);
      }
    } finally {
      // 8. Clean up everything the journey tagged, in dependency order (also when a step failed).
      const preview = await ziti.deleteByTag({ key: "journey", value: tags.journey }, { dryRun: true });
      const report = await ziti.deleteByTag({ key: "journey", value: tags.journey });
      log(
        `deleteByTag -> found ${preview.found.length} (${[...new Set(preview.found.map((f) => f.kind))].join(" → ")}), removed ${report.removed.length}, failed ${report.failed.length}`,
      );
      await ziti.logout();
      await ziti.close();
      cleanupFailures = report.failed.map((f) => f.name);
    }
    if (cleanupFailures.length) throw new Error(`cleanup failed for ${cleanupFailures.join(", ")}`);
  },
} satisfies Journey;

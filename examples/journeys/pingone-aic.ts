import {
  createAicClient,
  NotFoundError,
  type PromotionReport,
  ServerError,
  serviceAccount,
  ValidationError,
} from "@trustplane/pingone-aic";
import { connectionStrings, type Journey } from "../journey.js";

/** One line per kind of configuration change in a promotion report. */
function describeReport(report: PromotionReport): string[] {
  const lines: string[] = [];
  for (const [product, changes] of Object.entries(report.report ?? {})) {
    for (const change of changes ?? []) {
      const parts = (["added", "modified", "deleted"] as const)
        .map((kind) => {
          const items = change.configChange?.[kind] ?? [];
          return items.length ? `${kind} ${items.map((i) => i.name).join(", ")}` : "";
        })
        .filter(Boolean);
      lines.push(`${product} / ${change.configItem}: ${parts.join("; ")}`);
    }
  }
  return lines.length ? lines : ["(no changes)"];
}

export default {
  name: "pingone-aic",
  title: "PingOne AIC: service account, ESVs, secret rotation, paging, restart and a dry-run promotion",
  prefix: "pingone-aic",
  async run({ connection, log }) {
    const c = connectionStrings(connection, ["tenantUrl", "serviceAccountId"]);
    const privateJwk = connection.privateJwk as Record<string, unknown>;

    // 1. Authenticate: the client signs a JWT with the service account's key and trades it for a
    //    token at <tenant>/am/oauth2/access_token on the first call.
    const aic = createAicClient({
      tenant: c.tenantUrl,
      auth: serviceAccount({
        id: c.serviceAccountId,
        privateKey: privateJwk,
        scopes: ["fr:idc:esv:*", "fr:idc:promotion:*"],
      }),
    });
    try {
      const before = await aic.count.get();
      log(
        `signed in as service account ${c.serviceAccountId.slice(0, 8)}…: ${before.variables} variables, ${before.secrets} secrets`,
      );

      // Inputs are checked before anything is sent.
      try {
        await aic.variables.get({ id: "greeting" });
        throw new Error("expected a ValidationError for an id without esv-");
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        log(
          `variables.get({ id: "greeting" }) -> ValidationError (${error.issues[0]?.path}: ${error.issues[0]?.message})`,
        );
      }

      // 2. A variable: the value goes out base64-encoded and comes back decoded.
      await aic.variables.set({
        id: "esv-demo-greeting",
        value: "hello from trustplane",
        description: "created by the pingone-aic journey",
      });
      const greeting = await aic.variables.get({ id: "esv-demo-greeting" });
      log(
        `variable esv-demo-greeting = "${greeting.value}" (valueBase64 ${greeting.valueBase64}, loaded: ${greeting.loaded})`,
      );

      // 3. A secret, then rotate it: a new version, the old one disabled. Values are write-only.
      await aic.secrets.delete({ id: "esv-demo-api-key" }).catch((error: unknown) => {
        if (!(error instanceof NotFoundError)) throw error;
      });
      const secret = await aic.secrets.create({ id: "esv-demo-api-key", value: "first-api-key-value" });
      log(`secret ${secret._id} created: active version ${secret.activeVersion}, encoding ${secret.encoding}`);
      const rotated = await aic.secrets.rotate({ id: "esv-demo-api-key", value: "second-api-key-value" });
      const versions = await aic.secrets.listVersions({ id: "esv-demo-api-key" }).toArray();
      log(
        `rotated: version ${rotated.version.version} added, ${rotated.disabled.map((v) => `v${v.version}`).join(", ")} disabled -> ${versions
          .map((v) => `v${v.version} ${v.status}`)
          .join(", ")}`,
      );

      // 4. Lists page themselves (cookie cursor, _pageSize).
      let pages = 0;
      let listed = 0;
      for await (const page of aic.variables.list({ pageSize: 10 }).byPage()) {
        pages++;
        listed += page.items.length;
      }
      log(`listed ${listed} variables in ${pages} pages of up to 10`);
      const pending = await aic.count.get({ onlyPending: true });
      const pendingIds = (await aic.variables.list({ onlyPending: true }).toArray()).map((v) => v._id);
      log(
        `waiting for a restart: ${pending.variables} variable(s) [${pendingIds.join(", ")}], ${pending.secrets} secret(s)`,
      );
      if (pending.variables < 1 || pending.secrets < 1) throw new Error("expected pending ESVs before the restart");

      // 5. Restart and wait; the fake answers 503 once while the services come back.
      let lastStatus = "";
      const restart = await aic.restart.restartAndWait({
        interval: 250,
        timeout: 20_000,
        onProgress: (p) => {
          if (p.error instanceof ServerError) {
            log(`  +${p.elapsedMs} ms ${p.phase}: ${p.error.status} while services come back (riding through)`);
            return;
          }
          const status = `${p.phase}: ${p.restartStatus}`;
          if (status !== lastStatus) log(`  +${p.elapsedMs} ms ${status}`);
          lastStatus = status;
        },
      });
      const after = await aic.count.get({ onlyPending: true });
      log(
        `restart done in ${restart.elapsedMs} ms after ${restart.polls} polls; pending now ${after.variables + after.secrets}`,
      );
      if (after.variables + after.secrets !== 0) throw new Error("the restart did not load the ESVs");

      // 6. A dry-run promotion: preview, lock, promote, poll, report, unlock, in one call.
      let lastPhase = "";
      const report = await aic.promotion.promoteAndWait({
        dryRun: true,
        description: "journey dry run",
        promoter: "trustplane demo",
        interval: 200,
        timeout: 30_000,
        onProgress: (p) => {
          if (p.phase === lastPhase) return;
          lastPhase = p.phase;
          const detail = p.status?.status ?? p.lockState?.result ?? "";
          log(`  +${p.elapsedMs} ms ${p.phase}${detail ? `: ${detail}` : ""}`);
        },
      });
      log(
        `dry-run report ${report.reportId?.slice(0, 8)}… (promotion ${report.promotionId?.slice(0, 8)}…, dryRun: ${report.dryRun}):`,
      );
      for (const line of describeReport(report)) log(`  ${line}`);
      const lock = await aic.promotion.lockState();
      log(`environments ${lock.result} again`);
      if (lock.result !== "unlocked" || report.dryRun !== true) throw new Error("the dry run did not end cleanly");
    } finally {
      await aic.close();
    }
  },
} satisfies Journey;

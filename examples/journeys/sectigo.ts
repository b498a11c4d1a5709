import { X509Certificate } from "node:crypto";
import {
  createSectigoClient,
  credentials,
  oauth2,
  SectigoErrorCode,
  splitChain,
  UnsupportedOperationError,
  ValidationError,
} from "@trustplane/sectigo";
import { createCsr, generateKeyPair } from "@trustplane/sectigo/mocks";
import { connectionStrings, type Journey } from "../journey.js";

export default {
  name: "sectigo",
  title: "Sectigo: a key and CSR, enroll and collect (PEM and PKCS#7 DER), revoke, paging, the same on the Admin API",
  prefix: "sectigo",
  async run({ connection, log }) {
    const c = connectionStrings(connection, [
      "url",
      "adminUrl",
      "tokenUrl",
      "login",
      "password",
      "customerUri",
      "clientId",
      "clientSecret",
    ]);
    const orgId = Number(connection.orgId);

    // The SCM REST API, with an API administrator's header login.
    const scm = createSectigoClient({
      url: c.url,
      auth: credentials({ login: c.login, password: c.password, customerUri: c.customerUri }),
    });
    // The Admin API, with OAuth2 client credentials (the sandbox serves both on one base URL).
    const adminApi = createSectigoClient({
      url: c.adminUrl,
      auth: oauth2({ clientId: c.clientId, clientSecret: c.clientSecret, tokenUrl: c.tokenUrl }),
    });
    try {
      // 1. What may be ordered.
      const profiles = await scm.ssl.listProfiles({ organizationId: orgId }).toArray();
      log(`ssl.listProfiles -> ${profiles.map((p) => `${p.id} "${p.name}" (${p.terms?.join("/")} days)`).join(", ")}`);
      const profile = profiles[0];
      if (!profile?.id) throw new Error("the sandbox offers no SSL profile");

      // 2. A key pair and a CSR (the key never leaves this process).
      const keys = generateKeyPair({ type: "ec", curve: "P-256" });
      const csr = createCsr({
        subject: "CN=shop.example.com,O=Example Corp,C=US",
        keys,
        subjectAltNames: [
          { type: "dns", value: "shop.example.com" },
          { type: "dns", value: "www.shop.example.com" },
        ],
      }).pem;
      log(`createCsr -> ${csr.split("\n")[0]} (EC P-256)`);

      // 3. Enroll, wait while Sectigo answers "being processed", collect as PEM with the chain.
      const statuses: string[] = [];
      const issued = await scm.ssl.enrollAndCollect(
        { orgId, certType: profile.id, term: 365, csr, subjAltNames: "www.shop.example.com" },
        { format: "pem", interval: 50, timeout: 30_000, onProgress: (p) => p.status && statuses.push(p.status) },
      );
      const chain = await splitChain(issued.certificate, { order: "leaf-first" });
      const [leaf, issuer] = chain;
      if (!leaf || !issuer || !leaf.checkIssued(issuer) || !leaf.publicKey.equals(keys.publicKey)) {
        throw new Error("the issued chain does not fit the CSR");
      }
      log(`ssl.enrollAndCollect -> sslId ${issued.id} after ${statuses.length} not-ready answers (${statuses[0]})`);
      log(
        `  ${leaf.subject.replace(/\n/g, ", ")}; issued by ${issuer.subject.split("\n").find((l) => l.startsWith("CN="))}; chain of ${chain.length}`,
      );

      // 4. The same certificate as PKCS#7 DER: bytes, never decoded as text.
      const der = await scm.ssl.collect({ sslId: issued.id, format: "bin" });
      const fromDer = await splitChain(der);
      if (!(der instanceof Uint8Array) || !fromDer.some((x) => x.fingerprint256 === leaf.fingerprint256)) {
        throw new Error("the PKCS#7 DER download does not hold the certificate");
      }
      log(`ssl.collect(bin) -> ${der.byteLength} bytes of PKCS#7 DER, ${fromDer.length} certificates`);

      // 5. Checks before enrolling name the field (nothing is ordered).
      try {
        await scm.ssl.enrollAndCollect({ orgId, certType: profile.id, term: 999, csr, subjAltNames: "not a name" });
        throw new Error("expected the checks to refuse term 999");
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        log(`checks -> ${error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
      }

      // 6. Revoke, with the reason by name; a second revoke is Sectigo's -159.
      await scm.ssl.revoke({ sslId: issued.id, reasonCode: "superseded", reason: "journey done" });
      const again = await scm.ssl.revoke({ sslId: issued.id, reasonCode: 4, reason: "again" }).catch((e: unknown) => e);
      if ((again as { code?: unknown }).code !== SectigoErrorCode.AlreadyRevoked) throw new Error("expected -159");
      log(`ssl.revoke(superseded) -> revoked; again -> ${(again as Error).message.split(" (")[0]}`);

      // 7. More orders, then the list page by page (size/position, total in X-Total-Count).
      for (let i = 1; i <= 5; i++) {
        await scm.ssl.enroll({ orgId, certType: profile.id, term: 365, csr });
      }
      let pages = 0;
      let total: number | undefined;
      for await (const page of scm.ssl.list({}, { pageSize: 2 }).byPage()) {
        pages++;
        total = page.total;
        log(`  page ${pages}: ${page.items.map((x) => x.sslId).join(", ")}`);
      }
      log(`ssl.list -> ${total} certificates in ${pages} pages of 2`);
      if (total !== 6 || pages !== 3) throw new Error(`expected 6 certificates in 3 pages, saw ${total} in ${pages}`);

      // 8. The same enrollment through the Admin API (OAuth2): same methods, the Admin API's spelling on the wire.
      const viaAdmin = await adminApi.ssl.enrollAndCollect(
        { orgId, certType: profile.id, term: 365, csr },
        { format: "pemco", interval: 50, timeout: 30_000 },
      );
      const adminLeaf = new X509Certificate(viaAdmin.certificate);
      log(`admin ssl.enrollAndCollect -> sslId ${viaAdmin.id}, serial ${adminLeaf.serialNumber.slice(0, 12)}…`);
      await adminApi.ssl.revoke({ sslId: viaAdmin.id, reasonCode: "superseded", reason: "journey done" }); // reasonCode sent as "4"
      const managed = await adminApi.organizations.listManagedByRole({ role: "MRAO" }).toArray(); // .../managed-by/MRAO
      log(`admin organizations.listManagedByRole -> ${managed.map((o) => o.name).join(", ")}`);
      try {
        await adminApi.ssl.count();
        throw new Error("expected the Admin API client to refuse ssl.count");
      } catch (error) {
        if (!(error instanceof UnsupportedOperationError)) throw error;
        log(`admin ssl.count -> refused before sending (${error.operation} is SCM REST API only)`);
      }

      // 9. A CSV report, streamed row by row.
      const report = await scm.reports.stream({ body: { type: "SSL_CERTS" } });
      let rows = 0;
      for await (const _row of report) rows++;
      log(`reports.stream(SSL_CERTS) -> ${report.fileName}: ${rows - 1} rows after the header`);
    } finally {
      await Promise.all([scm.close(), adminApi.close()]);
    }
  },
} satisfies Journey;

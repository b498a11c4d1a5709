import { X509Certificate } from "node:crypto";
import { BadRequestError, clientCredentials, createPingOneClient, pingOneError } from "@trustplane/pingone";
import { createTestCertificateAuthority } from "@trustplane/pingone/mocks";
import { connectionStrings, type Journey } from "../journey.js";

export default {
  name: "pingone",
  title: "PingOne: signing key, CSR signed by a CA, paging through keys, a rotation policy",
  prefix: "pingone",
  async run({ connection, log }) {
    const c = connectionStrings(connection, ["apiUrl", "authUrl", "environmentId", "clientId", "clientSecret"]);

    // A worker application's client credentials; the first call fetches a token from
    // <authUrl>/<environmentId>/as/token (with `region: "eu"` that is auth.pingone.eu).
    const pingone = createPingOneClient({
      apiUrl: c.apiUrl,
      authUrl: c.authUrl,
      environmentId: c.environmentId,
      auth: clientCredentials({ clientId: c.clientId, clientSecret: c.clientSecret }),
    });
    try {
      // 1. Generate a signing key.
      const key = await pingone.keys.generate({
        name: "journey-signing",
        algorithm: "RSA",
        keyLength: 2048,
        signatureAlgorithm: "SHA256withRSA",
        subjectDN: "CN=journey-signing, OU=Platform, O=Example Corp, L=Denver, ST=CO, C=US",
        usageType: "SIGNING",
        validityPeriod: 365,
      });
      log(`keys.generate -> ${key.id.slice(0, 8)}… ${key.algorithm} ${key.keyLength}, ${key.status}, self-signed`);

      // 2. Export its CSR as PEM and have a CA sign it (here, a throwaway test CA).
      const csr = await pingone.keys.exportCsr({ keyId: key.id, format: "pem" });
      log(`keys.exportCsr(pem) -> ${csr.split("\n")[0]} (${csr.length} characters)`);
      const ca = createTestCertificateAuthority({ subjectDN: "CN=Example Issuing CA, O=Example Corp, C=US" });
      const signed = ca.signCsr(csr, { validityDays: 90 });

      // 3. Import the signed certificate, then read it back and check it with node:crypto.
      const updated = await pingone.keys.importCsrResponse({ keyId: key.id, file: signed });
      const certificate = new X509Certificate(await pingone.keys.exportCertificate({ keyId: key.id, format: "pem" }));
      const caCertificate = new X509Certificate(ca.certificatePem);
      if (!certificate.verify(caCertificate.publicKey)) throw new Error("the imported certificate is not the CA's");
      log(`keys.importCsrResponse -> issuer "${updated.issuerDN}", valid to ${certificate.validTo}`);

      // 4. A few more keys, then list them page by page (HAL next links, 5 per page).
      for (let i = 1; i <= 11; i++) {
        await pingone.keys.generate({
          name: `journey-encryption-${i}`,
          algorithm: "EC",
          keyLength: 256,
          signatureAlgorithm: "SHA256withECDSA",
          subjectDN: `CN=journey-encryption-${i}, OU=Platform, O=Example Corp, L=, ST=, C=US`,
          usageType: "ENCRYPTION",
          validityPeriod: 30,
        });
      }
      let seen = 0;
      let pages = 0;
      for await (const page of pingone.keys.list({ limit: 5, order: "name" }).byPage()) {
        pages++;
        seen += page.items.length;
        log(`  page ${pages}: ${page.items.map((k) => k.name).join(", ")}`);
      }
      log(`keys.list -> ${seen} keys in ${pages} pages`);
      if (seen !== 12 || pages !== 3) throw new Error(`expected 12 keys in 3 pages, saw ${seen} in ${pages}`);
      const signing = await pingone.keys.list({ filter: 'usageType eq "SIGNING"' }).toArray();
      log(`keys.list({ filter: 'usageType eq "SIGNING"' }) -> ${signing.map((k) => k.name).join(", ")}`);

      // 5. A key rotation policy.
      const policy = await pingone.keyRotationPolicies.create({
        name: "Quarterly signing keys",
        algorithm: "RSA",
        keyLength: 2048,
        signatureAlgorithm: "SHA256withRSA",
        usageType: "SIGNING",
        dn: "CN=rotating, O=Example Corp, C=US",
        rotationPeriod: 90,
      });
      log(`keyRotationPolicies.create -> "${policy.name}" every ${policy.rotationPeriod} days`);

      // 6. Errors come back in PingOne's terms.
      try {
        await pingone.keys.generate({
          name: "too-small",
          algorithm: "RSA",
          keyLength: 1024,
          signatureAlgorithm: "SHA256withRSA",
          subjectDN: "CN=too-small, OU=x, O=x, L=, ST=, C=US",
          usageType: "SIGNING",
          validityPeriod: 1,
        });
        throw new Error("expected PingOne to refuse a 1024-bit key");
      } catch (error) {
        if (!(error instanceof BadRequestError)) throw error;
        const detail = pingOneError(error)?.details[0];
        log(`keyLength 1024 -> ${error.status} ${error.code}: ${detail?.target} ${detail?.code} (${detail?.message})`);
      }
    } finally {
      await pingone.close();
    }
  },
} satisfies Journey;

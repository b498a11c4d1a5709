/**
 * The TLS settings the environment gives (CA bundle, client certificate, skip-verify) over real
 * HTTPS on 127.0.0.1, with certificates from the test PKI.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TLSSocket } from "node:tls";
import { createCertificateAuthority, generateKeyPair } from "@trustplane/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectionError, createStrongholdClient } from "../src/index.js";

const ca = createCertificateAuthority({ subject: "CN=Stronghold Test CA", keyAlgorithm: { type: "ec" } });
const serverKeys = generateKeyPair({ type: "ec" });
const server = ca.issue({
  subject: "CN=127.0.0.1",
  publicKey: serverKeys.publicKey,
  subjectAltNames: [{ type: "ip", value: "127.0.0.1" }],
});
const clientKeys = generateKeyPair({ type: "ec" });
const clientCert = ca.issue({ subject: "CN=pipeline-client", publicKey: clientKeys.publicKey });

const dir = mkdtempSync(join(tmpdir(), "stronghold-tls-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const caFile = file("ca.pem", ca.certificate.pem);
const certFile = file("client.pem", clientCert.pem);
const keyFile = file("client-key.pem", clientKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString());

let tls: https.Server;
let address = "";

beforeAll(async () => {
  tls = https.createServer(
    {
      key: serverKeys.privateKey.export({ type: "pkcs8", format: "pem" }),
      cert: server.pem,
      ca: ca.certificate.pem,
      requestCert: true,
      rejectUnauthorized: false,
    },
    (req, res) => {
      const socket = req.socket as TLSSocket;
      const peer = socket.authorized ? socket.getPeerCertificate().subject?.CN : undefined;
      res.setHeader("content-type", "application/json");
      if (req.url !== "/v1/auth/token/lookup-self" || req.headers["x-vault-token"] !== "hvs.tls-test") {
        res.statusCode = 403;
        res.end(JSON.stringify({ errors: ["permission denied"] }));
        return;
      }
      res.end(
        JSON.stringify({
          request_id: "r1",
          data: {
            id: "hvs.tls-test",
            display_name: peer ?? "anonymous",
            namespace_path: req.headers["x-vault-namespace"],
          },
        }),
      );
    },
  );
  await new Promise<void>((r) => tls.listen(0, "127.0.0.1", r));
  address = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => tls.close(() => r())));

describe.each(["dispatcher", "fetch"] as const)("TLS from the environment (engine: %s)", (engine) => {
  const withEngine = async (vars: Record<string, string>, extra: { allowSkipVerify?: boolean } = {}) => {
    const stronghold = createStrongholdClient({
      env: { STRONGHOLD_ADDR: address, VAULT_TOKEN: "hvs.tls-test", ...vars },
      logLevel: "off",
      maxRetries: 0,
      transport: { engine },
      ...extra,
    });
    try {
      return await stronghold.token.lookupSelf();
    } finally {
      await stronghold.close();
    }
  };

  it("refuses a server signed by a CA it was not given", async () => {
    const error = await withEngine({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
  });

  it("trusts the CA of VAULT_CACERT and sends the namespace over the wire", async () => {
    const self = await withEngine({ VAULT_CACERT: caFile, STRONGHOLD_NAMESPACE: "team-a" });
    expect(self).toMatchObject({ display_name: "anonymous", namespace_path: "team-a" });
  });

  it("presents the client certificate of STRONGHOLD_CLIENT_CERT / _CLIENT_KEY (mTLS)", async () => {
    const self = await withEngine({
      STRONGHOLD_CACERT: caFile,
      STRONGHOLD_CLIENT_CERT: certFile,
      VAULT_CLIENT_KEY: keyFile,
    });
    expect(self.display_name).toBe("pipeline-client");
  });

  it("skips verification only when allowSkipVerify is set", async () => {
    expect((await withEngine({ VAULT_SKIP_VERIFY: "1" }, { allowSkipVerify: true })).id).toBe("hvs.tls-test");
  });
});

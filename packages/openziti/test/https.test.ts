/**
 * Over real HTTPS on 127.0.0.1 (no msw): certificate login with mutual TLS (PEM and PKCS#12), the
 * `ca` option, and fetchControllerCa through core's transport (TLS failures are ConnectionErrors).
 */
import { readFileSync } from "node:fs";
import { createCertificateAuthority, fingerprint, generateKeyPair } from "@trustplane/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuthError,
  ConnectionError,
  certificate,
  createZitiClient,
  fetchControllerCa,
  ValidationError,
} from "../src/index.js";
import { createZitiMocks, type HttpsFake, serveOverHttps } from "../src/mocks/index.js";
import { failure, logins } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/tls/${name}`, import.meta.url));
const tlsCa = fixture("ca.crt").toString();
const clientCert = fixture("client.crt").toString();
const clientKey = fixture("client.key").toString();
const clientP12 = new Uint8Array(fixture("client.p12"));

const mocks = createZitiMocks();
let https: HttpsFake;

beforeAll(async () => {
  // Client certificates may come from the test CA or from the fake controller's own CA (enrollments).
  https = await serveOverHttps(mocks, {
    key: fixture("server.key"),
    cert: fixture("server.crt"),
    clientCa: [tlsCa, mocks.caPem],
  });
});
afterEach(() => mocks.reset());
afterAll(() => https.close());

const engines = ["dispatcher", "fetch"] as const;

describe.each(engines)("certificate() over mutual TLS (%s engine)", (engine) => {
  const connect = (auth: ReturnType<typeof certificate>) =>
    createZitiClient({ url: https.url, ca: tlsCa, auth, logLevel: "off", transport: { engine }, maxRetries: 0 });

  it("logs in with POST /authenticate?method=cert, the certificate in the TLS handshake", async () => {
    mocks.control.addCertificateLogin("Default Admin", clientCert);
    const ziti = connect(certificate({ cert: clientCert, key: clientKey }));
    try {
      expect((await ziti.currentIdentity.get()).name).toBe("Default Admin");
      expect(logins(mocks).map((r) => r.query)).toEqual(["?method=cert"]);
      const session = [...mocks.state.apiSessions.values()][0];
      expect(session?.method).toBe("cert");
    } finally {
      await ziti.close();
    }
  });

  it("logs in with a PKCS#12 bundle and its passphrase", async () => {
    mocks.control.addCertificateLogin("Default Admin", clientCert);
    const ziti = connect(certificate({ pfx: clientP12, passphrase: "p12-test-pass" }));
    try {
      expect((await ziti.currentIdentity.get()).isAdmin).toBe(true);
    } finally {
      await ziti.close();
    }
  });

  it("a certificate that belongs to no identity is an AuthError (401 INVALID_AUTH)", async () => {
    const ziti = connect(certificate({ cert: clientCert, key: clientKey }));
    try {
      const error = (await failure(ziti.identities.list())) as AuthError;
      expect(error).toBeInstanceOf(AuthError);
      expect(error).toMatchObject({ status: 401, code: "INVALID_AUTH" });
    } finally {
      await ziti.close();
    }
  });

  it("a certificate from a CA the controller does not trust is never presented as valid", async () => {
    const stranger = createCertificateAuthority({ keyAlgorithm: { type: "ec", curve: "P-256" } });
    const keys = generateKeyPair({ type: "ec", curve: "P-256" });
    const cert = stranger.issue({ subject: "CN=intruder", publicKey: keys.publicKey }).pem;
    mocks.control.addCertificateLogin("Default Admin", cert);
    const ziti = connect(
      certificate({ cert, key: keys.privateKey.export({ type: "pkcs8", format: "pem" }) as string }),
    );
    try {
      const error = (await failure(ziti.currentIdentity.get())) as AuthError;
      expect(error).toBeInstanceOf(AuthError);
      expect(error.message).toMatch(/401/);
    } finally {
      await ziti.close();
    }
  });

  it("an enrolled device logs in with the certificate the controller's CA issued for its JWT", async () => {
    mocks.control.addCertificateLogin("Default Admin", clientCert);
    const admin = connect(certificate({ cert: clientCert, key: clientKey }));
    const { jwt, identity } = await admin.identities.createWithEnrollment({ name: "laptop-1", enrollment: "ott" });
    const enrolled = mocks.control.enroll(jwt);
    expect(enrolled.identityId).toBe(identity.id);
    const device = connect(certificate({ cert: enrolled.certificate as string, key: enrolled.privateKey as string }));
    try {
      expect((await device.currentIdentity.get()).name).toBe("laptop-1");
      const after = await admin.identities.get({ id: identity.id });
      expect(after.enrollment).toEqual({});
      expect(after.authenticators).toHaveProperty("cert");
    } finally {
      await device.close();
      await admin.close();
    }
  });
});

describe("TLS trust", () => {
  it("without the controller's CA the server certificate is refused: a permanent ConnectionError", async () => {
    const ziti = createZitiClient({
      url: https.url,
      auth: certificate({ cert: clientCert, key: clientKey }),
      logLevel: "off",
    });
    try {
      const error = (await failure(ziti.currentIdentity.get())) as ConnectionError;
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.permanent).toBe(true);
      expect(error.phase).toBe("token");
    } finally {
      await ziti.close();
    }
  });

  it("a certificate() login and transport.cert together are refused", () => {
    expect(() =>
      createZitiClient({
        url: https.url,
        auth: certificate({ cert: clientCert, key: clientKey }),
        transport: { cert: clientCert, key: clientKey },
      }),
    ).toThrow(/brings its own client certificate/);
    expect(() => certificate({ cert: clientCert } as never)).toThrow(/cert and key go together/);
    expect(() => certificate({ cert: "not pem", key: clientKey })).toThrow(ValidationError);
    expect(() => certificate({ cert: clientCert, key: clientKey, pfx: clientP12 } as never)).toThrow(/not both/);
  });
});

describe("fetchControllerCa", () => {
  it("reads /.well-known/est/cacerts at the controller root and gives each certificate's SHA-256 fingerprint", async () => {
    const bundle = await fetchControllerCa(`${https.url}/edge/management/v1`, {
      transport: { rejectUnauthorized: false },
      logLevel: "off",
    });
    expect(bundle.url).toBe(`${https.url}/.well-known/est/cacerts`);
    expect(bundle.certificates).toHaveLength(1);
    const [first] = bundle.certificates;
    expect(first?.fingerprint).toBe(fingerprint(mocks.caPem, { colons: true }));
    expect(first?.subject).toContain("CN=Fake Ziti Controller Signing CA");
    expect(first?.isCa).toBe(true);
    expect(bundle.pem).toContain("-----BEGIN CERTIFICATE-----");
    expect(mocks.requests.map((r) => r.path)).toEqual(["/.well-known/est/cacerts"]);
  });

  it("verifies the server like any call: untrusted is a ConnectionError, a given CA is trusted", async () => {
    const error = await failure(fetchControllerCa(https.url, { logLevel: "off", maxRetries: 0 }));
    expect(error).toBeInstanceOf(ConnectionError);
    const bundle = await fetchControllerCa(https.url, { transport: { ca: tlsCa }, logLevel: "off" });
    expect(bundle.certificates[0]?.pem).toBe(mocks.caPem.trimEnd().concat("\n"));
  });

  it("refuses a bad URL or option as a rejected promise (never a synchronous throw)", async () => {
    const pending = fetchControllerCa("ftp://ctrl", {});
    expect(pending).toBeInstanceOf(Promise);
    expect(await failure(pending)).toBeInstanceOf(ValidationError);
    expect(await failure(fetchControllerCa(https.url, { timout: 5 } as never))).toBeInstanceOf(ValidationError);
  });
});

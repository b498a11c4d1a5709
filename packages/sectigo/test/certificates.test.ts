/** Enroll and collect, done right: waiting rules, checks before enrolling, formats, life cycle. */
import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type ApiError,
  BadRequestError,
  CertificateTimeoutError,
  isNotReady,
  SectigoErrorCode,
  splitChain,
  ValidationError,
  WaitTimeoutError,
} from "../src/index.js";
import { readPkcs7, readPkcs12, sectigoFaults } from "../src/mocks/index.js";
import { csrFor, failure, useFake } from "./helpers.js";

const { mocks, server, classic, admin } = useFake();

const ssl = (cn = "www.example.com", extra: Record<string, unknown> = {}) => ({
  orgId: 1,
  certType: 101,
  term: 365,
  csr: csrFor(cn, [cn, `api.${cn}`]),
  subjAltNames: `api.${cn}`,
  ...extra,
});
const fast = { interval: 1, timeout: 10_000 } as const;

describe("enrollAndCollect", () => {
  it.each([
    ["SCM REST API", classic],
    ["Admin API", admin],
  ] as const)("issues a real certificate for the CSR, signed by the fake's CA (%s)", async (_name, make) => {
    const sectigo = make();
    const phases: string[] = [];
    const statuses: string[] = [];
    const { id, certificate, enrollment } = await sectigo.ssl.enrollAndCollect(ssl(), {
      ...fast,
      onProgress: (p) => {
        phases.push(p.phase);
        if (p.status) statuses.push(p.status);
      },
    });
    expect(enrollment.sslId).toBe(id);
    expect(phases).toEqual(["enrolled", "waiting", "waiting", "issued"]);
    expect(statuses[0]).toMatch(/^-1400: /);
    expect(statuses[1]).toMatch(/^-183: /);
    const chain = await splitChain(certificate, { order: "leaf-first" });
    expect(chain).toHaveLength(3);
    const [leaf, issuing, root] = chain as [X509Certificate, X509Certificate, X509Certificate];
    expect(leaf.subject).toContain("CN=www.example.com");
    expect(leaf.subjectAltName).toContain("DNS:api.www.example.com");
    expect(leaf.checkIssued(issuing)).toBe(true);
    expect(issuing.verify(root.publicKey)).toBe(true);
    const { issuing: fakeIssuing } = mocks.state.caCertificates();
    expect(leaf.verify(fakeIssuing.x509.publicKey)).toBe(true);
  });

  it("S/MIME enrolls with enroll on the SCM REST API and enrollV2 on the Admin API", async () => {
    const input = {
      orgId: 1,
      certType: 201,
      term: 365,
      email: "ada@example.com",
      firstName: "Ada",
      lastName: "Lovelace",
    };
    const seen: string[] = [];
    const record = ({ request }: { request: Request }) => {
      seen.push(new URL(request.url).pathname);
    };
    server.events.on("request:start", record);
    try {
      const one = await classic().smime.enrollAndCollect({ ...input, csr: csrFor("ada.example.com") }, fast);
      const two = await admin().smime.enrollAndCollect({ ...input, csr: csrFor("ada.example.com") }, fast);
      expect(new X509Certificate(one.certificate.split(/(?=-----BEGIN)/).pop() as string).subject).toBeDefined();
      expect(two.id).toBeGreaterThan(one.id);
    } finally {
      server.events.removeListener("request:start", record);
    }
    expect(seen).toContain("/api/smime/v1/enroll");
    expect(seen).toContain("/api/smime/v2/enroll");
    expect(seen.filter((p) => p.startsWith("/api/smime/v2/collect/")).length).toBeGreaterThanOrEqual(2);
  });

  it("device certificates too", async () => {
    const { id, certificate } = await classic().device.enrollAndCollect(
      { orgId: 1, certType: 301, term: 365, csr: csrFor("sensor-7.devices.example.com") },
      { ...fast, format: "x509CO" },
    );
    expect(typeof certificate).toBe("string");
    expect(certificate.match(/BEGIN CERTIFICATE/g)).toHaveLength(1);
    expect(mocks.state.certificates.get(id)?.kind).toBe("device");
  });

  it("keeps waiting while the order awaits approval, and collects once an administrator approves", async () => {
    mocks.state.requireApproval = true;
    const sectigo = classic();
    const statuses: string[] = [];
    const flow = sectigo.ssl.enrollAndCollect(ssl(), {
      ...fast,
      interval: 5,
      onProgress: (p) => {
        if (p.status) statuses.push(p.status);
        if (statuses.length === 3) {
          // An administrator approves through the fake's admin route.
          void fetch(`${mocks.connection.fakeAdminUrl}/approve/${p.id}`, { method: "POST" });
        }
      },
    });
    const { certificate } = await flow;
    expect(certificate).toContain("BEGIN CERTIFICATE");
    expect(statuses.slice(0, 3).every((s) => /awaiting approval/.test(s))).toBe(true);
  });

  it("throws any other error at once, with its code", async () => {
    const sectigo = classic();
    mocks.faults.inject(sectigoFaults.error(400, -110, "Certificate is revoked; download refused"), {
      match: "/collect/",
    });
    const started = Date.now();
    const error = await failure(sectigo.ssl.enrollAndCollect(ssl(), { interval: 5_000, timeout: 60_000 }));
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).code).toBe(SectigoErrorCode.CertificateRevoked);
    expect(isNotReady(error)).toBe(false);
  });

  it("a timeout names the order and its last status, so it can be collected later", async () => {
    const sectigo = classic();
    mocks.state.timings.pendingPolls = 1_000;
    const error = await failure(sectigo.ssl.enrollAndCollect(ssl(), { interval: 20, timeout: 300 }));
    expect(error).toBeInstanceOf(CertificateTimeoutError);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    const timeout = error as CertificateTimeoutError;
    expect(timeout.lastStatus).toMatch(/^-1400: /);
    const order = [...mocks.state.certificates.values()].at(-1);
    expect(timeout.id).toBe(order?.id);
    expect(timeout.message).toContain(`ssl.collect({ sslId: ${order?.id} })`);
    // Later: the order is issued and collects.
    mocks.state.issueNow(timeout.id);
    expect(await sectigo.ssl.collect({ sslId: timeout.id, format: "pemco" })).toContain("BEGIN CERTIFICATE");
  });

  it("shares one deadline between the checks, the enroll and the polling", async () => {
    const sectigo = classic();
    mocks.state.timings.pendingPolls = 1_000;
    const deadline = Date.now() + 250;
    const started = Date.now();
    await expect(sectigo.ssl.enrollAndCollect(ssl(), { interval: 10, deadline })).rejects.toBeInstanceOf(
      CertificateTimeoutError,
    );
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("an abort stops it at once", async () => {
    const sectigo = classic();
    mocks.state.timings.pendingPolls = 1_000;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(sectigo.ssl.enrollAndCollect(ssl(), { interval: 10, signal: controller.signal }));
    expect((error as Error).name).toBe("AbortError");
  });

  it("checks its options", async () => {
    const error = await failure(classic().ssl.enrollAndCollect(ssl(), { interval: -1, format: "der" } as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path).sort()).toEqual(["format", "interval"]);
  });

  it("options that are not an object are a ValidationError for every kind, before anything is sent", async () => {
    const sectigo = classic();
    const calls = [
      sectigo.ssl.enrollAndCollect(ssl(), null as never),
      sectigo.smime.enrollAndCollect(
        { orgId: 1, certType: 1, term: 365, email: "a@example.com" } as never,
        null as never,
      ),
      sectigo.device.enrollAndCollect({ orgId: 1, certType: 1, term: 365 } as never, null as never),
      sectigo.ssl.waitForCertificate({ sslId: 1 }, null as never),
      sectigo.smime.waitForCertificate({ certId: 1 }, null as never),
      sectigo.device.waitForCertificate({ certId: 1 }, null as never),
    ];
    for (const call of calls) expect(await failure(call)).toBeInstanceOf(ValidationError);
    expect(mocks.state.certificates.size).toBe(0);
  });
});

describe("checks before enrolling", () => {
  it("names every field that cannot work, before anything is ordered", async () => {
    mocks.state.customFields.ssl = [{ id: 11, name: "Cost Center", mandatory: true }];
    const sectigo = classic();
    const error = await failure(
      sectigo.ssl.enrollAndCollect(
        { ...ssl(), certType: 102, term: 730, subjAltNames: "ok.example.com, bad_name!" },
        fast,
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => i.path)).toEqual(["term", "csr", "subjAltNames", "customFields"]);
    expect(issues[0]?.message).toContain("365");
    expect(issues[1]?.message).toMatch(/EC P-256 key; profile "Sectigo EV SSL" allows RSA/);
    expect(issues[2]?.message).toContain("bad_name!");
    expect(issues[3]?.message).toContain('"Cost Center"');
    expect(mocks.state.certificates.size).toBe(0);
  });

  it("refuses a profile the organization does not have, and a request that is not a CSR", async () => {
    const error = await failure(
      classic().ssl.enrollAndCollect(
        {
          ...ssl(),
          certType: 999,
          csr: "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----",
        },
        fast,
      ),
    );
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(["certType", "csr"]);
    expect((error as ValidationError).issues[0]?.message).toContain('101 "Sectigo OV SSL"');
  });

  it("refuses an RSA key smaller than the profile allows", async () => {
    const error = await failure(
      classic().ssl.checkEnrollment({ ...ssl(), csr: csrFor("small.example.com", [], "rsa1024") }),
    );
    expect((error as ValidationError).issues[0]).toEqual({
      path: "csr",
      message: expect.stringMatching(/RSA 1024-bit key; profile "Sectigo OV SSL" allows RSA 2048\/3072\/4096/),
    });
  });

  it("fetches profiles and custom fields once per client", async () => {
    const sectigo = classic();
    const calls: string[] = [];
    const record = ({ request }: { request: Request }) => {
      calls.push(new URL(request.url).pathname);
    };
    server.events.on("request:start", record);
    try {
      await sectigo.ssl.checkEnrollment(ssl());
      await sectigo.ssl.checkEnrollment(ssl("two.example.com"));
      await sectigo.withOptions({ timeout: 5_000 }).ssl.checkEnrollment(ssl("three.example.com"));
      sectigo.clearCache();
      await sectigo.ssl.checkEnrollment(ssl());
    } finally {
      server.events.removeListener("request:start", record);
    }
    expect(calls.filter((p) => p === "/api/ssl/v1/types")).toHaveLength(2);
    expect(calls.filter((p) => p === "/api/ssl/v1/customFields")).toHaveLength(2);
  });

  it("check: false leaves it to Sectigo, which answers with its own code", async () => {
    const error = await failure(classic().ssl.enrollAndCollect({ ...ssl(), term: 999 }, { ...fast, check: false }));
    expect((error as ApiError).code).toBe(SectigoErrorCode.TermNotAllowed);
  });
});

describe("collect formats", () => {
  it("answers text formats as strings and bin as bytes, never decoded", async () => {
    const sectigo = classic();
    const { id } = await sectigo.ssl.enrollAndCollect(ssl(), fast);
    const count = async (format: "x509" | "x509R" | "pem" | "x509CO" | "pemco" | "pemia" | "x509IO" | "x509IOR") =>
      (await sectigo.ssl.collect({ sslId: id, format })).match(/BEGIN CERTIFICATE/g)?.length;
    expect(await count("x509")).toBe(3);
    expect(await count("x509R")).toBe(3);
    expect(await count("pem")).toBe(3);
    expect(await count("pemia")).toBe(3);
    expect(await count("x509CO")).toBe(1);
    expect(await count("pemco")).toBe(1);
    expect(await count("x509IO")).toBe(2);
    expect(await count("x509IOR")).toBe(2);
    const base64 = await sectigo.ssl.collect({ sslId: id, format: "base64" });
    expect(base64).toContain("BEGIN PKCS7");
    expect(readPkcs7(base64)).toHaveLength(3);
    const der = await sectigo.ssl.collect({ sslId: id, format: "bin" });
    expect(der).toBeInstanceOf(Uint8Array);
    expect(der[0]).toBe(0x30); // a DER SEQUENCE, bytes as sent
    expect(readPkcs7(der)).toHaveLength(3);
    const chain = await splitChain(der, { order: "root-first" });
    expect(chain.map((c) => c.subject.split("\n").find((l) => l.startsWith("CN="))).at(0)).toBe(
      "CN=Trustplane Fake Sectigo Root CA",
    );
    const defaultFormat = await sectigo.ssl.collect({ sslId: id });
    expect(typeof defaultFormat).toBe("string");
  });

  it("downloads S/MIME key escrow as PKCS#12 bytes that open with the passphrase", async () => {
    const sectigo = admin();
    const { certificate, id } = await sectigo.smime.enrollAndCollect(
      { orgId: 1, certType: 201, term: 365, email: "grace@example.com", firstName: "Grace", lastName: "Hopper" },
      { ...fast, format: "pkcs12", passphrase: "correct horse" },
    );
    expect(certificate).toBeInstanceOf(Uint8Array);
    const opened = readPkcs12(certificate, "correct horse");
    expect(opened.certificates).toHaveLength(3);
    expect(new X509Certificate(opened.certificates[0] as Uint8Array).subjectAltName).toContain("grace@example.com");
    await expect(sectigo.smime.collect({ certId: id, format: "pkcs12" })).rejects.toThrow(/passphrase: is required/);
  });

  it("downloads an agent-generated SSL key as PKCS#12 through a keystore link, without credentials", async () => {
    const sectigo = classic();
    const { sslId } = await sectigo.ssl.enrollWithKeyGeneration({
      orgId: 1,
      certType: 101,
      term: 365,
      commonName: "keygen.example.com",
    });
    if (sslId === undefined) throw new Error("no sslId");
    await sectigo.ssl.waitForCertificate({ sslId }, fast);
    const headers: Array<string | null> = [];
    const record = ({ request }: { request: Request }) => {
      if (request.url.includes("/keystore/download"))
        headers.push(request.headers.get("password"), request.headers.get("login"));
    };
    server.events.on("request:start", record);
    try {
      const p12 = await sectigo.ssl.collect({ sslId, format: "pkcs12", passphrase: "s3cret" });
      expect(readPkcs12(p12, "s3cret").certificates).toHaveLength(3);
    } finally {
      server.events.removeListener("request:start", record);
    }
    expect(headers).toEqual([null, null]);
  });

  it("refuses pkcs12 for device certificates before sending", async () => {
    await expect(classic().device.collect({ certId: 1, format: "pkcs12" } as never)).rejects.toThrow(/"pkcs12"/);
  });
});

describe("life cycle", () => {
  it("renews by ID and by serial; replace re-issues the same ID", async () => {
    const sectigo = classic();
    const first = await sectigo.ssl.enrollAndCollect(ssl(), { ...fast, format: "pemco" });
    const serial = new X509Certificate(first.certificate).serialNumber;
    const renewed = await sectigo.ssl.renew({ sslId: first.id, csr: csrFor("www.example.com") });
    expect(renewed.sslId).not.toBe(first.id);
    const bySerial = await sectigo.ssl.renewBySerial({ serialNumber: serial.toLowerCase() });
    expect(bySerial.sslId).toBeGreaterThan(renewed.sslId ?? 0);
    await expect(sectigo.ssl.renewBySerial({ serialNumber: "00ff" })).rejects.toThrow(
      /no SSL certificate has this serial/,
    );
    await sectigo.ssl.replace({ sslId: first.id, csr: csrFor("new.example.com"), reason: "key rollover" });
    const replaced = await sectigo.ssl.waitForCertificate({ sslId: first.id }, { ...fast, format: "pemco" });
    expect(new X509Certificate(replaced).subject).toContain("CN=new.example.com");
  });

  it("revokes with a reason code, a digit string or a name, on both generations", async () => {
    for (const make of [classic, admin]) {
      const sectigo = make();
      const a = await sectigo.ssl.enrollAndCollect(ssl("a.example.com"), fast);
      const b = await sectigo.ssl.enrollAndCollect(ssl("b.example.com"), { ...fast, format: "pemco" });
      await sectigo.ssl.revoke({ sslId: a.id, reasonCode: "superseded", reason: "rotated" });
      await sectigo.ssl.revokeBySerial({
        serialNumber: new X509Certificate(b.certificate).serialNumber,
        reasonCode: 1,
        reason: "key compromise",
      });
      expect(mocks.state.certificates.get(a.id)?.reasonCode).toBe(4);
      expect(mocks.state.certificates.get(b.id)?.reasonCode).toBe(1);
      const again = await failure(sectigo.ssl.revoke({ sslId: a.id, reasonCode: "4", reason: "twice" }));
      expect((again as ApiError).code).toBe(SectigoErrorCode.AlreadyRevoked);
    }
  });

  it("device renew by serial and revoke; S/MIME revoke by serial on the Admin API", async () => {
    const sectigo = classic();
    const device = await sectigo.device.enrollAndCollect(
      { orgId: 1, certType: 301, term: 365, csr: csrFor("d1.devices.example.com") },
      { ...fast, format: "pemco" },
    );
    const serial = new X509Certificate(device.certificate).serialNumber;
    const renewed = await sectigo.device.renewBySerial({ serialNumber: serial });
    expect(renewed.deviceCertId).toBeGreaterThan(device.id);
    await sectigo.device.revoke({ certId: device.id, reasonCode: "cessationOfOperation" });
    expect(mocks.state.certificates.get(device.id)?.reasonCode).toBe(5);

    const smime = await admin().smime.enrollAndCollect(
      {
        orgId: 1,
        certType: 201,
        term: 365,
        email: "ada@example.com",
        firstName: "Ada",
        lastName: "L",
        csr: csrFor("ada.example.com"),
      },
      { ...fast, format: "pemco" },
    );
    await admin().smime.revokeBySerialV2({
      serialNumber: new X509Certificate(smime.certificate).serialNumber,
      reasonCode: 3,
      reason: "left",
    });
    expect(mocks.state.certificates.get(smime.id)?.reasonCode).toBe(3);
  });

  it("counts, lists and reads certificates", async () => {
    const sectigo = classic();
    await sectigo.ssl.enrollAndCollect(ssl("one.example.com"), fast);
    await sectigo.ssl.enrollAndCollect(ssl("two.example.com"), fast);
    expect(await sectigo.ssl.count()).toBe(2);
    expect(await sectigo.ssl.count({ commonName: "one" })).toBe(1);
    const listed = await sectigo.ssl.list({ status: "Issued" }).toArray();
    expect(listed.map((c) => c.commonName).sort()).toEqual(["one.example.com", "two.example.com"]);
    const details = await sectigo.ssl.get({ sslId: listed[0]?.sslId ?? 0 });
    expect(details.status).toBe("Issued");
    expect(details.certType?.name).toBe("Sectigo OV SSL");
  });
});

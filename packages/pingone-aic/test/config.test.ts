import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { captureLogs } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import { BadRequestError, ValidationError } from "../src/index.js";
import { clientFor, rejectionOf, setupTenant } from "./helpers.js";

const CERT = readFileSync(new URL("./fixtures/tls-cert.pem", import.meta.url), "utf8");
const KEY = readFileSync(new URL("./fixtures/tls-key.pem", import.meta.url), "utf8");

const { mocks } = setupTenant();
const aic = clientFor(mocks);

describe("certificates", () => {
  it("upload, get, list, deactivate, delete", async () => {
    const cert = await aic.certificates.upload({ certificate: CERT, privateKey: KEY, active: true });
    expect(cert).toMatchObject({ active: true, live: true, certificate: "" });
    expect(cert.subject).toContain("CN=login.example.com");
    expect(cert.subjectAlternativeNames).toEqual(["login.example.com", "id.example.com"]);
    expect(cert).not.toHaveProperty("privateKey");

    expect(await aic.certificates.get({ id: cert.id as string })).toEqual(cert);
    expect(await aic.certificates.list().toArray()).toEqual([cert]);

    const error = (await rejectionOf(aic.certificates.delete({ id: cert.id as string }))) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toContain("deactivate it");

    expect((await aic.certificates.setActive({ id: cert.id as string, active: false })).active).toBe(false);
    await expect(aic.certificates.delete({ id: cert.id as string })).resolves.toBeUndefined();
    expect(await aic.certificates.list().toArray()).toEqual([]);
  });

  it("accepts PEM as bytes", async () => {
    const cert = await aic.certificates.upload({
      certificate: Buffer.from(CERT),
      privateKey: new TextEncoder().encode(KEY),
    });
    expect(cert.active).toBe(false);
  });

  it("checks PEM inputs before sending, without echoing the key", async () => {
    const before = mocks.requests.length;
    const badCert = (await rejectionOf(
      aic.certificates.upload({ certificate: "MIIB...", privateKey: KEY }),
    )) as ValidationError;
    expect(badCert).toBeInstanceOf(ValidationError);
    expect(badCert.issues[0]?.path).toBe("certificate");
    const badKey = (await rejectionOf(
      aic.certificates.upload({ certificate: CERT, privateKey: "super-secret-key-material" }),
    )) as ValidationError;
    expect(badKey.issues[0]?.path).toBe("privateKey");
    expect(badKey.message).not.toContain("super-secret-key-material");
    expect(JSON.stringify(badKey)).not.toContain("super-secret-key-material");
    expect(mocks.requests.length).toBe(before);
  });

  it("the private key never reaches the logs", async () => {
    const { logger, text } = captureLogs();
    const logged = clientFor(mocks, { logger, logLevel: "debug" });
    await logged.certificates.upload({ certificate: CERT, privateKey: KEY });
    const keyBody = KEY.split("\n")[1] as string;
    expect(text()).toContain("createCertificate");
    expect(text()).not.toContain(keyBody);
    expect(inspect(logged)).not.toContain(keyBody);
  });
});

describe("CSRs", () => {
  it("create, list, get, complete (installs a certificate), delete", async () => {
    const csr = await aic.csrs.create({
      commonName: "login.example.com",
      organization: "Example",
      country: "GB",
      subjectAlternativeNames: ["id.example.com"],
    });
    expect(csr).toMatchObject({ algorithm: "rsa", subject: "CN=login.example.com, O=Example, C=GB" });
    expect(csr.request).toContain("-----BEGIN CERTIFICATE REQUEST-----");
    expect(mocks.requests.at(-1)?.operationId).toBe("createCertificateSigningRequest");

    expect(await aic.csrs.list().toArray()).toHaveLength(1);
    expect(await aic.csrs.get({ id: csr.id as string })).toEqual(csr);

    const completed = await aic.csrs.complete({ id: csr.id as string, certificate: CERT });
    expect(completed.certificateID).toBeTruthy();
    const installed = await aic.certificates.get({ id: completed.certificateID as string });
    expect(installed.subject).toContain("login.example.com");

    await expect(aic.csrs.delete({ id: csr.id as string })).resolves.toBeUndefined();
    expect(await aic.csrs.list().toArray()).toEqual([]);
  });

  it("validates documented CSR fields", async () => {
    const country = (await rejectionOf(aic.csrs.create({ commonName: "x", country: "gb" }))) as ValidationError;
    expect(country.issues[0]?.path).toBe("country");
    const algorithm = (await rejectionOf(aic.csrs.create({ algorithm: "dsa" as never }))) as ValidationError;
    expect(algorithm.issues[0]?.path).toBe("algorithm");
    const email = (await rejectionOf(aic.csrs.create({ email: "nope" }))) as ValidationError;
    expect(email.issues[0]?.path).toBe("email");
    const pem = (await rejectionOf(aic.csrs.complete({ id: "x", certificate: "x" }))) as ValidationError;
    expect(pem.issues[0]?.path).toBe("certificate");
  });
});

describe("environment settings", () => {
  it("content security policy, enforced and report-only", async () => {
    expect((await aic.contentSecurityPolicy.getEnforced()).active).toBe(false);
    const policy = { active: true, directives: { "script-src": ["'self'", "https://cdn.example.com"] } };
    expect(await aic.contentSecurityPolicy.setEnforced(policy)).toEqual(policy);
    expect(await aic.contentSecurityPolicy.getEnforced()).toEqual(policy);
    expect((await aic.contentSecurityPolicy.getReportOnly()).active).toBe(true);
    const reportOnly = { active: false, directives: {} };
    expect(await aic.contentSecurityPolicy.setReportOnly(reportOnly)).toEqual(reportOnly);
    const bad = (await rejectionOf(
      aic.contentSecurityPolicy.setEnforced({ directives: { "img-src": "'self'" as never } }),
    )) as ValidationError;
    expect(bad.issues[0]?.path).toBe("directives.img-src");
  });

  it("cookie domains", async () => {
    expect(await aic.cookieDomains.get()).toEqual({ domains: ["openam-example.id.forgerock.io"] });
    expect(await aic.cookieDomains.set({ domains: ["example.com", "example.org"] })).toEqual({
      domains: ["example.com", "example.org"],
    });
    expect((await aic.cookieDomains.get()).domains).toHaveLength(2);
  });

  it("custom domains: verify CNAMEs, then set per realm", async () => {
    expect(await aic.customDomains.verifyCname({ name: "login.example.com" })).toEqual({
      name: "login.example.com",
      verified: true,
    });
    const missing = await aic.customDomains.verifyCname({ name: "new.example.com" });
    expect(missing.verified).toBe(false);
    expect(missing.reason).toContain("does not point at this tenant");
    expect(mocks.requests.at(-1)?.query).toEqual({ _action: "verify" });

    const refused = (await rejectionOf(
      aic.customDomains.set({ realm: "alpha", domains: ["new.example.com"] }),
    )) as BadRequestError;
    expect(refused).toBeInstanceOf(BadRequestError);
    mocks.control.verifyCname("new.example.com");
    expect((await aic.customDomains.verifyCname({ name: "new.example.com" })).verified).toBe(true);
    expect(await aic.customDomains.set({ realm: "alpha", domains: ["new.example.com"] })).toEqual({
      domains: ["new.example.com"],
    });
    expect(await aic.customDomains.get({ realm: "alpha" })).toEqual({ domains: ["new.example.com"] });
    expect(await aic.customDomains.get({ realm: "bravo" })).toEqual({ domains: [] });
    const realm = (await rejectionOf(aic.customDomains.get({ realm: "charlie" as never }))) as ValidationError;
    expect(realm.issues[0]?.path).toBe("realm");
  });

  it("federation enforcement", async () => {
    expect(await aic.federationEnforcement.get()).toEqual({ groups: "none" });
    expect(await aic.federationEnforcement.set({ groups: "non-global" })).toEqual({ groups: "non-global" });
    const bad = (await rejectionOf(aic.federationEnforcement.set({ groups: "some" as never }))) as ValidationError;
    expect(bad.issues[0]?.path).toBe("groups");
  });

  it("release", async () => {
    const release = await aic.release.get();
    expect(release.currentVersion).toBeTruthy();
    expect(Date.parse(release.nextUpgrade as string)).not.toBeNaN();
  });

  it("SSO cookie: set, reset, and the name rule", async () => {
    const original = await aic.ssoCookie.get();
    expect(await aic.ssoCookie.set({ name: "session42" })).toEqual({ name: "session42" });
    expect(await aic.ssoCookie.get()).toEqual({ name: "session42" });
    expect(await aic.ssoCookie.reset()).toEqual(original);
    expect(mocks.requests.at(-1)?.query).toEqual({ _action: "reset" });
    for (const name of ["", "with-dash", "x".repeat(33)]) {
      const error = (await rejectionOf(aic.ssoCookie.set({ name }))) as ValidationError;
      expect(error.issues[0]?.path).toBe("name");
    }
  });
});

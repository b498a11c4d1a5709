import { execFileSync } from "node:child_process";
import { constants, createPublicKey, createSign, createVerify, verify, X509Certificate } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { createSecureContext } from "node:tls";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  type CertificateAuthority,
  certificatesFromFile,
  createCertificateAuthority,
  createCsr,
  createPkcs7,
  createPkcs12,
  type DistinguishedName,
  decodeJwt,
  decodeJwtHeader,
  fingerprint,
  formatDistinguishedName,
  fromPem,
  generateKeyPair,
  JwtError,
  type KeyPair,
  Pkcs12Error,
  parseDistinguishedName,
  readCertificate,
  readCsr,
  readPkcs7,
  readPkcs12,
  type SubjectAltName,
  selfSignCertificate,
  sharedCertificateAuthority,
  sharedKeyPair,
  signJwt,
  verifyJwt,
} from "../src/index.js";

// RSA generation is the slow part: one RSA CA and one EC CA for the file, leaf keys shared.
const rsaCa = createCertificateAuthority({ subject: "CN=RSA Test Root,O=Trustplane,C=US" });
const ecCa = createCertificateAuthority({
  subject: "CN=EC Test Root,O=Trustplane",
  keyAlgorithm: { type: "ec", curve: "P-384" },
});
const leafKeys: KeyPair = generateKeyPair({ type: "ec", curve: "P-256" });
const SANS: SubjectAltName[] = [
  { type: "dns", value: "api.example.test" },
  { type: "dns", value: "*.apps.example.test" },
  { type: "ip", value: "10.1.2.3" },
  { type: "ip", value: "2001:db8::1" },
  { type: "email", value: "ops@example.test" },
  { type: "uri", value: "spiffe://example.test/api" },
];

/** The certificate each format carries, as node:crypto reads it. */
const fromFormat: Record<string, (ca: CertificateAuthority, der: Uint8Array, pem: string) => X509Certificate> = {
  "PEM certificate": (_ca, _der, pem) => new X509Certificate(pem),
  "DER certificate": (_ca, der) => new X509Certificate(der),
  "PKCS#7 PEM": (ca, der) => {
    const text = createPkcs7([der, ca.certificate.der], { format: "pem" });
    expect(text).toMatch(/^-----BEGIN PKCS7-----\n/);
    return new X509Certificate(readPkcs7(text)[0] as Uint8Array);
  },
  "PKCS#7 DER": (ca, der) => new X509Certificate(readPkcs7(createPkcs7([der, ca.certificate.der]))[0] as Uint8Array),
  "PKCS#12": (ca, der) => {
    const p12 = createPkcs12({
      privateKey: leafKeys.privateKey,
      certificates: [der, ca.certificate.der],
      password: "pw",
    });
    return new X509Certificate(readPkcs12(p12, "pw").certificates[0] as Uint8Array);
  },
};

describe.each([
  ["RSA", rsaCa],
  ["EC P-384", ecCa],
])("a %s CA", (_name, ca) => {
  const csr = createCsr({
    subject: "CN=api.example.test,OU=Platform,O=Example\\, Inc.,C=US",
    keys: leafKeys,
    subjectAltNames: SANS,
  });
  const issued = ca.signCsr(csr.pem, { serialNumber: "0a1b2c3d4e", validityDays: 30 });

  it.each(Object.keys(fromFormat))("issues a certificate that verifies with the CA key from %s", (format) => {
    const cert = (fromFormat[format] as (typeof fromFormat)[string])(ca, issued.der, issued.pem);
    expect(cert.fingerprint256).toBe(issued.x509.fingerprint256);
    expect(cert.verify(ca.certificate.x509.publicKey)).toBe(true);
    expect(cert.checkIssued(ca.certificate.x509)).toBe(true);
    expect(cert.verify(rsaCa === ca ? ecCa.keys.publicKey : rsaCa.keys.publicKey)).toBe(false);
    expect(cert.publicKey.equals(leafKeys.publicKey)).toBe(true);
  });

  it("carries the CSR's subject and SANs, serial, validity and TLS usages into the certificate", () => {
    const x509 = issued.x509;
    expect(x509.subject.split("\n")).toEqual(["C=US", "O=Example\\, Inc.", "OU=Platform", "CN=api.example.test"]);
    expect(x509.issuer).toBe(ca.certificate.x509.subject);
    expect(x509.subjectAltName).toBe(
      "DNS:api.example.test, DNS:*.apps.example.test, IP Address:10.1.2.3, IP Address:2001:DB8:0:0:0:0:0:1, " +
        "email:ops@example.test, URI:spiffe://example.test/api",
    );
    expect(x509.serialNumber).toBe("0A1B2C3D4E");
    const days = (Date.parse(x509.validTo) - Date.parse(x509.validFrom)) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    expect(x509.ca).toBe(false);
    expect(x509.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]));
    const info = readCertificate(issued.pem);
    expect(info.subject).toBe("CN=api.example.test,OU=Platform,O=Example\\, Inc.,C=US");
    expect(info.subjectAltNames).toEqual(SANS);
    expect(info.keyUsage).toEqual(["digitalSignature"]);
    expect(info.extendedKeyUsage).toEqual(["serverAuth", "clientAuth"]);
    expect(info.serialNumber).toBe("a1b2c3d4e");
  });

  it("is a self-signed CA certificate", () => {
    const x509 = ca.certificate.x509;
    expect(x509.ca).toBe(true);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkIssued(x509)).toBe(true);
    expect(readCertificate(ca.certificate.der).keyUsage).toEqual(expect.arrayContaining(["keyCertSign", "cRLSign"]));
  });

  it("issues for a public key without a CSR, with the SANs and usages asked for", () => {
    const cert = ca.issue({
      subject: "CN=client-7",
      publicKey: leafKeys.publicKey,
      subjectAltNames: [{ type: "uri", value: "urn:client:7" }],
      extendedKeyUsage: ["clientAuth"],
    });
    expect(cert.x509.verify(ca.keys.publicKey)).toBe(true);
    expect(cert.x509.subject).toBe("CN=client-7");
    expect(cert.x509.subjectAltName).toBe("URI:urn:client:7");
    expect(readCertificate(cert.der).extendedKeyUsage).toEqual(["clientAuth"]);
  });

  it("signs a JWT with the CA key that node:crypto verifies, kid in the header, and serves the JWKS", () => {
    const token = ca.signJwt({ sub: "svc", aud: "https://api.test" });
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const ec = ca.keys.privateKey.asymmetricKeyType === "ec";
    const ok = verify(
      ec ? "sha384" : "sha256",
      Buffer.from(`${header}.${payload}`),
      { key: ca.certificate.x509.publicKey, ...(ec && { dsaEncoding: "ieee-p1363" as const }) },
      Buffer.from(signature, "base64url"),
    );
    expect(ok).toBe(true);
    expect(decodeJwtHeader(token)).toMatchObject({ alg: ec ? "ES384" : "RS256", kid: ca.kid });
    expect(decodeJwt(token)).toEqual({ sub: "svc", aud: "https://api.test" });
    const [jwk] = ca.jwks().keys;
    expect(jwk).toMatchObject({ kid: ca.kid, alg: ec ? "ES384" : "RS256", use: "sig" });
    expect(createPublicKey({ key: jwk as never, format: "jwk" }).equals(ca.keys.publicKey)).toBe(true);
    expect(verifyJwt(token, jwk as never, { audience: "https://api.test" }).claims.sub).toBe("svc");
  });
});

describe("CSRs", () => {
  it("are signed by their key and read back with subject and SANs", () => {
    const csr = createCsr({ subject: "CN=svc,O=Example", keys: leafKeys, subjectAltNames: SANS.slice(0, 3) });
    const info = readCsr(csr.der);
    expect(info.signatureValid).toBe(true);
    expect(info.subject).toBe("CN=svc,O=Example");
    expect(info.subjectAltNames).toEqual(SANS.slice(0, 3));
    expect(info.publicKey.equals(leafKeys.publicKey)).toBe(true);
    expect(readCsr(csr.pem).subject).toBe("CN=svc,O=Example");
  });

  it("with a broken signature are refused by the CA", () => {
    const der = createCsr({ subject: "CN=svc", keys: leafKeys }).der.slice();
    der[der.length - 5] = (der[der.length - 5] as number) ^ 0xff;
    expect(readCsr(der).signatureValid).toBe(false);
    expect(() => rsaCa.signCsr(der)).toThrow(/self-signature/);
  });
});

describe("PKCS#12", () => {
  const cert = rsaCa.issue({ subject: "CN=keystore", publicKey: leafKeys.publicKey });

  it("round-trips key and chain with a password, and OpenSSL (node:tls) opens it", () => {
    const p12 = createPkcs12({
      privateKey: leafKeys.privateKey,
      certificates: [rsaCa.certificate.pem, cert.pem],
      password: "s3cret",
      friendlyName: "my key",
    });
    const opened = readPkcs12(p12, "s3cret");
    expect(opened.privateKey.equals(leafKeys.privateKey)).toBe(true);
    expect(opened.certificates.map((d) => fingerprint(d))).toEqual([fingerprint(cert), fingerprint(rsaCa.certificate)]);
    expect(opened.friendlyName).toBe("my key");
    expect(() => createSecureContext({ pfx: Buffer.from(p12), passphrase: "s3cret" })).not.toThrow();
    expect(() => createSecureContext({ pfx: Buffer.from(p12), passphrase: "wrong" })).toThrow();
  });

  it("refuses a wrong or missing password, and bytes that are not PKCS#12", () => {
    const p12 = createPkcs12({ privateKey: leafKeys.privateKey, certificates: [cert.der], password: "right" });
    const problem = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof Pkcs12Error ? error.problem : String(error);
      }
      return "opened";
    };
    expect(problem(() => readPkcs12(p12, "wrong"))).toBe("wrong-password");
    expect(problem(() => readPkcs12(p12))).toBe("password-required");
    expect(problem(() => readPkcs12(new Uint8Array([0x30, 3, 1, 2, 3])))).toBe("malformed");
  });

  it("reads a store without a password", () => {
    const p12 = createPkcs12({ privateKey: leafKeys.privateKey, certificates: [cert.der] });
    expect(readPkcs12(p12).privateKey.equals(leafKeys.privateKey)).toBe(true);
    expect(() => createSecureContext({ pfx: Buffer.from(p12) })).not.toThrow();
  });
});

describe("PKCS#7", () => {
  it("carries every certificate byte for byte, in order, and is found in files of any form", () => {
    const der = createPkcs7([rsaCa.certificate.der, ecCa.certificate.pem]);
    const back = readPkcs7(der);
    expect(back.map((d) => Buffer.from(d).toString("hex"))).toEqual(
      [rsaCa.certificate.der, ecCa.certificate.der].map((d) => Buffer.from(d).toString("hex")),
    );
    expect(readPkcs7(createPkcs7([]))).toEqual([]);
    expect(() => readPkcs7(rsaCa.certificate.der)).toThrow(/not a PKCS#7/);
  });

  it("reads certificates from PEM text, DER bundles and DER certificates", () => {
    const pem = `${rsaCa.certificate.pem}${createPkcs7([ecCa.certificate.der], { format: "pem" })}`;
    expect(certificatesFromFile(pem).map((d) => fingerprint(d))).toEqual([
      fingerprint(rsaCa.certificate),
      fingerprint(ecCa.certificate),
    ]);
    expect(certificatesFromFile(createPkcs7([ecCa.certificate.der]))).toHaveLength(1);
    expect(certificatesFromFile(ecCa.certificate.der)).toHaveLength(1);
    expect(() => certificatesFromFile(new Uint8Array([1, 2, 3]))).toThrow();
  });
});

describe("distinguished names (RFC 4514)", () => {
  it("parses escapes, multi-valued RDNs, hex values and lenient spacing", () => {
    const dn = parseDistinguishedName("CN=Smith\\, J.+UID=42, O=Example\\2C Inc., 2.5.4.11=#0c024954, C=US");
    expect(dn).toEqual<DistinguishedName>([
      [
        { type: "CN", value: "Smith, J." },
        { type: "UID", value: "42" },
      ],
      [{ type: "O", value: "Example, Inc." }],
      [{ type: "OU", value: "IT", der: new Uint8Array([0x0c, 0x02, 0x49, 0x54]) }],
      [{ type: "C", value: "US" }],
    ]);
    expect(parseDistinguishedName("O=Example, Inc., C=US")).toEqual([
      [{ type: "O", value: "Example, Inc." }],
      [{ type: "C", value: "US" }],
    ]);
    expect(() => parseDistinguishedName("XX=1")).toThrow(/unknown attribute type/);
  });

  it("formats with RFC 4514 escaping and survives a certificate round trip", () => {
    const text = 'CN=\\ lead\\, \\"q\\"+UID=7,OU=a\\+b,O=x\\;y,E=ops@example.test,C=US';
    expect(formatDistinguishedName(parseDistinguishedName(text))).toBe(text);
    const cert = selfSignCertificate({ subject: text, keys: sharedKeyPair({ type: "ec" }) });
    expect(readCertificate(cert.der).subject).toBe(text);
    expect(formatDistinguishedName("CN=a, O=b", { separator: ", " })).toBe("CN=a, O=b");
  });
});

describe("fingerprints", () => {
  it("match node:crypto's SHA-256 and SHA-1 fingerprints", () => {
    const x509 = ecCa.certificate.x509;
    expect(fingerprint(ecCa.certificate.pem, { colons: true })).toBe(x509.fingerprint256);
    expect(fingerprint(ecCa.certificate.der, { algorithm: "sha1", colons: true })).toBe(x509.fingerprint);
    expect(fingerprint(x509)).toBe(x509.fingerprint256.replace(/:/g, "").toLowerCase());
    expect(fingerprint(rsaCa.certificate)).not.toBe(fingerprint(ecCa.certificate));
  });
});

describe("JWTs on node:crypto", () => {
  const rsa = sharedKeyPair();
  const now = Math.floor(Date.now() / 1000);

  it.each(["RS256", "PS256", "RS512"] as const)("verifies %s signatures made by node:crypto", (alg) => {
    const header = Buffer.from(JSON.stringify({ alg })).toString("base64url");
    const payload = Buffer.from(JSON.stringify({ iss: "x", exp: now + 60 })).toString("base64url");
    const signer = createSign(alg.endsWith("512") ? "sha512" : "sha256").update(`${header}.${payload}`);
    const signature = signer.sign({
      key: rsa.privateKey,
      ...(alg.startsWith("PS") && { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }),
    });
    const token = `${header}.${payload}.${signature.toString("base64url")}`;
    expect(verifyJwt(token, rsa.publicKey, { issuer: "x" }).claims.iss).toBe("x");
    expect(() => verifyJwt(`${header}.${payload}.${Buffer.from("nope").toString("base64url")}`, rsa.publicKey)).toThrow(
      JwtError,
    );
  });

  it("signs ES256 that node:crypto verifies, and checks exp, aud, iss", () => {
    const ec = sharedKeyPair({ type: "ec" });
    const token = signJwt({ iss: "a", aud: ["b", "c"], exp: now + 60 }, ec.privateKey, { kid: "k1" });
    const [h, p, s] = token.split(".") as [string, string, string];
    const verifier = createVerify("sha256").update(`${h}.${p}`);
    expect(verifier.verify({ key: ec.publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(s, "base64url"))).toBe(true);
    expect(verifyJwt(token, ec.publicKey, { audience: "c", issuer: "a" }).header).toMatchObject({
      alg: "ES256",
      kid: "k1",
    });
    expect(() => verifyJwt(token, ec.publicKey, { audience: "d" })).toThrow(/aud/);
    expect(() => verifyJwt(token, ec.publicKey, { issuer: "z" })).toThrow(/iss/);
    const expired = signJwt({ exp: now - 1 }, ec.privateKey);
    expect(() => verifyJwt(expired, ec.publicKey)).toThrow(/exp/);
    expect(() => verifyJwt(token, rsa.publicKey)).toThrow(/does not fit/);
  });
});

describe("shared material", () => {
  it("caches one CA and one key pair per algorithm for the process", () => {
    const a = sharedCertificateAuthority({ keyAlgorithm: { type: "ec" } });
    expect(sharedCertificateAuthority({ keyAlgorithm: { type: "ec" } })).toBe(a);
    expect(a.keys).toBe(sharedKeyPair({ type: "ec" }));
    expect(fromPem(a.certificate.pem)[0]?.label).toBe("CERTIFICATE");
  });
});

describe("CommonJS", () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );

  it("require('@trustplane/testing') loads the built CJS bundle and works", { timeout: 120_000 }, () => {
    const bundle = join(root, "dist", "index.cjs");
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest(join(root, "src"))) {
      execFileSync("pnpm", ["run", "build"], { cwd: root, stdio: "pipe" });
    }
    const script = `
      const t = require("@trustplane/testing");
      if (require.resolve("@trustplane/testing") !== ${JSON.stringify(bundle)}) throw new Error("not the CJS bundle");
      const ca = t.createCertificateAuthority({ keyAlgorithm: { type: "ec" } });
      const keys = t.generateKeyPair({ type: "ec" });
      const cert = ca.signCsr(t.createCsr({ subject: "CN=cjs", keys }).pem);
      const p12 = t.readPkcs12(t.createPkcs12({ privateKey: keys.privateKey, certificates: [cert.der], password: "p" }), "p");
      const jwt = t.verifyJwt(ca.signJwt({ sub: "cjs" }), ca.keys.publicKey);
      console.log(JSON.stringify({ ok: cert.x509.verify(ca.keys.publicKey), p12: p12.certificates.length, sub: jwt.claims.sub }));
    `;
    const out = execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ ok: true, p12: 1, sub: "cjs" });
  });
});

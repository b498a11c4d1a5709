/** Chains split into certificates, CSRs read, CSV parsed as it streams. */
import { describe, expect, it } from "vitest";
import { inspectCsr, splitChain, ValidationError } from "../src/index.js";
import { parseCsv } from "../src/internal/csv.js";
import { createCertificateAuthority, createCsr, createPkcs7 } from "../src/mocks/index.js";
import { csrFor, failure, keyPair } from "./helpers.js";

const ca = createCertificateAuthority({ keyAlgorithm: { type: "ec", curve: "P-256" }, subject: "CN=Split Root" });
const leaf = ca.signCsr(csrFor("leaf.example.com"));

describe("splitChain", () => {
  it("reads PEM with several certificates, PKCS#7 as PEM, bare Base64 and DER, and one DER certificate", async () => {
    const pem = `${leaf.pem}${ca.certificate.pem}`;
    const p7pem = createPkcs7([leaf, ca.certificate], { format: "pem" });
    const p7der = createPkcs7([leaf, ca.certificate]);
    const bare = Buffer.from(p7der)
      .toString("base64")
      .replace(/(.{64})/g, "$1\n");
    for (const input of [pem, new TextEncoder().encode(pem), p7pem, bare, p7der]) {
      const chain = await splitChain(input);
      expect(chain.map((c) => c.fingerprint256)).toEqual([
        leaf.x509.fingerprint256,
        ca.certificate.x509.fingerprint256,
      ]);
    }
    expect((await splitChain(leaf.der))[0]?.serialNumber).toBe(leaf.x509.serialNumber);
  });

  it("orders a chain leaf-first or root-first whatever order it came in", async () => {
    const mixed = `${ca.certificate.pem}${leaf.pem}`;
    expect((await splitChain(mixed, { order: "leaf-first" })).map((c) => c.subject)).toEqual([
      leaf.x509.subject,
      ca.certificate.x509.subject,
    ]);
    expect((await splitChain(leaf.pem + ca.certificate.pem, { order: "root-first" }))[0]?.subject).toBe(
      ca.certificate.x509.subject,
    );
  });

  it("refuses what holds no certificate with a ValidationError", async () => {
    for (const bad of ["hello", new Uint8Array([1, 2, 3]), "-----BEGIN PKCS7-----\nAAAA\n-----END PKCS7-----", ""]) {
      expect(await failure(splitChain(bad))).toBeInstanceOf(ValidationError);
    }
  });
});

describe("inspectCsr", () => {
  it("reads key type, size or curve, subject and names, and verifies the signature", async () => {
    const ec = await inspectCsr(csrFor("a.example.com", ["a.example.com", "b.example.com"]));
    expect(ec).toMatchObject({ keyType: "EC", curve: "P-256", keySize: 256, signatureValid: true });
    expect(ec.subject).toContain("CN=a.example.com");
    expect(ec.subjectAltNames).toEqual(["a.example.com", "b.example.com"]);
    const rsa = await inspectCsr(csrFor("r.example.com", [], "rsa"));
    expect(rsa).toMatchObject({ keyType: "RSA", keySize: 2048, curve: undefined, signatureValid: true });
    const der = createCsr({ subject: "CN=der.example.com", keys: keyPair("ec") }).der;
    expect((await inspectCsr(der)).subject).toContain("CN=der.example.com");
  });

  it("sees a request whose signature does not match its key", async () => {
    const good = createCsr({ subject: "CN=x.example.com", keys: keyPair("ec") }).der;
    const tampered = new Uint8Array(good);
    tampered[tampered.length - 5] = (tampered[tampered.length - 5] as number) ^ 0xff;
    expect((await inspectCsr(tampered)).signatureValid).toBe(false);
  });

  it("refuses what is not a PKCS#10 request, naming the field", async () => {
    const error = await failure(
      inspectCsr("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----"),
    );
    expect((error as ValidationError).issues).toEqual([
      { path: "csr", message: "is not a PKCS#10 certificate request (PEM, Base64 or DER)" },
    ]);
  });
});

describe("parseCsv", () => {
  const parse = async (chunks: string[]) => {
    const rows: string[][] = [];
    for await (const row of parseCsv(
      (async function* () {
        yield* chunks;
      })(),
    ))
      rows.push(row);
    return rows;
  };

  it("handles quotes, escaped quotes, separators and line breaks inside quotes, across chunk borders", async () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"multi\nline",\n3,,last';
    const whole = await parse([text]);
    expect(whole).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "multi\nline", ""],
      ["3", "", "last"],
    ]);
    const oneByOne = await parse([...text]);
    expect(oneByOne).toEqual(whole);
  });

  it("skips blank lines and keeps a quoted empty field", async () => {
    expect(await parse(['a\n\n"",b\n'])).toEqual([["a"], ["", "b"]]);
  });
});

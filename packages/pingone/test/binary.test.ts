import { X509Certificate } from "node:crypto";
import { ValidationError } from "@trustplane/core";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { UnexpectedContentError } from "../src/index.js";
import { decodeDownload } from "../src/internal/binary.js";
import {
  certificatesFromPkcs7,
  createPkcs7,
  createTestCertificateAuthority,
  createTestKeystore,
  fromPem,
  PINGONE_DEMO,
  toPem,
} from "../src/mocks/index.js";
import { signingKey, useFake } from "./helpers.js";

const { client, server } = useFake();
const API = "https://api.pingone.com/v1";
const ENV = PINGONE_DEMO.environmentId;
const KEY = "0b8f6a52-6d0e-4d4f-9a63-0f6b3c2f3a11";

/** Splits a multipart body into parts: their header block and exact bytes. */
function multipartParts(body: Uint8Array, contentType: string) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2]}`);
  const buf = Buffer.from(body);
  const parts: Array<{ headers: string; bytes: Buffer }> = [];
  let at = buf.indexOf(marker);
  while (at >= 0) {
    const next = buf.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const chunk = buf.subarray(at + marker.length + 2, next - 2); // skip CRLF after marker, CRLF before next
    const split = chunk.indexOf("\r\n\r\n");
    parts.push({ headers: chunk.subarray(0, split).toString("latin1"), bytes: chunk.subarray(split + 4) });
    at = next;
  }
  return parts;
}

describe("multipart uploads", () => {
  it("sends the keystore bytes untouched, with usageType and password parts", async () => {
    let captured: { body: Uint8Array; type: string } | undefined;
    server.use(
      http.post(`${API}/environments/${ENV}/keys`, async ({ request }) => {
        captured = {
          body: new Uint8Array(await request.arrayBuffer()),
          type: request.headers.get("content-type") ?? "",
        };
        return HttpResponse.json({ id: KEY }, { status: 201 });
      }),
    );
    // Every byte value, in a buffer that looks like DER (starts with SEQUENCE).
    const bytes = new Uint8Array(600);
    bytes[0] = 0x30;
    for (let i = 1; i < bytes.length; i++) bytes[i] = i % 256;
    await client().keys.import({ file: Buffer.from(bytes), usageType: "SSL/TLS", password: "p@ss", fileName: "a.p12" });

    expect(captured?.type).toMatch(/^multipart\/form-data; boundary=/);
    const parts = multipartParts(captured?.body as Uint8Array, captured?.type as string);
    expect(parts.map((p) => /name="([^"]+)"/.exec(p.headers)?.[1])).toEqual(["file", "usageType", "password"]);
    const [file, usage, password] = parts as [(typeof parts)[0], (typeof parts)[0], (typeof parts)[0]];
    expect(file.headers).toContain('filename="a.p12"');
    expect(file.headers.toLowerCase()).toContain("content-type: application/x-pkcs12");
    expect(file.bytes.equals(Buffer.from(bytes))).toBe(true);
    expect(usage.bytes.toString()).toBe("SSL/TLS");
    expect(password.bytes.toString()).toBe("p@ss");
  });

  it("sends a certificate as PEM text or a PKCS#7 bundle, by what it is", async () => {
    const seen: Array<{ headers: string; bytes: Buffer }> = [];
    server.use(
      http.post(`${API}/environments/${ENV}/certificates`, async ({ request }) => {
        const parts = multipartParts(
          new Uint8Array(await request.arrayBuffer()),
          request.headers.get("content-type") ?? "",
        );
        seen.push(parts[0] as (typeof parts)[0]);
        return HttpResponse.json({ id: KEY }, { status: 202 });
      }),
    );
    const ca = createTestCertificateAuthority();
    const der = fromPem(ca.certificatePem)[0]?.der as Uint8Array;
    const p7 = createPkcs7([der]);
    const p1 = client();
    await p1.certificates.upload({ file: ca.certificatePem, usageType: "SIGNING" });
    await p1.certificates.upload({ file: new Blob([new Uint8Array(p7)]), usageType: "SIGNING" });
    await p1.certificates.upload({ file: der, usageType: "SIGNING" });
    expect(seen[0]?.headers.toLowerCase()).toContain("content-type: application/x-pem-file");
    expect(seen[0]?.bytes.toString()).toBe(ca.certificatePem);
    expect(seen[1]?.headers.toLowerCase()).toContain("content-type: application/x-pkcs7-certificates");
    expect(seen[1]?.bytes.equals(Buffer.from(p7))).toBe(true);
    expect(seen[2]?.bytes.toString()).toBe(toPem("CERTIFICATE", der)); // a DER certificate goes up as PEM
  });

  it("the fake reads the same bytes back: an imported keystore's certificate is identical", async () => {
    const keystore = createTestKeystore({ password: "pw" });
    const p1 = client();
    const key = await p1.keys.import({
      file: new Blob([new Uint8Array(keystore.pkcs12)]),
      usageType: "SIGNING",
      password: "pw",
    });
    const [leaf] = certificatesFromPkcs7(await p1.keys.exportCertificate({ keyId: key.id, format: "pkcs7" }));
    expect(
      Buffer.from(leaf as Uint8Array).equals(Buffer.from(fromPem(keystore.certificatePem)[0]?.der as Uint8Array)),
    ).toBe(true);
  });

  it("rejects inputs that cannot be a certificate before sending", async () => {
    const p1 = client();
    for (const file of ["just text", new Uint8Array([1, 2, 3]), 42]) {
      await expect(p1.certificates.upload({ file: file as never, usageType: "SIGNING" })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
  });
});

describe("downloads are decoded by Content-Type", () => {
  it("returns PEM as a string and DER as a Uint8Array from the fake", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey());
    const pem = await p1.keys.exportCertificate({ keyId: key.id, format: "pem" });
    const p7 = await p1.keys.exportCertificate({ keyId: key.id, format: "pkcs7" });
    expect(typeof pem).toBe("string");
    expect(p7).toBeInstanceOf(Uint8Array);
    expect(new X509Certificate(certificatesFromPkcs7(p7)[0] as Uint8Array).fingerprint256).toBe(
      new X509Certificate(pem).fingerprint256,
    );
  });

  it("converts when the server picks the other encoding of the same document", async () => {
    const ca = createTestCertificateAuthority();
    const der = fromPem(ca.certificatePem)[0]?.der as Uint8Array;
    server.use(
      // DER certificate where PEM was asked for; PEM PKCS#7 where DER was asked for.
      http.get(`${API}/environments/${ENV}/keys/${KEY}`, ({ request }) =>
        request.headers.get("accept")?.startsWith("application/x-x509-ca-cert")
          ? new HttpResponse(der, { headers: { "content-type": "application/pkix-cert" } })
          : new HttpResponse(toPem("PKCS7", createPkcs7([der])), {
              headers: { "content-type": "application/x-pem-file" },
            }),
      ),
    );
    const pem = await client().keys.exportCertificate({ keyId: KEY, format: "pem" });
    expect(new X509Certificate(pem).subject).toContain("Trustplane Test CA");
    const p7 = await client().keys.exportCertificate({ keyId: KEY, format: "pkcs7" });
    expect(certificatesFromPkcs7(p7)).toHaveLength(1);
  });

  it("refuses JSON where a download was expected", async () => {
    server.use(http.get(`${API}/environments/${ENV}/keys/${KEY}/csr`, () => HttpResponse.json({ id: KEY })));
    const error = await client()
      .keys.exportCsr({ keyId: KEY, format: "der" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedContentError);
    expect((error as UnexpectedContentError).contentType).toBe("application/json");
  });

  it("unit: decodeDownload sniffs only ambiguous types", () => {
    const spec = { operation: "t", want: "der", pemLabels: ["PKCS7"], derKinds: ["pkcs7"] } as const;
    const p7 = createPkcs7([]);
    expect(decodeDownload(p7, "application/octet-stream", spec)).toEqual(p7);
    expect(decodeDownload(new TextEncoder().encode(toPem("PKCS7", p7)), "application/x-x509-ca-cert", spec)).toEqual(
      p7,
    );
    expect(() =>
      decodeDownload(new TextEncoder().encode("-----BEGIN CERTIFICATE-----"), "application/x-pkcs7-certificates", spec),
    ).toThrow(UnexpectedContentError);
  });
});

describe("Accept", () => {
  it("asks for exactly the one media type of the format, over a caller's Accept header", async () => {
    let accept: string | null = null;
    server.use(
      http.get(`${API}/environments/${ENV}/keys/${KEY}/csr`, ({ request }) => {
        accept = request.headers.get("accept");
        return new HttpResponse("-----BEGIN CERTIFICATE REQUEST-----\nAA==\n-----END CERTIFICATE REQUEST-----\n", {
          headers: { "content-type": "application/x-pem-file" },
        });
      }),
    );
    await client().keys.exportCsr({ keyId: KEY, format: "pem" }, { headers: { Accept: "text/html", "x-extra": "1" } });
    expect(accept).toBe("application/x-pem-file");
  });
});

/**
 * The controller's CA bundle (`GET /.well-known/est/cacerts`, base64 PKCS#7 at the controller
 * root): fetched through core's pipeline (TLS options, timeouts, retries, ConnectionError) and
 * read with @peculiar/asn1-cms, loaded on first use.
 */
import type { X509Certificate } from "node:crypto";
import {
  type CoreClientOptions,
  checkClientOptions,
  checkHttpUrl,
  createApiClient,
  UnexpectedResponseError,
} from "@trustplane/core";
import { version } from "../package.json";
import { controllerRoot } from "./client-urls.js";
import { parseZitiError } from "./errors.js";

/** One certificate of the controller's CA bundle. */
export interface ControllerCaCertificate {
  /** The certificate as PEM. */
  readonly pem: string;
  /** SHA-256 fingerprint, `AB:CD:...` (as `openssl x509 -fingerprint -sha256` prints it). */
  readonly fingerprint: string;
  /** Subject distinguished name. */
  readonly subject: string;
  /** Issuer distinguished name. */
  readonly issuer: string;
  /** Start of validity. */
  readonly validFrom: Date;
  /** End of validity. */
  readonly validTo: Date;
  /** True for a CA certificate (basicConstraints CA:TRUE). */
  readonly isCa: boolean;
}

/** What {@link fetchControllerCa} found. */
export interface ControllerCa {
  /** The URL it was read from. */
  readonly url: string;
  /** Every certificate of the bundle, in order. */
  readonly certificates: readonly ControllerCaCertificate[];
  /** All of them as one PEM text: pass it as the client's `ca` once you trust it. */
  readonly pem: string;
}

/** Options of {@link fetchControllerCa}: core's network options (transport, timeout, retries, logging). */
export type FetchControllerCaOptions = CoreClientOptions;

/** The well-known path of the EST CA bundle, at the controller root. */
export const WELL_KNOWN_CACERTS = "/.well-known/est/cacerts";

/**
 * Reads a controller's CA bundle from `/.well-known/est/cacerts` and returns each certificate with
 * its SHA-256 fingerprint, for trust on first use: show the fingerprints, have someone confirm one
 * out of band, then pass `pem` as the client's `ca`. The controller usually presents a certificate
 * from that very CA, so the first fetch needs `transport: { rejectUnauthorized: false }` (or the
 * bundle in `transport.ca` when you already have it).
 *
 * ```ts
 * const bundle = await fetchControllerCa("https://ctrl.example.com:1280", { transport: { rejectUnauthorized: false } });
 * for (const c of bundle.certificates) console.log(c.subject, c.fingerprint);
 * ```
 */
export async function fetchControllerCa(url: string, options: FetchControllerCaOptions = {}): Promise<ControllerCa> {
  checkHttpUrl(url, "url", "fetchControllerCa");
  checkClientOptions(options, "fetchControllerCa options");
  const root = controllerRoot(url);
  const api = createApiClient(
    {
      vendor: "openziti",
      version,
      parseError: parseZitiError,
      operations: {
        listWellKnownCas: { method: "GET", path: WELL_KNOWN_CACERTS, noAuth: true, tags: ["Well Known"] },
      },
    },
    { ...options, baseUrl: root },
  );
  try {
    const text = await api.call<"listWellKnownCas", string>("listWellKnownCas", {
      accept: "application/pkcs7-mime",
      parseAs: "text",
    });
    return { url: `${root}${WELL_KNOWN_CACERTS}`, ...(await readCaBundle(text)) };
  } finally {
    await api.close();
  }
}

/**
 * Reads an EST `cacerts` answer: base64 of a DER PKCS#7 (certs-only) bundle, with or without line
 * breaks or a `-----BEGIN PKCS7-----` armour. Throws an UnexpectedResponseError when it is not one.
 */
export async function readCaBundle(text: string): Promise<{ certificates: ControllerCaCertificate[]; pem: string }> {
  const armoured = /-----BEGIN (PKCS7|CMS)-----([\s\S]*?)-----END \1-----/.exec(text);
  const base64 = (armoured ? (armoured[2] as string) : text).replace(/\s+/g, "");
  const bad = (why: string) =>
    new UnexpectedResponseError(`the CA bundle is not a base64 PKCS#7 certificate bundle (${why})`, {
      status: 200,
      operation: "listWellKnownCas",
      contentType: "application/pkcs7-mime",
    });
  if (base64 === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw bad("not base64 text");
  const der = Buffer.from(base64, "base64");
  const [{ ContentInfo, SignedData, id_signedData }, { AsnConvert }] = await Promise.all([
    import("@peculiar/asn1-cms"),
    import("@peculiar/asn1-schema"),
  ]);
  let ders: Uint8Array[];
  try {
    const info = AsnConvert.parse(der, ContentInfo);
    if (info.contentType !== id_signedData) throw new Error(`content type ${info.contentType}`);
    const signed = AsnConvert.parse(info.content, SignedData);
    ders = [...(signed.certificates ?? [])].flatMap((choice) =>
      choice.certificate ? [new Uint8Array(AsnConvert.serialize(choice.certificate))] : [],
    );
  } catch (error) {
    throw bad(error instanceof Error ? error.message : "unreadable");
  }
  if (ders.length === 0) throw bad("it holds no certificate");
  // node:crypto loads on first use, not when the package is imported
  const { X509Certificate } = process.getBuiltinModule("node:crypto");
  const certificates = ders.map((d): ControllerCaCertificate => {
    let x509: X509Certificate;
    try {
      x509 = new X509Certificate(d);
    } catch {
      throw bad("a certificate in it cannot be read");
    }
    return {
      pem: x509.toString(),
      fingerprint: x509.fingerprint256,
      subject: x509.subject.replace(/\n/g, ", "),
      issuer: x509.issuer.replace(/\n/g, ", "),
      validFrom: new Date(x509.validFrom),
      validTo: new Date(x509.validTo),
      isCa: x509.ca,
    };
  });
  return {
    certificates,
    pem: certificates
      .map((c) => c.pem.trimEnd())
      .join("\n")
      .concat("\n"),
  };
}

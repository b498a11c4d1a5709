/**
 * Certificate bundles as PKCS#7 / CMS SignedData without signers (what `.p7b` files and
 * `application/x-pkcs7-certificates` answers hold), built and read with @peculiar/asn1-cms.
 */
import {
  CertificateChoices,
  CertificateSet,
  CMSVersion,
  ContentInfo,
  DigestAlgorithmIdentifiers,
  EncapsulatedContentInfo,
  id_data,
  id_signedData,
  SignedData,
  SignerInfos,
} from "@peculiar/asn1-cms";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import { arrayBuffer, derDocument, derDocuments, isPemText, type PemOrDer, toPem } from "./pem.js";

/** A certificate as PEM text (one or more blocks) or DER bytes. */
export type CertificateInput = PemOrDer | { der: Uint8Array };

const CERTIFICATE_LABELS = ["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"];

/** The DER certificates in the inputs (a PEM text may hold several blocks). */
export function certificateDers(inputs: readonly CertificateInput[]): Uint8Array[] {
  return inputs.flatMap((c) =>
    typeof c === "object" && "der" in c && !(c instanceof Uint8Array) ? [c.der] : derDocuments(c, CERTIFICATE_LABELS),
  );
}

/**
 * A PKCS#7 bundle of the certificates, in order: DER by default, or PEM text (`PKCS7` block) with
 * `format: "pem"`. Each certificate is carried byte for byte.
 */
export function createPkcs7(certificates: readonly CertificateInput[], options?: { format?: "der" }): Uint8Array;
export function createPkcs7(certificates: readonly CertificateInput[], options: { format: "pem" }): string;
export function createPkcs7(
  certificates: readonly CertificateInput[],
  options: { format?: "der" | "pem" } = {},
): Uint8Array | string {
  const set = new CertificateSet(
    certificateDers(certificates).map(
      (der) => new CertificateChoices({ certificate: AsnConvert.parse(arrayBuffer(der), Certificate) }),
    ),
  );
  const signedData = new SignedData({
    version: CMSVersion.v1,
    digestAlgorithms: new DigestAlgorithmIdentifiers(),
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: id_data }),
    certificates: set,
    signerInfos: new SignerInfos(),
  });
  const der = new Uint8Array(
    AsnConvert.serialize(new ContentInfo({ contentType: id_signedData, content: AsnConvert.serialize(signedData) })),
  );
  return options.format === "pem" ? toPem("PKCS7", der) : der;
}

/** The certificates (DER) in a PKCS#7 bundle given as PEM (`PKCS7` block) or DER. Throws when it is not one. */
export function readPkcs7(input: PemOrDer): Uint8Array[] {
  const der = derDocument(input, ["PKCS7", "CMS"]);
  let signedData: SignedData;
  try {
    const info = AsnConvert.parse(arrayBuffer(der), ContentInfo);
    if (info.contentType !== id_signedData) throw new Error(`content type ${info.contentType}`);
    signedData = AsnConvert.parse(info.content, SignedData);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`not a PKCS#7 SignedData bundle (${why})`);
  }
  return [...(signedData.certificates ?? [])].flatMap((choice) =>
    choice.certificate ? [new Uint8Array(AsnConvert.serialize(choice.certificate))] : [],
  );
}

/**
 * The certificates in a file: PEM text (CERTIFICATE and PKCS7 blocks, in order), a DER PKCS#7
 * bundle or a DER certificate. Throws when none is found.
 */
export function certificatesFromFile(input: PemOrDer): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (typeof input === "string" || isPemText(input)) {
    const text = typeof input === "string" ? input : new TextDecoder().decode(input);
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g)) {
      if (CERTIFICATE_LABELS.includes(m[1] as string)) out.push(...derDocuments(m[0], CERTIFICATE_LABELS));
      else if (m[1] === "PKCS7") out.push(...readPkcs7(m[0]));
    }
  } else {
    try {
      AsnConvert.parse(arrayBuffer(input), Certificate);
      out.push(input);
    } catch {
      out.push(...readPkcs7(input));
    }
  }
  if (out.length === 0) throw new Error("no certificate in the file");
  return out;
}

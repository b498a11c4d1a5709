/** X.509 v3 extensions for test certificates and requests, built and read with @peculiar/asn1-x509. */

import { createHash, type KeyObject } from "node:crypto";
import { isIP } from "node:net";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import {
  AuthorityKeyIdentifier,
  BasicConstraints,
  CRLDistributionPoints,
  DistributionPoint,
  DistributionPointName,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  GeneralName,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_cRLDistributionPoints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
} from "@peculiar/asn1-x509";

/** A subject alternative name: a DNS name, an IP address (v4 or v6), an email address or a URI. */
export type SubjectAltName =
  | { type: "dns"; value: string }
  | { type: "ip"; value: string }
  | { type: "email"; value: string }
  | { type: "uri"; value: string };

/** Key usage bits by name (RFC 5280 §4.2.1.3). */
export type KeyUsageName =
  | "digitalSignature"
  | "nonRepudiation"
  | "keyEncipherment"
  | "dataEncipherment"
  | "keyAgreement"
  | "keyCertSign"
  | "cRLSign"
  | "encipherOnly"
  | "decipherOnly";

/** Extended key usages by name, or any purpose as a dotted OID. */
export type ExtendedKeyUsageName =
  | "serverAuth"
  | "clientAuth"
  | "codeSigning"
  | "emailProtection"
  | "timeStamping"
  | "OCSPSigning"
  | (string & {});

const EKU_OIDS: Record<string, string> = {
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
  codeSigning: "1.3.6.1.5.5.7.3.3",
  emailProtection: "1.3.6.1.5.5.7.3.4",
  timeStamping: "1.3.6.1.5.5.7.3.8",
  OCSPSigning: "1.3.6.1.5.5.7.3.9",
};

function extension(extnID: string, critical: boolean, value: object): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

/** The key identifier of a public key: SHA-1 of its subjectPublicKey bits (RFC 5280 §4.2.1.2, method 1). */
export function keyIdentifier(publicKey: KeyObject): Uint8Array {
  const spki = AsnConvert.parse(publicKey.export({ type: "spki", format: "der" }), SubjectPublicKeyInfo);
  return new Uint8Array(createHash("sha1").update(new Uint8Array(spki.subjectPublicKey)).digest());
}

function generalName(san: SubjectAltName): GeneralName {
  switch (san.type) {
    case "dns":
      return new GeneralName({ dNSName: san.value });
    case "ip":
      if (!isIP(san.value)) throw new Error(`"${san.value}" is not an IP address`);
      return new GeneralName({ iPAddress: san.value });
    case "email":
      return new GeneralName({ rfc822Name: san.value });
    case "uri":
      return new GeneralName({ uniformResourceIdentifier: san.value });
  }
}

/** What `buildExtensions` puts in a certificate. */
export interface ExtensionSpec {
  /** A CA certificate (basicConstraints cA, optionally with a path length). */
  ca: boolean;
  pathLength?: number | undefined;
  keyUsage: readonly KeyUsageName[];
  extendedKeyUsage: readonly ExtendedKeyUsageName[];
  subjectAltNames: readonly SubjectAltName[];
  /** The subject's public key (subject key identifier). */
  subjectKey: KeyObject;
  /** The issuer's public key (authority key identifier). */
  issuerKey: KeyObject;
  crlDistributionPoints: readonly string[];
  /** The subject is empty: the SAN extension is then critical (RFC 5280 §4.2.1.6). */
  emptySubject: boolean;
}

/** The extensions of a certificate. */
export function buildExtensions(spec: ExtensionSpec): Extensions {
  const list = [
    extension(
      id_ce_basicConstraints,
      true,
      new BasicConstraints({
        cA: spec.ca,
        ...(spec.ca && spec.pathLength !== undefined && { pathLenConstraint: spec.pathLength }),
      }),
    ),
  ];
  if (spec.keyUsage.length) {
    const flags = spec.keyUsage.reduce((bits, name) => bits | KeyUsageFlags[name], 0);
    list.push(extension(id_ce_keyUsage, true, new KeyUsage(flags)));
  }
  if (spec.extendedKeyUsage.length) {
    const oids = spec.extendedKeyUsage.map((name) => EKU_OIDS[name] ?? name);
    list.push(extension(id_ce_extKeyUsage, false, new ExtendedKeyUsage(oids)));
  }
  if (spec.subjectAltNames.length) {
    const names = new SubjectAlternativeName(spec.subjectAltNames.map(generalName));
    list.push(extension(id_ce_subjectAltName, spec.emptySubject, names));
  }
  list.push(extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(spec.subjectKey))));
  list.push(
    extension(
      id_ce_authorityKeyIdentifier,
      false,
      new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(keyIdentifier(spec.issuerKey)) }),
    ),
  );
  if (spec.crlDistributionPoints.length) {
    const points = spec.crlDistributionPoints.map(
      (uri) =>
        new DistributionPoint({
          distributionPoint: new DistributionPointName({
            fullName: [new GeneralName({ uniformResourceIdentifier: uri })],
          }),
        }),
    );
    list.push(extension(id_ce_cRLDistributionPoints, false, new CRLDistributionPoints(points)));
  }
  return new Extensions(list);
}

/** An extensions list with only the subject alternative names (what a CSR asks for). */
export function sanExtensions(subjectAltNames: readonly SubjectAltName[]): Extensions {
  return new Extensions([
    extension(id_ce_subjectAltName, false, new SubjectAlternativeName(subjectAltNames.map(generalName))),
  ]);
}

/** What a certificate's (or request's) extensions say, for the fields this PKI sets. */
export interface ExtensionFacts {
  ca: boolean;
  pathLength: number | undefined;
  keyUsage: KeyUsageName[];
  /** Names for the purposes above, dotted OIDs for others. */
  extendedKeyUsage: string[];
  subjectAltNames: SubjectAltName[];
  crlDistributionPoints: string[];
}

/** Reads the extensions this PKI sets (others are ignored). */
export function readExtensions(extensions: readonly Extension[] | undefined): ExtensionFacts {
  const facts: ExtensionFacts = {
    ca: false,
    pathLength: undefined,
    keyUsage: [],
    extendedKeyUsage: [],
    subjectAltNames: [],
    crlDistributionPoints: [],
  };
  for (const ext of extensions ?? []) {
    const value = ext.extnValue.buffer;
    if (ext.extnID === id_ce_basicConstraints) {
      const bc = AsnConvert.parse(value, BasicConstraints);
      facts.ca = bc.cA;
      facts.pathLength = bc.pathLenConstraint;
    } else if (ext.extnID === id_ce_keyUsage) {
      const bits = AsnConvert.parse(value, KeyUsage).toNumber();
      facts.keyUsage = (Object.keys(KeyUsageFlags) as KeyUsageName[]).filter(
        (name) => Number.isNaN(Number(name)) && bits & KeyUsageFlags[name],
      );
    } else if (ext.extnID === id_ce_extKeyUsage) {
      const byOid = new Map(Object.entries(EKU_OIDS).map(([n, o]) => [o, n]));
      facts.extendedKeyUsage = [...AsnConvert.parse(value, ExtendedKeyUsage)].map((o) => byOid.get(o) ?? o);
    } else if (ext.extnID === id_ce_subjectAltName) {
      facts.subjectAltNames = [...AsnConvert.parse(value, SubjectAlternativeName)].flatMap(readGeneralName);
    } else if (ext.extnID === id_ce_cRLDistributionPoints) {
      facts.crlDistributionPoints = [...AsnConvert.parse(value, CRLDistributionPoints)].flatMap((p) =>
        (p.distributionPoint?.fullName ?? []).flatMap((n) => n.uniformResourceIdentifier ?? []),
      );
    }
  }
  return facts;
}

function readGeneralName(name: GeneralName): SubjectAltName[] {
  if (name.dNSName !== undefined) return [{ type: "dns", value: name.dNSName }];
  if (name.iPAddress !== undefined) return [{ type: "ip", value: name.iPAddress }];
  if (name.rfc822Name !== undefined) return [{ type: "email", value: name.rfc822Name }];
  if (name.uniformResourceIdentifier !== undefined) return [{ type: "uri", value: name.uniformResourceIdentifier }];
  return [];
}

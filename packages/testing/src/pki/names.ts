/**
 * Distinguished names: RFC 4514 strings parsed into attributes and formatted back, and converted
 * to and from the X.509 `Name` structure (@peculiar/asn1-x509 encodes it).
 */
import { AsnConvert } from "@peculiar/asn1-schema";
import { AttributeTypeAndValue, AttributeValue, Name, RelativeDistinguishedName } from "@peculiar/asn1-x509";
import { arrayBuffer } from "./pem.js";

/** One attribute of a name: its type (`CN`, `O`..., or a dotted OID) and its value. */
export interface DistinguishedNameAttribute {
  /** Short name in upper case (`CN`, `OU`, `E`...) or a dotted OID for types without one. */
  type: string;
  /** The value as text (for a `#hex` value: its text when it is a string type, else the hex). */
  value: string;
  /** The exact DER of the value, when it was given or read as `#hex` (kept as is when encoding). */
  der?: Uint8Array;
}

/** A relative distinguished name: one attribute, or several joined by `+`. */
export type RelativeDistinguishedNameAttributes = DistinguishedNameAttribute[];

/** A distinguished name as its RDNs in string order: most specific first (`CN=...` before `C=...`). */
export type DistinguishedName = RelativeDistinguishedNameAttributes[];

/** Attribute types with a short name, their OID and the string type their values are encoded as. */
const TYPES: Record<string, { oid: string; string: "utf8String" | "printableString" | "ia5String" }> = {
  CN: { oid: "2.5.4.3", string: "utf8String" },
  SN: { oid: "2.5.4.4", string: "utf8String" },
  SERIALNUMBER: { oid: "2.5.4.5", string: "printableString" },
  C: { oid: "2.5.4.6", string: "printableString" },
  L: { oid: "2.5.4.7", string: "utf8String" },
  ST: { oid: "2.5.4.8", string: "utf8String" },
  STREET: { oid: "2.5.4.9", string: "utf8String" },
  O: { oid: "2.5.4.10", string: "utf8String" },
  OU: { oid: "2.5.4.11", string: "utf8String" },
  TITLE: { oid: "2.5.4.12", string: "utf8String" },
  GN: { oid: "2.5.4.42", string: "utf8String" },
  DC: { oid: "0.9.2342.19200300.100.1.25", string: "ia5String" },
  UID: { oid: "0.9.2342.19200300.100.1.1", string: "utf8String" },
  E: { oid: "1.2.840.113549.1.9.1", string: "ia5String" },
};
const ALIASES: Record<string, string> = {
  S: "ST",
  EMAILADDRESS: "E",
  EMAIL: "E",
  T: "TITLE",
  G: "GN",
  GIVENNAME: "GN",
};
const BY_OID = new Map(Object.entries(TYPES).map(([name, t]) => [t.oid, name]));

/** The canonical short name (or dotted OID) of an attribute type as written. */
function canonicalType(written: string): string {
  const upper = written
    .trim()
    .toUpperCase()
    .replace(/^OID\./, "");
  if (/^\d+(\.\d+)+$/.test(upper)) return BY_OID.get(upper) ?? upper;
  const name = ALIASES[upper] ?? upper;
  if (!TYPES[name]) throw new Error(`unknown attribute type "${written.trim()}" in distinguished name`);
  return name;
}

/** The OID of an attribute type (short name or dotted OID). */
export function attributeOid(type: string): string {
  const name = canonicalType(type);
  return TYPES[name]?.oid ?? name;
}

const TYPE_AHEAD = /^\s*(?:[A-Za-z][A-Za-z0-9-]*|(?:OID\.)?\d+(?:\.\d+)+)\s*=/i;

/**
 * Parses an RFC 4514 string (`CN=app\, inc.+UID=7,O=Example,C=US`): escapes (`\,` and `\2C`),
 * multi-valued RDNs (`+`) and `#hex` values. Lenient the way hand-written DNs need: spaces around
 * `,` `+` `=` are ignored, type names are case-insensitive (with the aliases `EMAILADDRESS`, `S`...),
 * and a `,` or `+` that is not followed by `type=` is kept in the value (`O=Example, Inc., C=US`).
 * Empty values (`L=`) are kept. Throws on an unknown type name or a malformed string.
 */
export function parseDistinguishedName(dn: string): DistinguishedName {
  const rdns: DistinguishedName = [];
  let rdn: RelativeDistinguishedNameAttributes = [];
  let i = 0;
  while (i < dn.length) {
    const eq = dn.indexOf("=", i);
    if (eq < 0) throw new Error(`expected type=value in distinguished name at "${dn.slice(i)}"`);
    const type = canonicalType(dn.slice(i, eq));
    i = eq + 1;
    while (dn[i] === " ") i++;
    const bytes: number[] = [];
    let hex: string | undefined;
    let trailing = 0; // unescaped spaces at the end, trimmed
    let separator: string | undefined;
    if (dn[i] === "#") {
      const m = /^#([0-9A-Fa-f]*)/.exec(dn.slice(i)) as RegExpExecArray;
      hex = m[1] as string;
      i += m[0].length;
      while (dn[i] === " ") i++;
      if (i < dn.length && dn[i] !== "," && dn[i] !== "+")
        throw new Error("malformed #hex value in distinguished name");
      separator = dn[i];
      i++;
    } else {
      for (; i < dn.length; i++) {
        const c = dn[i] as string;
        if ((c === "," || c === "+") && TYPE_AHEAD.test(dn.slice(i + 1))) {
          separator = c;
          i++;
          break;
        }
        if (c === "\\") {
          const pair = dn.slice(i + 1, i + 3);
          if (/^[0-9A-Fa-f]{2}$/.test(pair)) {
            bytes.push(Number.parseInt(pair, 16));
            i += 2;
          } else if (i + 1 < dn.length) {
            bytes.push(...Buffer.from(dn[i + 1] as string));
            i++;
          } else throw new Error("distinguished name ends with a lone backslash");
          trailing = 0;
        } else {
          bytes.push(...Buffer.from(c));
          trailing = c === " " ? trailing + 1 : 0;
        }
      }
    }
    const attribute: DistinguishedNameAttribute =
      hex === undefined
        ? { type, value: Buffer.from(bytes.slice(0, bytes.length - trailing)).toString("utf8") }
        : hexAttribute(type, hex);
    rdn.push(attribute);
    if (separator !== "+") {
      rdns.push(rdn);
      rdn = [];
    }
    while (dn[i] === " ") i++;
  }
  if (rdn.length) rdns.push(rdn);
  return rdns;
}

function hexAttribute(type: string, hex: string): DistinguishedNameAttribute {
  if (hex.length === 0 || hex.length % 2) throw new Error("malformed #hex value in distinguished name");
  const der = new Uint8Array(Buffer.from(hex, "hex"));
  const parsed = AsnConvert.parse(arrayBuffer(der), AttributeValue);
  return { type, value: parsed.anyValue ? hex.toLowerCase() : parsed.toString(), der };
}

/** Escapes a value for an RFC 4514 string. */
function escapeValue(value: string): string {
  return value
    .replace(/[\\"+,;<>]/g, (c) => `\\${c}`)
    .replace(/\0/g, "\\00")
    .replace(/^([ #])/, "\\$1")
    .replace(/ $/, "\\ ");
}

/**
 * Formats a distinguished name as an RFC 4514 string, most specific first. `separator` is `,`
 * (RFC 4514) unless given (`", "` reads like many tools print DNs). Types without a short name are
 * written as dotted OIDs with `#hex` values.
 */
export function formatDistinguishedName(dn: DistinguishedName | string, options: { separator?: string } = {}): string {
  const rdns = typeof dn === "string" ? parseDistinguishedName(dn) : dn;
  return rdns
    .map((rdn) =>
      rdn
        .map((a) => {
          const type = /^\d+(\.\d+)+$/.test(a.type) ? (BY_OID.get(a.type) ?? a.type) : a.type;
          if (/^\d/.test(type) && a.der) return `${type}=#${Buffer.from(a.der).toString("hex")}`;
          return `${type}=${escapeValue(a.value)}`;
        })
        .join("+"),
    )
    .join(options.separator ?? ",");
}

/** A string that PrintableString can carry. */
const printable = (s: string) => /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s);

/**
 * The X.509 Name of a distinguished name. Attributes with empty values are left out (X.509
 * strings cannot be empty), and so are RDNs left with none.
 */
export function toAsnName(dn: DistinguishedName | string): Name {
  const rdns = typeof dn === "string" ? parseDistinguishedName(dn) : dn;
  const out: RelativeDistinguishedName[] = [];
  for (const rdn of [...rdns].reverse()) {
    const attributes = rdn
      .filter((a) => a.der !== undefined || a.value !== "")
      .map((a) => {
        const oid = attributeOid(a.type);
        if (a.der)
          return new AttributeTypeAndValue({ type: oid, value: AsnConvert.parse(arrayBuffer(a.der), AttributeValue) });
        const preferred = TYPES[BY_OID.get(oid) ?? ""]?.string ?? "utf8String";
        const kind =
          preferred === "printableString" && !printable(a.value)
            ? "utf8String"
            : preferred === "ia5String" && [...a.value].some((c) => c.charCodeAt(0) > 0x7f)
              ? "utf8String"
              : preferred;
        return new AttributeTypeAndValue({ type: oid, value: new AttributeValue({ [kind]: a.value }) });
      });
    if (attributes.length) out.push(new RelativeDistinguishedName(attributes));
  }
  return new Name(out);
}

/** A distinguished name read from an X.509 Name (string order: most specific first). */
export function fromAsnName(name: Name): DistinguishedName {
  return [...name].reverse().map((rdn) =>
    [...rdn].map((atv) => {
      const short = BY_OID.get(atv.type);
      if (short && !atv.value.anyValue) return { type: short, value: atv.value.toString() };
      const der = new Uint8Array(AsnConvert.serialize(atv.value));
      return { type: short ?? atv.type, value: atv.value.toString(), der };
    }),
  );
}

/** The X.509 Name encoded as DER. */
export function encodeName(dn: DistinguishedName | string): Uint8Array {
  return new Uint8Array(AsnConvert.serialize(toAsnName(dn)));
}

/** A DER Name as a distinguished name. */
export function decodeName(der: Uint8Array): DistinguishedName {
  return fromAsnName(AsnConvert.parse(arrayBuffer(der), Name));
}

/**
 * PKCS#12 key stores (`.p12` / `.pfx`): a private key and its certificate chain, structures from
 * pkijs, encryption and integrity from `pbe.ts` (node:crypto).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  randomBytes,
  X509Certificate,
} from "node:crypto";
import { BmpString, OctetString } from "asn1js";
import {
  AlgorithmIdentifier,
  Attribute,
  AuthenticatedSafe,
  CertBag,
  ContentInfo,
  DigestInfo,
  EncryptedContentInfo,
  EncryptedData,
  MacData,
  PFX,
  PKCS8ShroudedKeyBag,
  PrivateKeyInfo,
  SafeBag,
  SafeContents,
} from "pkijs";
import { DecryptionError, decrypt, encrypt, mac, parseDer, SHA256, UnsupportedAlgorithmError } from "./pbe.js";
import { type CertificateInput, certificateDers } from "./pkcs7.js";

const DATA = "1.2.840.113549.1.7.1";
const ENCRYPTED_DATA = "1.2.840.113549.1.7.6";
const KEY_BAG = "1.2.840.113549.1.12.10.1.1";
const SHROUDED_KEY_BAG = "1.2.840.113549.1.12.10.1.2";
const CERT_BAG = "1.2.840.113549.1.12.10.1.3";
const X509_CERT = "1.2.840.113549.1.9.22.1";
const FRIENDLY_NAME = "1.2.840.113549.1.9.20";
const LOCAL_KEY_ID = "1.2.840.113549.1.9.21";

/** What `createPkcs12` packs. */
export interface CreatePkcs12Options {
  privateKey: KeyObject;
  /** The key's certificate first, then its chain (PEM text or DER). */
  certificates: readonly CertificateInput[];
  /**
   * Encrypts the key and the certificates (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC) and adds a
   * SHA-256 MAC. Without a password the store is neither encrypted nor MAC-protected.
   */
  password?: string;
  /** The friendlyName (alias) of the key and its certificate. */
  friendlyName?: string;
  /** PBKDF2 and MAC iterations. Default 2048 (OpenSSL uses 2048; tests want speed). */
  iterations?: number;
}

const octets = (bytes: Uint8Array) => new OctetString({ valueHex: bytes });

/** Builds a PKCS#12 store that OpenSSL, Java and node:tls read. */
export function createPkcs12(options: CreatePkcs12Options): Uint8Array {
  const { password } = options;
  const iterations = options.iterations ?? 2048;
  const chain = certificateDers(options.certificates);
  const leaf = chain[0];
  if (!leaf) throw new Error("createPkcs12 needs at least the key's certificate");
  const localKeyId = createHash("sha1").update(leaf).digest();
  const attributes = [
    new Attribute({ type: LOCAL_KEY_ID, values: [octets(localKeyId)] }),
    ...(options.friendlyName
      ? [new Attribute({ type: FRIENDLY_NAME, values: [new BmpString({ value: options.friendlyName })] })]
      : []),
  ];
  const pkcs8 = new Uint8Array(options.privateKey.export({ type: "pkcs8", format: "der" }));
  let keyBag: SafeBag;
  if (password === undefined) {
    keyBag = new SafeBag({
      bagId: KEY_BAG,
      bagValue: new PrivateKeyInfo({ schema: parseDer(pkcs8) }),
      bagAttributes: attributes,
    });
  } else {
    const { algorithm, ciphertext } = encrypt(pkcs8, password, iterations);
    const shrouded = new PKCS8ShroudedKeyBag({ encryptionAlgorithm: algorithm, encryptedData: octets(ciphertext) });
    keyBag = new SafeBag({ bagId: SHROUDED_KEY_BAG, bagValue: shrouded, bagAttributes: attributes });
  }
  const certBags = chain.map(
    (der, i) =>
      new SafeBag({
        bagId: CERT_BAG,
        bagValue: new CertBag({ certId: X509_CERT, certValue: octets(der) }),
        ...(i === 0 && { bagAttributes: attributes }),
      }),
  );
  const certContents = new Uint8Array(new SafeContents({ safeBags: certBags }).toSchema().toBER());
  const keyContents = new Uint8Array(new SafeContents({ safeBags: [keyBag] }).toSchema().toBER());
  let certInfo: ContentInfo;
  if (password === undefined) certInfo = new ContentInfo({ contentType: DATA, content: octets(certContents) });
  else {
    const { algorithm, ciphertext } = encrypt(certContents, password, iterations);
    const encrypted = new EncryptedData({
      version: 0,
      encryptedContentInfo: new EncryptedContentInfo({
        contentType: DATA,
        contentEncryptionAlgorithm: algorithm,
        encryptedContent: octets(ciphertext),
        disableSplit: true,
      }),
    });
    certInfo = new ContentInfo({ contentType: ENCRYPTED_DATA, content: encrypted.toSchema() });
  }
  const safe = new AuthenticatedSafe({
    safeContents: [certInfo, new ContentInfo({ contentType: DATA, content: octets(keyContents) })],
  });
  const authSafeDer = new Uint8Array(safe.toSchema().toBER());
  const pfx = new PFX({ version: 3, authSafe: new ContentInfo({ contentType: DATA, content: octets(authSafeDer) }) });
  if (password !== undefined) {
    const salt = randomBytes(16);
    pfx.macData = new MacData({
      mac: new DigestInfo({
        digestAlgorithm: new AlgorithmIdentifier({ algorithmId: SHA256 }),
        digest: octets(mac(SHA256, authSafeDer, password, salt, iterations)),
      }),
      macSalt: octets(salt),
      iterations,
    });
  }
  return new Uint8Array(pfx.toSchema().toBER());
}

/** Why a PKCS#12 store could not be read. */
export type Pkcs12Problem =
  | "malformed"
  | "unsupported"
  | "password-required"
  | "wrong-password"
  | "no-key"
  | "no-certificate"
  | "key-mismatch";

/** Thrown by `readPkcs12`, with the reason as `problem`. */
export class Pkcs12Error extends Error {
  override readonly name = "Pkcs12Error";
  constructor(
    readonly problem: Pkcs12Problem,
    message: string,
  ) {
    super(message);
  }
}

/** What a PKCS#12 store holds. */
export interface Pkcs12Contents {
  privateKey: KeyObject;
  /** Certificates (DER), the one that matches the key first. */
  certificates: Uint8Array[];
  /** The friendlyName of the key, if it has one. */
  friendlyName: string | undefined;
}

const contentOf = (octetString: OctetString): Uint8Array => new Uint8Array(octetString.getValue());

/**
 * Opens a PKCS#12 store with its password (undefined for a store made without one): checks the
 * MAC, decrypts PBES2 (AES or 3DES, PBKDF2 with HMAC-SHA1/SHA-2) and PKCS#12 3DES contents, and
 * returns the key with its certificates, leaf first. Throws a Pkcs12Error saying what is wrong.
 */
export function readPkcs12(bytes: Uint8Array, password?: string): Pkcs12Contents {
  let pfx: PFX;
  let authSafe: AuthenticatedSafe;
  try {
    pfx = new PFX({ schema: parseDer(bytes) });
    if (pfx.authSafe.contentType !== DATA) throw new Error("public-key integrity mode");
    const authSafeDer = contentOf(pfx.authSafe.content as OctetString);
    if (pfx.macData) checkMac(pfx.macData, authSafeDer, password);
    authSafe = new AuthenticatedSafe({ schema: parseDer(authSafeDer) });
  } catch (error) {
    throw asPkcs12Error(error, password);
  }
  const bags: SafeBag[] = [];
  try {
    for (const info of authSafe.safeContents) {
      let contents: Uint8Array;
      if (info.contentType === DATA) contents = contentOf(info.content as OctetString);
      else if (info.contentType === ENCRYPTED_DATA) {
        const encrypted = new EncryptedData({ schema: info.content }).encryptedContentInfo;
        const ciphertext = new Uint8Array(encrypted.getEncryptedContent());
        contents = decrypt(encrypted.contentEncryptionAlgorithm, ciphertext, password);
      } else throw new UnsupportedAlgorithmError(`content type ${info.contentType}`);
      bags.push(...new SafeContents({ schema: parseDer(contents) }).safeBags);
    }
  } catch (error) {
    throw asPkcs12Error(error, password);
  }
  let privateKey: KeyObject | undefined;
  let friendlyName: string | undefined;
  const certificates: Uint8Array[] = [];
  for (const bag of bags) {
    if (bag.bagId === CERT_BAG) {
      const cert = bag.bagValue as CertBag;
      if (cert.certId === X509_CERT) certificates.push(contentOf(cert.certValue as OctetString));
    } else if ((bag.bagId === KEY_BAG || bag.bagId === SHROUDED_KEY_BAG) && !privateKey) {
      try {
        const pkcs8 =
          bag.bagId === KEY_BAG
            ? new Uint8Array((bag.bagValue as PrivateKeyInfo).toSchema().toBER())
            : decrypt(
                (bag.bagValue as PKCS8ShroudedKeyBag).encryptionAlgorithm,
                contentOf((bag.bagValue as PKCS8ShroudedKeyBag).encryptedData),
                password,
              );
        privateKey = createPrivateKey({ key: Buffer.from(pkcs8), format: "der", type: "pkcs8" });
      } catch (error) {
        throw asPkcs12Error(error, password);
      }
      const name = bag.bagAttributes?.find((a) => a.type === FRIENDLY_NAME)?.values[0] as BmpString | undefined;
      friendlyName = name?.valueBlock.value;
    }
  }
  if (!privateKey) throw new Pkcs12Error("no-key", "The keystore holds no private key");
  if (certificates.length === 0) throw new Pkcs12Error("no-certificate", "The keystore holds no certificate");
  const publicDer = createPublicKey(privateKey).export({ type: "spki", format: "der" });
  const matches = (der: Uint8Array) =>
    new X509Certificate(der).publicKey.export({ type: "spki", format: "der" }).equals(publicDer);
  const leaf = certificates.findIndex(matches);
  if (leaf < 0) throw new Pkcs12Error("key-mismatch", "No certificate in the keystore matches its private key");
  return {
    privateKey,
    certificates: [certificates[leaf] as Uint8Array, ...certificates.filter((_, i) => i !== leaf)],
    friendlyName,
  };
}

class MacMismatch extends Error {}

function checkMac(macData: MacData, data: Uint8Array, password: string | undefined): void {
  const expected = Buffer.from(contentOf(macData.mac.digest));
  const salt = contentOf(macData.macSalt);
  const iterations = macData.iterations ?? 1;
  const algorithm = macData.mac.digestAlgorithm.algorithmId;
  // Without a password, try the empty password both ways it is encoded (two zero bytes, or none).
  const candidates = password === undefined ? ["", undefined] : [password];
  if (!candidates.some((p) => mac(algorithm, data, p, salt, iterations).equals(expected))) throw new MacMismatch();
}

function asPkcs12Error(error: unknown, password: string | undefined): Pkcs12Error {
  if (error instanceof Pkcs12Error) return error;
  if (error instanceof MacMismatch || error instanceof DecryptionError) {
    return password === undefined
      ? new Pkcs12Error("password-required", "The keystore is encrypted: send its password")
      : new Pkcs12Error("wrong-password", "The keystore could not be opened with the password given");
  }
  if (error instanceof UnsupportedAlgorithmError) {
    return new Pkcs12Error(
      "unsupported",
      `The keystore uses an algorithm this reader does not support (${error.message})`,
    );
  }
  return new Pkcs12Error("malformed", "The file is not a PKCS#12 keystore this service can read");
}

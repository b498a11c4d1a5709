/**
 * Password-based encryption and integrity for PKCS#12 (RFC 7292, RFC 8018) on node:crypto, with
 * the parameter structures from pkijs: PBES2 (PBKDF2 + AES-CBC, OpenSSL 3's default), the
 * PKCS#12 3DES scheme (older Windows and Java exports) and the HMAC integrity check.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
import { fromBER, type Integer, Null, OctetString, type Sequence } from "asn1js";
import { AlgorithmIdentifier, PBES2Params, PBKDF2Params } from "pkijs";

const PBES2 = "1.2.840.113549.1.5.13";
const PBKDF2 = "1.2.840.113549.1.5.12";
const PBE_SHA1_3DES = "1.2.840.113549.1.12.1.3";

/** HMAC PRFs of PBKDF2 (RFC 8018 B.1.2), by OID. */
const PRFS: Record<string, string> = {
  "1.2.840.113549.2.7": "sha1",
  "1.2.840.113549.2.8": "sha224",
  "1.2.840.113549.2.9": "sha256",
  "1.2.840.113549.2.10": "sha384",
  "1.2.840.113549.2.11": "sha512",
};

/** Block ciphers of PBES2, by OID: node's name and key length. */
const CIPHERS: Record<string, { name: string; keyLength: number }> = {
  "2.16.840.1.101.3.4.1.2": { name: "aes-128-cbc", keyLength: 16 },
  "2.16.840.1.101.3.4.1.22": { name: "aes-192-cbc", keyLength: 24 },
  "2.16.840.1.101.3.4.1.42": { name: "aes-256-cbc", keyLength: 32 },
  "1.2.840.113549.3.7": { name: "des-ede3-cbc", keyLength: 24 },
};

/** Digest algorithms of the MAC, by OID. */
const DIGESTS: Record<string, string> = {
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};

/** An algorithm this module does not implement (RC2, RC4...): the keystore cannot be read. */
export class UnsupportedAlgorithmError extends Error {}

/** A password as PKCS#12 BMPString bytes with the two-byte terminator (RFC 7292 B.1); none is zero bytes. */
function bmpPassword(password: string | undefined): Buffer {
  if (password === undefined) return Buffer.alloc(0);
  return Buffer.concat([Buffer.from(password, "utf16le").swap16(), Buffer.alloc(2)]);
}

/** The PKCS#12 key derivation (RFC 7292 appendix B.2): `id` 1 for keys, 2 for IVs, 3 for MAC keys. */
export function pkcs12Kdf(
  hash: string,
  password: string | undefined,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  length: number,
): Buffer {
  const u = createHash(hash).digest().length;
  const v = hash === "sha384" || hash === "sha512" ? 128 : 64;
  const fill = (data: Uint8Array) => {
    const out = Buffer.alloc(data.length === 0 ? 0 : v * Math.ceil(data.length / v));
    for (let i = 0; i < out.length; i++) out[i] = data[i % data.length] as number;
    return out;
  };
  const input = Buffer.concat([fill(salt), fill(bmpPassword(password))]);
  const blocks: Buffer[] = [];
  for (let done = 0; done < length; done += u) {
    let a = createHash(hash).update(Buffer.alloc(v, id)).update(input).digest();
    for (let r = 1; r < iterations; r++) a = createHash(hash).update(a).digest();
    blocks.push(a);
    const b = fill(a);
    for (let j = 0; j < input.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (input[j + k] as number) + (b[k] as number) + carry;
        input[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** What `encrypt` returns: the AlgorithmIdentifier to store beside the ciphertext. */
export interface Encrypted {
  algorithm: AlgorithmIdentifier;
  ciphertext: Uint8Array;
}

/** Encrypts with PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC (what OpenSSL 3 writes). */
export function encrypt(data: Uint8Array, password: string, iterations: number): Encrypted {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = pbkdf2Sync(Buffer.from(password, "utf8"), salt, iterations, 32, "sha256");
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  const ciphertext = Buffer.concat([cipher.update(data), cipher.final()]);
  const kdf = new PBKDF2Params({
    salt: new OctetString({ valueHex: salt }),
    iterationCount: iterations,
    prf: new AlgorithmIdentifier({ algorithmId: "1.2.840.113549.2.9", algorithmParams: new Null() }),
  });
  const params = new PBES2Params({
    keyDerivationFunc: new AlgorithmIdentifier({ algorithmId: PBKDF2, algorithmParams: kdf.toSchema() }),
    encryptionScheme: new AlgorithmIdentifier({
      algorithmId: "2.16.840.1.101.3.4.1.42",
      algorithmParams: new OctetString({ valueHex: iv }),
    }),
  });
  return {
    algorithm: new AlgorithmIdentifier({ algorithmId: PBES2, algorithmParams: params.toSchema() }),
    ciphertext: new Uint8Array(ciphertext),
  };
}

/** Thrown by `decrypt` when the padding is wrong: almost always a wrong password. */
export class DecryptionError extends Error {}

/** Decrypts data encrypted with PBES2 (PBKDF2 + AES/3DES-CBC) or the PKCS#12 3DES scheme. */
export function decrypt(algorithm: AlgorithmIdentifier, ciphertext: Uint8Array, password: string | undefined): Buffer {
  let cipher: string;
  let key: Buffer;
  let iv: Buffer;
  if (algorithm.algorithmId === PBES2) {
    const params = new PBES2Params({ schema: algorithm.algorithmParams });
    if (params.keyDerivationFunc.algorithmId !== PBKDF2) {
      throw new UnsupportedAlgorithmError(`key derivation ${params.keyDerivationFunc.algorithmId}`);
    }
    const kdf = new PBKDF2Params({ schema: params.keyDerivationFunc.algorithmParams });
    const scheme = CIPHERS[params.encryptionScheme.algorithmId];
    const prf = PRFS[kdf.prf?.algorithmId ?? "1.2.840.113549.2.7"];
    if (!scheme || !prf) throw new UnsupportedAlgorithmError(`cipher ${params.encryptionScheme.algorithmId}`);
    const salt = (kdf.salt as OctetString).valueBlock.valueHexView;
    const length = kdf.keyLength ?? scheme.keyLength;
    key = pbkdf2Sync(Buffer.from(password ?? "", "utf8"), salt, kdf.iterationCount, length, prf);
    iv = Buffer.from((params.encryptionScheme.algorithmParams as OctetString).valueBlock.valueHexView);
    cipher = scheme.name;
  } else if (algorithm.algorithmId === PBE_SHA1_3DES) {
    // pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }
    const params = algorithm.algorithmParams as Sequence;
    const [salt, count] = params.valueBlock.value as [OctetString, Integer];
    const iterations = count.valueBlock.valueDec;
    key = pkcs12Kdf("sha1", password, salt.valueBlock.valueHexView, 1, iterations, 24);
    iv = pkcs12Kdf("sha1", password, salt.valueBlock.valueHexView, 2, iterations, 8);
    cipher = "des-ede3-cbc";
  } else {
    throw new UnsupportedAlgorithmError(`encryption ${algorithm.algorithmId}`);
  }
  try {
    const decipher = createDecipheriv(cipher, key, iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new DecryptionError("decryption failed");
  }
}

/** The PKCS#12 MAC of `data` (HMAC keyed by the PKCS#12 KDF). */
export function mac(
  digestOid: string,
  data: Uint8Array,
  password: string | undefined,
  salt: Uint8Array,
  iterations: number,
): Buffer {
  const hash = DIGESTS[digestOid];
  if (!hash) throw new UnsupportedAlgorithmError(`MAC digest ${digestOid}`);
  const key = pkcs12Kdf(hash, password, salt, 3, iterations, createHash(hash).digest().length);
  return createHmac(hash, key).update(data).digest();
}

/** The OID of SHA-256 (the MAC digest this module writes). */
export const SHA256 = "2.16.840.1.101.3.4.2.1";

/** Parses DER into an asn1js value (for pkijs constructors); throws on malformed input. */
export function parseDer(der: Uint8Array): ReturnType<typeof fromBER>["result"] {
  const parsed = fromBER(der);
  if (parsed.offset === -1) throw new Error(parsed.result.error || "malformed DER");
  return parsed.result;
}

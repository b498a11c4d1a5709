import { generateKeyPairSync } from "node:crypto";

/** An RSA key pair for tests: the private key as JWK and PEM, the public key as JWK and PEM. */
export function generateTestKeyPair(options: { kid?: string; modulusLength?: number } = {}) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: options.modulusLength ?? 2048 });
  const privateJwk = { ...privateKey.export({ format: "jwk" }), ...(options.kid && { kid: options.kid }) } as Record<
    string,
    unknown
  >;
  const publicJwk = { ...publicKey.export({ format: "jwk" }), ...(options.kid && { kid: options.kid }) } as Record<
    string,
    unknown
  >;
  return {
    privateJwk,
    publicJwk,
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

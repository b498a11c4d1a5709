/** Crypto operations with a key the fake holds: encrypt, decrypt, sign, verify. */
import { privateDecrypt, publicEncrypt, constants as rsa, sign, verify } from "node:crypto";
import { type HttpHandler, HttpResponse } from "msw";
import type { Api } from "./context.js";
import { SIGNATURE_ALGORITHMS } from "./pki.js";
import { type Detail, invalid, jsonBody } from "./requests.js";
import type { FakeEnvironment } from "./state.js";

/** The crypto routes of one fake. */
export function cryptoHandlers(api: Api): HttpHandler[] {
  // ---- crypto ------------------------------------------------------------------------------
  // The request members are not documented in the sources of the spec; the fake uses its own:
  // { keyId, data (base64) } and, for verify, { signature (base64) }.

  const cryptoKey = (env: FakeEnvironment, body: Record<string, unknown>) => {
    const details: Detail[] = [];
    if (typeof body.keyId !== "string")
      details.push({ code: "REQUIRED_VALUE", target: "keyId", message: "keyId is required" });
    if (typeof body.data !== "string")
      details.push({ code: "REQUIRED_VALUE", target: "data", message: "data (base64) is required" });
    if (details.length) throw invalid(details);
    const key = env.keys.get(body.keyId as string);
    if (!key)
      throw invalid([{ code: "INVALID_VALUE", target: "keyId", message: "No key with that id in the environment" }]);
    return { key, material: api.state.materialOf(env.id, key), data: Buffer.from(body.data as string, "base64") };
  };

  return [
    api.route("post", "/environments/:environmentId/encryptions", async ({ request, env }) => {
      const { key, material, data } = cryptoKey(env, await jsonBody(request));
      if (key.spec.algorithm !== "RSA") {
        throw invalid([{ code: "INVALID_VALUE", target: "keyId", message: "Only RSA keys can encrypt" }]);
      }
      const out = publicEncrypt(
        { key: material.publicKey, padding: rsa.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
        data,
      );
      return HttpResponse.json({ keyId: key.record.id, data: out.toString("base64") });
    }),
    api.route("post", "/environments/:environmentId/decryptions", async ({ request, env }) => {
      const { key, material, data } = cryptoKey(env, await jsonBody(request));
      try {
        const out = privateDecrypt(
          { key: material.privateKey, padding: rsa.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
          data,
        );
        return HttpResponse.json({ keyId: key.record.id, data: out.toString("base64") });
      } catch {
        throw invalid([
          { code: "INVALID_VALUE", target: "data", message: "The data could not be decrypted with this key" },
        ]);
      }
    }),
    api.route("post", "/environments/:environmentId/signings", async ({ request, env }) => {
      const { key, material, data } = cryptoKey(env, await jsonBody(request));
      const signature = sign(SIGNATURE_ALGORITHMS[key.spec.signatureAlgorithm].hash, data, material.privateKey);
      return HttpResponse.json({
        keyId: key.record.id,
        signatureAlgorithm: key.spec.signatureAlgorithm,
        signature: signature.toString("base64"),
      });
    }),
    api.route("post", "/environments/:environmentId/verifications", async ({ request, env }) => {
      const body = await jsonBody(request);
      const { key, material, data } = cryptoKey(env, body);
      if (typeof body.signature !== "string") {
        throw invalid([{ code: "REQUIRED_VALUE", target: "signature", message: "signature (base64) is required" }]);
      }
      const valid = verify(
        SIGNATURE_ALGORITHMS[key.spec.signatureAlgorithm].hash,
        data,
        material.publicKey,
        Buffer.from(body.signature, "base64"),
      );
      return HttpResponse.json({ keyId: key.record.id, valid });
    }),
  ];
}

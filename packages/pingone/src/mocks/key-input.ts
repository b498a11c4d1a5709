/** Key input the fake checks and turns into keys: generation requests (JSON) and PKCS#12 imports. */
import { createPublicKey } from "node:crypto";
import { parseDistinguishedName } from "@trustplane/testing";
import { HttpResponse } from "msw";
import type { Api, Ctx } from "./context.js";
import {
  certificateFacts,
  EC_CURVES,
  KeystoreError,
  openKeystore,
  RSA_LENGTHS,
  SIGNATURE_ALGORITHMS,
  type SignatureAlgorithmName,
} from "./pki.js";
import { Answer, type Detail, fileOf, formBody, invalid, jsonBody, usageTypeOf, validityDays } from "./requests.js";
import type { FakeCertificateRecord, FakeEnvironment } from "./state.js";

/** The attribute types of a DN (upper case), or none when it cannot be read. */
function attributeTypes(dn: string): string[] {
  try {
    return parseDistinguishedName(dn).flatMap((rdn) => rdn.map((a) => a.type));
  } catch {
    return [];
  }
}

/**
 * Checks a key generation request as PingOne does (every detail at once); returns the id of the
 * ISSUANCE key named by `issuerDN`, if any.
 */
export function validateGenerate(env: FakeEnvironment, body: Record<string, unknown>): string | undefined {
  const details: Detail[] = [];
  const required = ["name", "algorithm", "keyLength", "signatureAlgorithm", "subjectDN", "usageType", "validityPeriod"];
  for (const field of required) {
    if (body[field] === undefined || body[field] === null || body[field] === "") {
      details.push({ code: "REQUIRED_VALUE", target: field, message: `${field} is required` });
    }
  }
  if (details.length) throw invalid(details);
  const algorithm = body.algorithm;
  if (algorithm !== "RSA" && algorithm !== "EC") {
    details.push({ code: "INVALID_VALUE", target: "algorithm", message: "algorithm must be RSA or EC" });
  }
  const lengths = algorithm === "EC" ? Object.keys(EC_CURVES).map(Number) : RSA_LENGTHS;
  if (!lengths.includes(body.keyLength as number)) {
    details.push({
      code: "INVALID_VALUE",
      target: "keyLength",
      message: `keyLength must be one of ${lengths.join(", ")} for ${String(algorithm)}`,
      innerError: { allowedValues: lengths.map(String) },
    });
  }
  const sig = SIGNATURE_ALGORITHMS[body.signatureAlgorithm as SignatureAlgorithmName];
  if (!sig || sig.key !== (algorithm === "EC" ? "ec" : "rsa")) {
    details.push({
      code: "INVALID_VALUE",
      target: "signatureAlgorithm",
      message: "signatureAlgorithm must be one of the algorithms for the key type",
    });
  }
  const dn = String(body.subjectDN);
  const types = attributeTypes(dn);
  if (!types.includes("CN")) {
    details.push({ code: "INVALID_VALUE", target: "subjectDN", message: "subjectDN must contain a CN" });
  }
  if (!Number.isInteger(body.validityPeriod) || (body.validityPeriod as number) < 1) {
    details.push({
      code: "OUT_OF_RANGE",
      target: "validityPeriod",
      message: "validityPeriod must be a positive number of days",
      innerError: { rangeMinimumValue: 1 },
    });
  }
  if (body.customCRL !== undefined && !/^http:\/\/[a-zA-Z0-9./-]*$/.test(String(body.customCRL))) {
    details.push({
      code: "INVALID_VALUE",
      target: "customCRL",
      message: "customCRL must be a plain http:// URL",
      innerError: { allowedPattern: "^http:\\/\\/[a-zA-Z0-9.-\\/]*$" },
    });
  }
  try {
    usageTypeOf(body.usageType);
  } catch (error) {
    if (error instanceof Answer)
      details.push({ code: "INVALID_VALUE", target: "usageType", message: "usageType is not valid" });
  }
  let issuerKeyId: string | undefined;
  if (typeof body.issuerDN === "string" && body.issuerDN !== dn) {
    const issuer = [...env.keys.values()].find(
      (k) => k.record.usageType === "ISSUANCE" && k.record.subjectDN === body.issuerDN,
    );
    if (!issuer) {
      details.push({
        code: "INVALID_VALUE",
        target: "issuerDN",
        message: "No ISSUANCE key with that subject DN exists",
      });
    } else issuerKeyId = issuer.record.id;
  }
  if (details.length) throw invalid(details);
  return issuerKeyId;
}

/** `POST .../keys` with JSON: has the fake generate a key pair and its certificate. */
export async function generateKey(api: Api, { request, env }: Ctx): Promise<Response> {
  const body = await jsonBody(request);
  const issuerKeyId = validateGenerate(env, body);
  const stored = api.state.addKey(env.id, {
    name: String(body.name),
    algorithm: body.algorithm as "RSA" | "EC",
    keyLength: body.keyLength as number,
    signatureAlgorithm: body.signatureAlgorithm as SignatureAlgorithmName,
    subjectDN: String(body.subjectDN),
    usageType: body.usageType as FakeCertificateRecord["usageType"],
    validityPeriod: body.validityPeriod as number,
    default: body.default === true,
    ...(typeof body.serialNumber === "number" && { serialNumber: body.serialNumber }),
    ...(issuerKeyId && { issuerKeyId }),
    ...(typeof body.customCRL === "string" && { customCRL: body.customCRL }),
  });
  return HttpResponse.json(api.keyJson(env, stored.record), { status: 201 });
}

/** `POST .../keys` with multipart: imports a PKCS#12 keystore. */
export async function importKey(api: Api, { request, env }: Ctx): Promise<Response> {
  const form = await formBody(request);
  const bytes = await fileOf(form);
  const usageType = usageTypeOf(form.get("usageType"));
  const password = form.get("password");
  let opened: ReturnType<typeof openKeystore>;
  try {
    opened = openKeystore(bytes, typeof password === "string" && password !== "" ? password : undefined);
  } catch (error) {
    if (error instanceof KeystoreError)
      throw invalid([{ code: "INVALID_VALUE", target: "file", message: error.message }]);
    throw error;
  }
  const leaf = opened.certificates[0] as Uint8Array;
  const facts = certificateFacts(leaf);
  const stored = api.state.addKey(env.id, {
    name: facts.subjectDN,
    usageType,
    subjectDN: facts.subjectDN,
    issuerDN: facts.issuerDN,
    serialNumber: facts.serialNumber,
    startsAt: new Date(facts.startsAt),
    ...(facts.algorithm !== "UNKNOWN" && { algorithm: facts.algorithm }),
    ...(facts.keyLength && { keyLength: facts.keyLength }),
    ...(facts.signatureAlgorithm && { signatureAlgorithm: facts.signatureAlgorithm }),
  });
  Object.assign(stored.record, {
    expiresAt: facts.expiresAt,
    validityPeriod: validityDays(facts.startsAt, facts.expiresAt),
  });
  stored.material = {
    privateKey: opened.privateKey,
    publicKey: createPublicKey(opened.privateKey),
    chain: opened.certificates,
  };
  return HttpResponse.json(api.keyJson(env, stored.record), { status: 201 });
}

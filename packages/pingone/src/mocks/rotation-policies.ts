/** Key rotation policies: create, list, read, replace, delete. */
import { randomUUID } from "node:crypto";
import { type HttpHandler, HttpResponse } from "msw";
import type { Api } from "./context.js";
import { RSA_LENGTHS } from "./pki.js";
import { type Detail, invalid, jsonBody, notFound } from "./requests.js";
import type { FakeEnvironment, FakeKeyRotationPolicyRecord } from "./state.js";

const POLICY_ATTRIBUTES = [
  "id",
  "name",
  "algorithm",
  "keyLength",
  "rotationPeriod",
  "validityPeriod",
  "usageType",
  "dn",
];

/** The key rotation policy routes of one fake. */
export function rotationPolicyHandlers(api: Api): HttpHandler[] {
  // ---- key rotation policies ---------------------------------------------------------------

  const validatePolicy = (env: FakeEnvironment, body: Record<string, unknown>, selfId?: string) => {
    const details: Detail[] = [];
    for (const field of ["name", "algorithm", "keyLength", "signatureAlgorithm", "usageType", "dn"]) {
      if (body[field] === undefined || body[field] === null || body[field] === "") {
        details.push({ code: "REQUIRED_VALUE", target: field, message: `${field} is required` });
      }
    }
    if (details.length) throw invalid(details);
    if (body.algorithm !== "RSA")
      details.push({ code: "INVALID_VALUE", target: "algorithm", message: "algorithm must be RSA" });
    if (body.signatureAlgorithm !== "SHA256withRSA") {
      details.push({
        code: "INVALID_VALUE",
        target: "signatureAlgorithm",
        message: "signatureAlgorithm must be SHA256withRSA",
      });
    }
    if (body.usageType !== "SIGNING")
      details.push({ code: "INVALID_VALUE", target: "usageType", message: "usageType must be SIGNING" });
    if (!RSA_LENGTHS.includes(body.keyLength as number)) {
      details.push({
        code: "INVALID_VALUE",
        target: "keyLength",
        message: `keyLength must be one of ${RSA_LENGTHS.join(", ")}`,
      });
    }
    const rotation = body.rotationPeriod ?? 90;
    if (!Number.isInteger(rotation) || (rotation as number) < 30) {
      details.push({
        code: "OUT_OF_RANGE",
        target: "rotationPeriod",
        message: "rotationPeriod must be at least 30 days",
        innerError: { rangeMinimumValue: 30 },
      });
    }
    const validity = body.validityPeriod ?? 365;
    if (!Number.isInteger(validity) || (validity as number) < 1) {
      details.push({
        code: "OUT_OF_RANGE",
        target: "validityPeriod",
        message: "validityPeriod must be >= 1",
        innerError: { rangeMinimumValue: 1 },
      });
    }
    const duplicate = [...env.keyRotationPolicies.values()].find((p) => p.name === body.name && p.id !== selfId);
    if (duplicate)
      details.push({
        code: "UNIQUENESS_VIOLATION",
        target: "name",
        message: "A key rotation policy with this name exists",
      });
    if (details.length) throw invalid(details);
    return {
      name: String(body.name),
      algorithm: "RSA" as const,
      keyLength: body.keyLength as number,
      signatureAlgorithm: "SHA256withRSA" as const,
      usageType: "SIGNING" as const,
      dn: String(body.dn),
      rotationPeriod: rotation as number,
      validityPeriod: validity as number,
    };
  };

  const findPolicy = (env: FakeEnvironment, id: string) => {
    const policy = env.keyRotationPolicies.get(id);
    if (!policy) throw notFound("The key rotation policy");
    return policy;
  };

  return [
    api.route("get", "/environments/:environmentId/keyRotationPolicies", ({ request, env }) =>
      api.halPage(
        request,
        `/environments/${env.id}/keyRotationPolicies`,
        "keyRotationPolicies",
        [...env.keyRotationPolicies.values()].map((p) => api.policyJson(env, p)),
        POLICY_ATTRIBUTES,
        { filterable: false },
      ),
    ),
    api.route("post", "/environments/:environmentId/keyRotationPolicies", async ({ request, env }) => {
      const fields = validatePolicy(env, await jsonBody(request));
      const record: FakeKeyRotationPolicyRecord = {
        id: randomUUID(),
        ...fields,
        currentKeyId: randomUUID(),
        nextKeyId: randomUUID(),
        rotatedAt: new Date().toISOString(),
        environment: { id: env.id },
      };
      env.keyRotationPolicies.set(record.id as string, record);
      return HttpResponse.json(api.policyJson(env, record), { status: 201 });
    }),
    api.route("get", "/environments/:environmentId/keyRotationPolicies/:policyId", ({ env, params }) =>
      HttpResponse.json(api.policyJson(env, findPolicy(env, params.policyId as string))),
    ),
    api.route("put", "/environments/:environmentId/keyRotationPolicies/:policyId", async ({ request, env, params }) => {
      const policy = findPolicy(env, params.policyId as string);
      Object.assign(policy, validatePolicy(env, await jsonBody(request), policy.id));
      return HttpResponse.json(api.policyJson(env, policy));
    }),
    api.route("delete", "/environments/:environmentId/keyRotationPolicies/:policyId", ({ env, params }) => {
      findPolicy(env, params.policyId as string);
      env.keyRotationPolicies.delete(params.policyId as string);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/pingone/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

import type { OperationInfo } from "@trustplane/core";

/** Every operation of the PingOne Platform certificates and keys spec, keyed by operationId. */
export const operationTable = {
  "createCertificate": {"method":"POST","path":"/environments/{environmentId}/certificates","tags":["Certificates"]},
  "createKey": {"method":"POST","path":"/environments/{environmentId}/keys","tags":["Keys"]},
  "createKeyRotationPolicy": {"method":"POST","path":"/environments/{environmentId}/keyRotationPolicies","tags":["Key Rotation Policies"]},
  "createOrganizationKey": {"method":"POST","path":"/organizations/{organizationId}/keys","tags":["Keys"],"deprecated":true},
  "decryptWithKey": {"method":"POST","path":"/environments/{environmentId}/decryptions","tags":["Cryptography"],"idempotent":true},
  "deleteCertificate": {"method":"DELETE","path":"/environments/{environmentId}/certificates/{certificateId}","tags":["Certificates"]},
  "deleteKey": {"method":"DELETE","path":"/environments/{environmentId}/keys/{keyId}","tags":["Keys"]},
  "deleteKeyRotationPolicy": {"method":"DELETE","path":"/environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}","tags":["Key Rotation Policies"]},
  "encryptWithKey": {"method":"POST","path":"/environments/{environmentId}/encryptions","tags":["Cryptography"],"idempotent":true},
  "exportKeyCsr": {"method":"GET","path":"/environments/{environmentId}/keys/{keyId}/csr","tags":["Keys"]},
  "getCertificate": {"method":"GET","path":"/environments/{environmentId}/certificates/{certificateId}","tags":["Certificates"]},
  "getEnvironmentJwks": {"method":"GET","path":"/environments/{environmentId}/jwks","tags":["Keys"],"deprecated":true,"pagination":{"style":"none","items":"keys"}},
  "getKey": {"method":"GET","path":"/environments/{environmentId}/keys/{keyId}","tags":["Keys"]},
  "getKeyRotationPolicy": {"method":"GET","path":"/environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}","tags":["Key Rotation Policies"]},
  "importKeyCsrResponse": {"method":"POST","path":"/environments/{environmentId}/keys/{keyId}/csr","tags":["Keys"]},
  "listCertificateApplications": {"method":"GET","path":"/environments/{environmentId}/certificates/{certificateId}/applications","tags":["Certificates"],"pagination":{"style":"hal-next","items":"_embedded.applications","limitParam":"limit","nextField":"_links.next.href"}},
  "listCertificates": {"method":"GET","path":"/environments/{environmentId}/certificates","tags":["Certificates"],"pagination":{"style":"hal-next","items":"_embedded.certificates","limitParam":"limit","nextField":"_links.next.href"}},
  "listKeyApplications": {"method":"GET","path":"/environments/{environmentId}/keys/{keyId}/applications","tags":["Keys"],"pagination":{"style":"hal-next","items":"_embedded.applications","limitParam":"limit","nextField":"_links.next.href"}},
  "listKeyRotationPolicies": {"method":"GET","path":"/environments/{environmentId}/keyRotationPolicies","tags":["Key Rotation Policies"],"pagination":{"style":"hal-next","items":"_embedded.keyRotationPolicies","limitParam":"limit","nextField":"_links.next.href"}},
  "listKeys": {"method":"GET","path":"/environments/{environmentId}/keys","tags":["Keys"],"pagination":{"style":"hal-next","items":"_embedded.keys","limitParam":"limit","nextField":"_links.next.href"}},
  "signWithKey": {"method":"POST","path":"/environments/{environmentId}/signings","tags":["Cryptography"],"idempotent":true},
  "updateKey": {"method":"PUT","path":"/environments/{environmentId}/keys/{keyId}","tags":["Keys"]},
  "updateKeyRotationPolicy": {"method":"PUT","path":"/environments/{environmentId}/keyRotationPolicies/{keyRotationPolicyId}","tags":["Key Rotation Policies"]},
  "verifyWithKey": {"method":"POST","path":"/environments/{environmentId}/verifications","tags":["Cryptography"],"idempotent":true},
} as const satisfies Record<string, OperationInfo>;

/** operationIds of the PingOne Platform certificates and keys spec. */
export type OperationId = keyof typeof operationTable;

/** Field names the spec marks as secrets (x-trustplane-secret); masked in logs. */
export const secretFields: readonly string[] = ["password"];

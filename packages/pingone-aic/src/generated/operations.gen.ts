/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/pingone-aic/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

import type { OperationInfo } from "@trustplane/core";

/** Every operation of the PingOne Advanced Identity Cloud spec, keyed by operationId. */
export const operationTable = {
  "actionSecret": {"method":"POST","path":"/environment/secrets/{secretId}","tags":["Secrets"],"idempotent":true},
  "actionVariable": {"method":"POST","path":"/environment/variables/{variableId}","tags":["Variables"],"idempotent":true},
  "changeSecretVersion": {"method":"POST","path":"/environment/secrets/{secretId}/versions/{versionId}","tags":["Secrets"],"idempotent":true},
  "createCertificate": {"method":"POST","path":"/environment/certificates","tags":["Certificates"]},
  "createCertificateSigningRequest": {"method":"POST","path":"/environment/csrs","tags":["CSRs"]},
  "createSecret": {"method":"PUT","path":"/environment/secrets/{secretId}","tags":["Secrets"],"idempotent":false},
  "createSecretVersion": {"method":"POST","path":"/environment/secrets/{secretId}/versions","tags":["Secrets"]},
  "createVariables": {"method":"PUT","path":"/environment/variables/{variableId}","tags":["Variables"]},
  "deleteCertificateByID": {"method":"DELETE","path":"/environment/certificates/{id}","tags":["Certificates"]},
  "deleteCertificateSigningRequestById": {"method":"DELETE","path":"/environment/csrs/{id}","tags":["CSRs"]},
  "deleteSecret": {"method":"DELETE","path":"/environment/secrets/{secretId}","tags":["Secrets"]},
  "deleteSecretVersion": {"method":"DELETE","path":"/environment/secrets/{secretId}/versions/{versionId}","tags":["Secrets"]},
  "deleteVariable": {"method":"DELETE","path":"/environment/variables/{variableId}","tags":["Variables"]},
  "getAllSecrets": {"method":"GET","path":"/environment/secrets","tags":["Secrets"],"pagination":{"style":"cursor-cookie","items":"result","pageSizeParam":"_pageSize","cookieParam":"_pagedResultsCookie","cookieField":"pagedResultsCookie","maxPageSize":100}},
  "getAllVariables": {"method":"GET","path":"/environment/variables","tags":["Variables"],"pagination":{"style":"cursor-cookie","items":"result","pageSizeParam":"_pageSize","cookieParam":"_pagedResultsCookie","cookieField":"pagedResultsCookie","maxPageSize":100}},
  "getCertificateByID": {"method":"GET","path":"/environment/certificates/{id}","tags":["Certificates"]},
  "getCertificates": {"method":"GET","path":"/environment/certificates","tags":["Certificates"],"pagination":{"style":"none","items":""}},
  "getCertificateSigningRequestById": {"method":"GET","path":"/environment/csrs/{id}","tags":["CSRs"]},
  "getCertificateSigningRequests": {"method":"GET","path":"/environment/csrs","tags":["CSRs"],"pagination":{"style":"none","items":""}},
  "getCookieDomains": {"method":"GET","path":"/environment/cookie-domains","tags":["Cookie Domains"]},
  "getCount": {"method":"GET","path":"/environment/count","tags":["Count"]},
  "getCustomDomains": {"method":"GET","path":"/environment/custom-domains/{realm}","tags":["Custom Domains"]},
  "getEnforcedContentSecurityPolicy": {"method":"GET","path":"/environment/content-security-policy/enforced","tags":["Content Security Policy"]},
  "getEnforcement": {"method":"GET","path":"/environment/federation/enforcement","tags":["Federation Enforcement"]},
  "getLastReport": {"method":"GET","path":"/environment/promotion/report","tags":["Promotion"]},
  "getLockState": {"method":"GET","path":"/environment/promotion/lock/state","tags":["Promotion"]},
  "getPromotionStatus": {"method":"GET","path":"/environment/promotion/promote","tags":["Promotion"]},
  "getProvisionalReport": {"method":"GET","path":"/environment/promotion/report/provisional","tags":["Promotion"]},
  "getProvisionalRollbackReport": {"method":"GET","path":"/environment/promotion/report/provisional-rollback","tags":["Promotion"]},
  "getReleaseInfo": {"method":"GET","path":"/environment/release","tags":["Release"]},
  "getReport": {"method":"GET","path":"/environment/promotion/report/{reportId}","tags":["Promotion"]},
  "getReportList": {"method":"GET","path":"/environment/promotion/reports","tags":["Promotion"],"pagination":{"style":"none","items":""}},
  "getReportOnlyContentSecurityPolicy": {"method":"GET","path":"/environment/content-security-policy/report-only","tags":["Content Security Policy"]},
  "getRestartStatus": {"method":"GET","path":"/environment/startup","tags":["Restart"]},
  "getSecret": {"method":"GET","path":"/environment/secrets/{secretId}","tags":["Secrets"]},
  "getSecretVersion": {"method":"GET","path":"/environment/secrets/{secretId}/versions/{versionId}","tags":["Secrets"]},
  "getSecretVersions": {"method":"GET","path":"/environment/secrets/{secretId}/versions","tags":["Secrets"],"pagination":{"style":"none","items":""}},
  "getSSOCookie": {"method":"GET","path":"/environment/sso-cookie","tags":["SSO Cookie"]},
  "getVariable": {"method":"GET","path":"/environment/variables/{variableId}","tags":["Variables"]},
  "lockPromotion": {"method":"POST","path":"/environment/promotion/lock","tags":["Promotion"],"longRunning":{"poll":"getLockState","until":"result == locked"}},
  "resetSSOCookie": {"method":"POST","path":"/environment/sso-cookie","tags":["SSO Cookie"],"idempotent":true},
  "restart": {"method":"POST","path":"/environment/startup","tags":["Restart"],"longRunning":{"poll":"getRestartStatus","until":"restartStatus == ready"}},
  "rollback": {"method":"POST","path":"/environment/promotion/rollback","tags":["Promotion"],"longRunning":{"poll":"getPromotionStatus","until":"status == READY with type == rollback once the run has started; blockingError == true means it failed"}},
  "setCookieDomains": {"method":"PUT","path":"/environment/cookie-domains","tags":["Cookie Domains"]},
  "setCustomDomains": {"method":"PUT","path":"/environment/custom-domains/{realm}","tags":["Custom Domains"]},
  "setEnforcedContentSecurityPolicy": {"method":"PUT","path":"/environment/content-security-policy/enforced","tags":["Content Security Policy"]},
  "setEnforcement": {"method":"PUT","path":"/environment/federation/enforcement","tags":["Federation Enforcement"]},
  "setReportOnlyContentSecurityPolicy": {"method":"PUT","path":"/environment/content-security-policy/report-only","tags":["Content Security Policy"]},
  "setSSOCookie": {"method":"PUT","path":"/environment/sso-cookie","tags":["SSO Cookie"]},
  "startPromotion": {"method":"POST","path":"/environment/promotion/promote","tags":["Promotion"],"longRunning":{"poll":"getPromotionStatus","until":"status == READY for the lock's promotionId once the run has started; blockingError == true means it failed"}},
  "unlockPromotion": {"method":"DELETE","path":"/environment/promotion/lock/{promotionId}","tags":["Promotion"],"longRunning":{"poll":"getLockState","until":"result == unlocked"}},
  "updateCertificateByID": {"method":"PATCH","path":"/environment/certificates/{id}","tags":["Certificates"],"idempotent":true},
  "updateCertificateSigningRequestById": {"method":"PATCH","path":"/environment/csrs/{id}","tags":["CSRs"]},
  "verifyCustomDomains": {"method":"POST","path":"/environment/custom-domains","tags":["Custom Domains"],"idempotent":true},
} as const satisfies Record<string, OperationInfo>;

/** operationIds of the PingOne Advanced Identity Cloud spec. */
export type OperationId = keyof typeof operationTable;

/** Field names the spec marks as secrets (x-trustplane-secret); masked in logs. */
export const secretFields: readonly string[] = ["privateKey","valueBase64"];

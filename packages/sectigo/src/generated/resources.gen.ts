/**
 * GENERATED FILE: DO NOT EDIT.
 * Source: specs/sectigo/openapi.yaml. Regenerate with `pnpm gen`; CI fails when this file drifts from the spec.
 */
/* biome-ignore-all lint: generated code */

import {
  type ApiPromise,
  type CallOptions,
  type HeaderParams,
  type ItemOf,
  type OperationBinding,
  type OperationPagingOptions,
  type PageHook,
  type Paged,
  type PathParams,
  type QueryParams,
  type RequestBodyOf,
  Resource,
  type ResourceContext,
  type SuccessBody,
  schemaModule,
  type UnwrappedBody,
} from "@trustplane/core";
import type { operations } from "./openapi.gen.js";

/** Each operation's input schema, from ./schemas.gen.js, imported when an input is first checked. */
const s = schemaModule(() => import("./schemas.gen.js"));

/** How each operation's input object maps onto its request, and the input's JSON Schema. */
export const bindings: Readonly<Record<string, OperationBinding>> = {
  activateDomain: { path: ["domainId"], schema: s("activateDomain") },
  addAcmeAccountDomains: { path: ["acmeAccountId"], body: "flat", schema: s("addAcmeAccountDomains") },
  addAcmeAccountDomainsV1: { path: ["acmeAccountId"], body: "flat", schema: s("addAcmeAccountDomainsV1") },
  approveBimiCertificate: { path: ["certId"], body: "flat", schema: s("approveBimiCertificate") },
  approveCodeSigningRequest: { body: "flat", schema: s("approveCodeSigningRequest") },
  approveDeviceCertificate: { path: ["certId"], body: "flat", schema: s("approveDeviceCertificate") },
  approveDomainDelegation: { path: ["domainId"], body: "flat", schema: s("approveDomainDelegation") },
  approveSslCertificate: { path: ["sslId"], body: "flat", schema: s("approveSslCertificate") },
  approveSslCertificateV2: { path: ["sslId"], body: "flat", schema: s("approveSslCertificateV2") },
  assignDiscoveryBucketCertificates: { path: ["bucketId"], body: "flat", schema: s("assignDiscoveryBucketCertificates") },
  changeAdminPassword: { header: ["password"], body: "flat", schema: s("changeAdminPassword") },
  changeOrganizationValidator: { path: ["orgId","validationId"], body: "flat", schema: s("changeOrganizationValidator") },
  checkAzureAccount: { path: ["azureAccountId"], query: ["dateFormat"], schema: s("checkAzureAccount") },
  clearDomainValidation: { body: "flat", schema: s("clearDomainValidation") },
  clearDomainValidationV2: { body: "flat", schema: s("clearDomainValidationV2") },
  collectBimiCertificate: { path: ["certId"], query: ["format"], accept: "application/octet-stream", parseAs: "bytes", schema: s("collectBimiCertificate") },
  collectDeviceCertificate: { path: ["certId"], query: ["format"], accept: "application/octet-stream", parseAs: "bytes", schema: s("collectDeviceCertificate") },
  collectSmimeCertificate: { path: ["certId"], query: ["format"], accept: "application/octet-stream", parseAs: "bytes", schema: s("collectSmimeCertificate") },
  collectSmimeCertificateByBackendId: { path: ["backendCertId"], query: ["format"], accept: "application/octet-stream", parseAs: "bytes", schema: s("collectSmimeCertificateByBackendId") },
  collectSslCertificate: { path: ["sslId"], query: ["format"], accept: "application/octet-stream", parseAs: "bytes", schema: s("collectSslCertificate") },
  collectSslCertificateV2: { path: ["sslId"], query: ["format"], accept: "application/octet-stream", parseAs: "bytes", schema: s("collectSslCertificateV2") },
  countAssignmentRules: { query: ["dateFormat"], schema: s("countAssignmentRules") },
  countCodeSigningRequests: { query: ["dateFormat"], schema: s("countCodeSigningRequests") },
  countDeveloperCodeSigningRequests: { query: ["dateFormat"], schema: s("countDeveloperCodeSigningRequests") },
  countDeviceCertificates: { query: ["commonName","email","status","certTypeId","backendCertId","orgId","serialNumber","signatureAlgorithm","keyAlgorithm","keyParam","keyUsage","extendedKeyUsage"], schema: s("countDeviceCertificates") },
  countDomains: { query: ["name","state","status","orgId","size","position","dateFormat"], schema: s("countDomains") },
  countSmimeCertificates: { query: ["keyVault","state","certTypeId","personId","backendCertId","serialNumber","signatureAlgorithm","keyAlgorithm","keyParam","keyUsage","extendedKeyUsage","email"], schema: s("countSmimeCertificates") },
  countSslCertificates: { query: ["commonName","subjectAlternativeName","status","sslTypeId","discoveryStatus","vendor","orgId","installStatus","renewalStatus","issuer","serialNumber","requester","externalRequester","signatureAlgorithm","keyAlgorithm","keySize","keyParam","sha1Hash","md5Hash","sha256Hash","keyUsage","extendedKeyUsage","requestedVia"], schema: s("countSslCertificates") },
  createAcmeAccount: { body: "flat", schema: s("createAcmeAccount") },
  createAcmeAccountV1: { body: "flat", schema: s("createAcmeAccountV1") },
  createAdScanTask: { body: "flat", schema: s("createAdScanTask") },
  createAdScanTaskV2: { body: "flat", schema: s("createAdScanTaskV2") },
  createAdScanTaskV3: { body: "flat", schema: s("createAdScanTaskV3") },
  createAdmin: { body: "flat", schema: s("createAdmin") },
  createAssignmentRule: { body: "flat", schema: s("createAssignmentRule") },
  createAzureAccount: { body: "flat", schema: s("createAzureAccount") },
  createAzureScanTask: { body: "flat", schema: s("createAzureScanTask") },
  createCodeSigningRequest: { body: "flat", schema: s("createCodeSigningRequest") },
  createCustomField: { body: "flat", schema: s("createCustomField") },
  createCustomFieldV1: { body: "flat", schema: s("createCustomFieldV1") },
  createDeviceCertificateLocation: { path: ["certId"], body: "flat", schema: s("createDeviceCertificateLocation") },
  createDiscoveryBucket: { body: "flat", schema: s("createDiscoveryBucket") },
  createDomain: { body: "flat", schema: s("createDomain") },
  createEndpointAccount: { path: ["endpointId"], body: "field", schema: s("createEndpointAccount") },
  createEnrollmentEndpoint: { body: "flat", schema: s("createEnrollmentEndpoint") },
  createExternalValidationAssignment: { path: ["orgId"], body: "flat", schema: s("createExternalValidationAssignment") },
  createIdpTemplate: { body: "flat", schema: s("createIdpTemplate") },
  createMsAgent: { body: "flat", schema: s("createMsAgent") },
  createNetworkAgent: { body: "flat", schema: s("createNetworkAgent") },
  createNetworkAgentServer: { path: ["agentId"], body: "flat", schema: s("createNetworkAgentServer") },
  createNetworkScanTask: { body: "flat", schema: s("createNetworkScanTask") },
  createNetworkScanTaskV2: { body: "flat", schema: s("createNetworkScanTaskV2") },
  createNetworkScanTaskV3: { body: "flat", schema: s("createNetworkScanTaskV3") },
  createNotification: { body: "flat", schema: s("createNotification") },
  createOrganization: { body: "flat", schema: s("createOrganization") },
  createPerson: { body: "flat", schema: s("createPerson") },
  createPersonV2: { body: "flat", schema: s("createPersonV2") },
  createSmimeCertificateLocation: { path: ["certId"], body: "flat", schema: s("createSmimeCertificateLocation") },
  createSslCertificateLocation: { path: ["sslId"], body: "flat", schema: s("createSslCertificateLocation") },
  createSslCertificateLocationV2: { path: ["sslId"], body: "flat", schema: s("createSslCertificateLocationV2") },
  createSslKeystoreDownloadLink: { path: ["sslId","format"], body: "flat", schema: s("createSslKeystoreDownloadLink") },
  createSslKeystoreDownloadLinkV2: { path: ["sslId","format"], body: "flat", schema: s("createSslKeystoreDownloadLinkV2") },
  createUniversalAcmeAccount: { body: "flat", schema: s("createUniversalAcmeAccount") },
  deactivateAcmeAccountClient: { path: ["acmeAccountId","accountId"], schema: s("deactivateAcmeAccountClient") },
  deactivateUniversalAcmeAccountClient: { path: ["acmeAccountId","accountId"], schema: s("deactivateUniversalAcmeAccountClient") },
  declineCodeSigningRequest: { body: "flat", schema: s("declineCodeSigningRequest") },
  declineDeviceCertificate: { path: ["certId"], body: "flat", schema: s("declineDeviceCertificate") },
  declineSslCertificate: { path: ["sslId"], body: "flat", schema: s("declineSslCertificate") },
  declineSslCertificateV2: { path: ["sslId"], body: "flat", schema: s("declineSslCertificateV2") },
  delegateAzureAccount: { path: ["azureAccountId"], body: "flat", schema: s("delegateAzureAccount") },
  delegateDiscoveryBucket: { path: ["bucketId"], body: "flat", schema: s("delegateDiscoveryBucket") },
  delegateDomain: { path: ["domainId"], body: "flat", schema: s("delegateDomain") },
  delegateDomains: { body: "flat", schema: s("delegateDomains") },
  delegateEnrollmentEndpoint: { path: ["endpointId"], body: "field", schema: s("delegateEnrollmentEndpoint") },
  deleteAcmeAccount: { path: ["acmeAccountId"], schema: s("deleteAcmeAccount") },
  deleteAcmeAccountV1: { path: ["acmeAccountId"], schema: s("deleteAcmeAccountV1") },
  deleteAdScanTask: { path: ["taskId"], schema: s("deleteAdScanTask") },
  deleteAdScanTaskV2: { path: ["taskId"], schema: s("deleteAdScanTaskV2") },
  deleteAdScanTaskV4: { path: ["taskId"], schema: s("deleteAdScanTaskV4") },
  deleteAdmin: { path: ["adminId"], query: ["replacingRequesterId"], schema: s("deleteAdmin") },
  deleteAssignmentRule: { path: ["ruleId"], schema: s("deleteAssignmentRule") },
  deleteAzureAccount: { path: ["azureAccountId"], schema: s("deleteAzureAccount") },
  deleteAzureScanTask: { path: ["taskId"], schema: s("deleteAzureScanTask") },
  deleteCustomField: { path: ["customFieldId"], schema: s("deleteCustomField") },
  deleteCustomFieldV1: { path: ["customFieldId"], schema: s("deleteCustomFieldV1") },
  deleteDeviceCertificate: { path: ["certId"], schema: s("deleteDeviceCertificate") },
  deleteDeviceCertificateLocation: { path: ["certId","locationId"], schema: s("deleteDeviceCertificateLocation") },
  deleteDiscoveryBucket: { path: ["bucketId"], schema: s("deleteDiscoveryBucket") },
  deleteDomain: { path: ["domainId"], schema: s("deleteDomain") },
  deleteDomainValidation: { body: "flat", schema: s("deleteDomainValidation") },
  deleteDomainValidationV2: { body: "flat", schema: s("deleteDomainValidationV2") },
  deleteEndpointAccount: { path: ["endpointId","accountId"], schema: s("deleteEndpointAccount") },
  deleteEnrollmentEndpoint: { path: ["endpointId"], schema: s("deleteEnrollmentEndpoint") },
  deleteIdpTemplate: { path: ["templateId"], query: ["relatedAdminsAction","replacingRequesterId"], schema: s("deleteIdpTemplate") },
  deleteMsAgent: { path: ["agentId"], schema: s("deleteMsAgent") },
  deleteNetworkAgent: { path: ["agentId"], schema: s("deleteNetworkAgent") },
  deleteNetworkAgentServer: { path: ["agentId","serverId"], schema: s("deleteNetworkAgentServer") },
  deleteNetworkScanTask: { path: ["taskId"], schema: s("deleteNetworkScanTask") },
  deleteNetworkScanTaskV2: { path: ["taskId"], schema: s("deleteNetworkScanTaskV2") },
  deleteNetworkScanTaskV4: { path: ["taskId"], schema: s("deleteNetworkScanTaskV4") },
  deleteNotification: { path: ["notificationId"], schema: s("deleteNotification") },
  deleteOrganization: { path: ["orgId"], schema: s("deleteOrganization") },
  deletePerson: { path: ["personId"], schema: s("deletePerson") },
  deletePersonV1: { path: ["personId"], schema: s("deletePersonV1") },
  deleteSmimeCertificate: { path: ["certId"], schema: s("deleteSmimeCertificate") },
  deleteSmimeCertificateLocation: { path: ["certId","locationId"], schema: s("deleteSmimeCertificateLocation") },
  deleteSmimeCertificateV2: { path: ["certId"], schema: s("deleteSmimeCertificateV2") },
  deleteSslCertificate: { path: ["sslId"], schema: s("deleteSslCertificate") },
  deleteSslCertificateLocation: { path: ["sslId","locationId"], schema: s("deleteSslCertificateLocation") },
  deleteSslCertificateLocationV2: { path: ["sslId","locationId"], schema: s("deleteSslCertificateLocationV2") },
  deleteSslCertificateV2: { path: ["sslId"], schema: s("deleteSslCertificateV2") },
  deleteUniversalAcmeAccount: { path: ["acmeAccountId"], schema: s("deleteUniversalAcmeAccount") },
  downloadSmimeCertificateKeystore: { path: ["certId"], body: "flat", accept: "application/octet-stream", parseAs: "bytes", schema: s("downloadSmimeCertificateKeystore") },
  downloadSmimeCertificateKeystoreV2: { path: ["certId"], body: "flat", accept: "application/octet-stream", parseAs: "bytes", schema: s("downloadSmimeCertificateKeystoreV2") },
  enrollBimiCertificate: { body: "flat", schema: s("enrollBimiCertificate") },
  enrollDeviceCertificate: { body: "flat", schema: s("enrollDeviceCertificate") },
  enrollSmimeCertificate: { body: "flat", schema: s("enrollSmimeCertificate") },
  enrollSmimeCertificateV2: { body: "flat", schema: s("enrollSmimeCertificateV2") },
  enrollSslCertificate: { body: "flat", schema: s("enrollSslCertificate") },
  enrollSslCertificateV2: { body: "flat", schema: s("enrollSslCertificateV2") },
  enrollSslCertificateWithKeyGeneration: { body: "flat", schema: s("enrollSslCertificateWithKeyGeneration") },
  enrollSslCertificateWithKeyGenerationV2: { body: "flat", schema: s("enrollSslCertificateWithKeyGenerationV2") },
  getAcmeAccount: { path: ["acmeAccountId"], query: ["dateFormat"], schema: s("getAcmeAccount") },
  getAcmeAccountV1: { path: ["acmeAccountId"], query: ["dateFormat"], schema: s("getAcmeAccountV1") },
  getActivityReport: { query: ["output_type"], body: "flat", schema: s("getActivityReport") },
  getAdScanTask: { path: ["taskId"], query: ["dateFormat"], schema: s("getAdScanTask") },
  getAdScanTaskV2: { path: ["taskId"], query: ["dateFormat"], schema: s("getAdScanTaskV2") },
  getAdScanTaskV3: { path: ["taskId"], query: ["dateFormat"], schema: s("getAdScanTaskV3") },
  getAdmin: { path: ["adminId"], query: ["dateFormat"], schema: s("getAdmin") },
  getAdminPasswordState: { query: ["dateFormat"], schema: s("getAdminPasswordState") },
  getAssignmentRule: { path: ["ruleId"], query: ["dateFormat"], schema: s("getAssignmentRule") },
  getAzureAccount: { path: ["azureAccountId"], query: ["dateFormat"], schema: s("getAzureAccount") },
  getAzureScanTask: { path: ["taskId"], query: ["dateFormat"], schema: s("getAzureScanTask") },
  getBimiCertificate: { path: ["certId"], query: ["dateFormat"], schema: s("getBimiCertificate") },
  getBimiCertificateDcv: { path: ["certId"], query: ["dateFormat"], schema: s("getBimiCertificateDcv") },
  getBimiCertificatesReport: { query: ["output_type"], body: "flat", schema: s("getBimiCertificatesReport") },
  getCodeSigningRequest: { path: ["id"], query: ["dateFormat"], schema: s("getCodeSigningRequest") },
  getCustomField: { path: ["customFieldId"], query: ["dateFormat"], schema: s("getCustomField") },
  getDeveloperCodeSigningRequest: { path: ["id"], query: ["dateFormat"], schema: s("getDeveloperCodeSigningRequest") },
  getDeviceCertificate: { path: ["certId"], query: ["dateFormat"], schema: s("getDeviceCertificate") },
  getDeviceCertificateLocation: { path: ["certId","locationId"], query: ["dateFormat"], schema: s("getDeviceCertificateLocation") },
  getDeviceCertificatesReport: { query: ["output_type"], body: "flat", schema: s("getDeviceCertificatesReport") },
  getDiscoveryBucket: { path: ["bucketId"], query: ["dateFormat"], schema: s("getDiscoveryBucket") },
  getDiscoveryOperationResult: { path: ["taskType","taskId","operationId"], query: ["dateFormat"], schema: s("getDiscoveryOperationResult") },
  getDnsConnector: { path: ["connectorId"], query: ["dateFormat"], schema: s("getDnsConnector") },
  getDomain: { path: ["domainId"], query: ["dateFormat"], schema: s("getDomain") },
  getDomainValidationStatus: { body: "flat", schema: s("getDomainValidationStatus") },
  getDomainValidationStatusV1: { body: "flat", schema: s("getDomainValidationStatusV1") },
  getDomainsReport: { query: ["output_type"], schema: s("getDomainsReport") },
  getEndpointAccount: { path: ["endpointId","accountId"], query: ["dateFormat"], schema: s("getEndpointAccount") },
  getEnrollmentEndpoint: { path: ["endpointId"], query: ["dateFormat"], schema: s("getEnrollmentEndpoint") },
  getEnrollmentEndpointConfig: { path: ["id"], query: ["dateFormat"], schema: s("getEnrollmentEndpointConfig") },
  getEnrollmentProfile: { path: ["profileId"], query: ["dateFormat"], schema: s("getEnrollmentProfile") },
  getIdpTemplate: { path: ["templateId"], query: ["dateFormat"], schema: s("getIdpTemplate") },
  getMsAgent: { path: ["agentId"], query: ["dateFormat"], schema: s("getMsAgent") },
  getNetworkAgent: { path: ["agentId"], query: ["dateFormat"], schema: s("getNetworkAgent") },
  getNetworkAgentServer: { path: ["agentId","serverId"], query: ["dateFormat"], schema: s("getNetworkAgentServer") },
  getNetworkAgentServerNode: { path: ["agentId","serverId","nodeId"], query: ["dateFormat"], schema: s("getNetworkAgentServerNode") },
  getNetworkScanTask: { path: ["taskId"], query: ["dateFormat"], schema: s("getNetworkScanTask") },
  getNetworkScanTaskV2: { path: ["taskId"], query: ["dateFormat"], schema: s("getNetworkScanTaskV2") },
  getNetworkScanTaskV3: { path: ["taskId"], query: ["dateFormat"], schema: s("getNetworkScanTaskV3") },
  getOrganization: { path: ["orgId"], query: ["dateFormat"], schema: s("getOrganization") },
  getOrganizationValidation: { path: ["orgId","validationId"], query: ["dateFormat"], schema: s("getOrganizationValidation") },
  getPerson: { path: ["personId"], query: ["dateFormat"], schema: s("getPerson") },
  getPersonIdByEmail: { path: ["email"], query: ["dateFormat"], schema: s("getPersonIdByEmail") },
  getPersonIdByEmailV2: { path: ["email"], query: ["dateFormat"], schema: s("getPersonIdByEmailV2") },
  getPersonV2: { path: ["personId"], query: ["dateFormat"], schema: s("getPersonV2") },
  getSmimeCertificate: { path: ["certId"], query: ["dateFormat"], schema: s("getSmimeCertificate") },
  getSmimeCertificateLocation: { path: ["certId","locationId"], query: ["dateFormat"], schema: s("getSmimeCertificateLocation") },
  getSmimeCertificateV2: { path: ["certId"], query: ["dateFormat"], schema: s("getSmimeCertificateV2") },
  getSmimeCertificatesReport: { query: ["output_type"], body: "flat", schema: s("getSmimeCertificatesReport") },
  getSslCertificate: { path: ["sslId"], query: ["dateFormat"], schema: s("getSslCertificate") },
  getSslCertificateDcv: { path: ["sslId"], query: ["dateFormat"], schema: s("getSslCertificateDcv") },
  getSslCertificateDcvV2: { path: ["sslId"], query: ["dateFormat"], schema: s("getSslCertificateDcvV2") },
  getSslCertificateLocation: { path: ["sslId","locationId"], query: ["dateFormat"], schema: s("getSslCertificateLocation") },
  getSslCertificateLocationV2: { path: ["sslId","locationId"], query: ["dateFormat"], schema: s("getSslCertificateLocationV2") },
  getSslCertificateV2: { path: ["sslId"], query: ["dateFormat"], schema: s("getSslCertificateV2") },
  getSslCertificatesReport: { query: ["output_type"], body: "flat", schema: s("getSslCertificatesReport") },
  getUniversalAcmeAccount: { path: ["acmeAccountId"], query: ["dateFormat"], schema: s("getUniversalAcmeAccount") },
  importCodeSigningCertificates: { body: "field", schema: s("importCodeSigningCertificates") },
  importDeviceCertificates: { body: "field", schema: s("importDeviceCertificates") },
  importPersonPrivateKey: { path: ["personId"], body: "flat", schema: s("importPersonPrivateKey") },
  importPersonPrivateKeyV1: { path: ["personId"], body: "flat", schema: s("importPersonPrivateKeyV1") },
  importSmimeCertificates: { body: "field", schema: s("importSmimeCertificates") },
  importSslCertificates: { query: ["orgId"], body: "flat", contentType: "multipart/form-data", schema: s("importSslCertificates") },
  importSslCertificatesV2: { body: "field", schema: s("importSslCertificatesV2") },
  listAcmeAccountClients: { path: ["acmeAccountId"], query: ["contacts","userAgent","ipAddress","status","lastActivityWithinPrevDays","dateFormat"], schema: s("listAcmeAccountClients") },
  listAcmeAccountDomains: { path: ["acmeAccountId"], query: ["name","expiresWithinNextDays","stickyExpiresWithinNextDays","dateFormat"], schema: s("listAcmeAccountDomains") },
  listAcmeAccounts: { query: ["organizationId","certValidationType","name","acmeServer","dateFormat"], schema: s("listAcmeAccounts") },
  listAcmeAccountsV1: { query: ["organizationId","certValidationType","name","acmeServer","dateFormat"], schema: s("listAcmeAccountsV1") },
  listAcmeServers: { query: ["caId","certValidationType","url","name","dateFormat"], schema: s("listAcmeServers") },
  listAdScanTasks: { query: ["name","status","dateFormat"], schema: s("listAdScanTasks") },
  listAdScanTasksV2: { query: ["name","status","dateFormat"], schema: s("listAdScanTasksV2") },
  listAdScanTasksV4: { query: ["name","status","dateFormat"], schema: s("listAdScanTasksV4") },
  listAdminPrivileges: { query: ["role","dateFormat"], schema: s("listAdminPrivileges") },
  listAdminRoles: { query: ["isForEdit","dateFormat"], schema: s("listAdminRoles") },
  listAdmins: { query: ["login","email","activeState","orgId","type","templateId","identityProviderId","role","dateFormat"], schema: s("listAdmins") },
  listAssignmentRuleIds: { query: ["dateFormat"], schema: s("listAssignmentRuleIds") },
  listAzureAccounts: { query: ["dateFormat"], schema: s("listAzureAccounts") },
  listAzureKeyVaults: { path: ["azureAccountId","subscriptionId","resourceGroupName"], query: ["dateFormat"], schema: s("listAzureKeyVaults") },
  listAzureResourceGroups: { path: ["azureAccountId"], query: ["dateFormat"], schema: s("listAzureResourceGroups") },
  listAzureScanTasks: { query: ["name","status","dateFormat"], schema: s("listAzureScanTasks") },
  listBimiCertificates: { query: ["filter","sort","dateFormat"], schema: s("listBimiCertificates") },
  listCaBackends: { query: ["dateFormat"], schema: s("listCaBackends") },
  listCodeSigningRequests: { query: ["dateFormat"], schema: s("listCodeSigningRequests") },
  listCustomFields: { query: ["certType","dateFormat"], schema: s("listCustomFields") },
  listCustomFieldsV1: { query: ["dateFormat"], schema: s("listCustomFieldsV1") },
  listDeveloperCodeSigningRequests: { query: ["dateFormat"], schema: s("listDeveloperCodeSigningRequests") },
  listDeviceCertificateLocations: { path: ["certId"], query: ["dateFormat"], schema: s("listDeviceCertificateLocations") },
  listDeviceCertificateProfiles: { query: ["organizationId","dateFormat"], schema: s("listDeviceCertificateProfiles") },
  listDeviceCertificates: { query: ["commonName","email","status","certTypeId","backendCertId","orgId","serialNumber","signatureAlgorithm","keyAlgorithm","keyParam","keyUsage","extendedKeyUsage","dateFormat"], schema: s("listDeviceCertificates") },
  listDeviceCustomFields: { query: ["dateFormat"], schema: s("listDeviceCustomFields") },
  listDiscoveryBucketCertificates: { path: ["bucketId"], query: ["dateFormat"], schema: s("listDiscoveryBucketCertificates") },
  listDiscoveryBuckets: { query: ["name","orgId","delegationMode","dateFormat"], schema: s("listDiscoveryBuckets") },
  listDiscoveryOperations: { path: ["taskType","taskId"], query: ["dateFormat"], schema: s("listDiscoveryOperations") },
  listDnsConnectorProviders: { path: ["connectorId"], query: ["dateFormat"], schema: s("listDnsConnectorProviders") },
  listDnsConnectors: { query: ["name","status","orgIds","dateFormat"], schema: s("listDnsConnectors") },
  listDomainValidations: { query: ["domain","org","department","dcvStatus","orderStatus","expiresIn","dateFormat"], schema: s("listDomainValidations") },
  listDomainValidationsV2: { query: ["domain","org","department","dcvStatus","orderStatus","expiresIn","dateFormat"], schema: s("listDomainValidationsV2") },
  listDomains: { query: ["name","state","status","orgId","dateFormat"], schema: s("listDomains") },
  listEndpointAccounts: { path: ["endpointId"], query: ["dateFormat"], schema: s("listEndpointAccounts") },
  listEnrollmentEndpoints: { query: ["name","uriExtension","endpointTypes","dateFormat"], schema: s("listEnrollmentEndpoints") },
  listEnrollmentProfiles: { query: ["filter","sort","dateFormat"], schema: s("listEnrollmentProfiles") },
  listIdentityProviders: { query: ["dateFormat"], schema: s("listIdentityProviders") },
  listIdpTemplates: { query: ["name","orgId","identityProviderId","dateFormat"], schema: s("listIdpTemplates") },
  listMsAgents: { query: ["name","active","version","status","dateFormat"], schema: s("listMsAgents") },
  listNetworkAgentServerNodes: { path: ["agentId","serverId"], query: ["name","alias","protocol","address","port","sslId","countOnly","dateFormat"], schema: s("listNetworkAgentServerNodes") },
  listNetworkAgentServers: { path: ["agentId"], query: ["name","vendor","status","countOnly","dateFormat"], schema: s("listNetworkAgentServers") },
  listNetworkAgents: { query: ["orgId","includeDepOfOrg","version","status","id","name","active","countOnly","dateFormat"], schema: s("listNetworkAgents") },
  listNetworkScanTasks: { query: ["name","status","dateFormat"], schema: s("listNetworkScanTasks") },
  listNetworkScanTasksV2: { query: ["name","status","dateFormat"], schema: s("listNetworkScanTasksV2") },
  listNetworkScanTasksV4: { query: ["name","status","dateFormat"], schema: s("listNetworkScanTasksV4") },
  listNotificationTypes: { query: ["dateFormat"], schema: s("listNotificationTypes") },
  listNotifications: { query: ["description","id","orgId","selectedOrgType","type","certTypeId","dateFormat"], schema: s("listNotifications") },
  listOrganizationValidations: { path: ["orgId"], query: ["dateFormat"], schema: s("listOrganizationValidations") },
  listOrganizations: { query: ["dateFormat"], schema: s("listOrganizations") },
  listOrganizationsForReportType: { path: ["certType"], query: ["dateFormat"], schema: s("listOrganizationsForReportType") },
  listOrganizationsManagedByRole: { path: ["role"], query: ["dateFormat"], schema: s("listOrganizationsManagedByRole") },
  listPersonInvitationEndpointAccounts: { path: ["personId","endpointId"], query: ["dateFormat"], schema: s("listPersonInvitationEndpointAccounts") },
  listPersonInvitationEndpoints: { path: ["personId"], query: ["dateFormat"], schema: s("listPersonInvitationEndpoints") },
  listPersons: { query: ["name","organizationId","email","commonName","phone","secondaryEmail","dateFormat"], schema: s("listPersons") },
  listPersonsV2: { query: ["name","organizationId","email","commonName","phone","secondaryEmail","dateFormat"], schema: s("listPersonsV2") },
  listSmimeCertificateLocations: { path: ["certId"], query: ["dateFormat"], schema: s("listSmimeCertificateLocations") },
  listSmimeCertificateProfiles: { query: ["organizationId","dateFormat"], schema: s("listSmimeCertificateProfiles") },
  listSmimeCertificateProfilesV2: { query: ["organizationId","dateFormat"], schema: s("listSmimeCertificateProfilesV2") },
  listSmimeCertificates: { query: ["keyVault","state","certTypeId","personId","backendCertId","serialNumber","signatureAlgorithm","keyAlgorithm","keyParam","keyUsage","extendedKeyUsage","email","dateFormat"], schema: s("listSmimeCertificates") },
  listSmimeCertificatesByPersonEmail: { path: ["email"], query: ["dateFormat"], schema: s("listSmimeCertificatesByPersonEmail") },
  listSmimeCertificatesByPersonId: { path: ["personId"], query: ["dateFormat"], schema: s("listSmimeCertificatesByPersonId") },
  listSmimeCustomFields: { query: ["dateFormat"], schema: s("listSmimeCustomFields") },
  listSmimeCustomFieldsV2: { query: ["dateFormat"], schema: s("listSmimeCustomFieldsV2") },
  listSslCertificateLocations: { path: ["sslId"], query: ["dateFormat"], schema: s("listSslCertificateLocations") },
  listSslCertificateLocationsV2: { path: ["sslId"], query: ["dateFormat"], schema: s("listSslCertificateLocationsV2") },
  listSslCertificateProfiles: { query: ["organizationId","dateFormat"], schema: s("listSslCertificateProfiles") },
  listSslCertificateProfilesV2: { query: ["organizationId","dateFormat"], schema: s("listSslCertificateProfilesV2") },
  listSslCertificates: { query: ["commonName","subjectAlternativeName","status","sslTypeId","discoveryStatus","vendor","orgId","installStatus","renewalStatus","issuer","serialNumber","requester","externalRequester","signatureAlgorithm","keyAlgorithm","keySize","keyParam","sha1Hash","md5Hash","sha256Hash","keyUsage","extendedKeyUsage","requestedVia","dateFormat"], schema: s("listSslCertificates") },
  listSslCertificatesV2: { query: ["commonName","subjectAlternativeName","status","sslTypeId","discoveryStatus","vendor","orgId","installStatus","renewalStatus","issuer","serialNumber","requester","externalRequester","signatureAlgorithm","keyAlgorithm","keySize","keyParam","sha1Hash","md5Hash","sha256Hash","keyUsage","extendedKeyUsage","requestedVia","dateFormat"], schema: s("listSslCertificatesV2") },
  listSslCustomFields: { query: ["dateFormat"], schema: s("listSslCustomFields") },
  listSslCustomFieldsV1: { query: ["dateFormat"], schema: s("listSslCustomFieldsV1") },
  listSslCustomFieldsV2: { query: ["dateFormat"], schema: s("listSslCustomFieldsV2") },
  listUniversalAcmeAccountClients: { path: ["acmeAccountId"], query: ["userAgent","ipAddress","status","lastActivityWithinPrevDays","dateFormat"], schema: s("listUniversalAcmeAccountClients") },
  listUniversalAcmeAccounts: { query: ["organizationId","name","acmeServer","dateFormat"], schema: s("listUniversalAcmeAccounts") },
  markCodeSigningCertificateRevoked: { body: "flat", schema: s("markCodeSigningCertificateRevoked") },
  markDeviceCertificateRevoked: { body: "flat", schema: s("markDeviceCertificateRevoked") },
  markSmimeCertificateRevoked: { body: "flat", schema: s("markSmimeCertificateRevoked") },
  markSmimeCertificateRevokedV2: { body: "flat", schema: s("markSmimeCertificateRevokedV2") },
  markSslCertificateRenewed: { path: ["sslId"], body: "flat", schema: s("markSslCertificateRenewed") },
  markSslCertificateRenewedV2: { path: ["sslId"], body: "flat", schema: s("markSslCertificateRenewedV2") },
  markSslCertificateRevoked: { body: "flat", schema: s("markSslCertificateRevoked") },
  markSslCertificateRevokedV2: { body: "flat", schema: s("markSslCertificateRevokedV2") },
  recheckBimiCertificateDcv: { path: ["certId"], schema: s("recheckBimiCertificateDcv") },
  recheckSslCertificateDcv: { path: ["sslId"], schema: s("recheckSslCertificateDcv") },
  recheckSslCertificateDcvV2: { path: ["sslId"], schema: s("recheckSslCertificateDcvV2") },
  rejectDomainDelegation: { path: ["domainId"], body: "flat", schema: s("rejectDomainDelegation") },
  removeAcmeAccountDomains: { path: ["acmeAccountId"], body: "flat", schema: s("removeAcmeAccountDomains") },
  removeAcmeAccountDomainsV1: { path: ["acmeAccountId"], body: "flat", schema: s("removeAcmeAccountDomainsV1") },
  removeDomainDelegation: { path: ["domainId"], body: "flat", schema: s("removeDomainDelegation") },
  removeEnrollmentEndpointDelegations: { path: ["endpointId"], schema: s("removeEnrollmentEndpointDelegations") },
  renewDeviceCertificate: { path: ["certId"], schema: s("renewDeviceCertificate") },
  renewDeviceCertificateBySerial: { path: ["serialNumber"], schema: s("renewDeviceCertificateBySerial") },
  renewSmimeCertificate: { path: ["certId"], schema: s("renewSmimeCertificate") },
  renewSmimeCertificateByBackendId: { path: ["backendCertId"], schema: s("renewSmimeCertificateByBackendId") },
  renewSmimeCertificateBySerial: { path: ["serialNumber"], schema: s("renewSmimeCertificateBySerial") },
  renewSslCertificate: { path: ["sslId"], body: "flat", schema: s("renewSslCertificate") },
  renewSslCertificateByRenewId: { path: ["renewId"], body: "flat", schema: s("renewSslCertificateByRenewId") },
  renewSslCertificateByRenewIdV2: { path: ["renewId"], body: "flat", schema: s("renewSslCertificateByRenewIdV2") },
  renewSslCertificateV2: { path: ["sslId"], body: "flat", schema: s("renewSslCertificateV2") },
  replaceDeviceCertificate: { path: ["certId"], body: "flat", schema: s("replaceDeviceCertificate") },
  replaceSslCertificate: { path: ["sslId"], body: "flat", schema: s("replaceSslCertificate") },
  replaceSslCertificateV2: { path: ["sslId"], body: "flat", schema: s("replaceSslCertificateV2") },
  resetDiscoveryBucketClientSecret: { path: ["bucketId"], schema: s("resetDiscoveryBucketClientSecret") },
  resetOrganizationValidation: { path: ["orgId","validationId"], schema: s("resetOrganizationValidation") },
  resubmitOrganizationValidation: { path: ["orgId","validationId"], body: "flat", schema: s("resubmitOrganizationValidation") },
  revokeBimiCertificate: { path: ["certId"], body: "flat", schema: s("revokeBimiCertificate") },
  revokeDeviceCertificate: { path: ["certId"], body: "flat", schema: s("revokeDeviceCertificate") },
  revokeDeviceCertificateBySerial: { path: ["serialNumber"], body: "flat", schema: s("revokeDeviceCertificateBySerial") },
  revokeSmimeCertificate: { path: ["certId"], body: "flat", schema: s("revokeSmimeCertificate") },
  revokeSmimeCertificateByBackendId: { path: ["backendCertId"], body: "flat", schema: s("revokeSmimeCertificateByBackendId") },
  revokeSmimeCertificateByBackendIdV2: { path: ["backendCertId"], body: "flat", schema: s("revokeSmimeCertificateByBackendIdV2") },
  revokeSmimeCertificateBySerial: { path: ["serialNumber"], body: "flat", schema: s("revokeSmimeCertificateBySerial") },
  revokeSmimeCertificateBySerialV2: { path: ["serialNumber"], body: "flat", schema: s("revokeSmimeCertificateBySerialV2") },
  revokeSmimeCertificatesByEmail: { body: "flat", schema: s("revokeSmimeCertificatesByEmail") },
  revokeSmimeCertificatesByEmailV2: { body: "flat", schema: s("revokeSmimeCertificatesByEmailV2") },
  revokeSslCertificate: { path: ["sslId"], body: "flat", schema: s("revokeSslCertificate") },
  revokeSslCertificateBySerial: { path: ["serialNumber"], body: "flat", schema: s("revokeSslCertificateBySerial") },
  revokeSslCertificateBySerialV2: { path: ["serialNumber"], body: "flat", schema: s("revokeSslCertificateBySerialV2") },
  revokeSslCertificateV2: { path: ["sslId"], body: "flat", schema: s("revokeSslCertificateV2") },
  runDiscoveryBucketRules: { path: ["bucketId"], schema: s("runDiscoveryBucketRules") },
  sendPersonInvitation: { path: ["personId"], body: "flat", schema: s("sendPersonInvitation") },
  sendPersonInvitationV1: { path: ["personId"], body: "flat", schema: s("sendPersonInvitationV1") },
  startAdScanTask: { path: ["taskId"], schema: s("startAdScanTask") },
  startAdScanTaskV2: { path: ["taskId"], schema: s("startAdScanTaskV2") },
  startAdScanTaskV4: { path: ["taskId"], schema: s("startAdScanTaskV4") },
  startAzureScanTask: { path: ["taskId"], schema: s("startAzureScanTask") },
  startDomainValidationCname: { body: "flat", schema: s("startDomainValidationCname") },
  startDomainValidationCnameV2: { body: "flat", schema: s("startDomainValidationCnameV2") },
  startDomainValidationEmail: { body: "flat", schema: s("startDomainValidationEmail") },
  startDomainValidationEmailV2: { body: "flat", schema: s("startDomainValidationEmailV2") },
  startDomainValidationHttp: { body: "flat", schema: s("startDomainValidationHttp") },
  startDomainValidationHttpV2: { body: "flat", schema: s("startDomainValidationHttpV2") },
  startDomainValidationHttps: { body: "flat", schema: s("startDomainValidationHttps") },
  startDomainValidationHttpsV2: { body: "flat", schema: s("startDomainValidationHttpsV2") },
  startDomainValidationTxtV2: { body: "flat", schema: s("startDomainValidationTxtV2") },
  startNetworkScanTask: { path: ["taskId"], schema: s("startNetworkScanTask") },
  startNetworkScanTaskV2: { path: ["taskId"], schema: s("startNetworkScanTaskV2") },
  startNetworkScanTaskV4: { path: ["taskId"], schema: s("startNetworkScanTaskV4") },
  stopDiscoveryOperation: { path: ["taskType","taskId","operationId"], schema: s("stopDiscoveryOperation") },
  streamReport: { body: "field", accept: "application/octet-stream", parseAs: "bytes", schema: s("streamReport") },
  submitCodeSigningRequest: { body: "flat", schema: s("submitCodeSigningRequest") },
  submitDomainValidationCname: { body: "flat", schema: s("submitDomainValidationCname") },
  submitDomainValidationCnameV2: { body: "flat", schema: s("submitDomainValidationCnameV2") },
  submitDomainValidationEmail: { body: "flat", schema: s("submitDomainValidationEmail") },
  submitDomainValidationEmailBulk: { body: "flat", schema: s("submitDomainValidationEmailBulk") },
  submitDomainValidationEmailBulkV2: { body: "flat", schema: s("submitDomainValidationEmailBulkV2") },
  submitDomainValidationEmailV2: { body: "flat", schema: s("submitDomainValidationEmailV2") },
  submitDomainValidationHttp: { body: "flat", schema: s("submitDomainValidationHttp") },
  submitDomainValidationHttpV2: { body: "flat", schema: s("submitDomainValidationHttpV2") },
  submitDomainValidationHttps: { body: "flat", schema: s("submitDomainValidationHttps") },
  submitDomainValidationHttpsV2: { body: "flat", schema: s("submitDomainValidationHttpsV2") },
  submitDomainValidationTxt: { body: "flat", schema: s("submitDomainValidationTxt") },
  submitDomainValidationTxtV2: { body: "flat", schema: s("submitDomainValidationTxtV2") },
  submitOrganizationValidation: { path: ["orgId"], body: "flat", schema: s("submitOrganizationValidation") },
  suspendDomain: { path: ["domainId"], schema: s("suspendDomain") },
  syncDomainValidation: { query: ["force"], body: "flat", schema: s("syncDomainValidation") },
  syncDomainValidationV2: { query: ["force"], body: "flat", schema: s("syncDomainValidationV2") },
  syncOrganizationValidation: { path: ["orgId","validationId"], schema: s("syncOrganizationValidation") },
  unlinkAdminFromTemplate: { path: ["adminId"], schema: s("unlinkAdminFromTemplate") },
  updateAcmeAccount: { path: ["acmeAccountId"], body: "flat", schema: s("updateAcmeAccount") },
  updateAcmeAccountV1: { path: ["acmeAccountId"], body: "flat", schema: s("updateAcmeAccountV1") },
  updateAdScanTask: { path: ["taskId"], body: "flat", schema: s("updateAdScanTask") },
  updateAdScanTaskV2: { body: "flat", schema: s("updateAdScanTaskV2") },
  updateAdScanTaskV3: { path: ["taskId"], body: "flat", schema: s("updateAdScanTaskV3") },
  updateAdmin: { path: ["adminId"], body: "flat", schema: s("updateAdmin") },
  updateAssignmentRule: { body: "flat", schema: s("updateAssignmentRule") },
  updateAzureAccount: { path: ["azureAccountId"], body: "flat", schema: s("updateAzureAccount") },
  updateAzureScanTask: { path: ["taskId"], body: "flat", schema: s("updateAzureScanTask") },
  updateBimiCertificate: { path: ["certId"], body: "flat", schema: s("updateBimiCertificate") },
  updateCustomField: { body: "flat", schema: s("updateCustomField") },
  updateCustomFieldV1: { body: "flat", schema: s("updateCustomFieldV1") },
  updateDeviceCertificate: { path: ["certId"], body: "flat", schema: s("updateDeviceCertificate") },
  updateDeviceCertificateLocation: { path: ["certId","locationId"], body: "flat", schema: s("updateDeviceCertificateLocation") },
  updateDiscoveryBucket: { path: ["bucketId"], body: "flat", schema: s("updateDiscoveryBucket") },
  updateDomainMonitoring: { path: ["domainId"], body: "flat", schema: s("updateDomainMonitoring") },
  updateEndpointAccount: { path: ["endpointId","accountId"], body: "field", schema: s("updateEndpointAccount") },
  updateEnrollmentEndpoint: { path: ["endpointId"], body: "flat", schema: s("updateEnrollmentEndpoint") },
  updateEnrollmentEndpointConfig: { path: ["id"], body: "flat", schema: s("updateEnrollmentEndpointConfig") },
  updateExternalValidationAssignment: { path: ["orgId","validationId"], body: "flat", schema: s("updateExternalValidationAssignment") },
  updateIdpTemplate: { path: ["templateId"], body: "flat", schema: s("updateIdpTemplate") },
  updateMsAgent: { path: ["agentId"], body: "flat", schema: s("updateMsAgent") },
  updateNetworkAgent: { path: ["agentId"], body: "flat", schema: s("updateNetworkAgent") },
  updateNetworkAgentServer: { path: ["agentId","serverId"], body: "flat", schema: s("updateNetworkAgentServer") },
  updateNetworkScanTask: { path: ["taskId"], body: "flat", schema: s("updateNetworkScanTask") },
  updateNetworkScanTaskV2: { body: "flat", schema: s("updateNetworkScanTaskV2") },
  updateNetworkScanTaskV3: { path: ["taskId"], body: "flat", schema: s("updateNetworkScanTaskV3") },
  updateNotification: { path: ["notificationId"], body: "flat", schema: s("updateNotification") },
  updateOrganization: { path: ["orgId"], body: "flat", schema: s("updateOrganization") },
  updatePerson: { path: ["personId"], body: "flat", schema: s("updatePerson") },
  updatePersonV2: { path: ["personId"], body: "flat", schema: s("updatePersonV2") },
  updateSmimeCertificate: { path: ["certId"], body: "flat", schema: s("updateSmimeCertificate") },
  updateSmimeCertificateLocation: { path: ["certId","locationId"], body: "flat", schema: s("updateSmimeCertificateLocation") },
  updateSmimeCertificateV2: { path: ["certId"], body: "flat", schema: s("updateSmimeCertificateV2") },
  updateSslCertificate: { body: "flat", schema: s("updateSslCertificate") },
  updateSslCertificateLocation: { path: ["sslId","locationId"], body: "flat", schema: s("updateSslCertificateLocation") },
  updateSslCertificateLocationV2: { path: ["sslId","locationId"], body: "flat", schema: s("updateSslCertificateLocationV2") },
  updateSslCertificateV2: { body: "flat", schema: s("updateSslCertificateV2") },
  updateUniversalAcmeAccount: { path: ["acmeAccountId"], body: "flat", schema: s("updateUniversalAcmeAccount") },
  uploadCodeSigningFiles: { path: ["uploadPath"], query: ["token","requestId"], body: "field", contentType: "multipart/form-data", schema: s("uploadCodeSigningFiles") },
  validateAcmeEvDetails: { body: "flat", schema: s("validateAcmeEvDetails") },
};

/** Input of `acme.addAccountDomains` (operation `addAcmeAccountDomains`). */
export type AcmeAddAccountDomainsInput = PathParams<operations["addAcmeAccountDomains"]> & RequestBodyOf<operations["addAcmeAccountDomains"], "application/json">;

/** Input of `acme.addAccountDomainsV1` (operation `addAcmeAccountDomainsV1`). */
export type AcmeAddAccountDomainsV1Input = PathParams<operations["addAcmeAccountDomainsV1"]> & RequestBodyOf<operations["addAcmeAccountDomainsV1"], "application/json">;

/** Input of `acme.createAccount` (operation `createAcmeAccount`). */
export type AcmeCreateAccountInput = RequestBodyOf<operations["createAcmeAccount"], "application/json">;

/** Input of `acme.createAccountV1` (operation `createAcmeAccountV1`). */
export type AcmeCreateAccountV1Input = RequestBodyOf<operations["createAcmeAccountV1"], "application/json">;

/** Input of `acme.createUniversalAccount` (operation `createUniversalAcmeAccount`). */
export type AcmeCreateUniversalAccountInput = RequestBodyOf<operations["createUniversalAcmeAccount"], "application/json">;

/** Input of `acme.deactivateAccountClient` (operation `deactivateAcmeAccountClient`). */
export type AcmeDeactivateAccountClientInput = PathParams<operations["deactivateAcmeAccountClient"]>;

/** Input of `acme.deactivateUniversalAccountClient` (operation `deactivateUniversalAcmeAccountClient`). */
export type AcmeDeactivateUniversalAccountClientInput = PathParams<operations["deactivateUniversalAcmeAccountClient"]>;

/** Input of `acme.deleteAccount` (operation `deleteAcmeAccount`). */
export type AcmeDeleteAccountInput = PathParams<operations["deleteAcmeAccount"]>;

/** Input of `acme.deleteAccountV1` (operation `deleteAcmeAccountV1`). */
export type AcmeDeleteAccountV1Input = PathParams<operations["deleteAcmeAccountV1"]>;

/** Input of `acme.deleteUniversalAccount` (operation `deleteUniversalAcmeAccount`). */
export type AcmeDeleteUniversalAccountInput = PathParams<operations["deleteUniversalAcmeAccount"]>;

/** Input of `acme.getAccount` (operation `getAcmeAccount`). */
export type AcmeGetAccountInput = PathParams<operations["getAcmeAccount"]> & QueryParams<operations["getAcmeAccount"]>;

/** Input of `acme.getAccountV1` (operation `getAcmeAccountV1`). */
export type AcmeGetAccountV1Input = PathParams<operations["getAcmeAccountV1"]> & QueryParams<operations["getAcmeAccountV1"]>;

/** Input of `acme.getUniversalAccount` (operation `getUniversalAcmeAccount`). */
export type AcmeGetUniversalAccountInput = PathParams<operations["getUniversalAcmeAccount"]> & QueryParams<operations["getUniversalAcmeAccount"]>;

/** Input of `acme.listAccountClients` (operation `listAcmeAccountClients`). */
export type AcmeListAccountClientsInput = PathParams<operations["listAcmeAccountClients"]> & Omit<QueryParams<operations["listAcmeAccountClients"]>, "size" | "position">;

/** Input of `acme.listAccountDomains` (operation `listAcmeAccountDomains`). */
export type AcmeListAccountDomainsInput = PathParams<operations["listAcmeAccountDomains"]> & Omit<QueryParams<operations["listAcmeAccountDomains"]>, "size" | "position">;

/** Input of `acme.listAccounts` (operation `listAcmeAccounts`). */
export type AcmeListAccountsInput = Omit<QueryParams<operations["listAcmeAccounts"]>, "size" | "position">;

/** Input of `acme.listAccountsV1` (operation `listAcmeAccountsV1`). */
export type AcmeListAccountsV1Input = Omit<QueryParams<operations["listAcmeAccountsV1"]>, "size" | "position">;

/** Input of `acme.listServers` (operation `listAcmeServers`). */
export type AcmeListServersInput = Omit<QueryParams<operations["listAcmeServers"]>, "size" | "position">;

/** Input of `acme.listUniversalAccountClients` (operation `listUniversalAcmeAccountClients`). */
export type AcmeListUniversalAccountClientsInput = PathParams<operations["listUniversalAcmeAccountClients"]> & Omit<QueryParams<operations["listUniversalAcmeAccountClients"]>, "size" | "position">;

/** Input of `acme.listUniversalAccounts` (operation `listUniversalAcmeAccounts`). */
export type AcmeListUniversalAccountsInput = Omit<QueryParams<operations["listUniversalAcmeAccounts"]>, "size" | "position">;

/** Input of `acme.removeAccountDomains` (operation `removeAcmeAccountDomains`). */
export type AcmeRemoveAccountDomainsInput = PathParams<operations["removeAcmeAccountDomains"]> & RequestBodyOf<operations["removeAcmeAccountDomains"], "application/json">;

/** Input of `acme.removeAccountDomainsV1` (operation `removeAcmeAccountDomainsV1`). */
export type AcmeRemoveAccountDomainsV1Input = PathParams<operations["removeAcmeAccountDomainsV1"]> & RequestBodyOf<operations["removeAcmeAccountDomainsV1"], "application/json">;

/** Input of `acme.updateAccount` (operation `updateAcmeAccount`). */
export type AcmeUpdateAccountInput = PathParams<operations["updateAcmeAccount"]> & RequestBodyOf<operations["updateAcmeAccount"], "application/json">;

/** Input of `acme.updateAccountV1` (operation `updateAcmeAccountV1`). */
export type AcmeUpdateAccountV1Input = PathParams<operations["updateAcmeAccountV1"]> & RequestBodyOf<operations["updateAcmeAccountV1"], "application/json">;

/** Input of `acme.updateUniversalAccount` (operation `updateUniversalAcmeAccount`). */
export type AcmeUpdateUniversalAccountInput = PathParams<operations["updateUniversalAcmeAccount"]> & RequestBodyOf<operations["updateUniversalAcmeAccount"], "application/json">;

/** Input of `acme.validateEvDetails` (operation `validateAcmeEvDetails`). */
export type AcmeValidateEvDetailsInput = RequestBodyOf<operations["validateAcmeEvDetails"], "application/json">;

/** Input of `admins.changePassword` (operation `changeAdminPassword`). */
export type AdminsChangePasswordInput = HeaderParams<operations["changeAdminPassword"]> & RequestBodyOf<operations["changeAdminPassword"], "application/json">;

/** Input of `admins.create` (operation `createAdmin`). */
export type AdminsCreateInput = RequestBodyOf<operations["createAdmin"], "application/json">;

/** Input of `admins.delete` (operation `deleteAdmin`). */
export type AdminsDeleteInput = PathParams<operations["deleteAdmin"]> & QueryParams<operations["deleteAdmin"]>;

/** Input of `admins.get` (operation `getAdmin`). */
export type AdminsGetInput = PathParams<operations["getAdmin"]> & QueryParams<operations["getAdmin"]>;

/** Input of `admins.getPasswordState` (operation `getAdminPasswordState`). */
export type AdminsGetPasswordStateInput = QueryParams<operations["getAdminPasswordState"]>;

/** Input of `admins.list` (operation `listAdmins`). */
export type AdminsListInput = Omit<QueryParams<operations["listAdmins"]>, "size" | "position">;

/** Input of `admins.listIdentityProviders` (operation `listIdentityProviders`). */
export type AdminsListIdentityProvidersInput = QueryParams<operations["listIdentityProviders"]>;

/** Input of `admins.listPrivileges` (operation `listAdminPrivileges`). */
export type AdminsListPrivilegesInput = QueryParams<operations["listAdminPrivileges"]>;

/** Input of `admins.listRoles` (operation `listAdminRoles`). */
export type AdminsListRolesInput = QueryParams<operations["listAdminRoles"]>;

/** Input of `admins.unlinkFromTemplate` (operation `unlinkAdminFromTemplate`). */
export type AdminsUnlinkFromTemplateInput = PathParams<operations["unlinkAdminFromTemplate"]>;

/** Input of `admins.update` (operation `updateAdmin`). */
export type AdminsUpdateInput = PathParams<operations["updateAdmin"]> & RequestBodyOf<operations["updateAdmin"], "application/json">;

/** Input of `agents.createMs` (operation `createMsAgent`). */
export type AgentsCreateMsInput = RequestBodyOf<operations["createMsAgent"], "application/json">;

/** Input of `agents.createNetwork` (operation `createNetworkAgent`). */
export type AgentsCreateNetworkInput = RequestBodyOf<operations["createNetworkAgent"], "application/json">;

/** Input of `agents.createNetworkServer` (operation `createNetworkAgentServer`). */
export type AgentsCreateNetworkServerInput = PathParams<operations["createNetworkAgentServer"]> & RequestBodyOf<operations["createNetworkAgentServer"], "application/json">;

/** Input of `agents.deleteMs` (operation `deleteMsAgent`). */
export type AgentsDeleteMsInput = PathParams<operations["deleteMsAgent"]>;

/** Input of `agents.deleteNetwork` (operation `deleteNetworkAgent`). */
export type AgentsDeleteNetworkInput = PathParams<operations["deleteNetworkAgent"]>;

/** Input of `agents.deleteNetworkServer` (operation `deleteNetworkAgentServer`). */
export type AgentsDeleteNetworkServerInput = PathParams<operations["deleteNetworkAgentServer"]>;

/** Input of `agents.getMs` (operation `getMsAgent`). */
export type AgentsGetMsInput = PathParams<operations["getMsAgent"]> & QueryParams<operations["getMsAgent"]>;

/** Input of `agents.getNetwork` (operation `getNetworkAgent`). */
export type AgentsGetNetworkInput = PathParams<operations["getNetworkAgent"]> & QueryParams<operations["getNetworkAgent"]>;

/** Input of `agents.getNetworkServer` (operation `getNetworkAgentServer`). */
export type AgentsGetNetworkServerInput = PathParams<operations["getNetworkAgentServer"]> & QueryParams<operations["getNetworkAgentServer"]>;

/** Input of `agents.getNetworkServerNode` (operation `getNetworkAgentServerNode`). */
export type AgentsGetNetworkServerNodeInput = PathParams<operations["getNetworkAgentServerNode"]> & QueryParams<operations["getNetworkAgentServerNode"]>;

/** Input of `agents.listMs` (operation `listMsAgents`). */
export type AgentsListMsInput = Omit<QueryParams<operations["listMsAgents"]>, "size" | "position">;

/** Input of `agents.listNetwork` (operation `listNetworkAgents`). */
export type AgentsListNetworkInput = Omit<QueryParams<operations["listNetworkAgents"]>, "size" | "position">;

/** Input of `agents.listNetworkServerNodes` (operation `listNetworkAgentServerNodes`). */
export type AgentsListNetworkServerNodesInput = PathParams<operations["listNetworkAgentServerNodes"]> & Omit<QueryParams<operations["listNetworkAgentServerNodes"]>, "size" | "position">;

/** Input of `agents.listNetworkServers` (operation `listNetworkAgentServers`). */
export type AgentsListNetworkServersInput = PathParams<operations["listNetworkAgentServers"]> & Omit<QueryParams<operations["listNetworkAgentServers"]>, "size" | "position">;

/** Input of `agents.updateMs` (operation `updateMsAgent`). */
export type AgentsUpdateMsInput = PathParams<operations["updateMsAgent"]> & RequestBodyOf<operations["updateMsAgent"], "application/json">;

/** Input of `agents.updateNetwork` (operation `updateNetworkAgent`). */
export type AgentsUpdateNetworkInput = PathParams<operations["updateNetworkAgent"]> & RequestBodyOf<operations["updateNetworkAgent"], "application/json">;

/** Input of `agents.updateNetworkServer` (operation `updateNetworkAgentServer`). */
export type AgentsUpdateNetworkServerInput = PathParams<operations["updateNetworkAgentServer"]> & RequestBodyOf<operations["updateNetworkAgentServer"], "application/json">;

/** Input of `azure.checkAccount` (operation `checkAzureAccount`). */
export type AzureCheckAccountInput = PathParams<operations["checkAzureAccount"]> & QueryParams<operations["checkAzureAccount"]>;

/** Input of `azure.createAccount` (operation `createAzureAccount`). */
export type AzureCreateAccountInput = RequestBodyOf<operations["createAzureAccount"], "application/json">;

/** Input of `azure.delegateAccount` (operation `delegateAzureAccount`). */
export type AzureDelegateAccountInput = PathParams<operations["delegateAzureAccount"]> & RequestBodyOf<operations["delegateAzureAccount"], "application/json">;

/** Input of `azure.deleteAccount` (operation `deleteAzureAccount`). */
export type AzureDeleteAccountInput = PathParams<operations["deleteAzureAccount"]>;

/** Input of `azure.getAccount` (operation `getAzureAccount`). */
export type AzureGetAccountInput = PathParams<operations["getAzureAccount"]> & QueryParams<operations["getAzureAccount"]>;

/** Input of `azure.list` (operation `listAzureKeyVaults`). */
export type AzureListInput = PathParams<operations["listAzureKeyVaults"]> & QueryParams<operations["listAzureKeyVaults"]>;

/** Input of `azure.listAccounts` (operation `listAzureAccounts`). */
export type AzureListAccountsInput = Omit<QueryParams<operations["listAzureAccounts"]>, "size" | "position">;

/** Input of `azure.listResourceGroups` (operation `listAzureResourceGroups`). */
export type AzureListResourceGroupsInput = PathParams<operations["listAzureResourceGroups"]> & QueryParams<operations["listAzureResourceGroups"]>;

/** Input of `azure.updateAccount` (operation `updateAzureAccount`). */
export type AzureUpdateAccountInput = PathParams<operations["updateAzureAccount"]> & RequestBodyOf<operations["updateAzureAccount"], "application/json">;

/** Input of `bimi.approve` (operation `approveBimiCertificate`). */
export type BimiApproveInput = PathParams<operations["approveBimiCertificate"]> & RequestBodyOf<operations["approveBimiCertificate"], "application/json">;

/** Input of `bimi.collect` (operation `collectBimiCertificate`). */
export type BimiCollectInput = PathParams<operations["collectBimiCertificate"]> & QueryParams<operations["collectBimiCertificate"]>;

/** Input of `bimi.enroll` (operation `enrollBimiCertificate`). */
export type BimiEnrollInput = RequestBodyOf<operations["enrollBimiCertificate"], "application/json">;

/** Input of `bimi.get` (operation `getBimiCertificate`). */
export type BimiGetInput = PathParams<operations["getBimiCertificate"]> & QueryParams<operations["getBimiCertificate"]>;

/** Input of `bimi.getDcv` (operation `getBimiCertificateDcv`). */
export type BimiGetDcvInput = PathParams<operations["getBimiCertificateDcv"]> & QueryParams<operations["getBimiCertificateDcv"]>;

/** Input of `bimi.list` (operation `listBimiCertificates`). */
export type BimiListInput = Omit<QueryParams<operations["listBimiCertificates"]>, "size" | "page">;

/** Input of `bimi.recheckDcv` (operation `recheckBimiCertificateDcv`). */
export type BimiRecheckDcvInput = PathParams<operations["recheckBimiCertificateDcv"]>;

/** Input of `bimi.revoke` (operation `revokeBimiCertificate`). */
export type BimiRevokeInput = PathParams<operations["revokeBimiCertificate"]> & RequestBodyOf<operations["revokeBimiCertificate"], "application/json">;

/** Input of `bimi.update` (operation `updateBimiCertificate`). */
export type BimiUpdateInput = PathParams<operations["updateBimiCertificate"]> & RequestBodyOf<operations["updateBimiCertificate"], "application/json">;

/** Input of `caBackends.list` (operation `listCaBackends`). */
export type CaBackendsListInput = QueryParams<operations["listCaBackends"]>;

/** Input of `codeSigning.import` (operation `importCodeSigningCertificates`). */
export type CodeSigningImportInput = { body: RequestBodyOf<operations["importCodeSigningCertificates"], "application/json"> };

/** Input of `codeSigning.markRevoked` (operation `markCodeSigningCertificateRevoked`). */
export type CodeSigningMarkRevokedInput = RequestBodyOf<operations["markCodeSigningCertificateRevoked"], "application/json">;

/** Input of `codeSigningOnDemand.approve` (operation `approveCodeSigningRequest`). */
export type CodeSigningOnDemandApproveInput = RequestBodyOf<operations["approveCodeSigningRequest"], "application/json">;

/** Input of `codeSigningOnDemand.count` (operation `countCodeSigningRequests`). */
export type CodeSigningOnDemandCountInput = QueryParams<operations["countCodeSigningRequests"]>;

/** Input of `codeSigningOnDemand.countDeveloper` (operation `countDeveloperCodeSigningRequests`). */
export type CodeSigningOnDemandCountDeveloperInput = QueryParams<operations["countDeveloperCodeSigningRequests"]>;

/** Input of `codeSigningOnDemand.create` (operation `createCodeSigningRequest`). */
export type CodeSigningOnDemandCreateInput = RequestBodyOf<operations["createCodeSigningRequest"], "application/json">;

/** Input of `codeSigningOnDemand.decline` (operation `declineCodeSigningRequest`). */
export type CodeSigningOnDemandDeclineInput = RequestBodyOf<operations["declineCodeSigningRequest"], "application/json">;

/** Input of `codeSigningOnDemand.get` (operation `getCodeSigningRequest`). */
export type CodeSigningOnDemandGetInput = PathParams<operations["getCodeSigningRequest"]> & QueryParams<operations["getCodeSigningRequest"]>;

/** Input of `codeSigningOnDemand.getDeveloper` (operation `getDeveloperCodeSigningRequest`). */
export type CodeSigningOnDemandGetDeveloperInput = PathParams<operations["getDeveloperCodeSigningRequest"]> & QueryParams<operations["getDeveloperCodeSigningRequest"]>;

/** Input of `codeSigningOnDemand.list` (operation `listCodeSigningRequests`). */
export type CodeSigningOnDemandListInput = Omit<QueryParams<operations["listCodeSigningRequests"]>, "size" | "position">;

/** Input of `codeSigningOnDemand.listDeveloper` (operation `listDeveloperCodeSigningRequests`). */
export type CodeSigningOnDemandListDeveloperInput = Omit<QueryParams<operations["listDeveloperCodeSigningRequests"]>, "size" | "position">;

/** Input of `codeSigningOnDemand.submit` (operation `submitCodeSigningRequest`). */
export type CodeSigningOnDemandSubmitInput = RequestBodyOf<operations["submitCodeSigningRequest"], "application/json">;

/** Input of `codeSigningOnDemand.uploadCodeSigningFiles` (operation `uploadCodeSigningFiles`). */
export type CodeSigningOnDemandUploadCodeSigningFilesInput = PathParams<operations["uploadCodeSigningFiles"]> & QueryParams<operations["uploadCodeSigningFiles"]> & { body: RequestBodyOf<operations["uploadCodeSigningFiles"], "multipart/form-data"> };

/** Input of `customFields.create` (operation `createCustomField`). */
export type CustomFieldsCreateInput = RequestBodyOf<operations["createCustomField"], "application/json">;

/** Input of `customFields.createV1` (operation `createCustomFieldV1`). */
export type CustomFieldsCreateV1Input = RequestBodyOf<operations["createCustomFieldV1"], "application/json">;

/** Input of `customFields.delete` (operation `deleteCustomField`). */
export type CustomFieldsDeleteInput = PathParams<operations["deleteCustomField"]>;

/** Input of `customFields.deleteV1` (operation `deleteCustomFieldV1`). */
export type CustomFieldsDeleteV1Input = PathParams<operations["deleteCustomFieldV1"]>;

/** Input of `customFields.get` (operation `getCustomField`). */
export type CustomFieldsGetInput = PathParams<operations["getCustomField"]> & QueryParams<operations["getCustomField"]>;

/** Input of `customFields.list` (operation `listCustomFields`). */
export type CustomFieldsListInput = QueryParams<operations["listCustomFields"]>;

/** Input of `customFields.listSslV1` (operation `listSslCustomFieldsV1`). */
export type CustomFieldsListSslV1Input = QueryParams<operations["listSslCustomFieldsV1"]>;

/** Input of `customFields.listV1` (operation `listCustomFieldsV1`). */
export type CustomFieldsListV1Input = QueryParams<operations["listCustomFieldsV1"]>;

/** Input of `customFields.update` (operation `updateCustomField`). */
export type CustomFieldsUpdateInput = RequestBodyOf<operations["updateCustomField"], "application/json">;

/** Input of `customFields.updateV1` (operation `updateCustomFieldV1`). */
export type CustomFieldsUpdateV1Input = RequestBodyOf<operations["updateCustomFieldV1"], "application/json">;

/** Input of `dcv.clear` (operation `clearDomainValidation`). */
export type DcvClearInput = RequestBodyOf<operations["clearDomainValidation"], "application/json">;

/** Input of `dcv.clearV2` (operation `clearDomainValidationV2`). */
export type DcvClearV2Input = RequestBodyOf<operations["clearDomainValidationV2"], "application/json">;

/** Input of `dcv.delete` (operation `deleteDomainValidation`). */
export type DcvDeleteInput = RequestBodyOf<operations["deleteDomainValidation"], "application/json">;

/** Input of `dcv.deleteV2` (operation `deleteDomainValidationV2`). */
export type DcvDeleteV2Input = RequestBodyOf<operations["deleteDomainValidationV2"], "application/json">;

/** Input of `dcv.getStatus` (operation `getDomainValidationStatus`). */
export type DcvGetStatusInput = RequestBodyOf<operations["getDomainValidationStatus"], "application/json">;

/** Input of `dcv.getStatusV1` (operation `getDomainValidationStatusV1`). */
export type DcvGetStatusV1Input = RequestBodyOf<operations["getDomainValidationStatusV1"], "application/json">;

/** Input of `dcv.list` (operation `listDomainValidations`). */
export type DcvListInput = Omit<QueryParams<operations["listDomainValidations"]>, "size" | "position">;

/** Input of `dcv.listV2` (operation `listDomainValidationsV2`). */
export type DcvListV2Input = Omit<QueryParams<operations["listDomainValidationsV2"]>, "size" | "position">;

/** Input of `dcv.startCname` (operation `startDomainValidationCname`). */
export type DcvStartCnameInput = RequestBodyOf<operations["startDomainValidationCname"], "application/json">;

/** Input of `dcv.startCnameV2` (operation `startDomainValidationCnameV2`). */
export type DcvStartCnameV2Input = RequestBodyOf<operations["startDomainValidationCnameV2"], "application/json">;

/** Input of `dcv.startEmail` (operation `startDomainValidationEmail`). */
export type DcvStartEmailInput = RequestBodyOf<operations["startDomainValidationEmail"], "application/json">;

/** Input of `dcv.startEmailV2` (operation `startDomainValidationEmailV2`). */
export type DcvStartEmailV2Input = RequestBodyOf<operations["startDomainValidationEmailV2"], "application/json">;

/** Input of `dcv.startHttp` (operation `startDomainValidationHttp`). */
export type DcvStartHttpInput = RequestBodyOf<operations["startDomainValidationHttp"], "application/json">;

/** Input of `dcv.startHttps` (operation `startDomainValidationHttps`). */
export type DcvStartHttpsInput = RequestBodyOf<operations["startDomainValidationHttps"], "application/json">;

/** Input of `dcv.startHttpsV2` (operation `startDomainValidationHttpsV2`). */
export type DcvStartHttpsV2Input = RequestBodyOf<operations["startDomainValidationHttpsV2"], "application/json">;

/** Input of `dcv.startHttpV2` (operation `startDomainValidationHttpV2`). */
export type DcvStartHttpV2Input = RequestBodyOf<operations["startDomainValidationHttpV2"], "application/json">;

/** Input of `dcv.startTxtV2` (operation `startDomainValidationTxtV2`). */
export type DcvStartTxtV2Input = RequestBodyOf<operations["startDomainValidationTxtV2"], "application/json">;

/** Input of `dcv.submitCname` (operation `submitDomainValidationCname`). */
export type DcvSubmitCnameInput = RequestBodyOf<operations["submitDomainValidationCname"], "application/json">;

/** Input of `dcv.submitCnameV2` (operation `submitDomainValidationCnameV2`). */
export type DcvSubmitCnameV2Input = RequestBodyOf<operations["submitDomainValidationCnameV2"], "application/json">;

/** Input of `dcv.submitEmail` (operation `submitDomainValidationEmail`). */
export type DcvSubmitEmailInput = RequestBodyOf<operations["submitDomainValidationEmail"], "application/json">;

/** Input of `dcv.submitEmailBulk` (operation `submitDomainValidationEmailBulk`). */
export type DcvSubmitEmailBulkInput = RequestBodyOf<operations["submitDomainValidationEmailBulk"], "application/json">;

/** Input of `dcv.submitEmailBulkV2` (operation `submitDomainValidationEmailBulkV2`). */
export type DcvSubmitEmailBulkV2Input = RequestBodyOf<operations["submitDomainValidationEmailBulkV2"], "application/json">;

/** Input of `dcv.submitEmailV2` (operation `submitDomainValidationEmailV2`). */
export type DcvSubmitEmailV2Input = RequestBodyOf<operations["submitDomainValidationEmailV2"], "application/json">;

/** Input of `dcv.submitHttp` (operation `submitDomainValidationHttp`). */
export type DcvSubmitHttpInput = RequestBodyOf<operations["submitDomainValidationHttp"], "application/json">;

/** Input of `dcv.submitHttps` (operation `submitDomainValidationHttps`). */
export type DcvSubmitHttpsInput = RequestBodyOf<operations["submitDomainValidationHttps"], "application/json">;

/** Input of `dcv.submitHttpsV2` (operation `submitDomainValidationHttpsV2`). */
export type DcvSubmitHttpsV2Input = RequestBodyOf<operations["submitDomainValidationHttpsV2"], "application/json">;

/** Input of `dcv.submitHttpV2` (operation `submitDomainValidationHttpV2`). */
export type DcvSubmitHttpV2Input = RequestBodyOf<operations["submitDomainValidationHttpV2"], "application/json">;

/** Input of `dcv.submitTxt` (operation `submitDomainValidationTxt`). */
export type DcvSubmitTxtInput = RequestBodyOf<operations["submitDomainValidationTxt"], "application/json">;

/** Input of `dcv.submitTxtV2` (operation `submitDomainValidationTxtV2`). */
export type DcvSubmitTxtV2Input = RequestBodyOf<operations["submitDomainValidationTxtV2"], "application/json">;

/** Input of `dcv.sync` (operation `syncDomainValidation`). */
export type DcvSyncInput = QueryParams<operations["syncDomainValidation"]> & RequestBodyOf<operations["syncDomainValidation"], "application/json">;

/** Input of `dcv.syncV2` (operation `syncDomainValidationV2`). */
export type DcvSyncV2Input = QueryParams<operations["syncDomainValidationV2"]> & RequestBodyOf<operations["syncDomainValidationV2"], "application/json">;

/** Input of `device.approve` (operation `approveDeviceCertificate`). */
export type DeviceApproveInput = PathParams<operations["approveDeviceCertificate"]> & RequestBodyOf<operations["approveDeviceCertificate"], "application/json">;

/** Input of `device.collect` (operation `collectDeviceCertificate`). */
export type DeviceCollectInput = PathParams<operations["collectDeviceCertificate"]> & QueryParams<operations["collectDeviceCertificate"]>;

/** Input of `device.count` (operation `countDeviceCertificates`). */
export type DeviceCountInput = QueryParams<operations["countDeviceCertificates"]>;

/** Input of `device.createLocation` (operation `createDeviceCertificateLocation`). */
export type DeviceCreateLocationInput = PathParams<operations["createDeviceCertificateLocation"]> & RequestBodyOf<operations["createDeviceCertificateLocation"], "application/json">;

/** Input of `device.decline` (operation `declineDeviceCertificate`). */
export type DeviceDeclineInput = PathParams<operations["declineDeviceCertificate"]> & RequestBodyOf<operations["declineDeviceCertificate"], "application/json">;

/** Input of `device.delete` (operation `deleteDeviceCertificate`). */
export type DeviceDeleteInput = PathParams<operations["deleteDeviceCertificate"]>;

/** Input of `device.deleteLocation` (operation `deleteDeviceCertificateLocation`). */
export type DeviceDeleteLocationInput = PathParams<operations["deleteDeviceCertificateLocation"]>;

/** Input of `device.enroll` (operation `enrollDeviceCertificate`). */
export type DeviceEnrollInput = RequestBodyOf<operations["enrollDeviceCertificate"], "application/json">;

/** Input of `device.get` (operation `getDeviceCertificate`). */
export type DeviceGetInput = PathParams<operations["getDeviceCertificate"]> & QueryParams<operations["getDeviceCertificate"]>;

/** Input of `device.getLocation` (operation `getDeviceCertificateLocation`). */
export type DeviceGetLocationInput = PathParams<operations["getDeviceCertificateLocation"]> & QueryParams<operations["getDeviceCertificateLocation"]>;

/** Input of `device.import` (operation `importDeviceCertificates`). */
export type DeviceImportInput = { body: RequestBodyOf<operations["importDeviceCertificates"], "application/json"> };

/** Input of `device.list` (operation `listDeviceCertificates`). */
export type DeviceListInput = Omit<QueryParams<operations["listDeviceCertificates"]>, "size" | "position">;

/** Input of `device.listCustomFields` (operation `listDeviceCustomFields`). */
export type DeviceListCustomFieldsInput = QueryParams<operations["listDeviceCustomFields"]>;

/** Input of `device.listLocations` (operation `listDeviceCertificateLocations`). */
export type DeviceListLocationsInput = PathParams<operations["listDeviceCertificateLocations"]> & QueryParams<operations["listDeviceCertificateLocations"]>;

/** Input of `device.listProfiles` (operation `listDeviceCertificateProfiles`). */
export type DeviceListProfilesInput = QueryParams<operations["listDeviceCertificateProfiles"]>;

/** Input of `device.markRevoked` (operation `markDeviceCertificateRevoked`). */
export type DeviceMarkRevokedInput = RequestBodyOf<operations["markDeviceCertificateRevoked"], "application/json">;

/** Input of `device.renew` (operation `renewDeviceCertificate`). */
export type DeviceRenewInput = PathParams<operations["renewDeviceCertificate"]>;

/** Input of `device.renewBySerial` (operation `renewDeviceCertificateBySerial`). */
export type DeviceRenewBySerialInput = PathParams<operations["renewDeviceCertificateBySerial"]>;

/** Input of `device.replace` (operation `replaceDeviceCertificate`). */
export type DeviceReplaceInput = PathParams<operations["replaceDeviceCertificate"]> & RequestBodyOf<operations["replaceDeviceCertificate"], "application/json">;

/** Input of `device.revoke` (operation `revokeDeviceCertificate`). */
export type DeviceRevokeInput = PathParams<operations["revokeDeviceCertificate"]> & RequestBodyOf<operations["revokeDeviceCertificate"], "application/json">;

/** Input of `device.revokeBySerial` (operation `revokeDeviceCertificateBySerial`). */
export type DeviceRevokeBySerialInput = PathParams<operations["revokeDeviceCertificateBySerial"]> & RequestBodyOf<operations["revokeDeviceCertificateBySerial"], "application/json">;

/** Input of `device.update` (operation `updateDeviceCertificate`). */
export type DeviceUpdateInput = PathParams<operations["updateDeviceCertificate"]> & RequestBodyOf<operations["updateDeviceCertificate"], "application/json">;

/** Input of `device.updateLocation` (operation `updateDeviceCertificateLocation`). */
export type DeviceUpdateLocationInput = PathParams<operations["updateDeviceCertificateLocation"]> & RequestBodyOf<operations["updateDeviceCertificateLocation"], "application/json">;

/** Input of `discovery.assignBucketCertificates` (operation `assignDiscoveryBucketCertificates`). */
export type DiscoveryAssignBucketCertificatesInput = PathParams<operations["assignDiscoveryBucketCertificates"]> & RequestBodyOf<operations["assignDiscoveryBucketCertificates"], "application/json">;

/** Input of `discovery.countAssignmentRules` (operation `countAssignmentRules`). */
export type DiscoveryCountAssignmentRulesInput = QueryParams<operations["countAssignmentRules"]>;

/** Input of `discovery.createAdScanTask` (operation `createAdScanTask`). */
export type DiscoveryCreateAdScanTaskInput = RequestBodyOf<operations["createAdScanTask"], "application/json">;

/** Input of `discovery.createAdScanTaskV2` (operation `createAdScanTaskV2`). */
export type DiscoveryCreateAdScanTaskV2Input = RequestBodyOf<operations["createAdScanTaskV2"], "application/json">;

/** Input of `discovery.createAdScanTaskV3` (operation `createAdScanTaskV3`). */
export type DiscoveryCreateAdScanTaskV3Input = RequestBodyOf<operations["createAdScanTaskV3"], "application/json">;

/** Input of `discovery.createAssignmentRule` (operation `createAssignmentRule`). */
export type DiscoveryCreateAssignmentRuleInput = RequestBodyOf<operations["createAssignmentRule"], "application/json">;

/** Input of `discovery.createAzureScanTask` (operation `createAzureScanTask`). */
export type DiscoveryCreateAzureScanTaskInput = RequestBodyOf<operations["createAzureScanTask"], "application/json">;

/** Input of `discovery.createBucket` (operation `createDiscoveryBucket`). */
export type DiscoveryCreateBucketInput = RequestBodyOf<operations["createDiscoveryBucket"], "application/json">;

/** Input of `discovery.createNetworkScanTask` (operation `createNetworkScanTask`). */
export type DiscoveryCreateNetworkScanTaskInput = RequestBodyOf<operations["createNetworkScanTask"], "application/json">;

/** Input of `discovery.createNetworkScanTaskV2` (operation `createNetworkScanTaskV2`). */
export type DiscoveryCreateNetworkScanTaskV2Input = RequestBodyOf<operations["createNetworkScanTaskV2"], "application/json">;

/** Input of `discovery.createNetworkScanTaskV3` (operation `createNetworkScanTaskV3`). */
export type DiscoveryCreateNetworkScanTaskV3Input = RequestBodyOf<operations["createNetworkScanTaskV3"], "application/json">;

/** Input of `discovery.delegateBucket` (operation `delegateDiscoveryBucket`). */
export type DiscoveryDelegateBucketInput = PathParams<operations["delegateDiscoveryBucket"]> & RequestBodyOf<operations["delegateDiscoveryBucket"], "application/json">;

/** Input of `discovery.deleteAdScanTask` (operation `deleteAdScanTask`). */
export type DiscoveryDeleteAdScanTaskInput = PathParams<operations["deleteAdScanTask"]>;

/** Input of `discovery.deleteAdScanTaskV2` (operation `deleteAdScanTaskV2`). */
export type DiscoveryDeleteAdScanTaskV2Input = PathParams<operations["deleteAdScanTaskV2"]>;

/** Input of `discovery.deleteAdScanTaskV4` (operation `deleteAdScanTaskV4`). */
export type DiscoveryDeleteAdScanTaskV4Input = PathParams<operations["deleteAdScanTaskV4"]>;

/** Input of `discovery.deleteAssignmentRule` (operation `deleteAssignmentRule`). */
export type DiscoveryDeleteAssignmentRuleInput = PathParams<operations["deleteAssignmentRule"]>;

/** Input of `discovery.deleteAzureScanTask` (operation `deleteAzureScanTask`). */
export type DiscoveryDeleteAzureScanTaskInput = PathParams<operations["deleteAzureScanTask"]>;

/** Input of `discovery.deleteBucket` (operation `deleteDiscoveryBucket`). */
export type DiscoveryDeleteBucketInput = PathParams<operations["deleteDiscoveryBucket"]>;

/** Input of `discovery.deleteNetworkScanTask` (operation `deleteNetworkScanTask`). */
export type DiscoveryDeleteNetworkScanTaskInput = PathParams<operations["deleteNetworkScanTask"]>;

/** Input of `discovery.deleteNetworkScanTaskV2` (operation `deleteNetworkScanTaskV2`). */
export type DiscoveryDeleteNetworkScanTaskV2Input = PathParams<operations["deleteNetworkScanTaskV2"]>;

/** Input of `discovery.deleteNetworkScanTaskV4` (operation `deleteNetworkScanTaskV4`). */
export type DiscoveryDeleteNetworkScanTaskV4Input = PathParams<operations["deleteNetworkScanTaskV4"]>;

/** Input of `discovery.getAdScanTask` (operation `getAdScanTask`). */
export type DiscoveryGetAdScanTaskInput = PathParams<operations["getAdScanTask"]> & QueryParams<operations["getAdScanTask"]>;

/** Input of `discovery.getAdScanTaskV2` (operation `getAdScanTaskV2`). */
export type DiscoveryGetAdScanTaskV2Input = PathParams<operations["getAdScanTaskV2"]> & QueryParams<operations["getAdScanTaskV2"]>;

/** Input of `discovery.getAdScanTaskV3` (operation `getAdScanTaskV3`). */
export type DiscoveryGetAdScanTaskV3Input = PathParams<operations["getAdScanTaskV3"]> & QueryParams<operations["getAdScanTaskV3"]>;

/** Input of `discovery.getAssignmentRule` (operation `getAssignmentRule`). */
export type DiscoveryGetAssignmentRuleInput = PathParams<operations["getAssignmentRule"]> & QueryParams<operations["getAssignmentRule"]>;

/** Input of `discovery.getAzureScanTask` (operation `getAzureScanTask`). */
export type DiscoveryGetAzureScanTaskInput = PathParams<operations["getAzureScanTask"]> & QueryParams<operations["getAzureScanTask"]>;

/** Input of `discovery.getBucket` (operation `getDiscoveryBucket`). */
export type DiscoveryGetBucketInput = PathParams<operations["getDiscoveryBucket"]> & QueryParams<operations["getDiscoveryBucket"]>;

/** Input of `discovery.getNetworkScanTask` (operation `getNetworkScanTask`). */
export type DiscoveryGetNetworkScanTaskInput = PathParams<operations["getNetworkScanTask"]> & QueryParams<operations["getNetworkScanTask"]>;

/** Input of `discovery.getNetworkScanTaskV2` (operation `getNetworkScanTaskV2`). */
export type DiscoveryGetNetworkScanTaskV2Input = PathParams<operations["getNetworkScanTaskV2"]> & QueryParams<operations["getNetworkScanTaskV2"]>;

/** Input of `discovery.getNetworkScanTaskV3` (operation `getNetworkScanTaskV3`). */
export type DiscoveryGetNetworkScanTaskV3Input = PathParams<operations["getNetworkScanTaskV3"]> & QueryParams<operations["getNetworkScanTaskV3"]>;

/** Input of `discovery.getOperationResult` (operation `getDiscoveryOperationResult`). */
export type DiscoveryGetOperationResultInput = PathParams<operations["getDiscoveryOperationResult"]> & Omit<QueryParams<operations["getDiscoveryOperationResult"]>, "size" | "position">;

/** Input of `discovery.listAdScanTasks` (operation `listAdScanTasks`). */
export type DiscoveryListAdScanTasksInput = Omit<QueryParams<operations["listAdScanTasks"]>, "size" | "position">;

/** Input of `discovery.listAdScanTasksV2` (operation `listAdScanTasksV2`). */
export type DiscoveryListAdScanTasksV2Input = Omit<QueryParams<operations["listAdScanTasksV2"]>, "size" | "position">;

/** Input of `discovery.listAdScanTasksV4` (operation `listAdScanTasksV4`). */
export type DiscoveryListAdScanTasksV4Input = Omit<QueryParams<operations["listAdScanTasksV4"]>, "size" | "position">;

/** Input of `discovery.listAssignmentRuleIds` (operation `listAssignmentRuleIds`). */
export type DiscoveryListAssignmentRuleIdsInput = Omit<QueryParams<operations["listAssignmentRuleIds"]>, "size" | "position">;

/** Input of `discovery.listAzureScanTasks` (operation `listAzureScanTasks`). */
export type DiscoveryListAzureScanTasksInput = Omit<QueryParams<operations["listAzureScanTasks"]>, "size" | "position">;

/** Input of `discovery.listBucketCertificates` (operation `listDiscoveryBucketCertificates`). */
export type DiscoveryListBucketCertificatesInput = PathParams<operations["listDiscoveryBucketCertificates"]> & Omit<QueryParams<operations["listDiscoveryBucketCertificates"]>, "size" | "position">;

/** Input of `discovery.listBuckets` (operation `listDiscoveryBuckets`). */
export type DiscoveryListBucketsInput = Omit<QueryParams<operations["listDiscoveryBuckets"]>, "size" | "position">;

/** Input of `discovery.listNetworkScanTasks` (operation `listNetworkScanTasks`). */
export type DiscoveryListNetworkScanTasksInput = Omit<QueryParams<operations["listNetworkScanTasks"]>, "size" | "position">;

/** Input of `discovery.listNetworkScanTasksV2` (operation `listNetworkScanTasksV2`). */
export type DiscoveryListNetworkScanTasksV2Input = Omit<QueryParams<operations["listNetworkScanTasksV2"]>, "size" | "position">;

/** Input of `discovery.listNetworkScanTasksV4` (operation `listNetworkScanTasksV4`). */
export type DiscoveryListNetworkScanTasksV4Input = Omit<QueryParams<operations["listNetworkScanTasksV4"]>, "size" | "position">;

/** Input of `discovery.listOperations` (operation `listDiscoveryOperations`). */
export type DiscoveryListOperationsInput = PathParams<operations["listDiscoveryOperations"]> & Omit<QueryParams<operations["listDiscoveryOperations"]>, "size" | "position">;

/** Input of `discovery.resetBucketClientSecret` (operation `resetDiscoveryBucketClientSecret`). */
export type DiscoveryResetBucketClientSecretInput = PathParams<operations["resetDiscoveryBucketClientSecret"]>;

/** Input of `discovery.runBucketRules` (operation `runDiscoveryBucketRules`). */
export type DiscoveryRunBucketRulesInput = PathParams<operations["runDiscoveryBucketRules"]>;

/** Input of `discovery.startAdScanTask` (operation `startAdScanTask`). */
export type DiscoveryStartAdScanTaskInput = PathParams<operations["startAdScanTask"]>;

/** Input of `discovery.startAdScanTaskV2` (operation `startAdScanTaskV2`). */
export type DiscoveryStartAdScanTaskV2Input = PathParams<operations["startAdScanTaskV2"]>;

/** Input of `discovery.startAdScanTaskV4` (operation `startAdScanTaskV4`). */
export type DiscoveryStartAdScanTaskV4Input = PathParams<operations["startAdScanTaskV4"]>;

/** Input of `discovery.startAzureScanTask` (operation `startAzureScanTask`). */
export type DiscoveryStartAzureScanTaskInput = PathParams<operations["startAzureScanTask"]>;

/** Input of `discovery.startNetworkScanTask` (operation `startNetworkScanTask`). */
export type DiscoveryStartNetworkScanTaskInput = PathParams<operations["startNetworkScanTask"]>;

/** Input of `discovery.startNetworkScanTaskV2` (operation `startNetworkScanTaskV2`). */
export type DiscoveryStartNetworkScanTaskV2Input = PathParams<operations["startNetworkScanTaskV2"]>;

/** Input of `discovery.startNetworkScanTaskV4` (operation `startNetworkScanTaskV4`). */
export type DiscoveryStartNetworkScanTaskV4Input = PathParams<operations["startNetworkScanTaskV4"]>;

/** Input of `discovery.stopOperation` (operation `stopDiscoveryOperation`). */
export type DiscoveryStopOperationInput = PathParams<operations["stopDiscoveryOperation"]>;

/** Input of `discovery.updateAdScanTask` (operation `updateAdScanTask`). */
export type DiscoveryUpdateAdScanTaskInput = PathParams<operations["updateAdScanTask"]> & RequestBodyOf<operations["updateAdScanTask"], "application/json">;

/** Input of `discovery.updateAdScanTaskV2` (operation `updateAdScanTaskV2`). */
export type DiscoveryUpdateAdScanTaskV2Input = RequestBodyOf<operations["updateAdScanTaskV2"], "application/json">;

/** Input of `discovery.updateAdScanTaskV3` (operation `updateAdScanTaskV3`). */
export type DiscoveryUpdateAdScanTaskV3Input = PathParams<operations["updateAdScanTaskV3"]> & RequestBodyOf<operations["updateAdScanTaskV3"], "application/json">;

/** Input of `discovery.updateAssignmentRule` (operation `updateAssignmentRule`). */
export type DiscoveryUpdateAssignmentRuleInput = RequestBodyOf<operations["updateAssignmentRule"], "application/json">;

/** Input of `discovery.updateAzureScanTask` (operation `updateAzureScanTask`). */
export type DiscoveryUpdateAzureScanTaskInput = PathParams<operations["updateAzureScanTask"]> & RequestBodyOf<operations["updateAzureScanTask"], "application/json">;

/** Input of `discovery.updateBucket` (operation `updateDiscoveryBucket`). */
export type DiscoveryUpdateBucketInput = PathParams<operations["updateDiscoveryBucket"]> & RequestBodyOf<operations["updateDiscoveryBucket"], "application/json">;

/** Input of `discovery.updateNetworkScanTask` (operation `updateNetworkScanTask`). */
export type DiscoveryUpdateNetworkScanTaskInput = PathParams<operations["updateNetworkScanTask"]> & RequestBodyOf<operations["updateNetworkScanTask"], "application/json">;

/** Input of `discovery.updateNetworkScanTaskV2` (operation `updateNetworkScanTaskV2`). */
export type DiscoveryUpdateNetworkScanTaskV2Input = RequestBodyOf<operations["updateNetworkScanTaskV2"], "application/json">;

/** Input of `discovery.updateNetworkScanTaskV3` (operation `updateNetworkScanTaskV3`). */
export type DiscoveryUpdateNetworkScanTaskV3Input = PathParams<operations["updateNetworkScanTaskV3"]> & RequestBodyOf<operations["updateNetworkScanTaskV3"], "application/json">;

/** Input of `dnsConnectors.get` (operation `getDnsConnector`). */
export type DnsConnectorsGetInput = PathParams<operations["getDnsConnector"]> & QueryParams<operations["getDnsConnector"]>;

/** Input of `dnsConnectors.list` (operation `listDnsConnectors`). */
export type DnsConnectorsListInput = Omit<QueryParams<operations["listDnsConnectors"]>, "size" | "position">;

/** Input of `dnsConnectors.listProviders` (operation `listDnsConnectorProviders`). */
export type DnsConnectorsListProvidersInput = PathParams<operations["listDnsConnectorProviders"]> & QueryParams<operations["listDnsConnectorProviders"]>;

/** Input of `domains.activate` (operation `activateDomain`). */
export type DomainsActivateInput = PathParams<operations["activateDomain"]>;

/** Input of `domains.approveDelegation` (operation `approveDomainDelegation`). */
export type DomainsApproveDelegationInput = PathParams<operations["approveDomainDelegation"]> & RequestBodyOf<operations["approveDomainDelegation"], "application/json">;

/** Input of `domains.count` (operation `countDomains`). */
export type DomainsCountInput = QueryParams<operations["countDomains"]>;

/** Input of `domains.create` (operation `createDomain`). */
export type DomainsCreateInput = RequestBodyOf<operations["createDomain"], "application/json">;

/** Input of `domains.delegate` (operation `delegateDomain`). */
export type DomainsDelegateInput = PathParams<operations["delegateDomain"]> & RequestBodyOf<operations["delegateDomain"], "application/json">;

/** Input of `domains.delegateMany` (operation `delegateDomains`). */
export type DomainsDelegateManyInput = RequestBodyOf<operations["delegateDomains"], "application/json">;

/** Input of `domains.delete` (operation `deleteDomain`). */
export type DomainsDeleteInput = PathParams<operations["deleteDomain"]>;

/** Input of `domains.get` (operation `getDomain`). */
export type DomainsGetInput = PathParams<operations["getDomain"]> & QueryParams<operations["getDomain"]>;

/** Input of `domains.list` (operation `listDomains`). */
export type DomainsListInput = Omit<QueryParams<operations["listDomains"]>, "size" | "position">;

/** Input of `domains.rejectDelegation` (operation `rejectDomainDelegation`). */
export type DomainsRejectDelegationInput = PathParams<operations["rejectDomainDelegation"]> & RequestBodyOf<operations["rejectDomainDelegation"], "application/json">;

/** Input of `domains.removeDelegation` (operation `removeDomainDelegation`). */
export type DomainsRemoveDelegationInput = PathParams<operations["removeDomainDelegation"]> & RequestBodyOf<operations["removeDomainDelegation"], "application/json">;

/** Input of `domains.suspend` (operation `suspendDomain`). */
export type DomainsSuspendInput = PathParams<operations["suspendDomain"]>;

/** Input of `domains.updateMonitoring` (operation `updateDomainMonitoring`). */
export type DomainsUpdateMonitoringInput = PathParams<operations["updateDomainMonitoring"]> & RequestBodyOf<operations["updateDomainMonitoring"], "application/json">;

/** Input of `enrollmentEndpoints.create` (operation `createEnrollmentEndpoint`). */
export type EnrollmentEndpointsCreateInput = RequestBodyOf<operations["createEnrollmentEndpoint"], "application/json">;

/** Input of `enrollmentEndpoints.createEndpointAccount` (operation `createEndpointAccount`). */
export type EnrollmentEndpointsCreateEndpointAccountInput = PathParams<operations["createEndpointAccount"]> & { body: RequestBodyOf<operations["createEndpointAccount"], "application/json"> };

/** Input of `enrollmentEndpoints.delegate` (operation `delegateEnrollmentEndpoint`). */
export type EnrollmentEndpointsDelegateInput = PathParams<operations["delegateEnrollmentEndpoint"]> & { body: RequestBodyOf<operations["delegateEnrollmentEndpoint"], "application/json"> };

/** Input of `enrollmentEndpoints.delete` (operation `deleteEnrollmentEndpoint`). */
export type EnrollmentEndpointsDeleteInput = PathParams<operations["deleteEnrollmentEndpoint"]>;

/** Input of `enrollmentEndpoints.deleteEndpointAccount` (operation `deleteEndpointAccount`). */
export type EnrollmentEndpointsDeleteEndpointAccountInput = PathParams<operations["deleteEndpointAccount"]>;

/** Input of `enrollmentEndpoints.get` (operation `getEnrollmentEndpoint`). */
export type EnrollmentEndpointsGetInput = PathParams<operations["getEnrollmentEndpoint"]> & QueryParams<operations["getEnrollmentEndpoint"]>;

/** Input of `enrollmentEndpoints.getConfig` (operation `getEnrollmentEndpointConfig`). */
export type EnrollmentEndpointsGetConfigInput = PathParams<operations["getEnrollmentEndpointConfig"]> & QueryParams<operations["getEnrollmentEndpointConfig"]>;

/** Input of `enrollmentEndpoints.getEndpointAccount` (operation `getEndpointAccount`). */
export type EnrollmentEndpointsGetEndpointAccountInput = PathParams<operations["getEndpointAccount"]> & QueryParams<operations["getEndpointAccount"]>;

/** Input of `enrollmentEndpoints.list` (operation `listEnrollmentEndpoints`). */
export type EnrollmentEndpointsListInput = Omit<QueryParams<operations["listEnrollmentEndpoints"]>, "size" | "position">;

/** Input of `enrollmentEndpoints.listEndpointAccounts` (operation `listEndpointAccounts`). */
export type EnrollmentEndpointsListEndpointAccountsInput = PathParams<operations["listEndpointAccounts"]> & Omit<QueryParams<operations["listEndpointAccounts"]>, "size" | "position">;

/** Input of `enrollmentEndpoints.removeDelegations` (operation `removeEnrollmentEndpointDelegations`). */
export type EnrollmentEndpointsRemoveDelegationsInput = PathParams<operations["removeEnrollmentEndpointDelegations"]>;

/** Input of `enrollmentEndpoints.update` (operation `updateEnrollmentEndpoint`). */
export type EnrollmentEndpointsUpdateInput = PathParams<operations["updateEnrollmentEndpoint"]> & RequestBodyOf<operations["updateEnrollmentEndpoint"], "application/json">;

/** Input of `enrollmentEndpoints.updateConfig` (operation `updateEnrollmentEndpointConfig`). */
export type EnrollmentEndpointsUpdateConfigInput = PathParams<operations["updateEnrollmentEndpointConfig"]> & RequestBodyOf<operations["updateEnrollmentEndpointConfig"], "application/json">;

/** Input of `enrollmentEndpoints.updateEndpointAccount` (operation `updateEndpointAccount`). */
export type EnrollmentEndpointsUpdateEndpointAccountInput = PathParams<operations["updateEndpointAccount"]> & { body: RequestBodyOf<operations["updateEndpointAccount"], "application/json"> };

/** Input of `enrollmentProfiles.get` (operation `getEnrollmentProfile`). */
export type EnrollmentProfilesGetInput = PathParams<operations["getEnrollmentProfile"]> & QueryParams<operations["getEnrollmentProfile"]>;

/** Input of `enrollmentProfiles.list` (operation `listEnrollmentProfiles`). */
export type EnrollmentProfilesListInput = Omit<QueryParams<operations["listEnrollmentProfiles"]>, "size" | "page">;

/** Input of `idpTemplates.create` (operation `createIdpTemplate`). */
export type IdpTemplatesCreateInput = RequestBodyOf<operations["createIdpTemplate"], "application/json">;

/** Input of `idpTemplates.delete` (operation `deleteIdpTemplate`). */
export type IdpTemplatesDeleteInput = PathParams<operations["deleteIdpTemplate"]> & QueryParams<operations["deleteIdpTemplate"]>;

/** Input of `idpTemplates.get` (operation `getIdpTemplate`). */
export type IdpTemplatesGetInput = PathParams<operations["getIdpTemplate"]> & QueryParams<operations["getIdpTemplate"]>;

/** Input of `idpTemplates.list` (operation `listIdpTemplates`). */
export type IdpTemplatesListInput = Omit<QueryParams<operations["listIdpTemplates"]>, "size" | "position">;

/** Input of `idpTemplates.update` (operation `updateIdpTemplate`). */
export type IdpTemplatesUpdateInput = PathParams<operations["updateIdpTemplate"]> & RequestBodyOf<operations["updateIdpTemplate"], "application/json">;

/** Input of `notifications.create` (operation `createNotification`). */
export type NotificationsCreateInput = RequestBodyOf<operations["createNotification"], "application/json">;

/** Input of `notifications.delete` (operation `deleteNotification`). */
export type NotificationsDeleteInput = PathParams<operations["deleteNotification"]>;

/** Input of `notifications.list` (operation `listNotifications`). */
export type NotificationsListInput = Omit<QueryParams<operations["listNotifications"]>, "size" | "position">;

/** Input of `notifications.listTypes` (operation `listNotificationTypes`). */
export type NotificationsListTypesInput = QueryParams<operations["listNotificationTypes"]>;

/** Input of `notifications.update` (operation `updateNotification`). */
export type NotificationsUpdateInput = PathParams<operations["updateNotification"]> & RequestBodyOf<operations["updateNotification"], "application/json">;

/** Input of `organizations.changeValidator` (operation `changeOrganizationValidator`). */
export type OrganizationsChangeValidatorInput = PathParams<operations["changeOrganizationValidator"]> & RequestBodyOf<operations["changeOrganizationValidator"], "application/json">;

/** Input of `organizations.create` (operation `createOrganization`). */
export type OrganizationsCreateInput = RequestBodyOf<operations["createOrganization"], "application/json">;

/** Input of `organizations.createExternalValidationAssignment` (operation `createExternalValidationAssignment`). */
export type OrganizationsCreateExternalValidationAssignmentInput = PathParams<operations["createExternalValidationAssignment"]> & RequestBodyOf<operations["createExternalValidationAssignment"], "application/json">;

/** Input of `organizations.delete` (operation `deleteOrganization`). */
export type OrganizationsDeleteInput = PathParams<operations["deleteOrganization"]>;

/** Input of `organizations.get` (operation `getOrganization`). */
export type OrganizationsGetInput = PathParams<operations["getOrganization"]> & QueryParams<operations["getOrganization"]>;

/** Input of `organizations.getValidation` (operation `getOrganizationValidation`). */
export type OrganizationsGetValidationInput = PathParams<operations["getOrganizationValidation"]> & QueryParams<operations["getOrganizationValidation"]>;

/** Input of `organizations.list` (operation `listOrganizations`). */
export type OrganizationsListInput = QueryParams<operations["listOrganizations"]>;

/** Input of `organizations.listForReportType` (operation `listOrganizationsForReportType`). */
export type OrganizationsListForReportTypeInput = PathParams<operations["listOrganizationsForReportType"]> & QueryParams<operations["listOrganizationsForReportType"]>;

/** Input of `organizations.listManagedByRole` (operation `listOrganizationsManagedByRole`). */
export type OrganizationsListManagedByRoleInput = PathParams<operations["listOrganizationsManagedByRole"]> & QueryParams<operations["listOrganizationsManagedByRole"]>;

/** Input of `organizations.listValidations` (operation `listOrganizationValidations`). */
export type OrganizationsListValidationsInput = PathParams<operations["listOrganizationValidations"]> & QueryParams<operations["listOrganizationValidations"]>;

/** Input of `organizations.resetValidation` (operation `resetOrganizationValidation`). */
export type OrganizationsResetValidationInput = PathParams<operations["resetOrganizationValidation"]>;

/** Input of `organizations.resubmitValidation` (operation `resubmitOrganizationValidation`). */
export type OrganizationsResubmitValidationInput = PathParams<operations["resubmitOrganizationValidation"]> & RequestBodyOf<operations["resubmitOrganizationValidation"], "application/json">;

/** Input of `organizations.submitValidation` (operation `submitOrganizationValidation`). */
export type OrganizationsSubmitValidationInput = PathParams<operations["submitOrganizationValidation"]> & RequestBodyOf<operations["submitOrganizationValidation"], "application/json">;

/** Input of `organizations.syncValidation` (operation `syncOrganizationValidation`). */
export type OrganizationsSyncValidationInput = PathParams<operations["syncOrganizationValidation"]>;

/** Input of `organizations.update` (operation `updateOrganization`). */
export type OrganizationsUpdateInput = PathParams<operations["updateOrganization"]> & RequestBodyOf<operations["updateOrganization"], "application/json">;

/** Input of `organizations.updateExternalValidationAssignment` (operation `updateExternalValidationAssignment`). */
export type OrganizationsUpdateExternalValidationAssignmentInput = PathParams<operations["updateExternalValidationAssignment"]> & RequestBodyOf<operations["updateExternalValidationAssignment"], "application/json">;

/** Input of `persons.create` (operation `createPerson`). */
export type PersonsCreateInput = RequestBodyOf<operations["createPerson"], "application/json">;

/** Input of `persons.createV2` (operation `createPersonV2`). */
export type PersonsCreateV2Input = RequestBodyOf<operations["createPersonV2"], "application/json">;

/** Input of `persons.delete` (operation `deletePerson`). */
export type PersonsDeleteInput = PathParams<operations["deletePerson"]>;

/** Input of `persons.deleteV1` (operation `deletePersonV1`). */
export type PersonsDeleteV1Input = PathParams<operations["deletePersonV1"]>;

/** Input of `persons.get` (operation `getPerson`). */
export type PersonsGetInput = PathParams<operations["getPerson"]> & QueryParams<operations["getPerson"]>;

/** Input of `persons.getIdByEmail` (operation `getPersonIdByEmail`). */
export type PersonsGetIdByEmailInput = PathParams<operations["getPersonIdByEmail"]> & QueryParams<operations["getPersonIdByEmail"]>;

/** Input of `persons.getIdByEmailV2` (operation `getPersonIdByEmailV2`). */
export type PersonsGetIdByEmailV2Input = PathParams<operations["getPersonIdByEmailV2"]> & QueryParams<operations["getPersonIdByEmailV2"]>;

/** Input of `persons.getV2` (operation `getPersonV2`). */
export type PersonsGetV2Input = PathParams<operations["getPersonV2"]> & QueryParams<operations["getPersonV2"]>;

/** Input of `persons.importPrivateKey` (operation `importPersonPrivateKey`). */
export type PersonsImportPrivateKeyInput = PathParams<operations["importPersonPrivateKey"]> & RequestBodyOf<operations["importPersonPrivateKey"], "application/json">;

/** Input of `persons.importPrivateKeyV1` (operation `importPersonPrivateKeyV1`). */
export type PersonsImportPrivateKeyV1Input = PathParams<operations["importPersonPrivateKeyV1"]> & RequestBodyOf<operations["importPersonPrivateKeyV1"], "application/json">;

/** Input of `persons.list` (operation `listPersons`). */
export type PersonsListInput = Omit<QueryParams<operations["listPersons"]>, "size" | "position">;

/** Input of `persons.listInvitationEndpointAccounts` (operation `listPersonInvitationEndpointAccounts`). */
export type PersonsListInvitationEndpointAccountsInput = PathParams<operations["listPersonInvitationEndpointAccounts"]> & QueryParams<operations["listPersonInvitationEndpointAccounts"]>;

/** Input of `persons.listInvitationEndpoints` (operation `listPersonInvitationEndpoints`). */
export type PersonsListInvitationEndpointsInput = PathParams<operations["listPersonInvitationEndpoints"]> & QueryParams<operations["listPersonInvitationEndpoints"]>;

/** Input of `persons.listV2` (operation `listPersonsV2`). */
export type PersonsListV2Input = Omit<QueryParams<operations["listPersonsV2"]>, "size" | "position">;

/** Input of `persons.sendInvitation` (operation `sendPersonInvitation`). */
export type PersonsSendInvitationInput = PathParams<operations["sendPersonInvitation"]> & RequestBodyOf<operations["sendPersonInvitation"], "application/json">;

/** Input of `persons.sendInvitationV1` (operation `sendPersonInvitationV1`). */
export type PersonsSendInvitationV1Input = PathParams<operations["sendPersonInvitationV1"]> & RequestBodyOf<operations["sendPersonInvitationV1"], "application/json">;

/** Input of `persons.update` (operation `updatePerson`). */
export type PersonsUpdateInput = PathParams<operations["updatePerson"]> & RequestBodyOf<operations["updatePerson"], "application/json">;

/** Input of `persons.updateV2` (operation `updatePersonV2`). */
export type PersonsUpdateV2Input = PathParams<operations["updatePersonV2"]> & RequestBodyOf<operations["updatePersonV2"], "application/json">;

/** Input of `reports.getActivity` (operation `getActivityReport`). */
export type ReportsGetActivityInput = QueryParams<operations["getActivityReport"]> & RequestBodyOf<operations["getActivityReport"], "application/json">;

/** Input of `reports.getBimiCertificates` (operation `getBimiCertificatesReport`). */
export type ReportsGetBimiCertificatesInput = QueryParams<operations["getBimiCertificatesReport"]> & RequestBodyOf<operations["getBimiCertificatesReport"], "application/json">;

/** Input of `reports.getDeviceCertificates` (operation `getDeviceCertificatesReport`). */
export type ReportsGetDeviceCertificatesInput = QueryParams<operations["getDeviceCertificatesReport"]> & RequestBodyOf<operations["getDeviceCertificatesReport"], "application/json">;

/** Input of `reports.getDomains` (operation `getDomainsReport`). */
export type ReportsGetDomainsInput = QueryParams<operations["getDomainsReport"]>;

/** Input of `reports.getSmimeCertificates` (operation `getSmimeCertificatesReport`). */
export type ReportsGetSmimeCertificatesInput = QueryParams<operations["getSmimeCertificatesReport"]> & RequestBodyOf<operations["getSmimeCertificatesReport"], "application/json">;

/** Input of `reports.getSslCertificates` (operation `getSslCertificatesReport`). */
export type ReportsGetSslCertificatesInput = QueryParams<operations["getSslCertificatesReport"]> & RequestBodyOf<operations["getSslCertificatesReport"], "application/json">;

/** Input of `reports.stream` (operation `streamReport`). */
export type ReportsStreamInput = { body: RequestBodyOf<operations["streamReport"], "application/json"> };

/** Input of `smime.collect` (operation `collectSmimeCertificate`). */
export type SmimeCollectInput = PathParams<operations["collectSmimeCertificate"]> & QueryParams<operations["collectSmimeCertificate"]>;

/** Input of `smime.collectByBackendId` (operation `collectSmimeCertificateByBackendId`). */
export type SmimeCollectByBackendIdInput = PathParams<operations["collectSmimeCertificateByBackendId"]> & QueryParams<operations["collectSmimeCertificateByBackendId"]>;

/** Input of `smime.count` (operation `countSmimeCertificates`). */
export type SmimeCountInput = QueryParams<operations["countSmimeCertificates"]>;

/** Input of `smime.createLocation` (operation `createSmimeCertificateLocation`). */
export type SmimeCreateLocationInput = PathParams<operations["createSmimeCertificateLocation"]> & RequestBodyOf<operations["createSmimeCertificateLocation"], "application/json">;

/** Input of `smime.delete` (operation `deleteSmimeCertificate`). */
export type SmimeDeleteInput = PathParams<operations["deleteSmimeCertificate"]>;

/** Input of `smime.deleteLocation` (operation `deleteSmimeCertificateLocation`). */
export type SmimeDeleteLocationInput = PathParams<operations["deleteSmimeCertificateLocation"]>;

/** Input of `smime.deleteV2` (operation `deleteSmimeCertificateV2`). */
export type SmimeDeleteV2Input = PathParams<operations["deleteSmimeCertificateV2"]>;

/** Input of `smime.downloadKeystore` (operation `downloadSmimeCertificateKeystore`). */
export type SmimeDownloadKeystoreInput = PathParams<operations["downloadSmimeCertificateKeystore"]> & RequestBodyOf<operations["downloadSmimeCertificateKeystore"], "application/json">;

/** Input of `smime.downloadKeystoreV2` (operation `downloadSmimeCertificateKeystoreV2`). */
export type SmimeDownloadKeystoreV2Input = PathParams<operations["downloadSmimeCertificateKeystoreV2"]> & RequestBodyOf<operations["downloadSmimeCertificateKeystoreV2"], "application/json">;

/** Input of `smime.enroll` (operation `enrollSmimeCertificate`). */
export type SmimeEnrollInput = RequestBodyOf<operations["enrollSmimeCertificate"], "application/json">;

/** Input of `smime.enrollV2` (operation `enrollSmimeCertificateV2`). */
export type SmimeEnrollV2Input = RequestBodyOf<operations["enrollSmimeCertificateV2"], "application/json">;

/** Input of `smime.get` (operation `getSmimeCertificate`). */
export type SmimeGetInput = PathParams<operations["getSmimeCertificate"]> & QueryParams<operations["getSmimeCertificate"]>;

/** Input of `smime.getLocation` (operation `getSmimeCertificateLocation`). */
export type SmimeGetLocationInput = PathParams<operations["getSmimeCertificateLocation"]> & QueryParams<operations["getSmimeCertificateLocation"]>;

/** Input of `smime.getV2` (operation `getSmimeCertificateV2`). */
export type SmimeGetV2Input = PathParams<operations["getSmimeCertificateV2"]> & QueryParams<operations["getSmimeCertificateV2"]>;

/** Input of `smime.import` (operation `importSmimeCertificates`). */
export type SmimeImportInput = { body: RequestBodyOf<operations["importSmimeCertificates"], "application/json"> };

/** Input of `smime.list` (operation `listSmimeCertificates`). */
export type SmimeListInput = Omit<QueryParams<operations["listSmimeCertificates"]>, "size" | "position">;

/** Input of `smime.listByPersonEmail` (operation `listSmimeCertificatesByPersonEmail`). */
export type SmimeListByPersonEmailInput = PathParams<operations["listSmimeCertificatesByPersonEmail"]> & QueryParams<operations["listSmimeCertificatesByPersonEmail"]>;

/** Input of `smime.listByPersonId` (operation `listSmimeCertificatesByPersonId`). */
export type SmimeListByPersonIdInput = PathParams<operations["listSmimeCertificatesByPersonId"]> & QueryParams<operations["listSmimeCertificatesByPersonId"]>;

/** Input of `smime.listCustomFields` (operation `listSmimeCustomFields`). */
export type SmimeListCustomFieldsInput = QueryParams<operations["listSmimeCustomFields"]>;

/** Input of `smime.listCustomFieldsV2` (operation `listSmimeCustomFieldsV2`). */
export type SmimeListCustomFieldsV2Input = QueryParams<operations["listSmimeCustomFieldsV2"]>;

/** Input of `smime.listLocations` (operation `listSmimeCertificateLocations`). */
export type SmimeListLocationsInput = PathParams<operations["listSmimeCertificateLocations"]> & QueryParams<operations["listSmimeCertificateLocations"]>;

/** Input of `smime.listProfiles` (operation `listSmimeCertificateProfiles`). */
export type SmimeListProfilesInput = QueryParams<operations["listSmimeCertificateProfiles"]>;

/** Input of `smime.listProfilesV2` (operation `listSmimeCertificateProfilesV2`). */
export type SmimeListProfilesV2Input = QueryParams<operations["listSmimeCertificateProfilesV2"]>;

/** Input of `smime.markRevoked` (operation `markSmimeCertificateRevoked`). */
export type SmimeMarkRevokedInput = RequestBodyOf<operations["markSmimeCertificateRevoked"], "application/json">;

/** Input of `smime.markRevokedV2` (operation `markSmimeCertificateRevokedV2`). */
export type SmimeMarkRevokedV2Input = RequestBodyOf<operations["markSmimeCertificateRevokedV2"], "application/json">;

/** Input of `smime.renew` (operation `renewSmimeCertificate`). */
export type SmimeRenewInput = PathParams<operations["renewSmimeCertificate"]>;

/** Input of `smime.renewByBackendId` (operation `renewSmimeCertificateByBackendId`). */
export type SmimeRenewByBackendIdInput = PathParams<operations["renewSmimeCertificateByBackendId"]>;

/** Input of `smime.renewBySerial` (operation `renewSmimeCertificateBySerial`). */
export type SmimeRenewBySerialInput = PathParams<operations["renewSmimeCertificateBySerial"]>;

/** Input of `smime.revoke` (operation `revokeSmimeCertificate`). */
export type SmimeRevokeInput = PathParams<operations["revokeSmimeCertificate"]> & RequestBodyOf<operations["revokeSmimeCertificate"], "application/json">;

/** Input of `smime.revokeByBackendId` (operation `revokeSmimeCertificateByBackendId`). */
export type SmimeRevokeByBackendIdInput = PathParams<operations["revokeSmimeCertificateByBackendId"]> & RequestBodyOf<operations["revokeSmimeCertificateByBackendId"], "application/json">;

/** Input of `smime.revokeByBackendIdV2` (operation `revokeSmimeCertificateByBackendIdV2`). */
export type SmimeRevokeByBackendIdV2Input = PathParams<operations["revokeSmimeCertificateByBackendIdV2"]> & RequestBodyOf<operations["revokeSmimeCertificateByBackendIdV2"], "application/json">;

/** Input of `smime.revokeByEmail` (operation `revokeSmimeCertificatesByEmail`). */
export type SmimeRevokeByEmailInput = RequestBodyOf<operations["revokeSmimeCertificatesByEmail"], "application/json">;

/** Input of `smime.revokeByEmailV2` (operation `revokeSmimeCertificatesByEmailV2`). */
export type SmimeRevokeByEmailV2Input = RequestBodyOf<operations["revokeSmimeCertificatesByEmailV2"], "application/json">;

/** Input of `smime.revokeBySerial` (operation `revokeSmimeCertificateBySerial`). */
export type SmimeRevokeBySerialInput = PathParams<operations["revokeSmimeCertificateBySerial"]> & RequestBodyOf<operations["revokeSmimeCertificateBySerial"], "application/json">;

/** Input of `smime.revokeBySerialV2` (operation `revokeSmimeCertificateBySerialV2`). */
export type SmimeRevokeBySerialV2Input = PathParams<operations["revokeSmimeCertificateBySerialV2"]> & RequestBodyOf<operations["revokeSmimeCertificateBySerialV2"], "application/json">;

/** Input of `smime.update` (operation `updateSmimeCertificate`). */
export type SmimeUpdateInput = PathParams<operations["updateSmimeCertificate"]> & RequestBodyOf<operations["updateSmimeCertificate"], "application/json">;

/** Input of `smime.updateLocation` (operation `updateSmimeCertificateLocation`). */
export type SmimeUpdateLocationInput = PathParams<operations["updateSmimeCertificateLocation"]> & RequestBodyOf<operations["updateSmimeCertificateLocation"], "application/json">;

/** Input of `smime.updateV2` (operation `updateSmimeCertificateV2`). */
export type SmimeUpdateV2Input = PathParams<operations["updateSmimeCertificateV2"]> & RequestBodyOf<operations["updateSmimeCertificateV2"], "application/json">;

/** Input of `ssl.approve` (operation `approveSslCertificate`). */
export type SslApproveInput = PathParams<operations["approveSslCertificate"]> & RequestBodyOf<operations["approveSslCertificate"], "application/json">;

/** Input of `ssl.approveV2` (operation `approveSslCertificateV2`). */
export type SslApproveV2Input = PathParams<operations["approveSslCertificateV2"]> & RequestBodyOf<operations["approveSslCertificateV2"], "application/json">;

/** Input of `ssl.collect` (operation `collectSslCertificate`). */
export type SslCollectInput = PathParams<operations["collectSslCertificate"]> & QueryParams<operations["collectSslCertificate"]>;

/** Input of `ssl.collectV2` (operation `collectSslCertificateV2`). */
export type SslCollectV2Input = PathParams<operations["collectSslCertificateV2"]> & QueryParams<operations["collectSslCertificateV2"]>;

/** Input of `ssl.count` (operation `countSslCertificates`). */
export type SslCountInput = QueryParams<operations["countSslCertificates"]>;

/** Input of `ssl.createKeystoreDownloadLink` (operation `createSslKeystoreDownloadLink`). */
export type SslCreateKeystoreDownloadLinkInput = PathParams<operations["createSslKeystoreDownloadLink"]> & Partial<RequestBodyOf<operations["createSslKeystoreDownloadLink"], "application/json">>;

/** Input of `ssl.createKeystoreDownloadLinkV2` (operation `createSslKeystoreDownloadLinkV2`). */
export type SslCreateKeystoreDownloadLinkV2Input = PathParams<operations["createSslKeystoreDownloadLinkV2"]> & Partial<RequestBodyOf<operations["createSslKeystoreDownloadLinkV2"], "application/json">>;

/** Input of `ssl.createLocation` (operation `createSslCertificateLocation`). */
export type SslCreateLocationInput = PathParams<operations["createSslCertificateLocation"]> & RequestBodyOf<operations["createSslCertificateLocation"], "application/json">;

/** Input of `ssl.createLocationV2` (operation `createSslCertificateLocationV2`). */
export type SslCreateLocationV2Input = PathParams<operations["createSslCertificateLocationV2"]> & RequestBodyOf<operations["createSslCertificateLocationV2"], "application/json">;

/** Input of `ssl.decline` (operation `declineSslCertificate`). */
export type SslDeclineInput = PathParams<operations["declineSslCertificate"]> & RequestBodyOf<operations["declineSslCertificate"], "application/json">;

/** Input of `ssl.declineV2` (operation `declineSslCertificateV2`). */
export type SslDeclineV2Input = PathParams<operations["declineSslCertificateV2"]> & RequestBodyOf<operations["declineSslCertificateV2"], "application/json">;

/** Input of `ssl.delete` (operation `deleteSslCertificate`). */
export type SslDeleteInput = PathParams<operations["deleteSslCertificate"]>;

/** Input of `ssl.deleteLocation` (operation `deleteSslCertificateLocation`). */
export type SslDeleteLocationInput = PathParams<operations["deleteSslCertificateLocation"]>;

/** Input of `ssl.deleteLocationV2` (operation `deleteSslCertificateLocationV2`). */
export type SslDeleteLocationV2Input = PathParams<operations["deleteSslCertificateLocationV2"]>;

/** Input of `ssl.deleteV2` (operation `deleteSslCertificateV2`). */
export type SslDeleteV2Input = PathParams<operations["deleteSslCertificateV2"]>;

/** Input of `ssl.enroll` (operation `enrollSslCertificate`). */
export type SslEnrollInput = RequestBodyOf<operations["enrollSslCertificate"], "application/json">;

/** Input of `ssl.enrollV2` (operation `enrollSslCertificateV2`). */
export type SslEnrollV2Input = RequestBodyOf<operations["enrollSslCertificateV2"], "application/json">;

/** Input of `ssl.enrollWithKeyGeneration` (operation `enrollSslCertificateWithKeyGeneration`). */
export type SslEnrollWithKeyGenerationInput = RequestBodyOf<operations["enrollSslCertificateWithKeyGeneration"], "application/json">;

/** Input of `ssl.enrollWithKeyGenerationV2` (operation `enrollSslCertificateWithKeyGenerationV2`). */
export type SslEnrollWithKeyGenerationV2Input = RequestBodyOf<operations["enrollSslCertificateWithKeyGenerationV2"], "application/json">;

/** Input of `ssl.get` (operation `getSslCertificate`). */
export type SslGetInput = PathParams<operations["getSslCertificate"]> & QueryParams<operations["getSslCertificate"]>;

/** Input of `ssl.getDcv` (operation `getSslCertificateDcv`). */
export type SslGetDcvInput = PathParams<operations["getSslCertificateDcv"]> & QueryParams<operations["getSslCertificateDcv"]>;

/** Input of `ssl.getDcvV2` (operation `getSslCertificateDcvV2`). */
export type SslGetDcvV2Input = PathParams<operations["getSslCertificateDcvV2"]> & QueryParams<operations["getSslCertificateDcvV2"]>;

/** Input of `ssl.getLocation` (operation `getSslCertificateLocation`). */
export type SslGetLocationInput = PathParams<operations["getSslCertificateLocation"]> & QueryParams<operations["getSslCertificateLocation"]>;

/** Input of `ssl.getLocationV2` (operation `getSslCertificateLocationV2`). */
export type SslGetLocationV2Input = PathParams<operations["getSslCertificateLocationV2"]> & QueryParams<operations["getSslCertificateLocationV2"]>;

/** Input of `ssl.getV2` (operation `getSslCertificateV2`). */
export type SslGetV2Input = PathParams<operations["getSslCertificateV2"]> & QueryParams<operations["getSslCertificateV2"]>;

/** Input of `ssl.import` (operation `importSslCertificates`). */
export type SslImportInput = QueryParams<operations["importSslCertificates"]> & RequestBodyOf<operations["importSslCertificates"], "multipart/form-data">;

/** Input of `ssl.importV2` (operation `importSslCertificatesV2`). */
export type SslImportV2Input = { body: RequestBodyOf<operations["importSslCertificatesV2"], "application/json"> };

/** Input of `ssl.list` (operation `listSslCertificates`). */
export type SslListInput = Omit<QueryParams<operations["listSslCertificates"]>, "size" | "position">;

/** Input of `ssl.listCustomFields` (operation `listSslCustomFields`). */
export type SslListCustomFieldsInput = QueryParams<operations["listSslCustomFields"]>;

/** Input of `ssl.listCustomFieldsV2` (operation `listSslCustomFieldsV2`). */
export type SslListCustomFieldsV2Input = QueryParams<operations["listSslCustomFieldsV2"]>;

/** Input of `ssl.listLocations` (operation `listSslCertificateLocations`). */
export type SslListLocationsInput = PathParams<operations["listSslCertificateLocations"]> & QueryParams<operations["listSslCertificateLocations"]>;

/** Input of `ssl.listLocationsV2` (operation `listSslCertificateLocationsV2`). */
export type SslListLocationsV2Input = PathParams<operations["listSslCertificateLocationsV2"]> & QueryParams<operations["listSslCertificateLocationsV2"]>;

/** Input of `ssl.listProfiles` (operation `listSslCertificateProfiles`). */
export type SslListProfilesInput = QueryParams<operations["listSslCertificateProfiles"]>;

/** Input of `ssl.listProfilesV2` (operation `listSslCertificateProfilesV2`). */
export type SslListProfilesV2Input = QueryParams<operations["listSslCertificateProfilesV2"]>;

/** Input of `ssl.listV2` (operation `listSslCertificatesV2`). */
export type SslListV2Input = Omit<QueryParams<operations["listSslCertificatesV2"]>, "size" | "position">;

/** Input of `ssl.markRenewed` (operation `markSslCertificateRenewed`). */
export type SslMarkRenewedInput = PathParams<operations["markSslCertificateRenewed"]> & RequestBodyOf<operations["markSslCertificateRenewed"], "application/json">;

/** Input of `ssl.markRenewedV2` (operation `markSslCertificateRenewedV2`). */
export type SslMarkRenewedV2Input = PathParams<operations["markSslCertificateRenewedV2"]> & RequestBodyOf<operations["markSslCertificateRenewedV2"], "application/json">;

/** Input of `ssl.markRevoked` (operation `markSslCertificateRevoked`). */
export type SslMarkRevokedInput = RequestBodyOf<operations["markSslCertificateRevoked"], "application/json">;

/** Input of `ssl.markRevokedV2` (operation `markSslCertificateRevokedV2`). */
export type SslMarkRevokedV2Input = RequestBodyOf<operations["markSslCertificateRevokedV2"], "application/json">;

/** Input of `ssl.recheckDcv` (operation `recheckSslCertificateDcv`). */
export type SslRecheckDcvInput = PathParams<operations["recheckSslCertificateDcv"]>;

/** Input of `ssl.recheckDcvV2` (operation `recheckSslCertificateDcvV2`). */
export type SslRecheckDcvV2Input = PathParams<operations["recheckSslCertificateDcvV2"]>;

/** Input of `ssl.renew` (operation `renewSslCertificate`). */
export type SslRenewInput = PathParams<operations["renewSslCertificate"]> & RequestBodyOf<operations["renewSslCertificate"], "application/json">;

/** Input of `ssl.renewByRenewId` (operation `renewSslCertificateByRenewId`). */
export type SslRenewByRenewIdInput = PathParams<operations["renewSslCertificateByRenewId"]> & RequestBodyOf<operations["renewSslCertificateByRenewId"], "application/json">;

/** Input of `ssl.renewByRenewIdV2` (operation `renewSslCertificateByRenewIdV2`). */
export type SslRenewByRenewIdV2Input = PathParams<operations["renewSslCertificateByRenewIdV2"]> & RequestBodyOf<operations["renewSslCertificateByRenewIdV2"], "application/json">;

/** Input of `ssl.renewV2` (operation `renewSslCertificateV2`). */
export type SslRenewV2Input = PathParams<operations["renewSslCertificateV2"]> & RequestBodyOf<operations["renewSslCertificateV2"], "application/json">;

/** Input of `ssl.replace` (operation `replaceSslCertificate`). */
export type SslReplaceInput = PathParams<operations["replaceSslCertificate"]> & RequestBodyOf<operations["replaceSslCertificate"], "application/json">;

/** Input of `ssl.replaceV2` (operation `replaceSslCertificateV2`). */
export type SslReplaceV2Input = PathParams<operations["replaceSslCertificateV2"]> & RequestBodyOf<operations["replaceSslCertificateV2"], "application/json">;

/** Input of `ssl.revoke` (operation `revokeSslCertificate`). */
export type SslRevokeInput = PathParams<operations["revokeSslCertificate"]> & RequestBodyOf<operations["revokeSslCertificate"], "application/json">;

/** Input of `ssl.revokeBySerial` (operation `revokeSslCertificateBySerial`). */
export type SslRevokeBySerialInput = PathParams<operations["revokeSslCertificateBySerial"]> & RequestBodyOf<operations["revokeSslCertificateBySerial"], "application/json">;

/** Input of `ssl.revokeBySerialV2` (operation `revokeSslCertificateBySerialV2`). */
export type SslRevokeBySerialV2Input = PathParams<operations["revokeSslCertificateBySerialV2"]> & RequestBodyOf<operations["revokeSslCertificateBySerialV2"], "application/json">;

/** Input of `ssl.revokeV2` (operation `revokeSslCertificateV2`). */
export type SslRevokeV2Input = PathParams<operations["revokeSslCertificateV2"]> & RequestBodyOf<operations["revokeSslCertificateV2"], "application/json">;

/** Input of `ssl.update` (operation `updateSslCertificate`). */
export type SslUpdateInput = RequestBodyOf<operations["updateSslCertificate"], "application/json">;

/** Input of `ssl.updateLocation` (operation `updateSslCertificateLocation`). */
export type SslUpdateLocationInput = PathParams<operations["updateSslCertificateLocation"]> & RequestBodyOf<operations["updateSslCertificateLocation"], "application/json">;

/** Input of `ssl.updateLocationV2` (operation `updateSslCertificateLocationV2`). */
export type SslUpdateLocationV2Input = PathParams<operations["updateSslCertificateLocationV2"]> & RequestBodyOf<operations["updateSslCertificateLocationV2"], "application/json">;

/** Input of `ssl.updateV2` (operation `updateSslCertificateV2`). */
export type SslUpdateV2Input = RequestBodyOf<operations["updateSslCertificateV2"], "application/json">;

/** Sectigo public ACME and Universal (private CA) ACME accounts. */
export class AcmeResource extends Resource {
  /**
   * Add domains to a public ACME account
   *
   * Operation `addAcmeAccountDomains` (`POST /api/acme/v2/account/{acmeAccountId}/domain`).
   */
  addAccountDomains(input: AcmeAddAccountDomainsInput, options?: CallOptions): ApiPromise<SuccessBody<operations["addAcmeAccountDomains"]>> {
    return this.send("addAcmeAccountDomains", input, options);
  }

  /**
   * Add domains to a public ACME account (older form)
   *
   * Operation `addAcmeAccountDomainsV1` (`POST /api/acme/v1/account/{acmeAccountId}/domains`).
   * @deprecated The vendor marks this operation deprecated.
   */
  addAccountDomainsV1(input: AcmeAddAccountDomainsV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["addAcmeAccountDomainsV1"]>> {
    return this.send("addAcmeAccountDomainsV1", input, options);
  }

  /**
   * Create a public ACME account
   *
   * Operation `createAcmeAccount` (`POST /api/acme/v2/account`).
   */
  createAccount(input: AcmeCreateAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createAcmeAccount"]>> {
    return this.send("createAcmeAccount", input, options);
  }

  /**
   * Create a public ACME account (older form)
   *
   * Operation `createAcmeAccountV1` (`POST /api/acme/v1/account`).
   * @deprecated The vendor marks this operation deprecated.
   */
  createAccountV1(input: AcmeCreateAccountV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createAcmeAccountV1"]>> {
    return this.send("createAcmeAccountV1", input, options);
  }

  /**
   * Create a Universal ACME account
   *
   * Operation `createUniversalAcmeAccount` (`POST /api/acme/v1/pca/account`).
   */
  createUniversalAccount(input: AcmeCreateUniversalAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createUniversalAcmeAccount"]>> {
    return this.send("createUniversalAcmeAccount", input, options);
  }

  /**
   * Deactivate an ACME client of a public ACME account
   *
   * Operation `deactivateAcmeAccountClient` (`PUT /api/acme/v2/account/{acmeAccountId}/client/{accountId}`).
   */
  deactivateAccountClient(input: AcmeDeactivateAccountClientInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deactivateAcmeAccountClient"]>> {
    return this.send("deactivateAcmeAccountClient", input, options);
  }

  /**
   * Deactivate an ACME client of a Universal ACME account
   *
   * Operation `deactivateUniversalAcmeAccountClient` (`PUT /api/acme/v1/pca/account/{acmeAccountId}/client/{accountId}`).
   */
  deactivateUniversalAccountClient(input: AcmeDeactivateUniversalAccountClientInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deactivateUniversalAcmeAccountClient"]>> {
    return this.send("deactivateUniversalAcmeAccountClient", input, options);
  }

  /**
   * Delete a public ACME account
   *
   * Operation `deleteAcmeAccount` (`DELETE /api/acme/v2/account/{acmeAccountId}`).
   */
  deleteAccount(input: AcmeDeleteAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAcmeAccount"]>> {
    return this.send("deleteAcmeAccount", input, options);
  }

  /**
   * Delete a public ACME account (older form)
   *
   * Operation `deleteAcmeAccountV1` (`DELETE /api/acme/v1/account/{acmeAccountId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  deleteAccountV1(input: AcmeDeleteAccountV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAcmeAccountV1"]>> {
    return this.send("deleteAcmeAccountV1", input, options);
  }

  /**
   * Delete a Universal ACME account
   *
   * Operation `deleteUniversalAcmeAccount` (`DELETE /api/acme/v1/pca/account/{acmeAccountId}`).
   */
  deleteUniversalAccount(input: AcmeDeleteUniversalAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteUniversalAcmeAccount"]>> {
    return this.send("deleteUniversalAcmeAccount", input, options);
  }

  /**
   * Read a public ACME account
   *
   * Operation `getAcmeAccount` (`GET /api/acme/v2/account/{acmeAccountId}`).
   */
  getAccount(input: AcmeGetAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getAcmeAccount"]>> {
    return this.send("getAcmeAccount", input, options);
  }

  /**
   * Read a public ACME account (older form)
   *
   * Operation `getAcmeAccountV1` (`GET /api/acme/v1/account/{acmeAccountId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  getAccountV1(input: AcmeGetAccountV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getAcmeAccountV1"]>> {
    return this.send("getAcmeAccountV1", input, options);
  }

  /**
   * Read a Universal ACME account
   *
   * Operation `getUniversalAcmeAccount` (`GET /api/acme/v1/pca/account/{acmeAccountId}`).
   */
  getUniversalAccount(input: AcmeGetUniversalAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getUniversalAcmeAccount"]>> {
    return this.send("getUniversalAcmeAccount", input, options);
  }

  /**
   * List the ACME clients registered on a public ACME account
   *
   * Operation `listAcmeAccountClients` (`GET /api/acme/v2/account/{acmeAccountId}/client`).
   */
  listAccountClients(input: AcmeListAccountClientsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listAcmeAccountClients"], "">> {
    return this.page("listAcmeAccountClients", input, options);
  }

  /**
   * List the domains of a public ACME account
   *
   * Operation `listAcmeAccountDomains` (`GET /api/acme/v2/account/{acmeAccountId}/domain`).
   */
  listAccountDomains(input: AcmeListAccountDomainsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listAcmeAccountDomains"], "">> {
    return this.page("listAcmeAccountDomains", input, options);
  }

  /**
   * List public ACME accounts, filtered and paged
   *
   * Operation `listAcmeAccounts` (`GET /api/acme/v2/account`).
   */
  listAccounts(input: AcmeListAccountsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAcmeAccounts"], "">> {
    return this.page("listAcmeAccounts", input, options);
  }

  /**
   * List public ACME accounts (older form)
   *
   * Operation `listAcmeAccountsV1` (`GET /api/acme/v1/account`).
   * @deprecated The vendor marks this operation deprecated.
   */
  listAccountsV1(input: AcmeListAccountsV1Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAcmeAccountsV1"], "">> {
    return this.page("listAcmeAccountsV1", input, options);
  }

  /**
   * List the Sectigo public ACME servers
   *
   * Operation `listAcmeServers` (`GET /api/acme/v1/server`).
   */
  listServers(input: AcmeListServersInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAcmeServers"], "">> {
    return this.page("listAcmeServers", input, options);
  }

  /**
   * List the ACME clients registered on a Universal ACME account
   *
   * Operation `listUniversalAcmeAccountClients` (`GET /api/acme/v1/pca/account/{acmeAccountId}/client`).
   */
  listUniversalAccountClients(input: AcmeListUniversalAccountClientsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listUniversalAcmeAccountClients"], "">> {
    return this.page("listUniversalAcmeAccountClients", input, options);
  }

  /**
   * List Universal (private CA) ACME accounts
   *
   * Operation `listUniversalAcmeAccounts` (`GET /api/acme/v1/pca/account`).
   */
  listUniversalAccounts(input: AcmeListUniversalAccountsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listUniversalAcmeAccounts"], "">> {
    return this.page("listUniversalAcmeAccounts", input, options);
  }

  /**
   * Remove domains from a public ACME account
   *
   * Operation `removeAcmeAccountDomains` (`DELETE /api/acme/v2/account/{acmeAccountId}/domain`).
   */
  removeAccountDomains(input: AcmeRemoveAccountDomainsInput, options?: CallOptions): ApiPromise<SuccessBody<operations["removeAcmeAccountDomains"]>> {
    return this.send("removeAcmeAccountDomains", input, options);
  }

  /**
   * Remove domains from a public ACME account (older form)
   *
   * Operation `removeAcmeAccountDomainsV1` (`DELETE /api/acme/v1/account/{acmeAccountId}/domains`).
   * @deprecated The vendor marks this operation deprecated.
   */
  removeAccountDomainsV1(input: AcmeRemoveAccountDomainsV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["removeAcmeAccountDomainsV1"]>> {
    return this.send("removeAcmeAccountDomainsV1", input, options);
  }

  /**
   * Rename a public ACME account
   *
   * Operation `updateAcmeAccount` (`PUT /api/acme/v2/account/{acmeAccountId}`).
   */
  updateAccount(input: AcmeUpdateAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAcmeAccount"]>> {
    return this.send("updateAcmeAccount", input, options);
  }

  /**
   * Rename a public ACME account (older form)
   *
   * Operation `updateAcmeAccountV1` (`PUT /api/acme/v1/account/{acmeAccountId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  updateAccountV1(input: AcmeUpdateAccountV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAcmeAccountV1"]>> {
    return this.send("updateAcmeAccountV1", input, options);
  }

  /**
   * Rename a Universal ACME account
   *
   * Operation `updateUniversalAcmeAccount` (`PUT /api/acme/v1/pca/account/{acmeAccountId}`).
   */
  updateUniversalAccount(input: AcmeUpdateUniversalAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateUniversalAcmeAccount"]>> {
    return this.send("updateUniversalAcmeAccount", input, options);
  }

  /**
   * Check EV organization details for a Sectigo ACME account (Admin API)
   *
   * Checks EV organization details against the CA and answers with the domains they cover. Deprecated by the vendor.
   *
   * Operation `validateAcmeEvDetails` (`POST /api/acme/v1/evdetails/validation`).
   * @deprecated The vendor marks this operation deprecated.
   */
  validateEvDetails(input: AcmeValidateEvDetailsInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["validateAcmeEvDetails"]>> {
    return this.send("validateAcmeEvDetails", input, options);
  }
}

/** Administrators, roles, privileges and identity providers. */
export class AdminsResource extends Resource {
  /**
   * Change the password of the calling administrator
   *
   * Operation `changeAdminPassword` (`POST /api/admin/v1/changepassword`).
   */
  changePassword(input: AdminsChangePasswordInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["changeAdminPassword"]>> {
    return this.send("changeAdminPassword", input, options);
  }

  /**
   * Create an administrator (standard, API, IdP or SAS)
   *
   * Creates a standard, API, IdP or SAS administrator; `type` selects which. Standard and API admins need `login` and `password`, IdP admins an `identityProviderId`.
   *
   * Operation `createAdmin` (`POST /api/admin/v1`).
   */
  create(input: AdminsCreateInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["createAdmin"]>> {
    return this.send("createAdmin", input, options);
  }

  /**
   * Delete an administrator
   *
   * Operation `deleteAdmin` (`DELETE /api/admin/v1/{adminId}`).
   */
  delete(input: AdminsDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAdmin"]>> {
    return this.send("deleteAdmin", input, options);
  }

  /**
   * Read an administrator (standard, API, IdP or SAS)
   *
   * The shape is the same for standard, API, IdP and SAS administrators; fields that do not apply are absent.
   *
   * Operation `getAdmin` (`GET /api/admin/v1/{adminId}`).
   */
  get(input: AdminsGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getAdmin"]>> {
    return this.send("getAdmin", input, options);
  }

  /**
   * Read the password state of the calling administrator
   *
   * Operation `getAdminPasswordState` (`GET /api/admin/v1/password`).
   */
  getPasswordState(input: AdminsGetPasswordStateInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getAdminPasswordState"]>> {
    return this.send("getAdminPasswordState", input, options);
  }

  /**
   * List administrators, filtered and paged
   *
   * Operation `listAdmins` (`GET /api/admin/v1`).
   */
  list(input: AdminsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAdmins"], "">> {
    return this.page("listAdmins", input, options);
  }

  /**
   * List the identity providers administrators can sign in with
   *
   * Operation `listIdentityProviders` (`GET /api/admin/v1/idp`).
   */
  listIdentityProviders(input: AdminsListIdentityProvidersInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdentityProviders"], "">> {
    return this.page("listIdentityProviders", input, options);
  }

  /**
   * List the privileges available for a role
   *
   * Operation `listAdminPrivileges` (`GET /api/admin/v1/privileges`).
   */
  listPrivileges(input: AdminsListPrivilegesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listAdminPrivileges"], "">> {
    return this.page("listAdminPrivileges", input, options);
  }

  /**
   * List the roles the caller can grant
   *
   * Operation `listAdminRoles` (`GET /api/admin/v1/roles`).
   */
  listRoles(input: AdminsListRolesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAdminRoles"], "">> {
    return this.page("listAdminRoles", input, options);
  }

  /**
   * Detach an IdP administrator from its IdP template
   *
   * Operation `unlinkAdminFromTemplate` (`PUT /api/admin/v1/{adminId}/unlink`).
   */
  unlinkFromTemplate(input: AdminsUnlinkFromTemplateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["unlinkAdminFromTemplate"]>> {
    return this.send("unlinkAdminFromTemplate", input, options);
  }

  /**
   * Change an administrator (standard, API, IdP or SAS)
   *
   * Operation `updateAdmin` (`PUT /api/admin/v1/{adminId}`).
   */
  update(input: AdminsUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAdmin"]>> {
    return this.send("updateAdmin", input, options);
  }
}

/** Network agents (with their servers and nodes) and MS agents. */
export class AgentsResource extends Resource {
  /**
   * Register an MS agent and get its activation token
   *
   * Registers an MS agent; the answer holds the one-time installation token the agent needs.
   *
   * Operation `createMsAgent` (`POST /api/agent/v1/ms`).
   */
  createMs(input: AgentsCreateMsInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["createMsAgent"]>> {
    return this.send("createMsAgent", input, options);
  }

  /**
   * Register a network agent
   *
   * Registers a network agent; the answer holds the one-time installation token the agent needs.
   *
   * Operation `createNetworkAgent` (`POST /api/agent/v1/network`).
   */
  createNetwork(input: AgentsCreateNetworkInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createNetworkAgent"]>> {
    return this.send("createNetworkAgent", input, options);
  }

  /**
   * Add a server to a network agent
   *
   * Operation `createNetworkAgentServer` (`POST /api/agent/v1/network/{agentId}/server`).
   */
  createNetworkServer(input: AgentsCreateNetworkServerInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createNetworkAgentServer"]>> {
    return this.send("createNetworkAgentServer", input, options);
  }

  /**
   * Delete an MS agent
   *
   * Operation `deleteMsAgent` (`DELETE /api/agent/v1/ms/{agentId}`).
   */
  deleteMs(input: AgentsDeleteMsInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteMsAgent"]>> {
    return this.send("deleteMsAgent", input, options);
  }

  /**
   * Delete a network agent
   *
   * Operation `deleteNetworkAgent` (`DELETE /api/agent/v1/network/{agentId}`).
   */
  deleteNetwork(input: AgentsDeleteNetworkInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteNetworkAgent"]>> {
    return this.send("deleteNetworkAgent", input, options);
  }

  /**
   * Remove a server from a network agent
   *
   * Operation `deleteNetworkAgentServer` (`DELETE /api/agent/v1/network/{agentId}/server/{serverId}`).
   */
  deleteNetworkServer(input: AgentsDeleteNetworkServerInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteNetworkAgentServer"]>> {
    return this.send("deleteNetworkAgentServer", input, options);
  }

  /**
   * Read an MS agent
   *
   * Operation `getMsAgent` (`GET /api/agent/v1/ms/{agentId}`).
   */
  getMs(input: AgentsGetMsInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getMsAgent"]>> {
    return this.send("getMsAgent", input, options);
  }

  /**
   * Read a network agent
   *
   * Operation `getNetworkAgent` (`GET /api/agent/v1/network/{agentId}`).
   */
  getNetwork(input: AgentsGetNetworkInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getNetworkAgent"]>> {
    return this.send("getNetworkAgent", input, options);
  }

  /**
   * Read a server managed by a network agent
   *
   * Operation `getNetworkAgentServer` (`GET /api/agent/v1/network/{agentId}/server/{serverId}`).
   */
  getNetworkServer(input: AgentsGetNetworkServerInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getNetworkAgentServer"]>> {
    return this.send("getNetworkAgentServer", input, options);
  }

  /**
   * Read a node of a server
   *
   * Operation `getNetworkAgentServerNode` (`GET /api/agent/v1/network/{agentId}/server/{serverId}/node/{nodeId}`).
   */
  getNetworkServerNode(input: AgentsGetNetworkServerNodeInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getNetworkAgentServerNode"]>> {
    return this.send("getNetworkAgentServerNode", input, options);
  }

  /**
   * List MS agents
   *
   * Operation `listMsAgents` (`GET /api/agent/v1/ms`).
   */
  listMs(input: AgentsListMsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listMsAgents"], "">> {
    return this.page("listMsAgents", input, options);
  }

  /**
   * List network agents, or only count them with countOnly
   *
   * With `countOnly=true` the body is empty and only `X-Total-Count` is set.
   *
   * Operation `listNetworkAgents` (`GET /api/agent/v1/network`).
   */
  listNetwork(input: AgentsListNetworkInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listNetworkAgents"], "">> {
    return this.page("listNetworkAgents", input, options);
  }

  /**
   * List the nodes (sites, bindings) of a server, or only count them
   *
   * With `countOnly=true` the body is empty and only `X-Total-Count` is set.
   *
   * Operation `listNetworkAgentServerNodes` (`GET /api/agent/v1/network/{agentId}/server/{serverId}/node`).
   */
  listNetworkServerNodes(input: AgentsListNetworkServerNodesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listNetworkAgentServerNodes"], "">> {
    return this.page("listNetworkAgentServerNodes", input, options);
  }

  /**
   * List the servers a network agent manages, or only count them
   *
   * With `countOnly=true` the body is empty and only `X-Total-Count` is set.
   *
   * Operation `listNetworkAgentServers` (`GET /api/agent/v1/network/{agentId}/server`).
   */
  listNetworkServers(input: AgentsListNetworkServersInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listNetworkAgentServers"], "">> {
    return this.page("listNetworkAgentServers", input, options);
  }

  /**
   * Change an MS agent
   *
   * Operation `updateMsAgent` (`PUT /api/agent/v1/ms/{agentId}`).
   */
  updateMs(input: AgentsUpdateMsInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateMsAgent"]>> {
    return this.send("updateMsAgent", input, options);
  }

  /**
   * Change a network agent
   *
   * Operation `updateNetworkAgent` (`PUT /api/agent/v1/network/{agentId}`).
   */
  updateNetwork(input: AgentsUpdateNetworkInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateNetworkAgent"]>> {
    return this.send("updateNetworkAgent", input, options);
  }

  /**
   * Change a server managed by a network agent
   *
   * Operation `updateNetworkAgentServer` (`PUT /api/agent/v1/network/{agentId}/server/{serverId}`).
   */
  updateNetworkServer(input: AgentsUpdateNetworkServerInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateNetworkAgentServer"]>> {
    return this.send("updateNetworkAgentServer", input, options);
  }
}

/** Azure Key Vault accounts used for key generation and discovery. */
export class AzureResource extends Resource {
  /**
   * Test that an Azure Key Vault account's credentials work
   *
   * Operation `checkAzureAccount` (`GET /api/azure/v1/accounts/{azureAccountId}/check`).
   */
  checkAccount(input: AzureCheckAccountInput, options?: OperationPagingOptions): Paged<ItemOf<operations["checkAzureAccount"], "">> {
    return this.page("checkAzureAccount", input, options);
  }

  /**
   * Register an Azure Key Vault account
   *
   * Operation `createAzureAccount` (`POST /api/azure/v1/accounts`).
   */
  createAccount(input: AzureCreateAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createAzureAccount"]>> {
    return this.send("createAzureAccount", input, options);
  }

  /**
   * Set the organizations an Azure Key Vault account is delegated to
   *
   * Operation `delegateAzureAccount` (`PUT /api/azure/v1/accounts/{azureAccountId}/delegations`).
   */
  delegateAccount(input: AzureDelegateAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["delegateAzureAccount"]>> {
    return this.send("delegateAzureAccount", input, options);
  }

  /**
   * Delete an Azure Key Vault account
   *
   * Operation `deleteAzureAccount` (`DELETE /api/azure/v1/accounts/{azureAccountId}`).
   */
  deleteAccount(input: AzureDeleteAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAzureAccount"]>> {
    return this.send("deleteAzureAccount", input, options);
  }

  /**
   * Read an Azure Key Vault account
   *
   * Operation `getAzureAccount` (`GET /api/azure/v1/accounts/{azureAccountId}`).
   */
  getAccount(input: AzureGetAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getAzureAccount"]>> {
    return this.send("getAzureAccount", input, options);
  }

  /**
   * List the key vaults of an Azure resource group
   *
   * Operation `listAzureKeyVaults` (`GET /api/azure/v1/accounts/{azureAccountId}/subscriptions/{subscriptionId}/resource-groups/{resourceGroupName}/vaults`).
   */
  list(input: AzureListInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listAzureKeyVaults"], "">> {
    return this.page("listAzureKeyVaults", input, options);
  }

  /**
   * List Azure Key Vault accounts
   *
   * Operation `listAzureAccounts` (`GET /api/azure/v1/accounts`).
   */
  listAccounts(input: AzureListAccountsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAzureAccounts"], "">> {
    return this.page("listAzureAccounts", input, options);
  }

  /**
   * List the Azure resource groups the account can see
   *
   * Operation `listAzureResourceGroups` (`GET /api/azure/v1/accounts/{azureAccountId}/resource-groups`).
   */
  listResourceGroups(input: AzureListResourceGroupsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listAzureResourceGroups"], "">> {
    return this.page("listAzureResourceGroups", input, options);
  }

  /**
   * Change an Azure Key Vault account
   *
   * Operation `updateAzureAccount` (`PUT /api/azure/v1/accounts/{azureAccountId}`).
   */
  updateAccount(input: AzureUpdateAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAzureAccount"]>> {
    return this.send("updateAzureAccount", input, options);
  }
}

/** Brand Indicators for Message Identification (Verified Mark) certificates. */
export class BimiResource extends Resource {
  /**
   * Approve a pending BIMI certificate request
   *
   * Operation `approveBimiCertificate` (`POST /api/brand-indicator/v1/approve/{certId}`).
   */
  approve(input: BimiApproveInput, options?: CallOptions): ApiPromise<SuccessBody<operations["approveBimiCertificate"]>> {
    return this.send("approveBimiCertificate", input, options);
  }

  /**
   * Download an issued BIMI certificate in the chosen format
   *
   * Operation `collectBimiCertificate` (`POST /api/brand-indicator/v1/collect/{certId}`).
   */
  collect(input: BimiCollectInput, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("collectBimiCertificate", input, options);
  }

  /**
   * Request a new BIMI certificate
   *
   * Requests a BIMI (Verified Mark) certificate. The new certificate is named by the `Location` header; poll getBimiCertificate and then collectBimiCertificate once it is issued.
   *
   * Operation `enrollBimiCertificate` (`POST /api/brand-indicator/v1/enroll`).
   */
  enroll(input: BimiEnrollInput, options?: CallOptions): ApiPromise<SuccessBody<operations["enrollBimiCertificate"]>> {
    return this.send("enrollBimiCertificate", input, options);
  }

  /**
   * Read the details of a BIMI certificate
   *
   * Operation `getBimiCertificate` (`GET /api/brand-indicator/v1/{certId}`).
   */
  get(input: BimiGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getBimiCertificate"]>> {
    return this.send("getBimiCertificate", input, options);
  }

  /**
   * Read the domain validation state of a BIMI order
   *
   * Operation `getBimiCertificateDcv` (`GET /api/brand-indicator/v1/{certId}/dcv`).
   */
  getDcv(input: BimiGetDcvInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getBimiCertificateDcv"]>> {
    return this.send("getBimiCertificateDcv", input, options);
  }

  /**
   * List BIMI (brand indicator) certificates, filtered and paged
   *
   * Operation `listBimiCertificates` (`GET /api/brand-indicator/v1`).
   */
  list(input: BimiListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listBimiCertificates"], "">> {
    return this.page("listBimiCertificates", input, options);
  }

  /**
   * Ask the CA to check the domain validation of a BIMI order again
   *
   * Operation `recheckBimiCertificateDcv` (`POST /api/brand-indicator/v1/{certId}/dcv/recheck`).
   */
  recheckDcv(input: BimiRecheckDcvInput, options?: CallOptions): ApiPromise<SuccessBody<operations["recheckBimiCertificateDcv"]>> {
    return this.send("recheckBimiCertificateDcv", input, options);
  }

  /**
   * Revoke a BIMI certificate
   *
   * Operation `revokeBimiCertificate` (`POST /api/brand-indicator/v1/revoke/{certId}`).
   */
  revoke(input: BimiRevokeInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeBimiCertificate"]>> {
    return this.send("revokeBimiCertificate", input, options);
  }

  /**
   * Change a BIMI request that is still requested, declined, rejected or invalid
   *
   * Operation `updateBimiCertificate` (`PUT /api/brand-indicator/v1/{certId}`).
   */
  update(input: BimiUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateBimiCertificate"]>> {
    return this.send("updateBimiCertificate", input, options);
  }
}

/** Certificate authorities available to the customer. */
export class CaBackendsResource extends Resource {
  /**
   * List the CA backends available to the customer
   *
   * Operation `listCaBackends` (`GET /api/ca-backend/v1`).
   */
  list(input: CaBackendsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listCaBackends"], "">> {
    return this.page("listCaBackends", input, options);
  }
}

/** Code signing certificates kept in SCM. */
export class CodeSigningResource extends Resource {
  /**
   * Import code signing certificates with their metadata
   *
   * Operation `importCodeSigningCertificates` (`POST /api/cscert/v1/import`).
   */
  import(input: CodeSigningImportInput, options?: CallOptions): ApiPromise<SuccessBody<operations["importCodeSigningCertificates"]>> {
    return this.send("importCodeSigningCertificates", input, options);
  }

  /**
   * Mark a code signing certificate as revoked without contacting the CA
   *
   * Operation `markCodeSigningCertificateRevoked` (`POST /api/cscert/v1/revoke/manual`).
   */
  markRevoked(input: CodeSigningMarkRevokedInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["markCodeSigningCertificateRevoked"]>> {
    return this.send("markCodeSigningCertificateRevoked", input, options);
  }
}

/** Deprecated signing service: developers submit files, administrators approve. */
export class CodeSigningOnDemandResource extends Resource {
  /**
   * Approve a submitted code signing request
   *
   * Operation `approveCodeSigningRequest` (`POST /api/csod/v1/requests/admin/approve`).
   * @deprecated The vendor marks this operation deprecated.
   */
  approve(input: CodeSigningOnDemandApproveInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["approveCodeSigningRequest"]>> {
    return this.send("approveCodeSigningRequest", input, options);
  }

  /**
   * Count the code signing requests visible to the administrator
   *
   * Operation `countCodeSigningRequests` (`GET /api/csod/v1/requests/admin/count`).
   * @deprecated The vendor marks this operation deprecated.
   */
  count(input: CodeSigningOnDemandCountInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["countCodeSigningRequests"]>> {
    return this.send("countCodeSigningRequests", input, options);
  }

  /**
   * Count the code signing requests the developer has opened
   *
   * Operation `countDeveloperCodeSigningRequests` (`GET /api/csod/v1/requests/developer/count`).
   * @deprecated The vendor marks this operation deprecated.
   */
  countDeveloper(input: CodeSigningOnDemandCountDeveloperInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["countDeveloperCodeSigningRequests"]>> {
    return this.send("countDeveloperCodeSigningRequests", input, options);
  }

  /**
   * Open a code signing request as a developer
   *
   * Operation `createCodeSigningRequest` (`POST /api/csod/v1/requests/developer`).
   * @deprecated The vendor marks this operation deprecated.
   */
  create(input: CodeSigningOnDemandCreateInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["createCodeSigningRequest"]>> {
    return this.send("createCodeSigningRequest", input, options);
  }

  /**
   * Decline a submitted code signing request
   *
   * Operation `declineCodeSigningRequest` (`POST /api/csod/v1/requests/admin/decline`).
   * @deprecated The vendor marks this operation deprecated.
   */
  decline(input: CodeSigningOnDemandDeclineInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["declineCodeSigningRequest"]>> {
    return this.send("declineCodeSigningRequest", input, options);
  }

  /**
   * Read one code signing request as an administrator
   *
   * Operation `getCodeSigningRequest` (`GET /api/csod/v1/requests/admin/{id}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  get(input: CodeSigningOnDemandGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getCodeSigningRequest"]>> {
    return this.send("getCodeSigningRequest", input, options);
  }

  /**
   * Read one of the developer's code signing requests
   *
   * Operation `getDeveloperCodeSigningRequest` (`GET /api/csod/v1/requests/developer/{id}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  getDeveloper(input: CodeSigningOnDemandGetDeveloperInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getDeveloperCodeSigningRequest"]>> {
    return this.send("getDeveloperCodeSigningRequest", input, options);
  }

  /**
   * List the code signing requests visible to the administrator
   *
   * Operation `listCodeSigningRequests` (`GET /api/csod/v1/requests/admin`).
   * @deprecated The vendor marks this operation deprecated.
   */
  list(input: CodeSigningOnDemandListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listCodeSigningRequests"], "">> {
    return this.page("listCodeSigningRequests", input, options);
  }

  /**
   * List the code signing requests the developer has opened
   *
   * Operation `listDeveloperCodeSigningRequests` (`GET /api/csod/v1/requests/developer`).
   * @deprecated The vendor marks this operation deprecated.
   */
  listDeveloper(input: CodeSigningOnDemandListDeveloperInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDeveloperCodeSigningRequests"], "">> {
    return this.page("listDeveloperCodeSigningRequests", input, options);
  }

  /**
   * Submit an uploaded code signing request for approval
   *
   * Operation `submitCodeSigningRequest` (`PUT /api/csod/v1/requests/developer`).
   * @deprecated The vendor marks this operation deprecated.
   */
  submit(input: CodeSigningOnDemandSubmitInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitCodeSigningRequest"]>> {
    return this.send("submitCodeSigningRequest", input, options);
  }

  /**
   * Upload the files to sign to the URL returned when the request was opened
   *
   * Uploads the files to sign as multipart parts with any unique names (`file1`, `file2`...). The target is the `uploadUrl` returned by createCodeSigningRequest: a code signing agent host, not the SCM host, often with a self-signed TLS certificate. Send its path and its `token` and `requestId` query values as given. No SCM credentials are sent.
   *
   * Operation `uploadCodeSigningFiles` (`POST /{uploadPath}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  uploadCodeSigningFiles(input: CodeSigningOnDemandUploadCodeSigningFilesInput, options?: CallOptions): ApiPromise<SuccessBody<operations["uploadCodeSigningFiles"]>> {
    return this.send("uploadCodeSigningFiles", input, options);
  }
}

/** Custom metadata fields stored with certificates. */
export class CustomFieldsResource extends Resource {
  /**
   * Create a custom field
   *
   * Operation `createCustomField` (`POST /api/customField/v2`).
   */
  create(input: CustomFieldsCreateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createCustomField"]>> {
    return this.send("createCustomField", input, options);
  }

  /**
   * Create a custom field (older form)
   *
   * Operation `createCustomFieldV1` (`POST /api/customField/v1`).
   * @deprecated The vendor marks this operation deprecated.
   */
  createV1(input: CustomFieldsCreateV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createCustomFieldV1"]>> {
    return this.send("createCustomFieldV1", input, options);
  }

  /**
   * Delete a custom field
   *
   * Operation `deleteCustomField` (`DELETE /api/customField/v2/{customFieldId}`).
   */
  delete(input: CustomFieldsDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteCustomField"]>> {
    return this.send("deleteCustomField", input, options);
  }

  /**
   * Delete a custom field (older form)
   *
   * Operation `deleteCustomFieldV1` (`DELETE /api/customField/v1/{customFieldId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  deleteV1(input: CustomFieldsDeleteV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteCustomFieldV1"]>> {
    return this.send("deleteCustomFieldV1", input, options);
  }

  /**
   * Read one custom field
   *
   * Operation `getCustomField` (`GET /api/customField/v2/{customFieldId}`).
   */
  get(input: CustomFieldsGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getCustomField"]>> {
    return this.send("getCustomField", input, options);
  }

  /**
   * List custom fields, optionally for one certificate type
   *
   * Operation `listCustomFields` (`GET /api/customField/v2`).
   */
  list(input: CustomFieldsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listCustomFields"], "">> {
    return this.page("listCustomFields", input, options);
  }

  /**
   * List the SSL custom fields (older form)
   *
   * Operation `listSslCustomFieldsV1` (`GET /api/customField/v1/ssl`).
   * @deprecated The vendor marks this operation deprecated.
   */
  listSslV1(input: CustomFieldsListSslV1Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCustomFieldsV1"], "">> {
    return this.page("listSslCustomFieldsV1", input, options);
  }

  /**
   * List custom fields (older form)
   *
   * Operation `listCustomFieldsV1` (`GET /api/customField/v1`).
   * @deprecated The vendor marks this operation deprecated.
   */
  listV1(input: CustomFieldsListV1Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listCustomFieldsV1"], "">> {
    return this.page("listCustomFieldsV1", input, options);
  }

  /**
   * Change a custom field
   *
   * Operation `updateCustomField` (`PUT /api/customField/v2`).
   */
  update(input: CustomFieldsUpdateInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["updateCustomField"]>> {
    return this.send("updateCustomField", input, options);
  }

  /**
   * Change a custom field (older form)
   *
   * Operation `updateCustomFieldV1` (`PUT /api/customField/v1`).
   * @deprecated The vendor marks this operation deprecated.
   */
  updateV1(input: CustomFieldsUpdateV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateCustomFieldV1"]>> {
    return this.send("updateCustomFieldV1", input, options);
  }
}

/** Domain control validation by e-mail, HTTP(S), CNAME or TXT. */
export class DcvResource extends Resource {
  /**
   * Reset a domain's validation so it can be started again
   *
   * Operation `clearDomainValidation` (`POST /api/dcv/v1/validation/clear`).
   */
  clear(input: DcvClearInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["clearDomainValidation"]>> {
    return this.send("clearDomainValidation", input, options);
  }

  /**
   * Reset the domain validation of a domain (Admin API)
   *
   * Operation `clearDomainValidationV2` (`POST /api/dcv/v2/validation/clear`).
   */
  clearV2(input: DcvClearV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["clearDomainValidationV2"]>> {
    return this.send("clearDomainValidationV2", input, options);
  }

  /**
   * Remove a domain's validation
   *
   * Operation `deleteDomainValidation` (`POST /api/dcv/v1/validation/delete`).
   */
  delete(input: DcvDeleteInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteDomainValidation"]>> {
    return this.send("deleteDomainValidation", input, options);
  }

  /**
   * Delete the domain validation of a domain (Admin API)
   *
   * Operation `deleteDomainValidationV2` (`POST /api/dcv/v2/validation/delete`).
   */
  deleteV2(input: DcvDeleteV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteDomainValidationV2"]>> {
    return this.send("deleteDomainValidationV2", input, options);
  }

  /**
   * Read the domain control validation state of a domain
   *
   * Operation `getDomainValidationStatus` (`POST /api/dcv/v2/validation/status`).
   */
  getStatus(input: DcvGetStatusInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getDomainValidationStatus"]>> {
    return this.send("getDomainValidationStatus", input, options);
  }

  /**
   * Read the domain control validation state of a domain (older form)
   *
   * Operation `getDomainValidationStatusV1` (`POST /api/dcv/v1/validation/status`).
   * @deprecated The vendor marks this operation deprecated.
   */
  getStatusV1(input: DcvGetStatusV1Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getDomainValidationStatusV1"]>> {
    return this.send("getDomainValidationStatusV1", input, options);
  }

  /**
   * List domains with their domain control validation state
   *
   * Operation `listDomainValidations` (`GET /api/dcv/v1/validation`).
   */
  list(input: DcvListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDomainValidations"], "">> {
    return this.page("listDomainValidations", input, options);
  }

  /**
   * List domain validations, filtered and paged (Admin API)
   *
   * Operation `listDomainValidationsV2` (`GET /api/dcv/v2/validation`).
   */
  listV2(input: DcvListV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDomainValidationsV2"], "">> {
    return this.page("listDomainValidationsV2", input, options);
  }

  /**
   * Start CNAME-based validation of a domain and get the record to publish
   *
   * Operation `startDomainValidationCname` (`POST /api/dcv/v1/validation/start/domain/cname`).
   */
  startCname(input: DcvStartCnameInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationCname"]>> {
    return this.send("startDomainValidationCname", input, options);
  }

  /**
   * Start CNAME validation of a domain (Admin API)
   *
   * Operation `startDomainValidationCnameV2` (`POST /api/dcv/v2/validation/start/domain/cname`).
   */
  startCnameV2(input: DcvStartCnameV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationCnameV2"]>> {
    return this.send("startDomainValidationCnameV2", input, options);
  }

  /**
   * Start e-mail validation for one or several domains and get the allowed addresses
   *
   * Operation `startDomainValidationEmail` (`POST /api/dcv/v1/validation/start/domain/email`).
   */
  startEmail(input: DcvStartEmailInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationEmail"]>> {
    return this.send("startDomainValidationEmail", input, options);
  }

  /**
   * Start e-mail validation of a domain (Admin API)
   *
   * Operation `startDomainValidationEmailV2` (`POST /api/dcv/v2/validation/start/domain/email`).
   */
  startEmailV2(input: DcvStartEmailV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationEmailV2"]>> {
    return this.send("startDomainValidationEmailV2", input, options);
  }

  /**
   * Start HTTP file-based validation of a domain and get the file to publish
   *
   * Operation `startDomainValidationHttp` (`POST /api/dcv/v1/validation/start/domain/http`).
   */
  startHttp(input: DcvStartHttpInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationHttp"]>> {
    return this.send("startDomainValidationHttp", input, options);
  }

  /**
   * Start HTTPS file-based validation of a domain and get the file to publish
   *
   * Operation `startDomainValidationHttps` (`POST /api/dcv/v1/validation/start/domain/https`).
   */
  startHttps(input: DcvStartHttpsInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationHttps"]>> {
    return this.send("startDomainValidationHttps", input, options);
  }

  /**
   * Start HTTPS file validation of a domain (Admin API)
   *
   * Operation `startDomainValidationHttpsV2` (`POST /api/dcv/v2/validation/start/domain/https`).
   */
  startHttpsV2(input: DcvStartHttpsV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationHttpsV2"]>> {
    return this.send("startDomainValidationHttpsV2", input, options);
  }

  /**
   * Start HTTP file validation of a domain (Admin API)
   *
   * Operation `startDomainValidationHttpV2` (`POST /api/dcv/v2/validation/start/domain/http`).
   */
  startHttpV2(input: DcvStartHttpV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationHttpV2"]>> {
    return this.send("startDomainValidationHttpV2", input, options);
  }

  /**
   * Start DNS TXT validation of a domain (Admin API)
   *
   * Operation `startDomainValidationTxtV2` (`POST /api/dcv/v2/validation/start/domain/txt`).
   */
  startTxtV2(input: DcvStartTxtV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["startDomainValidationTxtV2"]>> {
    return this.send("startDomainValidationTxtV2", input, options);
  }

  /**
   * Tell the CA the CNAME record is in place, or have a DNS connector publish it
   *
   * Operation `submitDomainValidationCname` (`POST /api/dcv/v1/validation/submit/domain/cname`).
   */
  submitCname(input: DcvSubmitCnameInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationCname"]>> {
    return this.send("submitDomainValidationCname", input, options);
  }

  /**
   * Submit a domain for CNAME validation (Admin API)
   *
   * Operation `submitDomainValidationCnameV2` (`POST /api/dcv/v2/validation/submit/domain/cname`).
   */
  submitCnameV2(input: DcvSubmitCnameV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationCnameV2"]>> {
    return this.send("submitDomainValidationCnameV2", input, options);
  }

  /**
   * Send the validation e-mail for a domain to the chosen address
   *
   * Operation `submitDomainValidationEmail` (`POST /api/dcv/v1/validation/submit/domain/email`).
   */
  submitEmail(input: DcvSubmitEmailInput, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationEmail"]>> {
    return this.send("submitDomainValidationEmail", input, options);
  }

  /**
   * Send validation e-mails for several domains to one address
   *
   * Operation `submitDomainValidationEmailBulk` (`POST /api/dcv/v1/validation/submit-bulk/domain/email`).
   */
  submitEmailBulk(input: DcvSubmitEmailBulkInput, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationEmailBulk"]>> {
    return this.send("submitDomainValidationEmailBulk", input, options);
  }

  /**
   * Submit several domains for e-mail validation (Admin API)
   *
   * Operation `submitDomainValidationEmailBulkV2` (`POST /api/dcv/v2/validation/submit-bulk/domain/email`).
   */
  submitEmailBulkV2(input: DcvSubmitEmailBulkV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationEmailBulkV2"]>> {
    return this.send("submitDomainValidationEmailBulkV2", input, options);
  }

  /**
   * Submit a domain for e-mail validation (Admin API)
   *
   * Operation `submitDomainValidationEmailV2` (`POST /api/dcv/v2/validation/submit/domain/email`).
   */
  submitEmailV2(input: DcvSubmitEmailV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationEmailV2"]>> {
    return this.send("submitDomainValidationEmailV2", input, options);
  }

  /**
   * Tell the CA the HTTP validation file is in place
   *
   * Operation `submitDomainValidationHttp` (`POST /api/dcv/v1/validation/submit/domain/http`).
   */
  submitHttp(input: DcvSubmitHttpInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationHttp"]>> {
    return this.send("submitDomainValidationHttp", input, options);
  }

  /**
   * Tell the CA the HTTPS validation file is in place
   *
   * Operation `submitDomainValidationHttps` (`POST /api/dcv/v1/validation/submit/domain/https`).
   */
  submitHttps(input: DcvSubmitHttpsInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationHttps"]>> {
    return this.send("submitDomainValidationHttps", input, options);
  }

  /**
   * Submit a domain for HTTPS file validation (Admin API)
   *
   * Operation `submitDomainValidationHttpsV2` (`POST /api/dcv/v2/validation/submit/domain/https`).
   */
  submitHttpsV2(input: DcvSubmitHttpsV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationHttpsV2"]>> {
    return this.send("submitDomainValidationHttpsV2", input, options);
  }

  /**
   * Submit a domain for HTTP file validation (Admin API)
   *
   * Operation `submitDomainValidationHttpV2` (`POST /api/dcv/v2/validation/submit/domain/http`).
   */
  submitHttpV2(input: DcvSubmitHttpV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationHttpV2"]>> {
    return this.send("submitDomainValidationHttpV2", input, options);
  }

  /**
   * Validate a domain with a TXT record
   *
   * Operation `submitDomainValidationTxt` (`POST /api/dcv/v1/validation/submit/domain/txt`).
   */
  submitTxt(input: DcvSubmitTxtInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationTxt"]>> {
    return this.send("submitDomainValidationTxt", input, options);
  }

  /**
   * Submit a domain for DNS TXT validation (Admin API)
   *
   * Operation `submitDomainValidationTxtV2` (`POST /api/dcv/v2/validation/submit/domain/txt`).
   */
  submitTxtV2(input: DcvSubmitTxtV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["submitDomainValidationTxtV2"]>> {
    return this.send("submitDomainValidationTxtV2", input, options);
  }

  /**
   * Refresh a domain's validation state from the CA
   *
   * Operation `syncDomainValidation` (`POST /api/dcv/v1/validation/sync`).
   */
  sync(input: DcvSyncInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["syncDomainValidation"]>> {
    return this.send("syncDomainValidation", input, options);
  }

  /**
   * Refresh domain validation state from the CA (Admin API)
   *
   * Operation `syncDomainValidationV2` (`POST /api/dcv/v2/validation/sync`).
   */
  syncV2(input: DcvSyncV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["syncDomainValidationV2"]>> {
    return this.send("syncDomainValidationV2", input, options);
  }
}

/** Device certificates. */
export class DeviceResource extends Resource {
  /**
   * Approve a pending device certificate request
   *
   * Operation `approveDeviceCertificate` (`POST /api/device/v1/approve/{certId}`).
   */
  approve(input: DeviceApproveInput, options?: CallOptions): ApiPromise<SuccessBody<operations["approveDeviceCertificate"]>> {
    return this.send("approveDeviceCertificate", input, options);
  }

  /**
   * Download an issued device certificate in the chosen format
   *
   * Operation `collectDeviceCertificate` (`GET /api/device/v1/collect/{certId}`).
   */
  collect(input: DeviceCollectInput, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("collectDeviceCertificate", input, options);
  }

  /**
   * Count device certificates matching the filters (total in X-Total-Count)
   *
   * Operation `countDeviceCertificates` (`HEAD /api/device/v1`).
   */
  count(input: DeviceCountInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["countDeviceCertificates"]>> {
    return this.send("countDeviceCertificates", input, options);
  }

  /**
   * Add a custom location to a device certificate
   *
   * Operation `createDeviceCertificateLocation` (`POST /api/device/v1/{certId}/location`).
   */
  createLocation(input: DeviceCreateLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createDeviceCertificateLocation"]>> {
    return this.send("createDeviceCertificateLocation", input, options);
  }

  /**
   * Decline a pending device certificate request
   *
   * Operation `declineDeviceCertificate` (`POST /api/device/v1/decline/{certId}`).
   */
  decline(input: DeviceDeclineInput, options?: CallOptions): ApiPromise<SuccessBody<operations["declineDeviceCertificate"]>> {
    return this.send("declineDeviceCertificate", input, options);
  }

  /**
   * Delete a device certificate record
   *
   * Operation `deleteDeviceCertificate` (`DELETE /api/device/v1/{certId}`).
   */
  delete(input: DeviceDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteDeviceCertificate"]>> {
    return this.send("deleteDeviceCertificate", input, options);
  }

  /**
   * Remove a custom location from a device certificate
   *
   * Operation `deleteDeviceCertificateLocation` (`DELETE /api/device/v1/{certId}/location/{locationId}`).
   */
  deleteLocation(input: DeviceDeleteLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteDeviceCertificateLocation"]>> {
    return this.send("deleteDeviceCertificateLocation", input, options);
  }

  /**
   * Request a new device certificate from a CSR
   *
   * Submits a CSR for a new device certificate. The answer carries `deviceCertId`; poll collectDeviceCertificate with it.
   *
   * Operation `enrollDeviceCertificate` (`POST /api/device/v1/enroll`).
   */
  enroll(input: DeviceEnrollInput, options?: CallOptions): ApiPromise<SuccessBody<operations["enrollDeviceCertificate"]>> {
    return this.send("enrollDeviceCertificate", input, options);
  }

  /**
   * Read the details of a device certificate
   *
   * Operation `getDeviceCertificate` (`GET /api/device/v1/{certId}`).
   */
  get(input: DeviceGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getDeviceCertificate"]>> {
    return this.send("getDeviceCertificate", input, options);
  }

  /**
   * Read one location of a device certificate
   *
   * Operation `getDeviceCertificateLocation` (`GET /api/device/v1/{certId}/location/{locationId}`).
   */
  getLocation(input: DeviceGetLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getDeviceCertificateLocation"]>> {
    return this.send("getDeviceCertificateLocation", input, options);
  }

  /**
   * Import device certificates with their metadata
   *
   * Operation `importDeviceCertificates` (`POST /api/device/v1/import`).
   */
  import(input: DeviceImportInput, options?: CallOptions): ApiPromise<SuccessBody<operations["importDeviceCertificates"]>> {
    return this.send("importDeviceCertificates", input, options);
  }

  /**
   * List device certificates, filtered and paged
   *
   * Operation `listDeviceCertificates` (`GET /api/device/v1`).
   */
  list(input: DeviceListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDeviceCertificates"], "">> {
    return this.page("listDeviceCertificates", input, options);
  }

  /**
   * List the custom fields that apply to device certificates
   *
   * Operation `listDeviceCustomFields` (`GET /api/device/v1/customFields`).
   */
  listCustomFields(input: DeviceListCustomFieldsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDeviceCustomFields"], "">> {
    return this.page("listDeviceCustomFields", input, options);
  }

  /**
   * List where a device certificate is installed
   *
   * Operation `listDeviceCertificateLocations` (`GET /api/device/v1/{certId}/location`).
   */
  listLocations(input: DeviceListLocationsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listDeviceCertificateLocations"], "">> {
    return this.page("listDeviceCertificateLocations", input, options);
  }

  /**
   * List the device certificate profiles available for enrollment
   *
   * Operation `listDeviceCertificateProfiles` (`GET /api/device/v1/types`).
   */
  listProfiles(input: DeviceListProfilesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDeviceCertificateProfiles"], "">> {
    return this.page("listDeviceCertificateProfiles", input, options);
  }

  /**
   * Mark a device certificate as revoked without contacting the CA
   *
   * Operation `markDeviceCertificateRevoked` (`POST /api/device/v1/revoke/manual`).
   */
  markRevoked(input: DeviceMarkRevokedInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["markDeviceCertificateRevoked"]>> {
    return this.send("markDeviceCertificateRevoked", input, options);
  }

  /**
   * Renew a device certificate by its ID
   *
   * Operation `renewDeviceCertificate` (`POST /api/device/v1/renew/order/{certId}`).
   */
  renew(input: DeviceRenewInput, options?: CallOptions): ApiPromise<SuccessBody<operations["renewDeviceCertificate"]>> {
    return this.send("renewDeviceCertificate", input, options);
  }

  /**
   * Renew a device certificate identified by its serial number
   *
   * Operation `renewDeviceCertificateBySerial` (`POST /api/device/v1/renew/serial/{serialNumber}`).
   */
  renewBySerial(input: DeviceRenewBySerialInput, options?: CallOptions): ApiPromise<SuccessBody<operations["renewDeviceCertificateBySerial"]>> {
    return this.send("renewDeviceCertificateBySerial", input, options);
  }

  /**
   * Replace a device certificate with a new CSR
   *
   * Operation `replaceDeviceCertificate` (`POST /api/device/v1/replace/order/{certId}`).
   */
  replace(input: DeviceReplaceInput, options?: CallOptions): ApiPromise<SuccessBody<operations["replaceDeviceCertificate"]>> {
    return this.send("replaceDeviceCertificate", input, options);
  }

  /**
   * Revoke a device certificate by its ID
   *
   * Operation `revokeDeviceCertificate` (`POST /api/device/v1/revoke/order/{certId}`).
   */
  revoke(input: DeviceRevokeInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeDeviceCertificate"]>> {
    return this.send("revokeDeviceCertificate", input, options);
  }

  /**
   * Revoke a device certificate identified by its serial number
   *
   * Operation `revokeDeviceCertificateBySerial` (`POST /api/device/v1/revoke/serial/{serialNumber}`).
   */
  revokeBySerial(input: DeviceRevokeBySerialInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeDeviceCertificateBySerial"]>> {
    return this.send("revokeDeviceCertificateBySerial", input, options);
  }

  /**
   * Change the editable details of a device certificate
   *
   * Operation `updateDeviceCertificate` (`PUT /api/device/v1/{certId}`).
   */
  update(input: DeviceUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateDeviceCertificate"]>> {
    return this.send("updateDeviceCertificate", input, options);
  }

  /**
   * Change a custom location of a device certificate
   *
   * Operation `updateDeviceCertificateLocation` (`PUT /api/device/v1/{certId}/location/{locationId}`).
   */
  updateLocation(input: DeviceUpdateLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateDeviceCertificateLocation"]>> {
    return this.send("updateDeviceCertificateLocation", input, options);
  }
}

/** Network, Active Directory and Azure Key Vault scans, buckets and assignment rules. */
export class DiscoveryResource extends Resource {
  /**
   * Assign certificates of a bucket to an organization
   *
   * Operation `assignDiscoveryBucketCertificates` (`POST /api/discovery/v1/bucket/{bucketId}/assign`).
   */
  assignBucketCertificates(input: DiscoveryAssignBucketCertificatesInput, options?: CallOptions): ApiPromise<SuccessBody<operations["assignDiscoveryBucketCertificates"]>> {
    return this.send("assignDiscoveryBucketCertificates", input, options);
  }

  /**
   * Count the assignment rules
   *
   * Operation `countAssignmentRules` (`GET /api/discovery/v1/assignmentrule/count`).
   */
  countAssignmentRules(input: DiscoveryCountAssignmentRulesInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["countAssignmentRules"]>> {
    return this.send("countAssignmentRules", input, options);
  }

  /**
   * Create an MS Active Directory scan task
   *
   * Operation `createAdScanTask` (`POST /api/discovery/v4/ad_task`).
   */
  createAdScanTask(input: DiscoveryCreateAdScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createAdScanTask"]>> {
    return this.send("createAdScanTask", input, options);
  }

  /**
   * Create an MS Active Directory scan task (version 2)
   *
   * Operation `createAdScanTaskV2` (`POST /api/discovery/v2/ad_task`).
   * @deprecated The vendor marks this operation deprecated.
   */
  createAdScanTaskV2(input: DiscoveryCreateAdScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createAdScanTaskV2"]>> {
    return this.send("createAdScanTaskV2", input, options);
  }

  /**
   * Create an MS Active Directory scan task (version 3)
   *
   * Operation `createAdScanTaskV3` (`POST /api/discovery/v3/ad_task`).
   * @deprecated The vendor marks this operation deprecated.
   */
  createAdScanTaskV3(input: DiscoveryCreateAdScanTaskV3Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createAdScanTaskV3"]>> {
    return this.send("createAdScanTaskV3", input, options);
  }

  /**
   * Create a rule that assigns discovered certificates
   *
   * Operation `createAssignmentRule` (`POST /api/discovery/v1/assignmentrule`).
   */
  createAssignmentRule(input: DiscoveryCreateAssignmentRuleInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createAssignmentRule"]>> {
    return this.send("createAssignmentRule", input, options);
  }

  /**
   * Create an Azure Key Vault scan task
   *
   * Operation `createAzureScanTask` (`POST /api/discovery/v1/azure_task`).
   */
  createAzureScanTask(input: DiscoveryCreateAzureScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createAzureScanTask"]>> {
    return this.send("createAzureScanTask", input, options);
  }

  /**
   * Create a bucket that receives discovered certificates
   *
   * Operation `createDiscoveryBucket` (`POST /api/discovery/v1/bucket`).
   */
  createBucket(input: DiscoveryCreateBucketInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createDiscoveryBucket"]>> {
    return this.send("createDiscoveryBucket", input, options);
  }

  /**
   * Create a network scan task
   *
   * Operation `createNetworkScanTask` (`POST /api/discovery/v4/net_task`).
   */
  createNetworkScanTask(input: DiscoveryCreateNetworkScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createNetworkScanTask"]>> {
    return this.send("createNetworkScanTask", input, options);
  }

  /**
   * Create a network scan task (version 2)
   *
   * Operation `createNetworkScanTaskV2` (`POST /api/discovery/v2/net_task`).
   * @deprecated The vendor marks this operation deprecated.
   */
  createNetworkScanTaskV2(input: DiscoveryCreateNetworkScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createNetworkScanTaskV2"]>> {
    return this.send("createNetworkScanTaskV2", input, options);
  }

  /**
   * Create a network scan task (version 3)
   *
   * Operation `createNetworkScanTaskV3` (`POST /api/discovery/v3/net_task`).
   * @deprecated The vendor marks this operation deprecated.
   */
  createNetworkScanTaskV3(input: DiscoveryCreateNetworkScanTaskV3Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createNetworkScanTaskV3"]>> {
    return this.send("createNetworkScanTaskV3", input, options);
  }

  /**
   * Set the organizations a discovery bucket is delegated to
   *
   * Operation `delegateDiscoveryBucket` (`PUT /api/discovery/v1/bucket/{bucketId}/delegations`).
   */
  delegateBucket(input: DiscoveryDelegateBucketInput, options?: CallOptions): ApiPromise<SuccessBody<operations["delegateDiscoveryBucket"]>> {
    return this.send("delegateDiscoveryBucket", input, options);
  }

  /**
   * Delete an MS Active Directory scan task
   *
   * Operation `deleteAdScanTask` (`DELETE /api/discovery/v3/ad_task/{taskId}`).
   */
  deleteAdScanTask(input: DiscoveryDeleteAdScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAdScanTask"]>> {
    return this.send("deleteAdScanTask", input, options);
  }

  /**
   * Delete an MS Active Directory scan task (version 2)
   *
   * Operation `deleteAdScanTaskV2` (`DELETE /api/discovery/v2/ad_task/{taskId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  deleteAdScanTaskV2(input: DiscoveryDeleteAdScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAdScanTaskV2"]>> {
    return this.send("deleteAdScanTaskV2", input, options);
  }

  /**
   * Delete an Active Directory scan task (Admin API)
   *
   * Operation `deleteAdScanTaskV4` (`DELETE /api/discovery/v4/ad_task/{taskId}`).
   */
  deleteAdScanTaskV4(input: DiscoveryDeleteAdScanTaskV4Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAdScanTaskV4"]>> {
    return this.send("deleteAdScanTaskV4", input, options);
  }

  /**
   * Delete an assignment rule
   *
   * Operation `deleteAssignmentRule` (`DELETE /api/discovery/v1/assignmentrule/{ruleId}`).
   */
  deleteAssignmentRule(input: DiscoveryDeleteAssignmentRuleInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAssignmentRule"]>> {
    return this.send("deleteAssignmentRule", input, options);
  }

  /**
   * Delete an Azure Key Vault scan task
   *
   * Operation `deleteAzureScanTask` (`DELETE /api/discovery/v1/azure_task/{taskId}`).
   */
  deleteAzureScanTask(input: DiscoveryDeleteAzureScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteAzureScanTask"]>> {
    return this.send("deleteAzureScanTask", input, options);
  }

  /**
   * Delete a discovery bucket
   *
   * Operation `deleteDiscoveryBucket` (`DELETE /api/discovery/v1/bucket/{bucketId}`).
   */
  deleteBucket(input: DiscoveryDeleteBucketInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteDiscoveryBucket"]>> {
    return this.send("deleteDiscoveryBucket", input, options);
  }

  /**
   * Delete a network scan task
   *
   * Operation `deleteNetworkScanTask` (`DELETE /api/discovery/v3/net_task/{taskId}`).
   */
  deleteNetworkScanTask(input: DiscoveryDeleteNetworkScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteNetworkScanTask"]>> {
    return this.send("deleteNetworkScanTask", input, options);
  }

  /**
   * Delete a network scan task (version 2)
   *
   * Operation `deleteNetworkScanTaskV2` (`DELETE /api/discovery/v2/net_task/{taskId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  deleteNetworkScanTaskV2(input: DiscoveryDeleteNetworkScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteNetworkScanTaskV2"]>> {
    return this.send("deleteNetworkScanTaskV2", input, options);
  }

  /**
   * Delete a network scan task (Admin API)
   *
   * Operation `deleteNetworkScanTaskV4` (`DELETE /api/discovery/v4/net_task/{taskId}`).
   */
  deleteNetworkScanTaskV4(input: DiscoveryDeleteNetworkScanTaskV4Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteNetworkScanTaskV4"]>> {
    return this.send("deleteNetworkScanTaskV4", input, options);
  }

  /**
   * Read an MS Active Directory scan task
   *
   * Operation `getAdScanTask` (`GET /api/discovery/v4/ad_task/{taskId}`).
   */
  getAdScanTask(input: DiscoveryGetAdScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getAdScanTask"]>> {
    return this.send("getAdScanTask", input, options);
  }

  /**
   * Read an MS Active Directory scan task (version 2)
   *
   * Operation `getAdScanTaskV2` (`GET /api/discovery/v2/ad_task/{taskId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  getAdScanTaskV2(input: DiscoveryGetAdScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getAdScanTaskV2"]>> {
    return this.send("getAdScanTaskV2", input, options);
  }

  /**
   * Read an MS Active Directory scan task (version 3)
   *
   * Operation `getAdScanTaskV3` (`GET /api/discovery/v3/ad_task/{taskId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  getAdScanTaskV3(input: DiscoveryGetAdScanTaskV3Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getAdScanTaskV3"]>> {
    return this.send("getAdScanTaskV3", input, options);
  }

  /**
   * Read an assignment rule
   *
   * Operation `getAssignmentRule` (`GET /api/discovery/v1/assignmentrule/{ruleId}`).
   */
  getAssignmentRule(input: DiscoveryGetAssignmentRuleInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getAssignmentRule"]>> {
    return this.send("getAssignmentRule", input, options);
  }

  /**
   * Read an Azure Key Vault scan task
   *
   * Operation `getAzureScanTask` (`GET /api/discovery/v1/azure_task/{taskId}`).
   */
  getAzureScanTask(input: DiscoveryGetAzureScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getAzureScanTask"]>> {
    return this.send("getAzureScanTask", input, options);
  }

  /**
   * Read a discovery bucket
   *
   * Operation `getDiscoveryBucket` (`GET /api/discovery/v1/bucket/{bucketId}`).
   */
  getBucket(input: DiscoveryGetBucketInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getDiscoveryBucket"]>> {
    return this.send("getDiscoveryBucket", input, options);
  }

  /**
   * Read a network scan task
   *
   * Operation `getNetworkScanTask` (`GET /api/discovery/v4/net_task/{taskId}`).
   */
  getNetworkScanTask(input: DiscoveryGetNetworkScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getNetworkScanTask"]>> {
    return this.send("getNetworkScanTask", input, options);
  }

  /**
   * Read a network scan task (version 2)
   *
   * Operation `getNetworkScanTaskV2` (`GET /api/discovery/v2/net_task/{taskId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  getNetworkScanTaskV2(input: DiscoveryGetNetworkScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getNetworkScanTaskV2"]>> {
    return this.send("getNetworkScanTaskV2", input, options);
  }

  /**
   * Read a network scan task (version 3)
   *
   * Operation `getNetworkScanTaskV3` (`GET /api/discovery/v3/net_task/{taskId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  getNetworkScanTaskV3(input: DiscoveryGetNetworkScanTaskV3Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getNetworkScanTaskV3"]>> {
    return this.send("getNetworkScanTaskV3", input, options);
  }

  /**
   * Read what a discovery operation found
   *
   * Operation `getDiscoveryOperationResult` (`GET /api/discovery/v1/{taskType}/{taskId}/operation/{operationId}/result`).
   */
  getOperationResult(input: DiscoveryGetOperationResultInput, options?: OperationPagingOptions): Paged<ItemOf<operations["getDiscoveryOperationResult"], "data">> {
    return this.page("getDiscoveryOperationResult", input, options);
  }

  /**
   * List MS Active Directory scan tasks
   *
   * Operation `listAdScanTasks` (`GET /api/discovery/v3/ad_task`).
   */
  listAdScanTasks(input: DiscoveryListAdScanTasksInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAdScanTasks"], "">> {
    return this.page("listAdScanTasks", input, options);
  }

  /**
   * List MS Active Directory scan tasks (version 2)
   *
   * Operation `listAdScanTasksV2` (`GET /api/discovery/v2/ad_task`).
   * @deprecated The vendor marks this operation deprecated.
   */
  listAdScanTasksV2(input: DiscoveryListAdScanTasksV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAdScanTasksV2"], "">> {
    return this.page("listAdScanTasksV2", input, options);
  }

  /**
   * List Active Directory scan tasks (Admin API)
   *
   * Operation `listAdScanTasksV4` (`GET /api/discovery/v4/ad_task`).
   */
  listAdScanTasksV4(input: DiscoveryListAdScanTasksV4Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAdScanTasksV4"], "">> {
    return this.page("listAdScanTasksV4", input, options);
  }

  /**
   * List the IDs of the assignment rules
   *
   * Operation `listAssignmentRuleIds` (`GET /api/discovery/v1/assignmentrule`).
   */
  listAssignmentRuleIds(input: DiscoveryListAssignmentRuleIdsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAssignmentRuleIds"], "">> {
    return this.page("listAssignmentRuleIds", input, options);
  }

  /**
   * List Azure Key Vault scan tasks
   *
   * Operation `listAzureScanTasks` (`GET /api/discovery/v1/azure_task`).
   */
  listAzureScanTasks(input: DiscoveryListAzureScanTasksInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listAzureScanTasks"], "">> {
    return this.page("listAzureScanTasks", input, options);
  }

  /**
   * List the certificates held in a discovery bucket
   *
   * Operation `listDiscoveryBucketCertificates` (`GET /api/discovery/v1/bucket/{bucketId}/certificates`).
   */
  listBucketCertificates(input: DiscoveryListBucketCertificatesInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listDiscoveryBucketCertificates"], "data">> {
    return this.page("listDiscoveryBucketCertificates", input, options);
  }

  /**
   * List discovery buckets
   *
   * Operation `listDiscoveryBuckets` (`GET /api/discovery/v1/bucket`).
   */
  listBuckets(input: DiscoveryListBucketsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDiscoveryBuckets"], "">> {
    return this.page("listDiscoveryBuckets", input, options);
  }

  /**
   * List network scan tasks
   *
   * Operation `listNetworkScanTasks` (`GET /api/discovery/v3/net_task`).
   */
  listNetworkScanTasks(input: DiscoveryListNetworkScanTasksInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listNetworkScanTasks"], "">> {
    return this.page("listNetworkScanTasks", input, options);
  }

  /**
   * List network scan tasks (version 2)
   *
   * Operation `listNetworkScanTasksV2` (`GET /api/discovery/v2/net_task`).
   * @deprecated The vendor marks this operation deprecated.
   */
  listNetworkScanTasksV2(input: DiscoveryListNetworkScanTasksV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listNetworkScanTasksV2"], "">> {
    return this.page("listNetworkScanTasksV2", input, options);
  }

  /**
   * List network scan tasks (Admin API)
   *
   * Operation `listNetworkScanTasksV4` (`GET /api/discovery/v4/net_task`).
   */
  listNetworkScanTasksV4(input: DiscoveryListNetworkScanTasksV4Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listNetworkScanTasksV4"], "">> {
    return this.page("listNetworkScanTasksV4", input, options);
  }

  /**
   * List the runs (operations) of a discovery task
   *
   * Operation `listDiscoveryOperations` (`GET /api/discovery/v1/{taskType}/{taskId}/operation`).
   */
  listOperations(input: DiscoveryListOperationsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listDiscoveryOperations"], "data">> {
    return this.page("listDiscoveryOperations", input, options);
  }

  /**
   * Issue a new client secret for a discovery bucket
   *
   * Each call issues a new client secret and invalidates the old one.
   *
   * Operation `resetDiscoveryBucketClientSecret` (`PUT /api/discovery/v1/bucket/{bucketId}/reset-client-secret`).
   */
  resetBucketClientSecret(input: DiscoveryResetBucketClientSecretInput, options?: CallOptions): ApiPromise<SuccessBody<operations["resetDiscoveryBucketClientSecret"]>> {
    return this.send("resetDiscoveryBucketClientSecret", input, options);
  }

  /**
   * Apply the assignment rules to the certificates of a bucket
   *
   * Operation `runDiscoveryBucketRules` (`POST /api/discovery/v1/bucket/{bucketId}/runrules`).
   */
  runBucketRules(input: DiscoveryRunBucketRulesInput, options?: CallOptions): ApiPromise<SuccessBody<operations["runDiscoveryBucketRules"]>> {
    return this.send("runDiscoveryBucketRules", input, options);
  }

  /**
   * Run an MS Active Directory scan task now
   *
   * Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
   *
   * Operation `startAdScanTask` (`POST /api/discovery/v3/ad_task/{taskId}/start`).
   */
  startAdScanTask(input: DiscoveryStartAdScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["startAdScanTask"]>> {
    return this.send("startAdScanTask", input, options);
  }

  /**
   * Run an MS Active Directory scan task now (version 2)
   *
   * Operation `startAdScanTaskV2` (`POST /api/discovery/v2/ad_task/{taskId}/start`).
   * @deprecated The vendor marks this operation deprecated.
   */
  startAdScanTaskV2(input: DiscoveryStartAdScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["startAdScanTaskV2"]>> {
    return this.send("startAdScanTaskV2", input, options);
  }

  /**
   * Start an Active Directory scan task now (Admin API)
   *
   * Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
   *
   * Operation `startAdScanTaskV4` (`POST /api/discovery/v4/ad_task/{taskId}/start`).
   */
  startAdScanTaskV4(input: DiscoveryStartAdScanTaskV4Input, options?: CallOptions): ApiPromise<SuccessBody<operations["startAdScanTaskV4"]>> {
    return this.send("startAdScanTaskV4", input, options);
  }

  /**
   * Run an Azure Key Vault scan task now
   *
   * Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
   *
   * Operation `startAzureScanTask` (`POST /api/discovery/v1/azure_task/{taskId}/start`).
   */
  startAzureScanTask(input: DiscoveryStartAzureScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["startAzureScanTask"]>> {
    return this.send("startAzureScanTask", input, options);
  }

  /**
   * Run a network scan task now
   *
   * Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
   *
   * Operation `startNetworkScanTask` (`POST /api/discovery/v3/net_task/{taskId}/start`).
   */
  startNetworkScanTask(input: DiscoveryStartNetworkScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["startNetworkScanTask"]>> {
    return this.send("startNetworkScanTask", input, options);
  }

  /**
   * Run a network scan task now (version 2)
   *
   * Starts a scan; it runs in the background (see listDiscoveryOperations).
   *
   * Operation `startNetworkScanTaskV2` (`POST /api/discovery/v2/net_task/{taskId}/start`).
   * @deprecated The vendor marks this operation deprecated.
   */
  startNetworkScanTaskV2(input: DiscoveryStartNetworkScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["startNetworkScanTaskV2"]>> {
    return this.send("startNetworkScanTaskV2", input, options);
  }

  /**
   * Start a network scan task now (Admin API)
   *
   * Starts a scan; it runs in the background. Follow it with listDiscoveryOperations.
   *
   * Operation `startNetworkScanTaskV4` (`POST /api/discovery/v4/net_task/{taskId}/start`).
   */
  startNetworkScanTaskV4(input: DiscoveryStartNetworkScanTaskV4Input, options?: CallOptions): ApiPromise<SuccessBody<operations["startNetworkScanTaskV4"]>> {
    return this.send("startNetworkScanTaskV4", input, options);
  }

  /**
   * Stop a running discovery operation
   *
   * Operation `stopDiscoveryOperation` (`POST /api/discovery/v1/{taskType}/{taskId}/operation/{operationId}/stop`).
   */
  stopOperation(input: DiscoveryStopOperationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["stopDiscoveryOperation"]>> {
    return this.send("stopDiscoveryOperation", input, options);
  }

  /**
   * Change an MS Active Directory scan task
   *
   * Operation `updateAdScanTask` (`PUT /api/discovery/v4/ad_task/{taskId}`).
   */
  updateAdScanTask(input: DiscoveryUpdateAdScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAdScanTask"]>> {
    return this.send("updateAdScanTask", input, options);
  }

  /**
   * Change an MS Active Directory scan task (version 2, ID in the body)
   *
   * Operation `updateAdScanTaskV2` (`PUT /api/discovery/v2/ad_task`).
   * @deprecated The vendor marks this operation deprecated.
   */
  updateAdScanTaskV2(input: DiscoveryUpdateAdScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAdScanTaskV2"]>> {
    return this.send("updateAdScanTaskV2", input, options);
  }

  /**
   * Change an MS Active Directory scan task (version 3)
   *
   * Operation `updateAdScanTaskV3` (`PUT /api/discovery/v3/ad_task/{taskId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  updateAdScanTaskV3(input: DiscoveryUpdateAdScanTaskV3Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAdScanTaskV3"]>> {
    return this.send("updateAdScanTaskV3", input, options);
  }

  /**
   * Change an assignment rule (ID in the body)
   *
   * Operation `updateAssignmentRule` (`PUT /api/discovery/v1/assignmentrule`).
   */
  updateAssignmentRule(input: DiscoveryUpdateAssignmentRuleInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAssignmentRule"]>> {
    return this.send("updateAssignmentRule", input, options);
  }

  /**
   * Change an Azure Key Vault scan task
   *
   * Operation `updateAzureScanTask` (`PUT /api/discovery/v1/azure_task/{taskId}`).
   */
  updateAzureScanTask(input: DiscoveryUpdateAzureScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateAzureScanTask"]>> {
    return this.send("updateAzureScanTask", input, options);
  }

  /**
   * Change a discovery bucket
   *
   * Operation `updateDiscoveryBucket` (`PUT /api/discovery/v1/bucket/{bucketId}`).
   */
  updateBucket(input: DiscoveryUpdateBucketInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateDiscoveryBucket"]>> {
    return this.send("updateDiscoveryBucket", input, options);
  }

  /**
   * Change a network scan task
   *
   * Operation `updateNetworkScanTask` (`PUT /api/discovery/v4/net_task/{taskId}`).
   */
  updateNetworkScanTask(input: DiscoveryUpdateNetworkScanTaskInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateNetworkScanTask"]>> {
    return this.send("updateNetworkScanTask", input, options);
  }

  /**
   * Change a network scan task (version 2, ID in the body)
   *
   * Operation `updateNetworkScanTaskV2` (`PUT /api/discovery/v2/net_task`).
   * @deprecated The vendor marks this operation deprecated.
   */
  updateNetworkScanTaskV2(input: DiscoveryUpdateNetworkScanTaskV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateNetworkScanTaskV2"]>> {
    return this.send("updateNetworkScanTaskV2", input, options);
  }

  /**
   * Change a network scan task (version 3)
   *
   * Operation `updateNetworkScanTaskV3` (`PUT /api/discovery/v3/net_task/{taskId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  updateNetworkScanTaskV3(input: DiscoveryUpdateNetworkScanTaskV3Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateNetworkScanTaskV3"]>> {
    return this.send("updateNetworkScanTaskV3", input, options);
  }
}

/** DNS connectors used to publish DCV records. */
export class DnsConnectorsResource extends Resource {
  /**
   * Read a DNS connector
   *
   * Operation `getDnsConnector` (`GET /api/connector/v1/dns/{connectorId}`).
   */
  get(input: DnsConnectorsGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getDnsConnector"]>> {
    return this.send("getDnsConnector", input, options);
  }

  /**
   * List DNS connectors
   *
   * Operation `listDnsConnectors` (`GET /api/connector/v1/dns`).
   */
  list(input: DnsConnectorsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDnsConnectors"], "">> {
    return this.page("listDnsConnectors", input, options);
  }

  /**
   * List the DNS providers configured on a connector
   *
   * Operation `listDnsConnectorProviders` (`GET /api/connector/v1/dns/{connectorId}/provider`).
   */
  listProviders(input: DnsConnectorsListProvidersInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listDnsConnectorProviders"], "">> {
    return this.page("listDnsConnectorProviders", input, options);
  }
}

/** Domains, their delegation to organizations and CT log monitoring. */
export class DomainsResource extends Resource {
  /**
   * Activate a suspended domain
   *
   * Operation `activateDomain` (`PUT /api/domain/v1/{domainId}/activate`).
   */
  activate(input: DomainsActivateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["activateDomain"]>> {
    return this.send("activateDomain", input, options);
  }

  /**
   * Approve a requested domain delegation
   *
   * Operation `approveDomainDelegation` (`POST /api/domain/v1/{domainId}/delegation/approve`).
   */
  approveDelegation(input: DomainsApproveDelegationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["approveDomainDelegation"]>> {
    return this.send("approveDomainDelegation", input, options);
  }

  /**
   * Count domains matching the filters
   *
   * Operation `countDomains` (`GET /api/domain/v1/count`).
   * @deprecated The vendor marks this operation deprecated.
   */
  count(input: DomainsCountInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["countDomains"]>> {
    return this.send("countDomains", input, options);
  }

  /**
   * Create a domain
   *
   * Operation `createDomain` (`POST /api/domain/v1`).
   */
  create(input: DomainsCreateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createDomain"]>> {
    return this.send("createDomain", input, options);
  }

  /**
   * Delegate a domain to an organization or department
   *
   * Operation `delegateDomain` (`POST /api/domain/v1/{domainId}/delegation`).
   */
  delegate(input: DomainsDelegateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["delegateDomain"]>> {
    return this.send("delegateDomain", input, options);
  }

  /**
   * Delegate several domains at once
   *
   * Operation `delegateDomains` (`POST /api/domain/v1/delegation`).
   */
  delegateMany(input: DomainsDelegateManyInput, options?: CallOptions): ApiPromise<SuccessBody<operations["delegateDomains"]>> {
    return this.send("delegateDomains", input, options);
  }

  /**
   * Delete a domain
   *
   * Operation `deleteDomain` (`DELETE /api/domain/v1/{domainId}`).
   */
  delete(input: DomainsDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteDomain"]>> {
    return this.send("deleteDomain", input, options);
  }

  /**
   * Read a domain
   *
   * Operation `getDomain` (`GET /api/domain/v1/{domainId}`).
   */
  get(input: DomainsGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getDomain"]>> {
    return this.send("getDomain", input, options);
  }

  /**
   * List domains, filtered and paged
   *
   * Operation `listDomains` (`GET /api/domain/v1`).
   */
  list(input: DomainsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listDomains"], "">> {
    return this.page("listDomains", input, options);
  }

  /**
   * Reject a requested domain delegation
   *
   * Operation `rejectDomainDelegation` (`POST /api/domain/v1/{domainId}/delegation/reject`).
   */
  rejectDelegation(input: DomainsRejectDelegationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["rejectDomainDelegation"]>> {
    return this.send("rejectDomainDelegation", input, options);
  }

  /**
   * Remove a delegation of a domain
   *
   * Operation `removeDomainDelegation` (`DELETE /api/domain/v1/{domainId}/delegation`).
   */
  removeDelegation(input: DomainsRemoveDelegationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["removeDomainDelegation"]>> {
    return this.send("removeDomainDelegation", input, options);
  }

  /**
   * Suspend a domain
   *
   * Operation `suspendDomain` (`PUT /api/domain/v1/{domainId}/suspend`).
   */
  suspend(input: DomainsSuspendInput, options?: CallOptions): ApiPromise<SuccessBody<operations["suspendDomain"]>> {
    return this.send("suspendDomain", input, options);
  }

  /**
   * Turn Certificate Transparency log monitoring of a domain on or off, or change it
   *
   * Operation `updateDomainMonitoring` (`PUT /api/domain/v1/{domainId}/monitoring`).
   */
  updateMonitoring(input: DomainsUpdateMonitoringInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateDomainMonitoring"]>> {
    return this.send("updateDomainMonitoring", input, options);
  }
}

/** Enrollment endpoints (web forms, ACME, SCEP, EST, REST) and their accounts. */
export class EnrollmentEndpointsResource extends Resource {
  /**
   * Create an enrollment endpoint
   *
   * Operation `createEnrollmentEndpoint` (`POST /api/endpoint/v1`).
   */
  create(input: EnrollmentEndpointsCreateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createEnrollmentEndpoint"]>> {
    return this.send("createEnrollmentEndpoint", input, options);
  }

  /**
   * Create an account on an enrollment endpoint
   *
   * Operation `createEndpointAccount` (`POST /api/endpoint/v1/{endpointId}/account`).
   */
  createEndpointAccount(input: EnrollmentEndpointsCreateEndpointAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createEndpointAccount"]>> {
    return this.send("createEndpointAccount", input, options);
  }

  /**
   * Set the organizations an enrollment endpoint is delegated to
   *
   * Operation `delegateEnrollmentEndpoint` (`PUT /api/endpoint/v1/{endpointId}/delegations`).
   */
  delegate(input: EnrollmentEndpointsDelegateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["delegateEnrollmentEndpoint"]>> {
    return this.send("delegateEnrollmentEndpoint", input, options);
  }

  /**
   * Delete an enrollment endpoint
   *
   * Operation `deleteEnrollmentEndpoint` (`DELETE /api/endpoint/v1/{endpointId}`).
   */
  delete(input: EnrollmentEndpointsDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteEnrollmentEndpoint"]>> {
    return this.send("deleteEnrollmentEndpoint", input, options);
  }

  /**
   * Delete an account of an enrollment endpoint
   *
   * Operation `deleteEndpointAccount` (`DELETE /api/endpoint/v1/{endpointId}/account/{accountId}`).
   */
  deleteEndpointAccount(input: EnrollmentEndpointsDeleteEndpointAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteEndpointAccount"]>> {
    return this.send("deleteEndpointAccount", input, options);
  }

  /**
   * Read an enrollment endpoint
   *
   * Operation `getEnrollmentEndpoint` (`GET /api/endpoint/v1/{endpointId}`).
   */
  get(input: EnrollmentEndpointsGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getEnrollmentEndpoint"]>> {
    return this.send("getEnrollmentEndpoint", input, options);
  }

  /**
   * Read the configuration of an enrollment endpoint
   *
   * Operation `getEnrollmentEndpointConfig` (`GET /api/endpoint/v1/{id}/config`).
   */
  getConfig(input: EnrollmentEndpointsGetConfigInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getEnrollmentEndpointConfig"]>> {
    return this.send("getEnrollmentEndpointConfig", input, options);
  }

  /**
   * Read an account of an enrollment endpoint
   *
   * Operation `getEndpointAccount` (`GET /api/endpoint/v1/{endpointId}/account/{accountId}`).
   */
  getEndpointAccount(input: EnrollmentEndpointsGetEndpointAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getEndpointAccount"]>> {
    return this.send("getEndpointAccount", input, options);
  }

  /**
   * List enrollment endpoints
   *
   * Operation `listEnrollmentEndpoints` (`GET /api/endpoint/v1`).
   */
  list(input: EnrollmentEndpointsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEnrollmentEndpoints"], "">> {
    return this.page("listEnrollmentEndpoints", input, options);
  }

  /**
   * List the accounts of an enrollment endpoint
   *
   * Operation `listEndpointAccounts` (`GET /api/endpoint/v1/{endpointId}/account`).
   */
  listEndpointAccounts(input: EnrollmentEndpointsListEndpointAccountsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listEndpointAccounts"], "">> {
    return this.page("listEndpointAccounts", input, options);
  }

  /**
   * Remove all delegations of an enrollment endpoint
   *
   * Operation `removeEnrollmentEndpointDelegations` (`DELETE /api/endpoint/v1/{endpointId}/delegations`).
   */
  removeDelegations(input: EnrollmentEndpointsRemoveDelegationsInput, options?: CallOptions): ApiPromise<SuccessBody<operations["removeEnrollmentEndpointDelegations"]>> {
    return this.send("removeEnrollmentEndpointDelegations", input, options);
  }

  /**
   * Change an enrollment endpoint
   *
   * Operation `updateEnrollmentEndpoint` (`PUT /api/endpoint/v1/{endpointId}`).
   */
  update(input: EnrollmentEndpointsUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateEnrollmentEndpoint"]>> {
    return this.send("updateEnrollmentEndpoint", input, options);
  }

  /**
   * Change the configuration of an enrollment endpoint
   *
   * Operation `updateEnrollmentEndpointConfig` (`PUT /api/endpoint/v1/{id}/config`).
   */
  updateConfig(input: EnrollmentEndpointsUpdateConfigInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateEnrollmentEndpointConfig"]>> {
    return this.send("updateEnrollmentEndpointConfig", input, options);
  }

  /**
   * Change an account of an enrollment endpoint
   *
   * Operation `updateEndpointAccount` (`PUT /api/endpoint/v1/{endpointId}/account/{accountId}`).
   */
  updateEndpointAccount(input: EnrollmentEndpointsUpdateEndpointAccountInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateEndpointAccount"]>> {
    return this.send("updateEndpointAccount", input, options);
  }
}

/** Certificate profiles across certificate types. */
export class EnrollmentProfilesResource extends Resource {
  /**
   * Read one certificate profile
   *
   * Operation `getEnrollmentProfile` (`GET /api/profile/v1/{profileId}`).
   */
  get(input: EnrollmentProfilesGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getEnrollmentProfile"]>> {
    return this.send("getEnrollmentProfile", input, options);
  }

  /**
   * List certificate profiles across all certificate types
   *
   * Operation `listEnrollmentProfiles` (`GET /api/profile/v1`).
   */
  list(input: EnrollmentProfilesListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listEnrollmentProfiles"], "">> {
    return this.page("listEnrollmentProfiles", input, options);
  }
}

/** Templates that create administrators from identity-provider logins. */
export class IdpTemplatesResource extends Resource {
  /**
   * Create an IdP administrator template
   *
   * Operation `createIdpTemplate` (`POST /api/admin-template/v1`).
   */
  create(input: IdpTemplatesCreateInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["createIdpTemplate"]>> {
    return this.send("createIdpTemplate", input, options);
  }

  /**
   * Delete an IdP administrator template
   *
   * Operation `deleteIdpTemplate` (`DELETE /api/admin-template/v1/{templateId}`).
   */
  delete(input: IdpTemplatesDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteIdpTemplate"]>> {
    return this.send("deleteIdpTemplate", input, options);
  }

  /**
   * Get an IdP administrator template (Admin API)
   *
   * Operation `getIdpTemplate` (`GET /api/admin-template/v1/{templateId}`).
   */
  get(input: IdpTemplatesGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getIdpTemplate"]>> {
    return this.send("getIdpTemplate", input, options);
  }

  /**
   * List IdP administrator templates
   *
   * Operation `listIdpTemplates` (`GET /api/admin-template/v1`).
   */
  list(input: IdpTemplatesListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listIdpTemplates"], "">> {
    return this.page("listIdpTemplates", input, options);
  }

  /**
   * Change an IdP administrator template
   *
   * Operation `updateIdpTemplate` (`PUT /api/admin-template/v1/{templateId}`).
   */
  update(input: IdpTemplatesUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateIdpTemplate"]>> {
    return this.send("updateIdpTemplate", input, options);
  }
}

/** E-mail notification settings. */
export class NotificationsResource extends Resource {
  /**
   * Create a notification setting
   *
   * Operation `createNotification` (`POST /api/notification/v1`).
   */
  create(input: NotificationsCreateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createNotification"]>> {
    return this.send("createNotification", input, options);
  }

  /**
   * Delete a notification setting
   *
   * Operation `deleteNotification` (`DELETE /api/notification/v1/{notificationId}`).
   */
  delete(input: NotificationsDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteNotification"]>> {
    return this.send("deleteNotification", input, options);
  }

  /**
   * List notification settings, filtered and paged
   *
   * Operation `listNotifications` (`GET /api/notification/v1`).
   */
  list(input: NotificationsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listNotifications"], "">> {
    return this.page("listNotifications", input, options);
  }

  /**
   * List the notification types that can be configured
   *
   * Operation `listNotificationTypes` (`GET /api/notification/v1/types`).
   */
  listTypes(input: NotificationsListTypesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listNotificationTypes"], "">> {
    return this.page("listNotificationTypes", input, options);
  }

  /**
   * Change a notification setting
   *
   * Operation `updateNotification` (`PUT /api/notification/v1/{notificationId}`).
   */
  update(input: NotificationsUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateNotification"]>> {
    return this.send("updateNotification", input, options);
  }
}

/** Organizations, departments and their validations. */
export class OrganizationsResource extends Resource {
  /**
   * Hand an organization validation to another administrator
   *
   * Operation `changeOrganizationValidator` (`PUT /api/organization/v2/{orgId}/validations/{validationId}/validator`).
   */
  changeValidator(input: OrganizationsChangeValidatorInput, options?: CallOptions): ApiPromise<SuccessBody<operations["changeOrganizationValidator"]>> {
    return this.send("changeOrganizationValidator", input, options);
  }

  /**
   * Create an organization or a department
   *
   * Creates an organization, or a department when `parentOrgName` names its organization.
   *
   * Operation `createOrganization` (`POST /api/organization/v1`).
   */
  create(input: OrganizationsCreateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createOrganization"]>> {
    return this.send("createOrganization", input, options);
  }

  /**
   * Link an organization to a validation done outside SCM
   *
   * Operation `createExternalValidationAssignment` (`POST /api/organization/v2/{orgId}/validations/assignment`).
   */
  createExternalValidationAssignment(input: OrganizationsCreateExternalValidationAssignmentInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createExternalValidationAssignment"]>> {
    return this.send("createExternalValidationAssignment", input, options);
  }

  /**
   * Delete an organization or department
   *
   * Operation `deleteOrganization` (`DELETE /api/organization/v1/{orgId}`).
   */
  delete(input: OrganizationsDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteOrganization"]>> {
    return this.send("deleteOrganization", input, options);
  }

  /**
   * Read an organization or department
   *
   * Operation `getOrganization` (`GET /api/organization/v1/{orgId}`).
   */
  get(input: OrganizationsGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getOrganization"]>> {
    return this.send("getOrganization", input, options);
  }

  /**
   * Read an organization validation
   *
   * Operation `getOrganizationValidation` (`GET /api/organization/v2/{orgId}/validations/{validationId}`).
   */
  getValidation(input: OrganizationsGetValidationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getOrganizationValidation"]>> {
    return this.send("getOrganizationValidation", input, options);
  }

  /**
   * List organizations with their departments
   *
   * Operation `listOrganizations` (`GET /api/organization/v1`).
   */
  list(input: OrganizationsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listOrganizations"], "">> {
    return this.page("listOrganizations", input, options);
  }

  /**
   * List the organizations the caller can report on for a certificate type
   *
   * Operation `listOrganizationsForReportType` (`GET /api/organization/v1/report-type/{certType}`).
   */
  listForReportType(input: OrganizationsListForReportTypeInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listOrganizationsForReportType"], "">> {
    return this.page("listOrganizationsForReportType", input, options);
  }

  /**
   * List the organizations the caller manages in a role
   *
   * Operation `listOrganizationsManagedByRole` (`GET /api/organization/v1/managedBy/{role}`).
   */
  listManagedByRole(input: OrganizationsListManagedByRoleInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listOrganizationsManagedByRole"], "">> {
    return this.page("listOrganizationsManagedByRole", input, options);
  }

  /**
   * List the validations of an organization
   *
   * Operation `listOrganizationValidations` (`GET /api/organization/v2/{orgId}/validations`).
   * @deprecated The vendor marks this operation deprecated.
   */
  listValidations(input: OrganizationsListValidationsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listOrganizationValidations"], "">> {
    return this.page("listOrganizationValidations", input, options);
  }

  /**
   * Reset an organization validation
   *
   * Operation `resetOrganizationValidation` (`DELETE /api/organization/v2/{orgId}/validations/{validationId}`).
   */
  resetValidation(input: OrganizationsResetValidationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["resetOrganizationValidation"]>> {
    return this.send("resetOrganizationValidation", input, options);
  }

  /**
   * Submit an organization validation again with corrected details
   *
   * Operation `resubmitOrganizationValidation` (`PUT /api/organization/v2/{orgId}/validations/{validationId}/revalidate`).
   */
  resubmitValidation(input: OrganizationsResubmitValidationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["resubmitOrganizationValidation"]>> {
    return this.send("resubmitOrganizationValidation", input, options);
  }

  /**
   * Submit an organization for validation
   *
   * Operation `submitOrganizationValidation` (`POST /api/organization/v2/{orgId}/validations/submit`).
   */
  submitValidation(input: OrganizationsSubmitValidationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["submitOrganizationValidation"]>> {
    return this.send("submitOrganizationValidation", input, options);
  }

  /**
   * Refresh an organization validation from the CA
   *
   * Operation `syncOrganizationValidation` (`POST /api/organization/v2/{orgId}/validations/{validationId}/sync`).
   */
  syncValidation(input: OrganizationsSyncValidationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["syncOrganizationValidation"]>> {
    return this.send("syncOrganizationValidation", input, options);
  }

  /**
   * Change an organization or department
   *
   * Operation `updateOrganization` (`PUT /api/organization/v1/{orgId}`).
   */
  update(input: OrganizationsUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateOrganization"]>> {
    return this.send("updateOrganization", input, options);
  }

  /**
   * Change the external validation an organization is linked to
   *
   * Operation `updateExternalValidationAssignment` (`PUT /api/organization/v2/{orgId}/validations/assignment/{validationId}`).
   */
  updateExternalValidationAssignment(input: OrganizationsUpdateExternalValidationAssignmentInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateExternalValidationAssignment"]>> {
    return this.send("updateExternalValidationAssignment", input, options);
  }
}

/** People who hold client certificates. */
export class PersonsResource extends Resource {
  /**
   * Create a person
   *
   * Operation `createPerson` (`POST /api/person/v1`).
   */
  create(input: PersonsCreateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createPerson"]>> {
    return this.send("createPerson", input, options);
  }

  /**
   * Create a person (Admin API)
   *
   * Operation `createPersonV2` (`POST /api/person/v2`).
   */
  createV2(input: PersonsCreateV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createPersonV2"]>> {
    return this.send("createPersonV2", input, options);
  }

  /**
   * Delete a person
   *
   * Operation `deletePerson` (`DELETE /api/person/v2/{personId}`).
   */
  delete(input: PersonsDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deletePerson"]>> {
    return this.send("deletePerson", input, options);
  }

  /**
   * Delete a person (older form)
   *
   * Operation `deletePersonV1` (`DELETE /api/person/v1/{personId}`).
   * @deprecated The vendor marks this operation deprecated.
   */
  deleteV1(input: PersonsDeleteV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deletePersonV1"]>> {
    return this.send("deletePersonV1", input, options);
  }

  /**
   * Read a person
   *
   * Operation `getPerson` (`GET /api/person/v1/{personId}`).
   */
  get(input: PersonsGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getPerson"]>> {
    return this.send("getPerson", input, options);
  }

  /**
   * Look up a person's ID from an e-mail address
   *
   * Operation `getPersonIdByEmail` (`GET /api/person/v1/id/byEmail/{email}`).
   */
  getIdByEmail(input: PersonsGetIdByEmailInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getPersonIdByEmail"]>> {
    return this.send("getPersonIdByEmail", input, options);
  }

  /**
   * Find a person's ID by e-mail address (Admin API)
   *
   * Operation `getPersonIdByEmailV2` (`GET /api/person/v2/id/byEmail/{email}`).
   */
  getIdByEmailV2(input: PersonsGetIdByEmailV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getPersonIdByEmailV2"]>> {
    return this.send("getPersonIdByEmailV2", input, options);
  }

  /**
   * Get a person (Admin API)
   *
   * Operation `getPersonV2` (`GET /api/person/v2/{personId}`).
   */
  getV2(input: PersonsGetV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getPersonV2"]>> {
    return this.send("getPersonV2", input, options);
  }

  /**
   * Import a person's private key into key escrow
   *
   * Operation `importPersonPrivateKey` (`POST /api/person/v2/{personId}/import-key`).
   */
  importPrivateKey(input: PersonsImportPrivateKeyInput, options?: CallOptions): ApiPromise<SuccessBody<operations["importPersonPrivateKey"]>> {
    return this.send("importPersonPrivateKey", input, options);
  }

  /**
   * Import a person's private key into key escrow (older form)
   *
   * Operation `importPersonPrivateKeyV1` (`POST /api/person/v1/{personId}/import-key`).
   * @deprecated The vendor marks this operation deprecated.
   */
  importPrivateKeyV1(input: PersonsImportPrivateKeyV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["importPersonPrivateKeyV1"]>> {
    return this.send("importPersonPrivateKeyV1", input, options);
  }

  /**
   * List persons, filtered and paged
   *
   * Operation `listPersons` (`GET /api/person/v1`).
   */
  list(input: PersonsListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listPersons"], "">> {
    return this.page("listPersons", input, options);
  }

  /**
   * List the accounts of an enrollment endpoint a person can be invited to
   *
   * Operation `listPersonInvitationEndpointAccounts` (`GET /api/person/v2/{personId}/invitation/endpoint/{endpointId}/account`).
   */
  listInvitationEndpointAccounts(input: PersonsListInvitationEndpointAccountsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listPersonInvitationEndpointAccounts"], "">> {
    return this.page("listPersonInvitationEndpointAccounts", input, options);
  }

  /**
   * List the enrollment endpoints a person can be invited to
   *
   * Operation `listPersonInvitationEndpoints` (`GET /api/person/v2/{personId}/invitation/endpoint`).
   */
  listInvitationEndpoints(input: PersonsListInvitationEndpointsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listPersonInvitationEndpoints"], "">> {
    return this.page("listPersonInvitationEndpoints", input, options);
  }

  /**
   * List persons, filtered and paged (Admin API)
   *
   * Operation `listPersonsV2` (`GET /api/person/v2`).
   */
  listV2(input: PersonsListV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listPersonsV2"], "">> {
    return this.page("listPersonsV2", input, options);
  }

  /**
   * E-mail a person an invitation to enroll through an endpoint account
   *
   * Operation `sendPersonInvitation` (`POST /api/person/v2/{personId}/invitation/send`).
   */
  sendInvitation(input: PersonsSendInvitationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["sendPersonInvitation"]>> {
    return this.send("sendPersonInvitation", input, options);
  }

  /**
   * E-mail a person an enrollment invitation (older form)
   *
   * Operation `sendPersonInvitationV1` (`POST /api/person/v1/{personId}/invitation/send`).
   * @deprecated The vendor marks this operation deprecated.
   */
  sendInvitationV1(input: PersonsSendInvitationV1Input, options?: CallOptions): ApiPromise<SuccessBody<operations["sendPersonInvitationV1"]>> {
    return this.send("sendPersonInvitationV1", input, options);
  }

  /**
   * Change a person
   *
   * Operation `updatePerson` (`PUT /api/person/v1/{personId}`).
   */
  update(input: PersonsUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updatePerson"]>> {
    return this.send("updatePerson", input, options);
  }

  /**
   * Change a person (Admin API)
   *
   * Operation `updatePersonV2` (`PUT /api/person/v2/{personId}`).
   */
  updateV2(input: PersonsUpdateV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updatePersonV2"]>> {
    return this.send("updatePersonV2", input, options);
  }
}

/** Reports as JSON or CSV. */
export class ReportsResource extends Resource {
  /**
   * Build the activity log report
   *
   * Operation `getActivityReport` (`POST /api/report/v1/activity`).
   */
  getActivity(input: ReportsGetActivityInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getActivityReport"]>> {
    return this.send("getActivityReport", input, options);
  }

  /**
   * Build the BIMI certificates report
   *
   * Operation `getBimiCertificatesReport` (`POST /api/report/v1/brand-certificates`).
   */
  getBimiCertificates(input: ReportsGetBimiCertificatesInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getBimiCertificatesReport"]>> {
    return this.send("getBimiCertificatesReport", input, options);
  }

  /**
   * Build the device certificates report
   *
   * Operation `getDeviceCertificatesReport` (`POST /api/report/v1/device-certificates`).
   */
  getDeviceCertificates(input: ReportsGetDeviceCertificatesInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getDeviceCertificatesReport"]>> {
    return this.send("getDeviceCertificatesReport", input, options);
  }

  /**
   * Build the domains report
   *
   * Operation `getDomainsReport` (`POST /api/report/v1/domains`).
   */
  getDomains(input: ReportsGetDomainsInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getDomainsReport"]>> {
    return this.send("getDomainsReport", input, options);
  }

  /**
   * Build the client certificates report
   *
   * Operation `getSmimeCertificatesReport` (`POST /api/report/v1/client-certificates`).
   */
  getSmimeCertificates(input: ReportsGetSmimeCertificatesInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getSmimeCertificatesReport"]>> {
    return this.send("getSmimeCertificatesReport", input, options);
  }

  /**
   * Build the SSL certificates report
   *
   * Operation `getSslCertificatesReport` (`POST /api/report/v1/ssl-certificates`).
   */
  getSslCertificates(input: ReportsGetSslCertificatesInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["getSslCertificatesReport"]>> {
    return this.send("getSslCertificatesReport", input, options);
  }

  /**
   * Stream a report of any type as a file
   *
   * Builds any report as a CSV file. `type` in the body selects the report; the other fields depend on it.
   *
   * Operation `streamReport` (`POST /api/report/v2/stream`).
   */
  stream(input: ReportsStreamInput, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("streamReport", input, options);
  }
}

/** Client (S/MIME) certificates issued to persons. */
export class SmimeResource extends Resource {
  /**
   * Download an issued client certificate in the chosen format
   *
   * Operation `collectSmimeCertificate` (`GET /api/smime/v2/collect/{certId}`).
   */
  collect(input: SmimeCollectInput, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("collectSmimeCertificate", input, options);
  }

  /**
   * Download an issued client certificate identified by its CA order number
   *
   * Operation `collectSmimeCertificateByBackendId` (`GET /api/smime/v2/collect/order/{backendCertId}`).
   */
  collectByBackendId(input: SmimeCollectByBackendIdInput, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("collectSmimeCertificateByBackendId", input, options);
  }

  /**
   * Count client certificates matching the filters (total in X-Total-Count)
   *
   * Operation `countSmimeCertificates` (`HEAD /api/smime/v2`).
   */
  count(input: SmimeCountInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["countSmimeCertificates"]>> {
    return this.send("countSmimeCertificates", input, options);
  }

  /**
   * Add a custom location to a client certificate
   *
   * Operation `createSmimeCertificateLocation` (`POST /api/smime/v2/{certId}/location`).
   */
  createLocation(input: SmimeCreateLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createSmimeCertificateLocation"]>> {
    return this.send("createSmimeCertificateLocation", input, options);
  }

  /**
   * Delete a client certificate record
   *
   * Operation `deleteSmimeCertificate` (`DELETE /api/smime/v1/{certId}`).
   */
  delete(input: SmimeDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteSmimeCertificate"]>> {
    return this.send("deleteSmimeCertificate", input, options);
  }

  /**
   * Remove a custom location from a client certificate
   *
   * Operation `deleteSmimeCertificateLocation` (`DELETE /api/smime/v2/{certId}/location/{locationId}`).
   */
  deleteLocation(input: SmimeDeleteLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteSmimeCertificateLocation"]>> {
    return this.send("deleteSmimeCertificateLocation", input, options);
  }

  /**
   * Delete a client certificate (Admin API)
   *
   * Operation `deleteSmimeCertificateV2` (`DELETE /api/smime/v2/{certId}`).
   */
  deleteV2(input: SmimeDeleteV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteSmimeCertificateV2"]>> {
    return this.send("deleteSmimeCertificateV2", input, options);
  }

  /**
   * Download a client certificate with its escrowed key as PKCS#12
   *
   * Downloads the certificate with its escrowed private key as a PKCS#12 file protected by the given passphrase (key escrow must be enabled for the organization).
   *
   * Operation `downloadSmimeCertificateKeystore` (`POST /api/smime/v1/keystore/{certId}`).
   */
  downloadKeystore(input: SmimeDownloadKeystoreInput, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("downloadSmimeCertificateKeystore", input, options);
  }

  /**
   * Download a client certificate with its escrowed key as PKCS#12 (Admin API)
   *
   * Downloads the certificate with its escrowed private key as a PKCS#12 file protected by the given passphrase (key escrow must be enabled for the organization).
   *
   * Operation `downloadSmimeCertificateKeystoreV2` (`POST /api/smime/v2/keystore/{certId}`).
   */
  downloadKeystoreV2(input: SmimeDownloadKeystoreV2Input, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("downloadSmimeCertificateKeystoreV2", input, options);
  }

  /**
   * Request a new client certificate from a CSR
   *
   * Submits a CSR for a new client (S/MIME) certificate for a person. The answer carries the new certificate `id`; poll collectSmimeCertificate with it.
   *
   * Operation `enrollSmimeCertificate` (`POST /api/smime/v1/enroll`).
   */
  enroll(input: SmimeEnrollInput, options?: CallOptions): ApiPromise<SuccessBody<operations["enrollSmimeCertificate"]>> {
    return this.send("enrollSmimeCertificate", input, options);
  }

  /**
   * Request a client certificate from a CSR (Admin API)
   *
   * Submits a CSR for a new client (S/MIME) certificate for a person. The answer carries the new certificate `id`; poll collectSmimeCertificate with it.
   *
   * Operation `enrollSmimeCertificateV2` (`POST /api/smime/v2/enroll`).
   */
  enrollV2(input: SmimeEnrollV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["enrollSmimeCertificateV2"]>> {
    return this.send("enrollSmimeCertificateV2", input, options);
  }

  /**
   * Read the details of a client certificate
   *
   * Operation `getSmimeCertificate` (`GET /api/smime/v1/{certId}`).
   */
  get(input: SmimeGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getSmimeCertificate"]>> {
    return this.send("getSmimeCertificate", input, options);
  }

  /**
   * Read one location of a client certificate
   *
   * Operation `getSmimeCertificateLocation` (`GET /api/smime/v2/{certId}/location/{locationId}`).
   */
  getLocation(input: SmimeGetLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getSmimeCertificateLocation"]>> {
    return this.send("getSmimeCertificateLocation", input, options);
  }

  /**
   * Get a client certificate's details (Admin API)
   *
   * Operation `getSmimeCertificateV2` (`GET /api/smime/v2/{certId}`).
   */
  getV2(input: SmimeGetV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getSmimeCertificateV2"]>> {
    return this.send("getSmimeCertificateV2", input, options);
  }

  /**
   * Import client certificates with their metadata
   *
   * Operation `importSmimeCertificates` (`POST /api/smime/v2/import`).
   */
  import(input: SmimeImportInput, options?: CallOptions): ApiPromise<SuccessBody<operations["importSmimeCertificates"]>> {
    return this.send("importSmimeCertificates", input, options);
  }

  /**
   * List client certificates, filtered and paged
   *
   * Operation `listSmimeCertificates` (`GET /api/smime/v2`).
   */
  list(input: SmimeListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSmimeCertificates"], "">> {
    return this.page("listSmimeCertificates", input, options);
  }

  /**
   * List the client certificates of a person, by e-mail address
   *
   * Operation `listSmimeCertificatesByPersonEmail` (`GET /api/smime/v2/byPersonEmail/{email}`).
   */
  listByPersonEmail(input: SmimeListByPersonEmailInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listSmimeCertificatesByPersonEmail"], "">> {
    return this.page("listSmimeCertificatesByPersonEmail", input, options);
  }

  /**
   * List the client certificates of a person, by person ID
   *
   * Operation `listSmimeCertificatesByPersonId` (`GET /api/smime/v2/byPersonId/{personId}`).
   */
  listByPersonId(input: SmimeListByPersonIdInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listSmimeCertificatesByPersonId"], "">> {
    return this.page("listSmimeCertificatesByPersonId", input, options);
  }

  /**
   * List the custom fields that apply to client certificates
   *
   * Operation `listSmimeCustomFields` (`GET /api/smime/v1/customFields`).
   */
  listCustomFields(input: SmimeListCustomFieldsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSmimeCustomFields"], "">> {
    return this.page("listSmimeCustomFields", input, options);
  }

  /**
   * List the custom fields that apply to client certificates (Admin API)
   *
   * Operation `listSmimeCustomFieldsV2` (`GET /api/smime/v2/customFields`).
   */
  listCustomFieldsV2(input: SmimeListCustomFieldsV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSmimeCustomFieldsV2"], "">> {
    return this.page("listSmimeCustomFieldsV2", input, options);
  }

  /**
   * List where a client certificate is installed
   *
   * Operation `listSmimeCertificateLocations` (`GET /api/smime/v2/{certId}/location`).
   */
  listLocations(input: SmimeListLocationsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listSmimeCertificateLocations"], "">> {
    return this.page("listSmimeCertificateLocations", input, options);
  }

  /**
   * List the client certificate profiles available for enrollment
   *
   * Operation `listSmimeCertificateProfiles` (`GET /api/smime/v1/types`).
   */
  listProfiles(input: SmimeListProfilesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSmimeCertificateProfiles"], "">> {
    return this.page("listSmimeCertificateProfiles", input, options);
  }

  /**
   * List the client certificate profiles available for enrollment (Admin API)
   *
   * Operation `listSmimeCertificateProfilesV2` (`GET /api/smime/v2/types`).
   */
  listProfilesV2(input: SmimeListProfilesV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSmimeCertificateProfilesV2"], "">> {
    return this.page("listSmimeCertificateProfilesV2", input, options);
  }

  /**
   * Mark a client certificate as revoked without contacting the CA
   *
   * Operation `markSmimeCertificateRevoked` (`POST /api/smime/v1/revoke/manual`).
   */
  markRevoked(input: SmimeMarkRevokedInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["markSmimeCertificateRevoked"]>> {
    return this.send("markSmimeCertificateRevoked", input, options);
  }

  /**
   * Record a client certificate as revoked elsewhere (Admin API)
   *
   * Operation `markSmimeCertificateRevokedV2` (`POST /api/smime/v2/revoke/manual`).
   */
  markRevokedV2(input: SmimeMarkRevokedV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["markSmimeCertificateRevokedV2"]>> {
    return this.send("markSmimeCertificateRevokedV2", input, options);
  }

  /**
   * Renew a client certificate by its ID
   *
   * Operation `renewSmimeCertificate` (`POST /api/smime/v1/renew/{certId}`).
   */
  renew(input: SmimeRenewInput, options?: CallOptions): ApiPromise<SuccessBody<operations["renewSmimeCertificate"]>> {
    return this.send("renewSmimeCertificate", input, options);
  }

  /**
   * Renew a client certificate identified by its CA order number
   *
   * Operation `renewSmimeCertificateByBackendId` (`POST /api/smime/v2/renew/order/{backendCertId}`).
   */
  renewByBackendId(input: SmimeRenewByBackendIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["renewSmimeCertificateByBackendId"]>> {
    return this.send("renewSmimeCertificateByBackendId", input, options);
  }

  /**
   * Renew a client certificate identified by its serial number
   *
   * Operation `renewSmimeCertificateBySerial` (`POST /api/smime/v2/renew/serial/{serialNumber}`).
   */
  renewBySerial(input: SmimeRenewBySerialInput, options?: CallOptions): ApiPromise<SuccessBody<operations["renewSmimeCertificateBySerial"]>> {
    return this.send("renewSmimeCertificateBySerial", input, options);
  }

  /**
   * Revoke a client certificate by its ID
   *
   * Operation `revokeSmimeCertificate` (`POST /api/smime/v1/revoke/{certId}`).
   */
  revoke(input: SmimeRevokeInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSmimeCertificate"]>> {
    return this.send("revokeSmimeCertificate", input, options);
  }

  /**
   * Revoke a client certificate identified by its CA order number
   *
   * Operation `revokeSmimeCertificateByBackendId` (`POST /api/smime/v1/revoke/order/{backendCertId}`).
   */
  revokeByBackendId(input: SmimeRevokeByBackendIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSmimeCertificateByBackendId"]>> {
    return this.send("revokeSmimeCertificateByBackendId", input, options);
  }

  /**
   * Revoke a client certificate by its CA order number (Admin API)
   *
   * Operation `revokeSmimeCertificateByBackendIdV2` (`POST /api/smime/v2/revoke/order/{backendCertId}`).
   */
  revokeByBackendIdV2(input: SmimeRevokeByBackendIdV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSmimeCertificateByBackendIdV2"]>> {
    return this.send("revokeSmimeCertificateByBackendIdV2", input, options);
  }

  /**
   * Revoke every client certificate issued to an e-mail address
   *
   * Operation `revokeSmimeCertificatesByEmail` (`POST /api/smime/v1/revoke`).
   */
  revokeByEmail(input: SmimeRevokeByEmailInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSmimeCertificatesByEmail"]>> {
    return this.send("revokeSmimeCertificatesByEmail", input, options);
  }

  /**
   * Revoke every client certificate of an e-mail address (Admin API)
   *
   * Operation `revokeSmimeCertificatesByEmailV2` (`POST /api/smime/v2/revoke`).
   */
  revokeByEmailV2(input: SmimeRevokeByEmailV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSmimeCertificatesByEmailV2"]>> {
    return this.send("revokeSmimeCertificatesByEmailV2", input, options);
  }

  /**
   * Revoke a client certificate identified by its serial number
   *
   * Operation `revokeSmimeCertificateBySerial` (`POST /api/smime/v1/revoke/serial/{serialNumber}`).
   */
  revokeBySerial(input: SmimeRevokeBySerialInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSmimeCertificateBySerial"]>> {
    return this.send("revokeSmimeCertificateBySerial", input, options);
  }

  /**
   * Revoke a client certificate by serial number (Admin API)
   *
   * Operation `revokeSmimeCertificateBySerialV2` (`POST /api/smime/v2/revoke/serial/{serialNumber}`).
   */
  revokeBySerialV2(input: SmimeRevokeBySerialV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSmimeCertificateBySerialV2"]>> {
    return this.send("revokeSmimeCertificateBySerialV2", input, options);
  }

  /**
   * Change the editable details of a client certificate
   *
   * Operation `updateSmimeCertificate` (`PUT /api/smime/v1/{certId}`).
   */
  update(input: SmimeUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateSmimeCertificate"]>> {
    return this.send("updateSmimeCertificate", input, options);
  }

  /**
   * Change a custom location of a client certificate
   *
   * Operation `updateSmimeCertificateLocation` (`PUT /api/smime/v2/{certId}/location/{locationId}`).
   */
  updateLocation(input: SmimeUpdateLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateSmimeCertificateLocation"]>> {
    return this.send("updateSmimeCertificateLocation", input, options);
  }

  /**
   * Change a client certificate's custom fields and comments (Admin API)
   *
   * Operation `updateSmimeCertificateV2` (`PUT /api/smime/v2/{certId}`).
   */
  updateV2(input: SmimeUpdateV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateSmimeCertificateV2"]>> {
    return this.send("updateSmimeCertificateV2", input, options);
  }
}

/** SSL/TLS certificates: profiles, enrollment, collection, renewal, revocation, import, locations. */
export class SslResource extends Resource {
  /**
   * Approve a pending SSL certificate request
   *
   * Operation `approveSslCertificate` (`POST /api/ssl/v1/approve/{sslId}`).
   */
  approve(input: SslApproveInput, options?: CallOptions): ApiPromise<SuccessBody<operations["approveSslCertificate"]>> {
    return this.send("approveSslCertificate", input, options);
  }

  /**
   * Approve a pending SSL certificate request (Admin API)
   *
   * Operation `approveSslCertificateV2` (`POST /api/ssl/v2/approve/{sslId}`).
   */
  approveV2(input: SslApproveV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["approveSslCertificateV2"]>> {
    return this.send("approveSslCertificateV2", input, options);
  }

  /**
   * Download an issued SSL certificate in the chosen format
   *
   * Downloads the issued certificate. Until it is issued the server answers with an error whose code is -1400 (still being processed) or -183 (not collectable yet).
   *
   * Operation `collectSslCertificate` (`GET /api/ssl/v1/collect/{sslId}`).
   */
  collect(input: SslCollectInput, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("collectSslCertificate", input, options);
  }

  /**
   * Download an issued SSL certificate (Admin API)
   *
   * Downloads the issued certificate. Until it is issued the server answers with an error whose code is -1400 (still being processed) or -183 (not collectable yet).
   *
   * Operation `collectSslCertificateV2` (`GET /api/ssl/v2/collect/{sslId}`).
   */
  collectV2(input: SslCollectV2Input, options?: CallOptions): ApiPromise<Uint8Array> {
    return this.send("collectSslCertificateV2", input, options);
  }

  /**
   * Count SSL certificates matching the filters (total in X-Total-Count)
   *
   * Operation `countSslCertificates` (`HEAD /api/ssl/v1`).
   */
  count(input: SslCountInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["countSslCertificates"]>> {
    return this.send("countSslCertificates", input, options);
  }

  /**
   * Get a link to download the key (or keystore) held by the Private Key Agent
   *
   * Operation `createSslKeystoreDownloadLink` (`POST /api/ssl/v1/keystore/{sslId}/{format}`).
   */
  createKeystoreDownloadLink(input: SslCreateKeystoreDownloadLinkInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createSslKeystoreDownloadLink"]>> {
    return this.send("createSslKeystoreDownloadLink", input, options);
  }

  /**
   * Get a download link for a key generated by a Private Key Agent (Admin API)
   *
   * Operation `createSslKeystoreDownloadLinkV2` (`POST /api/ssl/v2/keystore/{sslId}/{format}`).
   */
  createKeystoreDownloadLinkV2(input: SslCreateKeystoreDownloadLinkV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createSslKeystoreDownloadLinkV2"]>> {
    return this.send("createSslKeystoreDownloadLinkV2", input, options);
  }

  /**
   * Add a custom location to an SSL certificate
   *
   * Operation `createSslCertificateLocation` (`POST /api/ssl/v1/{sslId}/location`).
   */
  createLocation(input: SslCreateLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["createSslCertificateLocation"]>> {
    return this.send("createSslCertificateLocation", input, options);
  }

  /**
   * Add a custom location to an SSL certificate (Admin API)
   *
   * Operation `createSslCertificateLocationV2` (`POST /api/ssl/v2/{sslId}/location`).
   */
  createLocationV2(input: SslCreateLocationV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["createSslCertificateLocationV2"]>> {
    return this.send("createSslCertificateLocationV2", input, options);
  }

  /**
   * Decline a pending SSL certificate request
   *
   * Operation `declineSslCertificate` (`POST /api/ssl/v1/decline/{sslId}`).
   */
  decline(input: SslDeclineInput, options?: CallOptions): ApiPromise<SuccessBody<operations["declineSslCertificate"]>> {
    return this.send("declineSslCertificate", input, options);
  }

  /**
   * Decline a pending SSL certificate request (Admin API)
   *
   * Operation `declineSslCertificateV2` (`POST /api/ssl/v2/decline/{sslId}`).
   */
  declineV2(input: SslDeclineV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["declineSslCertificateV2"]>> {
    return this.send("declineSslCertificateV2", input, options);
  }

  /**
   * Delete an SSL certificate record
   *
   * Operation `deleteSslCertificate` (`DELETE /api/ssl/v1/{sslId}`).
   */
  delete(input: SslDeleteInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteSslCertificate"]>> {
    return this.send("deleteSslCertificate", input, options);
  }

  /**
   * Remove a custom location from an SSL certificate
   *
   * Operation `deleteSslCertificateLocation` (`DELETE /api/ssl/v1/{sslId}/location/{locationId}`).
   */
  deleteLocation(input: SslDeleteLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteSslCertificateLocation"]>> {
    return this.send("deleteSslCertificateLocation", input, options);
  }

  /**
   * Remove a custom location of an SSL certificate (Admin API)
   *
   * Operation `deleteSslCertificateLocationV2` (`DELETE /api/ssl/v2/{sslId}/location/{locationId}`).
   */
  deleteLocationV2(input: SslDeleteLocationV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteSslCertificateLocationV2"]>> {
    return this.send("deleteSslCertificateLocationV2", input, options);
  }

  /**
   * Delete an SSL certificate (Admin API)
   *
   * Operation `deleteSslCertificateV2` (`DELETE /api/ssl/v2/{sslId}`).
   */
  deleteV2(input: SslDeleteV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["deleteSslCertificateV2"]>> {
    return this.send("deleteSslCertificateV2", input, options);
  }

  /**
   * Request a new SSL certificate from a CSR
   *
   * Submits a CSR for a new SSL certificate. The answer carries the new `sslId` (and a `renewId`); issuance is asynchronous, so poll collectSslCertificate with that ID.
   *
   * Operation `enrollSslCertificate` (`POST /api/ssl/v1/enroll`).
   */
  enroll(input: SslEnrollInput, options?: CallOptions): ApiPromise<SuccessBody<operations["enrollSslCertificate"]>> {
    return this.send("enrollSslCertificate", input, options);
  }

  /**
   * Request an SSL certificate from a CSR (Admin API)
   *
   * Submits a CSR for a new SSL certificate. The answer carries the new `sslId` (and a `renewId`); issuance is asynchronous, so poll collectSslCertificateV2 with that ID.
   *
   * Operation `enrollSslCertificateV2` (`POST /api/ssl/v2/enroll`).
   */
  enrollV2(input: SslEnrollV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["enrollSslCertificateV2"]>> {
    return this.send("enrollSslCertificateV2", input, options);
  }

  /**
   * Request an SSL certificate whose key is generated by a Private Key Agent or in Azure Key Vault
   *
   * Requests an SSL certificate without a CSR: the key pair is generated either by a Private Key Agent (`keyGenerationMethod: PK_AGENT`) or in an Azure Key Vault (`AZURE_KEY_VAULT`, with `azureKeyVault`). Poll collectSslCertificate with the returned `sslId`; fetch the key with createSslKeystoreDownloadLink.
   *
   * Operation `enrollSslCertificateWithKeyGeneration` (`POST /api/ssl/v1/enroll-keygen`).
   */
  enrollWithKeyGeneration(input: SslEnrollWithKeyGenerationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["enrollSslCertificateWithKeyGeneration"]>> {
    return this.send("enrollSslCertificateWithKeyGeneration", input, options);
  }

  /**
   * Request an SSL certificate with server-side key generation (Admin API)
   *
   * Requests an SSL certificate without a CSR: the key pair is generated either by a Private Key Agent (`keyGenerationMethod: PK_AGENT`) or in an Azure Key Vault (`AZURE_KEY_VAULT`, with `azureKeyVault`). Poll collectSslCertificateV2 with the returned `sslId`; fetch the key with createSslKeystoreDownloadLinkV2.
   *
   * Operation `enrollSslCertificateWithKeyGenerationV2` (`POST /api/ssl/v2/enroll-keygen`).
   */
  enrollWithKeyGenerationV2(input: SslEnrollWithKeyGenerationV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["enrollSslCertificateWithKeyGenerationV2"]>> {
    return this.send("enrollSslCertificateWithKeyGenerationV2", input, options);
  }

  /**
   * Read the details of an SSL certificate
   *
   * Operation `getSslCertificate` (`GET /api/ssl/v1/{sslId}`).
   */
  get(input: SslGetInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getSslCertificate"]>> {
    return this.send("getSslCertificate", input, options);
  }

  /**
   * Read the domain validation state of an SSL certificate order
   *
   * Operation `getSslCertificateDcv` (`GET /api/ssl/v1/{sslId}/dcv`).
   */
  getDcv(input: SslGetDcvInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getSslCertificateDcv"]>> {
    return this.send("getSslCertificateDcv", input, options);
  }

  /**
   * Get the domain validation state of an SSL certificate (Admin API)
   *
   * Operation `getSslCertificateDcvV2` (`GET /api/ssl/v2/{sslId}/dcv`).
   */
  getDcvV2(input: SslGetDcvV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getSslCertificateDcvV2"]>> {
    return this.send("getSslCertificateDcvV2", input, options);
  }

  /**
   * Read one location of an SSL certificate
   *
   * Operation `getSslCertificateLocation` (`GET /api/ssl/v1/{sslId}/location/{locationId}`).
   */
  getLocation(input: SslGetLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["getSslCertificateLocation"]>> {
    return this.send("getSslCertificateLocation", input, options);
  }

  /**
   * Get one location of an SSL certificate (Admin API)
   *
   * Operation `getSslCertificateLocationV2` (`GET /api/ssl/v2/{sslId}/location/{locationId}`).
   */
  getLocationV2(input: SslGetLocationV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getSslCertificateLocationV2"]>> {
    return this.send("getSslCertificateLocationV2", input, options);
  }

  /**
   * Get an SSL certificate's details (Admin API)
   *
   * Operation `getSslCertificateV2` (`GET /api/ssl/v2/{sslId}`).
   */
  getV2(input: SslGetV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["getSslCertificateV2"]>> {
    return this.send("getSslCertificateV2", input, options);
  }

  /**
   * Import SSL certificates from a zip archive
   *
   * Operation `importSslCertificates` (`POST /api/ssl/v1/import`).
   */
  import(input: SslImportInput, options?: CallOptions): ApiPromise<SuccessBody<operations["importSslCertificates"]>> {
    return this.send("importSslCertificates", input, options);
  }

  /**
   * Import SSL certificates with their metadata as JSON
   *
   * Operation `importSslCertificatesV2` (`POST /api/ssl/v2/import`).
   */
  importV2(input: SslImportV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["importSslCertificatesV2"]>> {
    return this.send("importSslCertificatesV2", input, options);
  }

  /**
   * List SSL certificates, filtered and paged
   *
   * Operation `listSslCertificates` (`GET /api/ssl/v1`).
   */
  list(input: SslListInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCertificates"], "">> {
    return this.page("listSslCertificates", input, options);
  }

  /**
   * List the custom fields that apply to SSL certificates
   *
   * Operation `listSslCustomFields` (`GET /api/ssl/v1/customFields`).
   */
  listCustomFields(input: SslListCustomFieldsInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCustomFields"], "">> {
    return this.page("listSslCustomFields", input, options);
  }

  /**
   * List the custom fields that apply to SSL certificates (Admin API)
   *
   * Operation `listSslCustomFieldsV2` (`GET /api/ssl/v2/customFields`).
   */
  listCustomFieldsV2(input: SslListCustomFieldsV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCustomFieldsV2"], "">> {
    return this.page("listSslCustomFieldsV2", input, options);
  }

  /**
   * List where an SSL certificate is installed
   *
   * Operation `listSslCertificateLocations` (`GET /api/ssl/v1/{sslId}/location`).
   */
  listLocations(input: SslListLocationsInput, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCertificateLocations"], "">> {
    return this.page("listSslCertificateLocations", input, options);
  }

  /**
   * List where an SSL certificate is installed (Admin API)
   *
   * Operation `listSslCertificateLocationsV2` (`GET /api/ssl/v2/{sslId}/location`).
   */
  listLocationsV2(input: SslListLocationsV2Input, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCertificateLocationsV2"], "">> {
    return this.page("listSslCertificateLocationsV2", input, options);
  }

  /**
   * List the SSL certificate profiles available for enrollment
   *
   * Operation `listSslCertificateProfiles` (`GET /api/ssl/v1/types`).
   */
  listProfiles(input: SslListProfilesInput = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCertificateProfiles"], "">> {
    return this.page("listSslCertificateProfiles", input, options);
  }

  /**
   * List the SSL certificate profiles available for enrollment (Admin API)
   *
   * Operation `listSslCertificateProfilesV2` (`GET /api/ssl/v2/types`).
   */
  listProfilesV2(input: SslListProfilesV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCertificateProfilesV2"], "">> {
    return this.page("listSslCertificateProfilesV2", input, options);
  }

  /**
   * List SSL certificates, filtered and paged (Admin API)
   *
   * Same filters as listSslCertificates, but the enumerated filters take the Admin API's display names (`SA Approved`, `Not started`, `Enrollment Form`...) instead of the SCM codes.
   *
   * Operation `listSslCertificatesV2` (`GET /api/ssl/v2`).
   */
  listV2(input: SslListV2Input = {}, options?: OperationPagingOptions): Paged<ItemOf<operations["listSslCertificatesV2"], "">> {
    return this.page("listSslCertificatesV2", input, options);
  }

  /**
   * Mark an SSL certificate as renewed without a new order
   *
   * Operation `markSslCertificateRenewed` (`POST /api/ssl/v1/renew/manual/{sslId}`).
   */
  markRenewed(input: SslMarkRenewedInput, options?: CallOptions): ApiPromise<SuccessBody<operations["markSslCertificateRenewed"]>> {
    return this.send("markSslCertificateRenewed", input, options);
  }

  /**
   * Record an SSL certificate as renewed elsewhere (Admin API)
   *
   * Operation `markSslCertificateRenewedV2` (`POST /api/ssl/v2/renew/manual/{sslId}`).
   */
  markRenewedV2(input: SslMarkRenewedV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["markSslCertificateRenewedV2"]>> {
    return this.send("markSslCertificateRenewedV2", input, options);
  }

  /**
   * Mark an SSL certificate as revoked without contacting the CA
   *
   * Operation `markSslCertificateRevoked` (`POST /api/ssl/v1/revoke/manual`).
   */
  markRevoked(input: SslMarkRevokedInput = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["markSslCertificateRevoked"]>> {
    return this.send("markSslCertificateRevoked", input, options);
  }

  /**
   * Record an SSL certificate as revoked elsewhere (Admin API)
   *
   * Operation `markSslCertificateRevokedV2` (`POST /api/ssl/v2/revoke/manual`).
   */
  markRevokedV2(input: SslMarkRevokedV2Input = {}, options?: CallOptions): ApiPromise<SuccessBody<operations["markSslCertificateRevokedV2"]>> {
    return this.send("markSslCertificateRevokedV2", input, options);
  }

  /**
   * Ask the CA to check the domain validation of an SSL order again
   *
   * Operation `recheckSslCertificateDcv` (`POST /api/ssl/v1/{sslId}/dcv/recheck`).
   */
  recheckDcv(input: SslRecheckDcvInput, options?: CallOptions): ApiPromise<SuccessBody<operations["recheckSslCertificateDcv"]>> {
    return this.send("recheckSslCertificateDcv", input, options);
  }

  /**
   * Ask the CA to check an SSL certificate's domain validation again (Admin API)
   *
   * Operation `recheckSslCertificateDcvV2` (`POST /api/ssl/v2/{sslId}/dcv/recheck`).
   */
  recheckDcvV2(input: SslRecheckDcvV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["recheckSslCertificateDcvV2"]>> {
    return this.send("recheckSslCertificateDcvV2", input, options);
  }

  /**
   * Renew an SSL certificate by its ID
   *
   * Starts a renewal; the answer names the new certificate (`sslId`) to collect.
   *
   * Operation `renewSslCertificate` (`POST /api/ssl/v1/renewById/{sslId}`).
   */
  renew(input: SslRenewInput, options?: CallOptions): ApiPromise<SuccessBody<operations["renewSslCertificate"]>> {
    return this.send("renewSslCertificate", input, options);
  }

  /**
   * Renew an SSL certificate using the renew ID returned at enrollment
   *
   * Operation `renewSslCertificateByRenewId` (`POST /api/ssl/v1/renew/{renewId}`).
   */
  renewByRenewId(input: SslRenewByRenewIdInput, options?: CallOptions): ApiPromise<SuccessBody<operations["renewSslCertificateByRenewId"]>> {
    return this.send("renewSslCertificateByRenewId", input, options);
  }

  /**
   * Renew an SSL certificate by its renew ID (Admin API)
   *
   * Operation `renewSslCertificateByRenewIdV2` (`POST /api/ssl/v2/renew/{renewId}`).
   */
  renewByRenewIdV2(input: SslRenewByRenewIdV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["renewSslCertificateByRenewIdV2"]>> {
    return this.send("renewSslCertificateByRenewIdV2", input, options);
  }

  /**
   * Renew an SSL certificate by its SCM ID (Admin API)
   *
   * Starts a renewal; the answer names the new certificate (`sslId`) to collect.
   *
   * Operation `renewSslCertificateV2` (`POST /api/ssl/v2/renewById/{sslId}`).
   */
  renewV2(input: SslRenewV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["renewSslCertificateV2"]>> {
    return this.send("renewSslCertificateV2", input, options);
  }

  /**
   * Replace an SSL certificate with a new CSR
   *
   * Operation `replaceSslCertificate` (`POST /api/ssl/v1/replace/{sslId}`).
   */
  replace(input: SslReplaceInput, options?: CallOptions): ApiPromise<SuccessBody<operations["replaceSslCertificate"]>> {
    return this.send("replaceSslCertificate", input, options);
  }

  /**
   * Replace an SSL certificate with a new CSR (Admin API)
   *
   * Operation `replaceSslCertificateV2` (`POST /api/ssl/v2/replace/{sslId}`).
   */
  replaceV2(input: SslReplaceV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["replaceSslCertificateV2"]>> {
    return this.send("replaceSslCertificateV2", input, options);
  }

  /**
   * Revoke an SSL certificate by its ID
   *
   * Operation `revokeSslCertificate` (`POST /api/ssl/v1/revoke/{sslId}`).
   */
  revoke(input: SslRevokeInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSslCertificate"]>> {
    return this.send("revokeSslCertificate", input, options);
  }

  /**
   * Revoke an SSL certificate by its serial number
   *
   * Operation `revokeSslCertificateBySerial` (`POST /api/ssl/v1/revoke/serial/{serialNumber}`).
   */
  revokeBySerial(input: SslRevokeBySerialInput, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSslCertificateBySerial"]>> {
    return this.send("revokeSslCertificateBySerial", input, options);
  }

  /**
   * Revoke an SSL certificate by serial number (Admin API)
   *
   * Operation `revokeSslCertificateBySerialV2` (`POST /api/ssl/v2/revoke/serial/{serialNumber}`).
   */
  revokeBySerialV2(input: SslRevokeBySerialV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSslCertificateBySerialV2"]>> {
    return this.send("revokeSslCertificateBySerialV2", input, options);
  }

  /**
   * Revoke an SSL certificate by its SCM ID (Admin API)
   *
   * Operation `revokeSslCertificateV2` (`POST /api/ssl/v2/revoke/{sslId}`).
   */
  revokeV2(input: SslRevokeV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["revokeSslCertificateV2"]>> {
    return this.send("revokeSslCertificateV2", input, options);
  }

  /**
   * Change the editable details of an SSL certificate
   *
   * Operation `updateSslCertificate` (`PUT /api/ssl/v1`).
   */
  update(input: SslUpdateInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateSslCertificate"]>> {
    return this.send("updateSslCertificate", input, options);
  }

  /**
   * Change a custom location of an SSL certificate
   *
   * Operation `updateSslCertificateLocation` (`PUT /api/ssl/v1/{sslId}/location/{locationId}`).
   */
  updateLocation(input: SslUpdateLocationInput, options?: CallOptions): ApiPromise<SuccessBody<operations["updateSslCertificateLocation"]>> {
    return this.send("updateSslCertificateLocation", input, options);
  }

  /**
   * Change a custom location of an SSL certificate (Admin API)
   *
   * Operation `updateSslCertificateLocationV2` (`PUT /api/ssl/v2/{sslId}/location/{locationId}`).
   */
  updateLocationV2(input: SslUpdateLocationV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateSslCertificateLocationV2"]>> {
    return this.send("updateSslCertificateLocationV2", input, options);
  }

  /**
   * Change an SSL certificate's editable details (Admin API)
   *
   * Operation `updateSslCertificateV2` (`PUT /api/ssl/v2`).
   */
  updateV2(input: SslUpdateV2Input, options?: CallOptions): ApiPromise<SuccessBody<operations["updateSslCertificateV2"]>> {
    return this.send("updateSslCertificateV2", input, options);
  }
}

/** The generated class of every resource. */
export const resourceClasses = {
  acme: AcmeResource,
  admins: AdminsResource,
  agents: AgentsResource,
  azure: AzureResource,
  bimi: BimiResource,
  caBackends: CaBackendsResource,
  codeSigning: CodeSigningResource,
  codeSigningOnDemand: CodeSigningOnDemandResource,
  customFields: CustomFieldsResource,
  dcv: DcvResource,
  device: DeviceResource,
  discovery: DiscoveryResource,
  dnsConnectors: DnsConnectorsResource,
  domains: DomainsResource,
  enrollmentEndpoints: EnrollmentEndpointsResource,
  enrollmentProfiles: EnrollmentProfilesResource,
  idpTemplates: IdpTemplatesResource,
  notifications: NotificationsResource,
  organizations: OrganizationsResource,
  persons: PersonsResource,
  reports: ReportsResource,
  smime: SmimeResource,
  ssl: SslResource,
} as const;

/** Resource classes by name. */
export type ResourceClasses = typeof resourceClasses;

/** Which operation each `resource.method` calls. */
export const methodRegistry: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  acme: { addAccountDomains: "addAcmeAccountDomains", addAccountDomainsV1: "addAcmeAccountDomainsV1", createAccount: "createAcmeAccount", createAccountV1: "createAcmeAccountV1", createUniversalAccount: "createUniversalAcmeAccount", deactivateAccountClient: "deactivateAcmeAccountClient", deactivateUniversalAccountClient: "deactivateUniversalAcmeAccountClient", deleteAccount: "deleteAcmeAccount", deleteAccountV1: "deleteAcmeAccountV1", deleteUniversalAccount: "deleteUniversalAcmeAccount", getAccount: "getAcmeAccount", getAccountV1: "getAcmeAccountV1", getUniversalAccount: "getUniversalAcmeAccount", listAccountClients: "listAcmeAccountClients", listAccountDomains: "listAcmeAccountDomains", listAccounts: "listAcmeAccounts", listAccountsV1: "listAcmeAccountsV1", listServers: "listAcmeServers", listUniversalAccountClients: "listUniversalAcmeAccountClients", listUniversalAccounts: "listUniversalAcmeAccounts", removeAccountDomains: "removeAcmeAccountDomains", removeAccountDomainsV1: "removeAcmeAccountDomainsV1", updateAccount: "updateAcmeAccount", updateAccountV1: "updateAcmeAccountV1", updateUniversalAccount: "updateUniversalAcmeAccount", validateEvDetails: "validateAcmeEvDetails" },
  admins: { changePassword: "changeAdminPassword", create: "createAdmin", delete: "deleteAdmin", get: "getAdmin", getPasswordState: "getAdminPasswordState", list: "listAdmins", listIdentityProviders: "listIdentityProviders", listPrivileges: "listAdminPrivileges", listRoles: "listAdminRoles", unlinkFromTemplate: "unlinkAdminFromTemplate", update: "updateAdmin" },
  agents: { createMs: "createMsAgent", createNetwork: "createNetworkAgent", createNetworkServer: "createNetworkAgentServer", deleteMs: "deleteMsAgent", deleteNetwork: "deleteNetworkAgent", deleteNetworkServer: "deleteNetworkAgentServer", getMs: "getMsAgent", getNetwork: "getNetworkAgent", getNetworkServer: "getNetworkAgentServer", getNetworkServerNode: "getNetworkAgentServerNode", listMs: "listMsAgents", listNetwork: "listNetworkAgents", listNetworkServerNodes: "listNetworkAgentServerNodes", listNetworkServers: "listNetworkAgentServers", updateMs: "updateMsAgent", updateNetwork: "updateNetworkAgent", updateNetworkServer: "updateNetworkAgentServer" },
  azure: { checkAccount: "checkAzureAccount", createAccount: "createAzureAccount", delegateAccount: "delegateAzureAccount", deleteAccount: "deleteAzureAccount", getAccount: "getAzureAccount", list: "listAzureKeyVaults", listAccounts: "listAzureAccounts", listResourceGroups: "listAzureResourceGroups", updateAccount: "updateAzureAccount" },
  bimi: { approve: "approveBimiCertificate", collect: "collectBimiCertificate", enroll: "enrollBimiCertificate", get: "getBimiCertificate", getDcv: "getBimiCertificateDcv", list: "listBimiCertificates", recheckDcv: "recheckBimiCertificateDcv", revoke: "revokeBimiCertificate", update: "updateBimiCertificate" },
  caBackends: { list: "listCaBackends" },
  codeSigning: { import: "importCodeSigningCertificates", markRevoked: "markCodeSigningCertificateRevoked" },
  codeSigningOnDemand: { approve: "approveCodeSigningRequest", count: "countCodeSigningRequests", countDeveloper: "countDeveloperCodeSigningRequests", create: "createCodeSigningRequest", decline: "declineCodeSigningRequest", get: "getCodeSigningRequest", getDeveloper: "getDeveloperCodeSigningRequest", list: "listCodeSigningRequests", listDeveloper: "listDeveloperCodeSigningRequests", submit: "submitCodeSigningRequest", uploadCodeSigningFiles: "uploadCodeSigningFiles" },
  customFields: { create: "createCustomField", createV1: "createCustomFieldV1", delete: "deleteCustomField", deleteV1: "deleteCustomFieldV1", get: "getCustomField", list: "listCustomFields", listSslV1: "listSslCustomFieldsV1", listV1: "listCustomFieldsV1", update: "updateCustomField", updateV1: "updateCustomFieldV1" },
  dcv: { clear: "clearDomainValidation", clearV2: "clearDomainValidationV2", delete: "deleteDomainValidation", deleteV2: "deleteDomainValidationV2", getStatus: "getDomainValidationStatus", getStatusV1: "getDomainValidationStatusV1", list: "listDomainValidations", listV2: "listDomainValidationsV2", startCname: "startDomainValidationCname", startCnameV2: "startDomainValidationCnameV2", startEmail: "startDomainValidationEmail", startEmailV2: "startDomainValidationEmailV2", startHttp: "startDomainValidationHttp", startHttps: "startDomainValidationHttps", startHttpsV2: "startDomainValidationHttpsV2", startHttpV2: "startDomainValidationHttpV2", startTxtV2: "startDomainValidationTxtV2", submitCname: "submitDomainValidationCname", submitCnameV2: "submitDomainValidationCnameV2", submitEmail: "submitDomainValidationEmail", submitEmailBulk: "submitDomainValidationEmailBulk", submitEmailBulkV2: "submitDomainValidationEmailBulkV2", submitEmailV2: "submitDomainValidationEmailV2", submitHttp: "submitDomainValidationHttp", submitHttps: "submitDomainValidationHttps", submitHttpsV2: "submitDomainValidationHttpsV2", submitHttpV2: "submitDomainValidationHttpV2", submitTxt: "submitDomainValidationTxt", submitTxtV2: "submitDomainValidationTxtV2", sync: "syncDomainValidation", syncV2: "syncDomainValidationV2" },
  device: { approve: "approveDeviceCertificate", collect: "collectDeviceCertificate", count: "countDeviceCertificates", createLocation: "createDeviceCertificateLocation", decline: "declineDeviceCertificate", delete: "deleteDeviceCertificate", deleteLocation: "deleteDeviceCertificateLocation", enroll: "enrollDeviceCertificate", get: "getDeviceCertificate", getLocation: "getDeviceCertificateLocation", import: "importDeviceCertificates", list: "listDeviceCertificates", listCustomFields: "listDeviceCustomFields", listLocations: "listDeviceCertificateLocations", listProfiles: "listDeviceCertificateProfiles", markRevoked: "markDeviceCertificateRevoked", renew: "renewDeviceCertificate", renewBySerial: "renewDeviceCertificateBySerial", replace: "replaceDeviceCertificate", revoke: "revokeDeviceCertificate", revokeBySerial: "revokeDeviceCertificateBySerial", update: "updateDeviceCertificate", updateLocation: "updateDeviceCertificateLocation" },
  discovery: { assignBucketCertificates: "assignDiscoveryBucketCertificates", countAssignmentRules: "countAssignmentRules", createAdScanTask: "createAdScanTask", createAdScanTaskV2: "createAdScanTaskV2", createAdScanTaskV3: "createAdScanTaskV3", createAssignmentRule: "createAssignmentRule", createAzureScanTask: "createAzureScanTask", createBucket: "createDiscoveryBucket", createNetworkScanTask: "createNetworkScanTask", createNetworkScanTaskV2: "createNetworkScanTaskV2", createNetworkScanTaskV3: "createNetworkScanTaskV3", delegateBucket: "delegateDiscoveryBucket", deleteAdScanTask: "deleteAdScanTask", deleteAdScanTaskV2: "deleteAdScanTaskV2", deleteAdScanTaskV4: "deleteAdScanTaskV4", deleteAssignmentRule: "deleteAssignmentRule", deleteAzureScanTask: "deleteAzureScanTask", deleteBucket: "deleteDiscoveryBucket", deleteNetworkScanTask: "deleteNetworkScanTask", deleteNetworkScanTaskV2: "deleteNetworkScanTaskV2", deleteNetworkScanTaskV4: "deleteNetworkScanTaskV4", getAdScanTask: "getAdScanTask", getAdScanTaskV2: "getAdScanTaskV2", getAdScanTaskV3: "getAdScanTaskV3", getAssignmentRule: "getAssignmentRule", getAzureScanTask: "getAzureScanTask", getBucket: "getDiscoveryBucket", getNetworkScanTask: "getNetworkScanTask", getNetworkScanTaskV2: "getNetworkScanTaskV2", getNetworkScanTaskV3: "getNetworkScanTaskV3", getOperationResult: "getDiscoveryOperationResult", listAdScanTasks: "listAdScanTasks", listAdScanTasksV2: "listAdScanTasksV2", listAdScanTasksV4: "listAdScanTasksV4", listAssignmentRuleIds: "listAssignmentRuleIds", listAzureScanTasks: "listAzureScanTasks", listBucketCertificates: "listDiscoveryBucketCertificates", listBuckets: "listDiscoveryBuckets", listNetworkScanTasks: "listNetworkScanTasks", listNetworkScanTasksV2: "listNetworkScanTasksV2", listNetworkScanTasksV4: "listNetworkScanTasksV4", listOperations: "listDiscoveryOperations", resetBucketClientSecret: "resetDiscoveryBucketClientSecret", runBucketRules: "runDiscoveryBucketRules", startAdScanTask: "startAdScanTask", startAdScanTaskV2: "startAdScanTaskV2", startAdScanTaskV4: "startAdScanTaskV4", startAzureScanTask: "startAzureScanTask", startNetworkScanTask: "startNetworkScanTask", startNetworkScanTaskV2: "startNetworkScanTaskV2", startNetworkScanTaskV4: "startNetworkScanTaskV4", stopOperation: "stopDiscoveryOperation", updateAdScanTask: "updateAdScanTask", updateAdScanTaskV2: "updateAdScanTaskV2", updateAdScanTaskV3: "updateAdScanTaskV3", updateAssignmentRule: "updateAssignmentRule", updateAzureScanTask: "updateAzureScanTask", updateBucket: "updateDiscoveryBucket", updateNetworkScanTask: "updateNetworkScanTask", updateNetworkScanTaskV2: "updateNetworkScanTaskV2", updateNetworkScanTaskV3: "updateNetworkScanTaskV3" },
  dnsConnectors: { get: "getDnsConnector", list: "listDnsConnectors", listProviders: "listDnsConnectorProviders" },
  domains: { activate: "activateDomain", approveDelegation: "approveDomainDelegation", count: "countDomains", create: "createDomain", delegate: "delegateDomain", delegateMany: "delegateDomains", delete: "deleteDomain", get: "getDomain", list: "listDomains", rejectDelegation: "rejectDomainDelegation", removeDelegation: "removeDomainDelegation", suspend: "suspendDomain", updateMonitoring: "updateDomainMonitoring" },
  enrollmentEndpoints: { create: "createEnrollmentEndpoint", createEndpointAccount: "createEndpointAccount", delegate: "delegateEnrollmentEndpoint", delete: "deleteEnrollmentEndpoint", deleteEndpointAccount: "deleteEndpointAccount", get: "getEnrollmentEndpoint", getConfig: "getEnrollmentEndpointConfig", getEndpointAccount: "getEndpointAccount", list: "listEnrollmentEndpoints", listEndpointAccounts: "listEndpointAccounts", removeDelegations: "removeEnrollmentEndpointDelegations", update: "updateEnrollmentEndpoint", updateConfig: "updateEnrollmentEndpointConfig", updateEndpointAccount: "updateEndpointAccount" },
  enrollmentProfiles: { get: "getEnrollmentProfile", list: "listEnrollmentProfiles" },
  idpTemplates: { create: "createIdpTemplate", delete: "deleteIdpTemplate", get: "getIdpTemplate", list: "listIdpTemplates", update: "updateIdpTemplate" },
  notifications: { create: "createNotification", delete: "deleteNotification", list: "listNotifications", listTypes: "listNotificationTypes", update: "updateNotification" },
  organizations: { changeValidator: "changeOrganizationValidator", create: "createOrganization", createExternalValidationAssignment: "createExternalValidationAssignment", delete: "deleteOrganization", get: "getOrganization", getValidation: "getOrganizationValidation", list: "listOrganizations", listForReportType: "listOrganizationsForReportType", listManagedByRole: "listOrganizationsManagedByRole", listValidations: "listOrganizationValidations", resetValidation: "resetOrganizationValidation", resubmitValidation: "resubmitOrganizationValidation", submitValidation: "submitOrganizationValidation", syncValidation: "syncOrganizationValidation", update: "updateOrganization", updateExternalValidationAssignment: "updateExternalValidationAssignment" },
  persons: { create: "createPerson", createV2: "createPersonV2", delete: "deletePerson", deleteV1: "deletePersonV1", get: "getPerson", getIdByEmail: "getPersonIdByEmail", getIdByEmailV2: "getPersonIdByEmailV2", getV2: "getPersonV2", importPrivateKey: "importPersonPrivateKey", importPrivateKeyV1: "importPersonPrivateKeyV1", list: "listPersons", listInvitationEndpointAccounts: "listPersonInvitationEndpointAccounts", listInvitationEndpoints: "listPersonInvitationEndpoints", listV2: "listPersonsV2", sendInvitation: "sendPersonInvitation", sendInvitationV1: "sendPersonInvitationV1", update: "updatePerson", updateV2: "updatePersonV2" },
  reports: { getActivity: "getActivityReport", getBimiCertificates: "getBimiCertificatesReport", getDeviceCertificates: "getDeviceCertificatesReport", getDomains: "getDomainsReport", getSmimeCertificates: "getSmimeCertificatesReport", getSslCertificates: "getSslCertificatesReport", stream: "streamReport" },
  smime: { collect: "collectSmimeCertificate", collectByBackendId: "collectSmimeCertificateByBackendId", count: "countSmimeCertificates", createLocation: "createSmimeCertificateLocation", delete: "deleteSmimeCertificate", deleteLocation: "deleteSmimeCertificateLocation", deleteV2: "deleteSmimeCertificateV2", downloadKeystore: "downloadSmimeCertificateKeystore", downloadKeystoreV2: "downloadSmimeCertificateKeystoreV2", enroll: "enrollSmimeCertificate", enrollV2: "enrollSmimeCertificateV2", get: "getSmimeCertificate", getLocation: "getSmimeCertificateLocation", getV2: "getSmimeCertificateV2", import: "importSmimeCertificates", list: "listSmimeCertificates", listByPersonEmail: "listSmimeCertificatesByPersonEmail", listByPersonId: "listSmimeCertificatesByPersonId", listCustomFields: "listSmimeCustomFields", listCustomFieldsV2: "listSmimeCustomFieldsV2", listLocations: "listSmimeCertificateLocations", listProfiles: "listSmimeCertificateProfiles", listProfilesV2: "listSmimeCertificateProfilesV2", markRevoked: "markSmimeCertificateRevoked", markRevokedV2: "markSmimeCertificateRevokedV2", renew: "renewSmimeCertificate", renewByBackendId: "renewSmimeCertificateByBackendId", renewBySerial: "renewSmimeCertificateBySerial", revoke: "revokeSmimeCertificate", revokeByBackendId: "revokeSmimeCertificateByBackendId", revokeByBackendIdV2: "revokeSmimeCertificateByBackendIdV2", revokeByEmail: "revokeSmimeCertificatesByEmail", revokeByEmailV2: "revokeSmimeCertificatesByEmailV2", revokeBySerial: "revokeSmimeCertificateBySerial", revokeBySerialV2: "revokeSmimeCertificateBySerialV2", update: "updateSmimeCertificate", updateLocation: "updateSmimeCertificateLocation", updateV2: "updateSmimeCertificateV2" },
  ssl: { approve: "approveSslCertificate", approveV2: "approveSslCertificateV2", collect: "collectSslCertificate", collectV2: "collectSslCertificateV2", count: "countSslCertificates", createKeystoreDownloadLink: "createSslKeystoreDownloadLink", createKeystoreDownloadLinkV2: "createSslKeystoreDownloadLinkV2", createLocation: "createSslCertificateLocation", createLocationV2: "createSslCertificateLocationV2", decline: "declineSslCertificate", declineV2: "declineSslCertificateV2", delete: "deleteSslCertificate", deleteLocation: "deleteSslCertificateLocation", deleteLocationV2: "deleteSslCertificateLocationV2", deleteV2: "deleteSslCertificateV2", enroll: "enrollSslCertificate", enrollV2: "enrollSslCertificateV2", enrollWithKeyGeneration: "enrollSslCertificateWithKeyGeneration", enrollWithKeyGenerationV2: "enrollSslCertificateWithKeyGenerationV2", get: "getSslCertificate", getDcv: "getSslCertificateDcv", getDcvV2: "getSslCertificateDcvV2", getLocation: "getSslCertificateLocation", getLocationV2: "getSslCertificateLocationV2", getV2: "getSslCertificateV2", import: "importSslCertificates", importV2: "importSslCertificatesV2", list: "listSslCertificates", listCustomFields: "listSslCustomFields", listCustomFieldsV2: "listSslCustomFieldsV2", listLocations: "listSslCertificateLocations", listLocationsV2: "listSslCertificateLocationsV2", listProfiles: "listSslCertificateProfiles", listProfilesV2: "listSslCertificateProfilesV2", listV2: "listSslCertificatesV2", markRenewed: "markSslCertificateRenewed", markRenewedV2: "markSslCertificateRenewedV2", markRevoked: "markSslCertificateRevoked", markRevokedV2: "markSslCertificateRevokedV2", recheckDcv: "recheckSslCertificateDcv", recheckDcvV2: "recheckSslCertificateDcvV2", renew: "renewSslCertificate", renewByRenewId: "renewSslCertificateByRenewId", renewByRenewIdV2: "renewSslCertificateByRenewIdV2", renewV2: "renewSslCertificateV2", replace: "replaceSslCertificate", replaceV2: "replaceSslCertificateV2", revoke: "revokeSslCertificate", revokeBySerial: "revokeSslCertificateBySerial", revokeBySerialV2: "revokeSslCertificateBySerialV2", revokeV2: "revokeSslCertificateV2", update: "updateSslCertificate", updateLocation: "updateSslCertificateLocation", updateLocationV2: "updateSslCertificateLocationV2", updateV2: "updateSslCertificateV2" },
};

/** Every resource of the client: the generated classes, or the subclasses given in `overrides`. */
export type Resources<O extends Partial<ResourceClasses> = {}> = {
  readonly [K in keyof ResourceClasses]: K extends keyof O ? InstanceType<NonNullable<O[K]>> : InstanceType<ResourceClasses[K]>;
};

/**
 * One instance of every resource over one core client; hand-written subclasses (helpers,
 * overrides) replace the generated class of their resource, and `page` (when given) is how every
 * list method pages.
 */
export function createResources<O extends Partial<ResourceClasses> = {}>(
  api: ResourceContext["api"],
  overrides: O = {} as O,
  page?: PageHook,
): Resources<O> {
  const ctx: ResourceContext = { api, bindings, ...(page && { page }) };
  const out: Record<string, Resource> = {};
  for (const [name, generated] of Object.entries(resourceClasses)) {
    const Chosen = ((overrides as Record<string, unknown>)[name] ?? generated) as new (ctx: ResourceContext) => Resource;
    out[name] = new Chosen(ctx);
  }
  return out as Resources<O>;
}

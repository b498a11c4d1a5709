import {
  ApiError,
  AuthError,
  type ErrorEnvelopeParser,
  type ParsedErrorBody,
  type RetryClassifier,
  TrustplaneError,
} from "@trustplane/core";

/**
 * Reads Sectigo's error envelope, `{ code: <negative number>, description, details?, items? }`
 * (`-16` unknown user, `-1400` request still being processed...), into `ApiError.code` (a number),
 * the message, and `ApiError.details` (`{ details, items }` when the server sent either).
 */
export const parseSectigoError: ErrorEnvelopeParser = (body): ParsedErrorBody | undefined => {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const { code, description, message, details, items } = body as Record<string, unknown>;
  const numeric = typeof code === "string" && /^-?\d+$/.test(code) ? Number(code) : code;
  const extra = {
    ...(typeof details === "string" && { details }),
    ...(Array.isArray(items) && { items: items.filter((i): i is string => typeof i === "string") }),
  };
  return {
    code: typeof numeric === "number" || typeof numeric === "string" ? numeric : undefined,
    message: typeof description === "string" ? description : typeof message === "string" ? message : undefined,
    ...(Object.keys(extra).length > 0 && { details: extra }),
  };
};

/**
 * The error codes Sectigo documents (the Errors section of the SCM REST API reference, plus -16
 * and -7306 from its examples), by name: `SectigoErrorCode.BeingProcessed` is `-1400`. Sectigo adds
 * codes over time, so `ApiError.code` may hold one that is not listed here.
 */
export const SectigoErrorCode = {
  /** -1: unknown failure. */
  UnknownFailure: -1,
  /** -2: internal server failure; contact support. */
  InternalError: -2,
  /** -3: caller lacks the right for this operation. */
  NotPermitted: -3,
  /** -7: a required value is missing. */
  RequiredValueMissing: -7,
  /** -9: unknown notification type, or CSR is not valid Base64. */
  InvalidEncoding: -9,
  /** -10: CSR could not be decoded. */
  CsrNotDecodable: -10,
  /** -11: CSR key algorithm not supported. */
  CsrKeyAlgorithmNotSupported: -11,
  /** -13: CSR key size not supported. */
  CsrKeySizeNotSupported: -13,
  /** -14: unknown failure. */
  UnknownError: -14,
  /** -16: unknown user (bad login credentials). */
  UnknownUser: -16,
  /** -25: caller may not run this action. */
  ActionNotAllowed: -25,
  /** -35: invalid server type. */
  InvalidServerType: -35,
  /** -36: term not allowed by the certificate profile. */
  TermNotAllowed: -36,
  /** -37: access denied. */
  AccessDenied: -37,
  /** -39: invalid certificate profile ID (or a free-form validation message). */
  InvalidCertificateProfileId: -39,
  /** -43: decryption failed on the server. */
  DecryptionFailed: -43,
  /** -44: server-side key pair generation failed. */
  KeyGenerationFailed: -44,
  /** -62: mandatory custom field missing, or invalid IP address. */
  MandatoryCustomFieldMissing: -62,
  /** -64: optional name field is invalid. */
  InvalidOptionalName: -64,
  /** -65: internal failure; contact support. */
  InternalFailure: -65,
  /** -76: KU/EKU template not allowed for this customer. */
  KeyUsageTemplateNotAllowed: -76,
  /** -78: public key invalid or unsupported. */
  InvalidPublicKey: -78,
  /** -102: only issued certificates can be revoked. */
  OnlyIssuedCanBeRevoked: -102,
  /** -103: certificate not collected yet. */
  NotCollectedYet: -103,
  /** -105: person not found, or renewal failed in the given state. */
  PersonNotFound: -105,
  /** -107: domain validation (DCV) missing or expired for a domain in the request. */
  DcvMissingOrExpired: -107,
  /** -109: certificate not available yet; try again later. */
  CertificateNotAvailableYet: -109,
  /** -110: certificate revoked; download refused. */
  CertificateRevoked: -110,
  /** -111: no certificate profile with this ID. */
  CertificateProfileNotFound: -111,
  /** -123: certificate to renew is invalid. */
  InvalidCertificateToRenew: -123,
  /** -124: wrong SSL certificate ID. */
  WrongSslId: -124,
  /** -126: unknown certificate download format. */
  UnknownDownloadFormat: -126,
  /** -129: connection failure while applying the certificate. */
  ApplyConnectionFailure: -129,
  /** -130: certificate is not in the Issued state. */
  CertificateNotIssued: -130,
  /** -131: custom field limit reached for the customer. */
  CustomFieldLimitReached: -131,
  /** -134: custom field names must be unique. */
  CustomFieldNameNotUnique: -134,
  /** -135: custom field not found. */
  CustomFieldNotFound: -135,
  /** -138: invalid CSR. */
  InvalidCsr: -138,
  /** -140: CSR decoding unavailable for now; retry later. */
  CsrDecodingUnavailable: -140,
  /** -141: CSR key smaller than the minimum size. */
  CsrKeyTooSmall: -141,
  /** -159: certificate already revoked, or custom field limit reached. */
  AlreadyRevoked: -159,
  /** -160: a custom field with this name exists. */
  CustomFieldExists: -160,
  /** -164: term too long for a local domain or private IP. */
  TermTooLongForLocalName: -164,
  /** -166: data does not match the certificate, or no valid certificate found. */
  DataMismatch: -166,
  /** -169: certificate not available; contact an administrator. */
  CertificateUnavailable: -169,
  /** -170: ECC CSRs are not allowed for this customer. */
  EccCsrNotAllowed: -170,
  /** -172: invalid client certificate profile. */
  InvalidClientCertificateProfile: -172,
  /** -176: client certificate profiles changed meanwhile; update refused. */
  ClientProfilesChanged: -176,
  /** -180: the SSL profile does not allow renewal. */
  RenewalNotAllowed: -180,
  /** -181: anchor certificate details do not match the request. */
  AnchorCertificateMismatch: -181,
  /** -183: certificate not collectable yet (pending; keep polling). */
  NotCollectable: -183,
  /** -184: no customised client certificate profile available. */
  NoCustomisedClientProfile: -184,
  /** -185: customised client certificate profile has no terms. */
  ClientProfileHasNoTerms: -185,
  /** -188: user already holds the maximum number of valid certificates. */
  MaximumCertificatesReached: -188,
  /** -194: CSR key size not supported. */
  CsrKeySizeUnsupported: -194,
  /** -195: CA unavailable; retry later. */
  CaUnavailable: -195,
  /** -196: could not fetch the DCV e-mail list. */
  DcvEmailListUnavailable: -196,
  /** -213: old password is wrong. */
  WrongOldPassword: -213,
  /** -219: cannot change the role of the only user with that role. */
  LastUserWithRole: -219,
  /** -220: new password equals the old one. */
  PasswordUnchanged: -220,
  /** -221: each role needs at least one organization or department. */
  RoleNeedsOrganization: -221,
  /** -222: roles must be of the same level. */
  RoleLevelsDiffer: -222,
  /** -223: each role takes exactly one organization or department. */
  RoleTakesOneOrganization: -223,
  /** -226: admin may not manage this organization. */
  OrganizationNotManaged: -226,
  /** -233: caller may not create this admin. */
  CannotCreateAdmin: -233,
  /** -234: caller may not change this admin's privileges. */
  CannotChangePrivileges: -234,
  /** -237: admin e-mail is invalid. */
  InvalidAdminEmail: -237,
  /** -249: admin was deleted; update refused. */
  AdminDeleted: -249,
  /** -253: caller may not change this admin's role. */
  CannotChangeRole: -253,
  /** -255: Allow DCV privilege is only for SSL admins. */
  DcvPrivilegeSslOnly: -255,
  /** -256: caller may not grant DCV privileges. */
  CannotGrantDcv: -256,
  /** -303: scan range has too many IP/port pairs. */
  TooManyScanTargets: -303,
  /** -304: CIDR format is wrong. */
  InvalidCidr: -304,
  /** -305: IP/port range too wide. */
  ScanRangeTooWide: -305,
  /** -306: domain name too long. */
  ScanDomainNameTooLong: -306,
  /** -410: customer not found. */
  CustomerNotFound: -410,
  /** -429: customer has no CA login name. */
  NoCaLoginName: -429,
  /** -500: person name is empty. */
  PersonNameEmpty: -500,
  /** -507: person cannot move organization while key escrow is on. */
  PersonMoveBlockedByKeyEscrow: -507,
  /** -508: new person needs a name. */
  PersonNameRequired: -508,
  /** -518: unknown e-mail address. */
  UnknownEmail: -518,
  /** -524: caller may not change this person's e-mail. */
  CannotChangePersonEmail: -524,
  /** -607: no agent can scan the given private ranges. */
  NoAgentForPrivateRanges: -607,
  /** -615: scan needs at least one range. */
  ScanNeedsRange: -615,
  /** -618: discovery already running; retry later. */
  DiscoveryRunning: -618,
  /** -637: no agent can scan the given public ranges. */
  NoAgentForPublicRanges: -637,
  /** -639: invalid organization ID. */
  InvalidOrganizationId: -639,
  /** -700: domain already exists. */
  DomainExists: -700,
  /** -705: delegation is not in the Requested state. */
  DelegationNotRequested: -705,
  /** -707: delegation request already deleted. */
  DelegationDeleted: -707,
  /** -709: domain must be delegated to at least one organization or department. */
  DomainNeedsDelegation: -709,
  /** -711: cannot delegate to a deleted organization. */
  DelegationToDeletedOrganization: -711,
  /** -712: domain name too short. */
  DomainNameTooShort: -712,
  /** -713: domain name too long. */
  DomainNameTooLong: -713,
  /** -714: domain name has too few dots. */
  DomainNameTooFewDots: -714,
  /** -715: domain is inactive. */
  DomainInactive: -715,
  /** -723: only high-level domains can be validated. */
  OnlyHighLevelDomains: -723,
  /** -724: request refused because of the domain's validation status. */
  DomainValidationStatusRefused: -724,
  /** -727: domain does not exist. */
  DomainNotFound: -727,
  /** -728: delegations changed by another admin; changes ignored. */
  DelegationsChanged: -728,
  /** -731: caller may not rename this domain. */
  CannotRenameDomain: -731,
  /** -732: invalid domain name. */
  InvalidDomainName: -732,
  /** -737: domains not validated; run DCV first. */
  DomainsNotValidated: -737,
  /** -738: operation not allowed on this domain. */
  DomainOperationNotAllowed: -738,
  /** -740: domain still has enrolled SSL certificates. */
  DomainHasCertificates: -740,
  /** -741: pending DRAO request blocks domain creation. */
  PendingDraoRequest: -741,
  /** -834: profile change would leave departments without a usable client profile. */
  ProfileChangeStrandsDepartments: -834,
  /** -840: profile change would leave lower levels without a usable client profile. */
  ProfileChangeStrandsLowerLevels: -840,
  /** -843: organization validation status does not allow this SSL type. */
  ValidationStatusDisallowsType: -843,
  /** -951: at least one of several fields must be set. */
  OneOfFieldsRequired: -951,
  /** -970: incorrect login credentials. */
  IncorrectCredentials: -970,
  /** -976: new password length out of range. */
  PasswordLengthOutOfRange: -976,
  /** -977: new password must be exactly 32 characters. */
  PasswordMustBe32Characters: -977,
  /** -982: new password must not contain the login. */
  PasswordContainsLogin: -982,
  /** -1010: domain not allowed. */
  DomainNotAllowed: -1010,
  /** -1021: operation not allowed for this organization. */
  OrganizationOperationNotAllowed: -1021,
  /** -1023: organization not found. */
  OrganizationNotFound: -1023,
  /** -1104: invalid order number. */
  InvalidOrderNumber: -1104,
  /** -1108: no valid client certificates for this person. */
  NoValidClientCertificates: -1108,
  /** -1112: certificate cannot be approved in its current state. */
  CannotApproveInState: -1112,
  /** -1113: certificate not ready to be applied in its current state. */
  NotReadyToApply: -1113,
  /** -1117: SSL certificate missing. */
  SslCertificateMissing: -1117,
  /** -1137: domains have not passed DCV. */
  DcvNotPassed: -1137,
  /** -1138: could not check the CSR key size. */
  CsrKeySizeCheckFailed: -1138,
  /** -1140: requester cannot approve own request. */
  RequesterCannotApprove: -1140,
  /** -1144: certificate must be rediscovered after a migration. */
  RediscoveryNeeded: -1144,
  /** -1148: auto-installed certificates cannot be replaced. */
  AutoInstalledNotReplaceable: -1148,
  /** -1400: request still being processed by the CA (pending; keep polling). */
  BeingProcessed: -1400,
  /** -1450: unsupported certificate format. */
  UnsupportedCertificateFormat: -1450,
  /** -1601: a field has an invalid value. */
  InvalidFieldValue: -1601,
  /** -1603: domain validation failed. */
  DomainValidationFailed: -1603,
  /** -1608: DCV is disabled for this customer. */
  DcvDisabled: -1608,
  /** -3114: object changed or deleted by another user. */
  ObjectChanged: -3114,
  /** -3115: object changed or deleted by another user; reload it. */
  ObjectChangedReload: -3115,
  /** -3301: invalid scan range. */
  InvalidScanRange: -3301,
  /** -5001: no access to the rule's organization. */
  RuleOrganizationNoAccess: -5001,
  /** -5002: assignment rules cannot be empty. */
  EmptyAssignmentRules: -5002,
  /** -5003: assignment rule is used by network discovery tasks. */
  AssignmentRuleInUse: -5003,
  /** -5101: certificate not found. */
  CertificateNotFound: -5101,
  /** -5109: device certificate profile not found. */
  DeviceProfileNotFound: -5109,
  /** -7306: new password breaks the password policy. */
  PasswordPolicyViolation: -7306,
} as const;

/** One of the documented Sectigo error codes. */
export type SectigoErrorCode = (typeof SectigoErrorCode)[keyof typeof SectigoErrorCode];

let meanings: ReadonlyMap<number, string> | undefined;

/** What a documented Sectigo error code means, in a few words (undefined for an unknown code). */
export function describeSectigoCode(code: number): string | undefined {
  meanings ??= new Map<number, string>([
    [-1, "unknown failure"],
    [-2, "internal server failure; contact support"],
    [-3, "caller lacks the right for this operation"],
    [-7, "a required value is missing"],
    [-9, "unknown notification type, or CSR is not valid Base64"],
    [-10, "CSR could not be decoded"],
    [-11, "CSR key algorithm not supported"],
    [-13, "CSR key size not supported"],
    [-14, "unknown failure"],
    [-16, "unknown user (bad login credentials)"],
    [-25, "caller may not run this action"],
    [-35, "invalid server type"],
    [-36, "term not allowed by the certificate profile"],
    [-37, "access denied"],
    [-39, "invalid certificate profile ID (or a free-form validation message)"],
    [-43, "decryption failed on the server"],
    [-44, "server-side key pair generation failed"],
    [-62, "mandatory custom field missing, or invalid IP address"],
    [-64, "optional name field is invalid"],
    [-65, "internal failure; contact support"],
    [-76, "KU/EKU template not allowed for this customer"],
    [-78, "public key invalid or unsupported"],
    [-102, "only issued certificates can be revoked"],
    [-103, "certificate not collected yet"],
    [-105, "person not found, or renewal failed in the given state"],
    [-107, "domain validation (DCV) missing or expired for a domain in the request"],
    [-109, "certificate not available yet; try again later"],
    [-110, "certificate revoked; download refused"],
    [-111, "no certificate profile with this ID"],
    [-123, "certificate to renew is invalid"],
    [-124, "wrong SSL certificate ID"],
    [-126, "unknown certificate download format"],
    [-129, "connection failure while applying the certificate"],
    [-130, "certificate is not in the Issued state"],
    [-131, "custom field limit reached for the customer"],
    [-134, "custom field names must be unique"],
    [-135, "custom field not found"],
    [-138, "invalid CSR"],
    [-140, "CSR decoding unavailable for now; retry later"],
    [-141, "CSR key smaller than the minimum size"],
    [-159, "certificate already revoked, or custom field limit reached"],
    [-160, "a custom field with this name exists"],
    [-164, "term too long for a local domain or private IP"],
    [-166, "data does not match the certificate, or no valid certificate found"],
    [-169, "certificate not available; contact an administrator"],
    [-170, "ECC CSRs are not allowed for this customer"],
    [-172, "invalid client certificate profile"],
    [-176, "client certificate profiles changed meanwhile; update refused"],
    [-180, "the SSL profile does not allow renewal"],
    [-181, "anchor certificate details do not match the request"],
    [-183, "certificate not collectable yet (pending; keep polling)"],
    [-184, "no customised client certificate profile available"],
    [-185, "customised client certificate profile has no terms"],
    [-188, "user already holds the maximum number of valid certificates"],
    [-194, "CSR key size not supported"],
    [-195, "CA unavailable; retry later"],
    [-196, "could not fetch the DCV e-mail list"],
    [-213, "old password is wrong"],
    [-219, "cannot change the role of the only user with that role"],
    [-220, "new password equals the old one"],
    [-221, "each role needs at least one organization or department"],
    [-222, "roles must be of the same level"],
    [-223, "each role takes exactly one organization or department"],
    [-226, "admin may not manage this organization"],
    [-233, "caller may not create this admin"],
    [-234, "caller may not change this admin's privileges"],
    [-237, "admin e-mail is invalid"],
    [-249, "admin was deleted; update refused"],
    [-253, "caller may not change this admin's role"],
    [-255, "Allow DCV privilege is only for SSL admins"],
    [-256, "caller may not grant DCV privileges"],
    [-303, "scan range has too many IP/port pairs"],
    [-304, "CIDR format is wrong"],
    [-305, "IP/port range too wide"],
    [-306, "domain name too long"],
    [-410, "customer not found"],
    [-429, "customer has no CA login name"],
    [-500, "person name is empty"],
    [-507, "person cannot move organization while key escrow is on"],
    [-508, "new person needs a name"],
    [-518, "unknown e-mail address"],
    [-524, "caller may not change this person's e-mail"],
    [-607, "no agent can scan the given private ranges"],
    [-615, "scan needs at least one range"],
    [-618, "discovery already running; retry later"],
    [-637, "no agent can scan the given public ranges"],
    [-639, "invalid organization ID"],
    [-700, "domain already exists"],
    [-705, "delegation is not in the Requested state"],
    [-707, "delegation request already deleted"],
    [-709, "domain must be delegated to at least one organization or department"],
    [-711, "cannot delegate to a deleted organization"],
    [-712, "domain name too short"],
    [-713, "domain name too long"],
    [-714, "domain name has too few dots"],
    [-715, "domain is inactive"],
    [-723, "only high-level domains can be validated"],
    [-724, "request refused because of the domain's validation status"],
    [-727, "domain does not exist"],
    [-728, "delegations changed by another admin; changes ignored"],
    [-731, "caller may not rename this domain"],
    [-732, "invalid domain name"],
    [-737, "domains not validated; run DCV first"],
    [-738, "operation not allowed on this domain"],
    [-740, "domain still has enrolled SSL certificates"],
    [-741, "pending DRAO request blocks domain creation"],
    [-834, "profile change would leave departments without a usable client profile"],
    [-840, "profile change would leave lower levels without a usable client profile"],
    [-843, "organization validation status does not allow this SSL type"],
    [-951, "at least one of several fields must be set"],
    [-970, "incorrect login credentials"],
    [-976, "new password length out of range"],
    [-977, "new password must be exactly 32 characters"],
    [-982, "new password must not contain the login"],
    [-1010, "domain not allowed"],
    [-1021, "operation not allowed for this organization"],
    [-1023, "organization not found"],
    [-1104, "invalid order number"],
    [-1108, "no valid client certificates for this person"],
    [-1112, "certificate cannot be approved in its current state"],
    [-1113, "certificate not ready to be applied in its current state"],
    [-1117, "SSL certificate missing"],
    [-1137, "domains have not passed DCV"],
    [-1138, "could not check the CSR key size"],
    [-1140, "requester cannot approve own request"],
    [-1144, "certificate must be rediscovered after a migration"],
    [-1148, "auto-installed certificates cannot be replaced"],
    [-1400, "request still being processed by the CA (pending; keep polling)"],
    [-1450, "unsupported certificate format"],
    [-1601, "a field has an invalid value"],
    [-1603, "domain validation failed"],
    [-1608, "DCV is disabled for this customer"],
    [-3114, "object changed or deleted by another user"],
    [-3115, "object changed or deleted by another user; reload it"],
    [-3301, "invalid scan range"],
    [-5001, "no access to the rule's organization"],
    [-5002, "assignment rules cannot be empty"],
    [-5003, "assignment rule is used by network discovery tasks"],
    [-5101, "certificate not found"],
    [-5109, "device certificate profile not found"],
    [-7306, "new password breaks the password policy"],
  ]);
  return meanings.get(code);
}

/**
 * Codes that mean "the certificate is not ready yet" on a collect call: `-1400` (the CA is still
 * processing the request), `-183` (not collectable yet) and `-103` (not collected yet).
 */
export const NOT_READY_CODES: readonly number[] = [
  SectigoErrorCode.BeingProcessed,
  SectigoErrorCode.NotCollectable,
  SectigoErrorCode.NotCollectedYet,
];

/** Codes that mean the login credentials were refused: `-16` (unknown user) and `-970` (incorrect credentials). */
export const BAD_CREDENTIALS_CODES: readonly number[] = [
  SectigoErrorCode.UnknownUser,
  SectigoErrorCode.IncorrectCredentials,
];

/** Sectigo's wording when a collect is refused because the order still waits for an administrator's approval. */
const AWAITING_APPROVAL =
  /await(s|ing)?\s+(an?\s+)?(admin(istrator)?\s+)?approval|pending\s+approval|not\s+(yet\s+)?approved/i;

/** The Sectigo error code of an error (`ApiError.code` as a number), or undefined. */
export function sectigoCode(error: unknown): number | undefined {
  if (!(error instanceof ApiError) && !(error instanceof AuthError)) return undefined;
  const code = error.code;
  if (typeof code === "number") return code;
  if (typeof code === "string" && /^-?\d+$/.test(code)) return Number(code);
  return undefined;
}

/**
 * True when a collect call failed only because the certificate is not issued yet: codes `-1400`,
 * `-183`, `-103`, or a 400 whose message says the order awaits approval. Enroll-and-collect keeps
 * polling on these and throws every other error at once.
 */
export function isNotReady(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const code = sectigoCode(error);
  if (code !== undefined && NOT_READY_CODES.includes(code)) return true;
  return error.status === 400 && AWAITING_APPROVAL.test(error.message);
}

/** True when Sectigo refused the login credentials (`-16`, `-970`), as an API error or a token error. */
export function isBadCredentials(error: unknown): boolean {
  const code = sectigoCode(error);
  return code !== undefined && BAD_CREDENTIALS_CODES.includes(code);
}

/** Codes Sectigo documents as "retry later": the CA is unavailable (`-195`), CSR decoding is down for now (`-140`). */
const TRANSIENT_CODES = new Set<number>([SectigoErrorCode.CaUnavailable, SectigoErrorCode.CsrDecodingUnavailable]);
const decoder = new TextDecoder();

/**
 * Sectigo's retry rule on top of core's (408, 429, 5xx with `Retry-After`): a 400 whose code says
 * "retry later" (`-195`, `-140`) is retried too, on calls that are safe to repeat. Waiter states
 * (`-1400`, `-183`) are not retries: enroll-and-collect polls on them.
 */
export const sectigoRetryClassifier: RetryClassifier = ({ response }) => {
  if (response?.status !== 400 || !response.body || response.body.length > 4096) return undefined;
  try {
    const parsed = JSON.parse(decoder.decode(response.body)) as { code?: unknown };
    return typeof parsed.code === "number" && TRANSIENT_CODES.has(parsed.code) ? true : undefined;
  } catch {
    return undefined;
  }
};

/** Which generation of the Sectigo API a client talks to. */
export type SectigoSurface = "classic" | "admin";

/**
 * An operation the chosen API generation does not serve, refused before anything was sent: an
 * SCM-REST-only operation on the Admin API, an Admin-API-only operation on the SCM REST API, or a
 * developer operation with administrator credentials (and the other way round).
 */
export class UnsupportedOperationError extends TrustplaneError {
  static override readonly kind: string = "UnsupportedOperationError";
  /** The operationId that was refused. */
  readonly operation: string;
  /** The surface the client talks to. */
  readonly surface: SectigoSurface;
  /** The operation that serves the same purpose on this surface, when there is one. */
  readonly alternative: string | undefined;

  constructor(
    message: string,
    options: { operation: string; surface: SectigoSurface; alternative?: string | undefined },
  ) {
    super(message);
    this.operation = options.operation;
    this.surface = options.surface;
    this.alternative = options.alternative;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, surface: this.surface, alternative: this.alternative };
  }
}

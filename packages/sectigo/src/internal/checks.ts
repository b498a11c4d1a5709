/**
 * What can be checked before an enrollment, so a bad request fails here, naming the field, instead
 * of as an order Sectigo refuses later: the certificate profile exists for the organization, the
 * term is one of the profile's terms, the CSR is a PKCS#10 request whose self-signature verifies
 * and whose key the profile allows, subject alternative names are well formed, and every custom
 * field Sectigo marks mandatory has a value. Profiles and custom fields come from the client's
 * cache.
 */
import { type Issue, ValidationError } from "@trustplane/core";
import { type CsrSummary, inspectCsr } from "../pki.js";

/** A certificate profile as the checks read it. */
export interface ProfileFacts {
  id?: number | undefined;
  name?: string | undefined;
  terms?: number[] | undefined;
  keyTypes?: Record<string, string[]> | undefined;
}

/** A custom field as the checks read it. */
export interface CustomFieldFacts {
  name?: string | undefined;
  mandatory?: boolean | undefined;
}

/** What the checks need for one certificate kind. */
export interface EnrollmentCheck {
  /** `ssl.enrollAndCollect`... for messages. */
  readonly what: string;
  /** The profiles the organization may enroll for. */
  readonly profiles: (orgId: number | undefined) => Promise<ProfileFacts[]>;
  /** The custom fields of this certificate kind. */
  readonly customFields: () => Promise<CustomFieldFacts[]>;
  /** Input field holding a comma-separated list of subject alternative names (SSL: `subjAltNames`). */
  readonly sanField?: string | undefined;
  /** Input field holding an e-mail address (S/MIME: `email`). */
  readonly emailField?: string | undefined;
}

const DNS_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True for a host name (optionally a wildcard in the first label) or an IP address. */
export function isSubjectAltName(name: string): boolean {
  // node:net costs milliseconds to load, so it is fetched on first use, not at import
  const { isIP } = process.getBuiltinModule("node:net");
  if (isIP(name) !== 0) return true;
  if (name.length > 253 || !name.includes(".")) return false;
  const labels = name.split(".");
  return labels.every((label, i) => (i === 0 && label === "*") || DNS_LABEL.test(label));
}

const digits = (text: string) => text.replace(/\D/g, "");

/** Whether a CSR's key is one of the profile's key types (`{ RSA: ["2048"], EC: ["P-256"] }`). */
function keyIssue(csr: CsrSummary, profile: ProfileFacts): string | undefined {
  const allowed = profile.keyTypes;
  if (!allowed || Object.keys(allowed).length === 0) return undefined;
  const family = (type: string) => {
    const t = type.toUpperCase();
    return t.startsWith("EC") ? "EC" : t.startsWith("RSA") ? "RSA" : t;
  };
  const entry = Object.entries(allowed).find(([type]) => family(type) === family(csr.keyType));
  const describe = Object.entries(allowed)
    .map(([type, sizes]) => `${type} ${sizes.join("/")}`)
    .join(", ");
  const have = csr.keyType === "EC" ? `an EC ${csr.curve ?? ""} key` : `a ${csr.keyType} ${csr.keySize ?? ""}-bit key`;
  if (!entry) return `has ${have.replace(/\s+/g, " ")}; profile "${profile.name ?? profile.id}" allows ${describe}`;
  const sizes = entry[1];
  if (sizes.length === 0) return undefined;
  const size = String(csr.keySize ?? "");
  if (sizes.some((s) => digits(s) === size)) return undefined;
  return `has ${have.replace(/\s+/g, " ")}; profile "${profile.name ?? profile.id}" allows ${describe}`;
}

/**
 * Runs every check of an enrollment input and throws one ValidationError listing each problem
 * (field and rule), or returns when the request looks fine.
 */
export async function checkEnrollment(check: EnrollmentCheck, input: Record<string, unknown>): Promise<void> {
  requireObject(input, `${check.what} input`);
  const issues: Issue[] = [];
  const orgId = typeof input.orgId === "number" ? input.orgId : undefined;
  const certType = input.certType;
  let profile: ProfileFacts | undefined;
  if (typeof certType === "number") {
    const profiles = await check.profiles(orgId);
    profile = profiles.find((p) => p.id === certType);
    if (!profile) {
      const available = profiles.map((p) => `${p.id} "${p.name ?? ""}"`).join(", ") || "none";
      issues.push({
        path: "certType",
        message: `is not a certificate profile available${orgId !== undefined ? ` to organization ${orgId}` : ""} (available: ${available})`,
      });
    }
  }
  const term = input.term;
  if (profile && typeof term === "number" && profile.terms?.length && !profile.terms.includes(term)) {
    issues.push({
      path: "term",
      message: `must be one of ${profile.terms.join(", ")} (days) for profile "${profile.name ?? profile.id}"`,
    });
  }
  if (typeof input.csr === "string" && input.csr.trim() !== "") {
    try {
      const csr = await inspectCsr(input.csr);
      if (csr.signatureValid === false)
        issues.push({ path: "csr", message: "has a self-signature that does not verify" });
      const problem = profile ? keyIssue(csr, profile) : undefined;
      if (problem) issues.push({ path: "csr", message: problem });
      const bad = csr.subjectAltNames.filter((n) => !n.includes("@") && !isSubjectAltName(n));
      if (bad.length)
        issues.push({ path: "csr", message: `asks for malformed subject alternative names: ${bad.join(", ")}` });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push({ path: "csr", message: "is not a PKCS#10 certificate request (PEM, Base64 or DER)" });
    }
  }
  if (check.sanField && typeof input[check.sanField] === "string") {
    const names = (input[check.sanField] as string)
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean);
    const bad = names.filter((n) => !isSubjectAltName(n));
    if (bad.length) {
      issues.push({
        path: check.sanField,
        message: `must be host names or IP addresses separated by commas; not valid: ${bad.join(", ")}`,
      });
    }
  }
  if (
    check.emailField &&
    typeof input[check.emailField] === "string" &&
    !EMAIL.test(input[check.emailField] as string)
  ) {
    issues.push({ path: check.emailField, message: "must be an e-mail address" });
  }
  const fields = await check.customFields();
  const given = Array.isArray(input.customFields)
    ? (input.customFields as Array<{ name?: unknown; value?: unknown }>)
    : [];
  for (const field of fields) {
    if (!field.mandatory || !field.name) continue;
    const value = given.find((f) => f?.name === field.name)?.value;
    if (typeof value !== "string" || value.trim() === "") {
      issues.push({ path: "customFields", message: `must include the mandatory custom field "${field.name}"` });
    }
  }
  if (issues.length) {
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    throw new ValidationError(`Invalid ${check.what} input: ${summary}`, issues);
  }
}

/** Throws a ValidationError when a method's input is not an object. */
export function requireObject(input: unknown, what: string): asserts input is Record<string, unknown> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ValidationError(`Invalid ${what}: must be an object`, [{ path: "", message: "must be an object" }]);
  }
}

/** Throws a ValidationError unless `input[field]` is a positive integer (an SCM ID). */
export function requireId(input: unknown, field: string, what: string): void {
  requireObject(input, what);
  const value = input[field];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new ValidationError(`Invalid ${what}: ${field}: must be an integer >= 1`, [
      { path: field, message: "must be an integer >= 1" },
    ]);
  }
}

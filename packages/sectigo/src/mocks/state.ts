/**
 * The fake's state: logins, organizations, certificate profiles and custom fields, certificates
 * with their life cycle (requested, approved, issued by a test CA, revoked), domains and DCV,
 * discovery tasks and their runs, and a generic store for the areas modelled by shape only.
 */
import { randomBytes, randomUUID } from "node:crypto";
import {
  createCertificate,
  createPkcs7,
  type IssuedCertificate,
  type KeyPair,
  readCertificate,
  readCsr,
  type SubjectAltName,
  sharedKeyPair,
} from "@trustplane/testing";

/** The fake's demo account: one API administrator, one Admin API client, one developer. */
export const SECTIGO_DEMO = {
  customerUri: "acme",
  login: "api-admin",
  password: "demo-password-Sectigo1!",
  clientId: "trustplane-demo-client",
  clientSecret: "demo-client-secret",
  developerEmail: "dev@acme.example",
  developerPassword: "demo-developer-password",
  /** The demo organization and its department. */
  orgId: 1,
  departmentId: 2,
} as const;

/** A certificate profile (type) of the fake. */
export interface FakeProfile {
  id: number;
  name: string;
  description?: string;
  terms: number[];
  keyTypes: Record<string, string[]>;
  useSecondaryOrgName?: boolean;
  /** Organizations that may use it (all when absent). */
  orgIds?: number[];
}

/** A custom field of the fake (per certificate kind). */
export interface FakeCustomField {
  id: number;
  name: string;
  mandatory: boolean;
}

/** Certificate kinds the fake issues. */
export type CertificateKind = "ssl" | "smime" | "device";

/** Life-cycle states (rendered per kind: `Issued` for SSL, `ISSUED` for devices...). */
export type CertificateState = "requested" | "approved" | "issued" | "declined" | "revoked" | "replaced";

/** One certificate of the fake. */
export interface FakeCertificate {
  kind: CertificateKind;
  id: number;
  orgId: number;
  certType: number;
  term: number;
  state: CertificateState;
  commonName: string;
  subjectAltNames: string[];
  email?: string | undefined;
  /** The request (PEM); absent when the fake generated the key (S/MIME key escrow, SSL key generation). */
  csr?: string | undefined;
  /** Key pair held by "Sectigo" (key escrow / agent key generation). */
  keys?: KeyPair | undefined;
  /** Collects still answering "being processed" once the order may be issued. */
  pendingPolls: number;
  needsApproval: boolean;
  renewId: string;
  orderNumber: number;
  backendCertId: string;
  comments?: string | undefined;
  customFields: Array<{ name: string; value: string }>;
  requested: Date;
  approved?: Date | undefined;
  issued?: Date | undefined;
  expires?: Date | undefined;
  revoked?: Date | undefined;
  reasonCode?: number | undefined;
  /** The issued leaf. */
  certificate?: IssuedCertificate | undefined;
  /** How many collects were answered (for tests). */
  collects: number;
}

/** A discovery task and its runs. */
export interface FakeScanTask {
  id: number;
  type: "net_task" | "ad_task" | "azure_task";
  request: Record<string, unknown>;
  runs: FakeScanRun[];
}

/** One run of a discovery task. */
export interface FakeScanRun {
  id: string;
  status: "in_progress" | "completed" | "failed" | "cancelled" | "expired";
  created: Date;
  modified: Date;
  /** Polls of the operation list left before the run completes. */
  pendingPolls: number;
  /** Ends `failed` instead of `completed`. */
  fail?: string | undefined;
}

/** A domain and its DCV. */
export interface FakeDomain {
  id: number;
  name: string;
  description?: string | undefined;
  active: boolean;
  delegations: Array<{ orgId: number; certTypes: string[]; status: "ACTIVE" | "REQUESTED" }>;
  dcv: {
    status: "NOT_VALIDATED" | "VALIDATED" | "EXPIRED";
    method?: string | undefined;
    orderStatus?: "NOT_INITIATED" | "SUBMITTED" | "AWAITING_SUBMIT" | undefined;
    token?: string | undefined;
    validated?: Date | undefined;
    /** Status checks left before a submitted DCV passes. */
    pendingChecks: number;
  };
}

/** What the life cycle does by default (tests change it per case). */
export interface FakeTimings {
  /** Collects that answer "being processed" (-1400) before a certificate is issued. Default 2. */
  pendingPolls: number;
  /** Polls of a scan task's operations before the run completes. Default 2. */
  scanPolls: number;
  /** DCV status checks before a submitted validation passes. Default 1. */
  dcvChecks: number;
}

const DAY = 86_400_000;

/** The fake's whole state. */
export class SectigoFakeState {
  /** API administrators by login. */
  readonly admins = new Map<string, { password: string; customerUri: string }>();
  /** Admin API OAuth2 clients by client ID. */
  readonly oauthClients = new Map<string, string>();
  /** Developers (Code Signing on Demand) by e-mail. */
  readonly developers = new Map<string, string>();
  /** Issued Admin API tokens. */
  readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();
  tokenRequests = 0;
  readonly organizations = new Map<number, { id: number; name: string; parentId?: number | undefined }>();
  readonly profiles: Record<CertificateKind, FakeProfile[]> = { ssl: [], smime: [], device: [] };
  readonly customFields: Record<CertificateKind, FakeCustomField[]> = { ssl: [], smime: [], device: [] };
  readonly certificates = new Map<number, FakeCertificate>();
  readonly domains = new Map<number, FakeDomain>();
  readonly scanTasks = new Map<number, FakeScanTask>();
  /** Generic records by collection path (`/api/admin/v1`) and ID. */
  readonly records = new Map<string, Map<string, Record<string, unknown>>>();
  /** SSL keystore downloads by token. */
  readonly keystores = new Map<string, { id: number; format: string; passphrase: string | undefined }>();
  /** Extra synthetic rows in the CSV report stream (for streaming tests). */
  reportRows = 0;
  /** Holds the CSV report stream after its header until released (for streaming tests). */
  reportGate: Promise<void> | undefined;
  /** The life cycle's counts (reset restores the ones the fake was made with). */
  readonly timings: FakeTimings;
  readonly #initialTimings: FakeTimings;
  /** Every order needs an administrator's approval before it is issued. */
  requireApproval = false;
  #nextId = 1000;
  #ca: { root: IssuedCertificate; issuing: IssuedCertificate; keys: KeyPair } | undefined;

  constructor(timings: Partial<FakeTimings> = {}) {
    this.timings = { pendingPolls: 2, scanPolls: 2, dcvChecks: 1, ...timings };
    this.#initialTimings = { ...this.timings };
  }

  /** A fresh numeric ID. */
  nextId(): number {
    return this.#nextId++;
  }

  /** Forgets everything (the mocks re-seed after). */
  clear(): void {
    this.admins.clear();
    this.oauthClients.clear();
    this.developers.clear();
    this.tokens.clear();
    this.tokenRequests = 0;
    this.organizations.clear();
    for (const kind of ["ssl", "smime", "device"] as const) {
      this.profiles[kind] = [];
      this.customFields[kind] = [];
    }
    this.certificates.clear();
    this.domains.clear();
    this.scanTasks.clear();
    this.records.clear();
    this.keystores.clear();
    this.reportRows = 0;
    this.reportGate = undefined;
    this.requireApproval = false;
    Object.assign(this.timings, this.#initialTimings);
    this.#nextId = 1000;
  }

  /** The demo account, organization, profiles and custom fields. */
  seedDemo(): void {
    this.admins.set(SECTIGO_DEMO.login, { password: SECTIGO_DEMO.password, customerUri: SECTIGO_DEMO.customerUri });
    this.oauthClients.set(SECTIGO_DEMO.clientId, SECTIGO_DEMO.clientSecret);
    this.developers.set(SECTIGO_DEMO.developerEmail, SECTIGO_DEMO.developerPassword);
    this.organizations.set(SECTIGO_DEMO.orgId, { id: SECTIGO_DEMO.orgId, name: "Example Corp" });
    this.organizations.set(SECTIGO_DEMO.departmentId, {
      id: SECTIGO_DEMO.departmentId,
      name: "Platform",
      parentId: SECTIGO_DEMO.orgId,
    });
    this.profiles.ssl = [
      {
        id: 101,
        name: "Sectigo OV SSL",
        description: "Organization-validated TLS server certificate",
        terms: [365, 730],
        keyTypes: { RSA: ["2048", "3072", "4096"], EC: ["P-256", "P-384"] },
      },
      {
        id: 102,
        name: "Sectigo EV SSL",
        description: "Extended validation",
        terms: [365],
        keyTypes: { RSA: ["2048", "3072", "4096"] },
      },
    ];
    this.profiles.smime = [
      {
        id: 201,
        name: "Sectigo Client Certificate",
        terms: [365, 730, 1095],
        keyTypes: { RSA: ["2048", "3072", "4096"], EC: ["P-256", "P-384"] },
      },
    ];
    this.profiles.device = [
      { id: 301, name: "Device Certificate", terms: [365, 730], keyTypes: { RSA: ["2048"], EC: ["P-256"] } },
    ];
    this.customFields.ssl = [{ id: 11, name: "Cost Center", mandatory: false }];
    this.customFields.smime = [{ id: 12, name: "Department Code", mandatory: false }];
    this.customFields.device = [{ id: 13, name: "Asset Tag", mandatory: false }];
  }

  /** A generic collection's records. */
  collection(path: string): Map<string, Record<string, unknown>> {
    let found = this.records.get(path);
    if (!found) {
      found = new Map();
      this.records.set(path, found);
    }
    return found;
  }

  // ---------------------------------------------------------------------------------------------
  // Certificates

  /** Orders a certificate (what enroll does after its checks). */
  order(input: {
    kind: CertificateKind;
    orgId: number;
    certType: number;
    term: number;
    csr?: string | undefined;
    commonName?: string | undefined;
    subjectAltNames?: string[] | undefined;
    email?: string | undefined;
    comments?: string | undefined;
    customFields?: Array<{ name: string; value: string }> | undefined;
    generateKey?: boolean | undefined;
  }): FakeCertificate {
    const id = this.nextId();
    let commonName = input.commonName ?? "";
    let sans = input.subjectAltNames ?? [];
    if (input.csr) {
      const csr = readCsr(input.csr);
      commonName ||= csr.subjectName.flat().find((a) => a.type === "CN")?.value ?? "";
      sans = [...new Set([...csr.subjectAltNames.map((s) => s.value), ...sans])];
    }
    const certificate: FakeCertificate = {
      kind: input.kind,
      id,
      orgId: input.orgId,
      certType: input.certType,
      term: input.term,
      state: "requested",
      commonName: commonName || input.email || `certificate-${id}`,
      subjectAltNames: sans,
      email: input.email,
      csr: input.csr,
      keys: input.generateKey ? sharedKeyPair({ type: "ec", curve: "P-256" }) : undefined,
      pendingPolls: this.timings.pendingPolls,
      needsApproval: this.requireApproval,
      renewId: randomBytes(9).toString("base64url"),
      orderNumber: 5000 + id,
      backendCertId: String(5000 + id),
      comments: input.comments,
      customFields: input.customFields ?? [],
      requested: new Date(),
      collects: 0,
    };
    this.certificates.set(id, certificate);
    return certificate;
  }

  /** An administrator approves an order. Returns false when it is not waiting for approval. */
  approve(id: number): boolean {
    const certificate = this.certificates.get(id);
    if (certificate?.state !== "requested") return false;
    certificate.state = "approved";
    certificate.approved = new Date();
    return true;
  }

  /** Issues a certificate now (skipping the pending collects). */
  issueNow(id: number): FakeCertificate | undefined {
    const certificate = this.certificates.get(id);
    if (!certificate) return undefined;
    certificate.pendingPolls = 0;
    certificate.needsApproval = false;
    this.#issue(certificate);
    return certificate;
  }

  /**
   * What a collect finds: the issued certificate, or why not (`approval`, `processing`,
   * `revoked`, `declined`). Each collect of a pending order counts down its pending polls.
   */
  collect(id: number): FakeCertificate | "approval" | "processing" | "revoked" | "declined" | undefined {
    const certificate = this.certificates.get(id);
    if (!certificate) return undefined;
    certificate.collects++;
    if (certificate.state === "revoked") return "revoked";
    if (certificate.state === "declined") return "declined";
    if (certificate.state === "issued" || certificate.state === "replaced") return certificate;
    if (certificate.needsApproval && certificate.state === "requested") return "approval";
    if (certificate.pendingPolls > 0) {
      certificate.pendingPolls--;
      return "processing";
    }
    this.#issue(certificate);
    return certificate;
  }

  /** The fake's CA: a root and an issuing CA (EC P-256 keys, made on first issuance). */
  get ca(): { root: IssuedCertificate; issuing: IssuedCertificate; keys: KeyPair } {
    if (!this.#ca) {
      const rootKeys = sharedKeyPair({ type: "ec", curve: "P-384" });
      const root = createCertificate({
        subject: "CN=Trustplane Fake Sectigo Root CA,O=Trustplane,C=GB",
        publicKey: rootKeys.publicKey,
        signingKey: rootKeys.privateKey,
        ca: true,
        validityDays: 3650,
      });
      const keys = sharedKeyPair({ type: "ec", curve: "P-256" });
      const issuing = createCertificate({
        subject: "CN=Trustplane Fake Sectigo Issuing CA,O=Trustplane,C=GB",
        publicKey: keys.publicKey,
        signingKey: rootKeys.privateKey,
        issuer: readCertificate(root.der).subjectDer,
        ca: { pathLength: 0 },
        validityDays: 1825,
      });
      this.#ca = { root, issuing, keys };
    }
    return this.#ca;
  }

  /** The fake's CA as a testing `CertificateAuthority`-like pair, for tests that verify chains. */
  caCertificates(): { root: IssuedCertificate; issuing: IssuedCertificate } {
    const { root, issuing } = this.ca;
    return { root, issuing };
  }

  #issue(certificate: FakeCertificate): void {
    if (certificate.certificate) return;
    const { issuing, keys } = this.ca;
    const sans: SubjectAltName[] = certificate.subjectAltNames.map((value) =>
      value.includes("@")
        ? { type: "email", value }
        : /^[\d.]+$|:/.test(value)
          ? { type: "ip", value }
          : { type: "dns", value },
    );
    if (certificate.email && !sans.some((s) => s.value === certificate.email)) {
      sans.push({ type: "email", value: certificate.email });
    }
    const csr = certificate.csr ? readCsr(certificate.csr) : undefined;
    const publicKey = csr
      ? csr.publicKey
      : (certificate.keys ?? sharedKeyPair({ type: "ec", curve: "P-256" })).publicKey;
    const issued = new Date();
    const leaf = createCertificate({
      subject: csr ? csr.subjectDer : `CN=${certificate.commonName.replace(/[,+="\\<>;#]/g, " ")}`,
      publicKey,
      signingKey: keys.privateKey,
      issuer: readCertificate(issuing.der).subjectDer,
      subjectAltNames: sans,
      notBefore: new Date(issued.getTime() - 60_000),
      validityDays: certificate.term,
      extendedKeyUsage: certificate.kind === "smime" ? ["emailProtection", "clientAuth"] : ["serverAuth", "clientAuth"],
    });
    certificate.certificate = leaf;
    certificate.state = "issued";
    certificate.issued = issued;
    certificate.expires = new Date(issued.getTime() + certificate.term * DAY);
  }

  /** The chain of an issued certificate, leaf first. */
  chain(certificate: FakeCertificate): IssuedCertificate[] {
    if (!certificate.certificate) return [];
    return [certificate.certificate, this.ca.issuing, this.ca.root];
  }

  /** The certificate in a Sectigo collect format (text formats as PEM text, `bin` as PKCS#7 DER). */
  render(certificate: FakeCertificate, format: string): string | Uint8Array {
    const [leaf, issuing, root] = this.chain(certificate) as [IssuedCertificate, IssuedCertificate, IssuedCertificate];
    const pems = (list: IssuedCertificate[]) => list.map((c) => c.pem).join("");
    switch (format) {
      case "x509":
      case "pem":
        return pems([root, issuing, leaf]);
      case "x509R":
      case "pemia":
        return pems([leaf, issuing, root]);
      case "x509CO":
      case "pemco":
        return leaf.pem;
      case "x509IO":
        return pems([root, issuing]);
      case "x509IOR":
        return pems([issuing, root]);
      case "bin":
        return createPkcs7([leaf, issuing, root]);
      default:
        return createPkcs7([leaf, issuing, root], { format: "pem" });
    }
  }

  /** Serial number of an issued certificate, as hex. */
  serialOf(certificate: FakeCertificate): string | undefined {
    return certificate.certificate ? readCertificate(certificate.certificate.der).serialNumber : undefined;
  }

  /** Finds an issued certificate by serial number (hex, any case, colons ignored). */
  bySerial(kind: CertificateKind, serial: string): FakeCertificate | undefined {
    const wanted = serial.replace(/[:\s]/g, "").toLowerCase().replace(/^0+/, "");
    for (const c of this.certificates.values()) {
      if (c.kind === kind && this.serialOf(c)?.replace(/^0+/, "") === wanted) return c;
    }
    return undefined;
  }

  /** Revokes a certificate (only an issued one can be). */
  revoke(certificate: FakeCertificate, reasonCode: number): "ok" | "not-issued" | "already" {
    if (certificate.state === "revoked") return "already";
    if (certificate.state !== "issued") return "not-issued";
    certificate.state = "revoked";
    certificate.revoked = new Date();
    certificate.reasonCode = reasonCode;
    return "ok";
  }

  /** Renews: a new order with the same details (and a new CSR when given). */
  renew(certificate: FakeCertificate, csr?: string | undefined): FakeCertificate {
    return this.order({
      kind: certificate.kind,
      orgId: certificate.orgId,
      certType: certificate.certType,
      term: certificate.term,
      csr: csr ?? certificate.csr,
      commonName: certificate.commonName,
      subjectAltNames: certificate.subjectAltNames,
      email: certificate.email,
      comments: certificate.comments,
      customFields: certificate.customFields,
      generateKey: certificate.keys !== undefined,
    });
  }

  /** Replaces: the same ID goes back to pending with a new request. */
  replace(certificate: FakeCertificate, csr: string | undefined, revokeOld: boolean): void {
    if (revokeOld && certificate.state === "issued") certificate.reasonCode = 4;
    certificate.certificate = undefined;
    certificate.state = "requested";
    certificate.needsApproval = this.requireApproval;
    certificate.pendingPolls = this.timings.pendingPolls;
    if (csr) {
      certificate.csr = csr;
      const parsed = readCsr(csr);
      certificate.commonName = parsed.subjectName.flat().find((a) => a.type === "CN")?.value ?? certificate.commonName;
      certificate.subjectAltNames = parsed.subjectAltNames.map((s) => s.value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Discovery

  /** Starts a run of a scan task. */
  startScan(task: FakeScanTask): FakeScanRun {
    const now = new Date();
    const run: FakeScanRun = {
      id: randomUUID(),
      status: "in_progress",
      created: now,
      modified: now,
      pendingPolls: this.timings.scanPolls,
    };
    task.runs.push(run);
    return run;
  }

  /** One poll of a task's runs: in-progress runs count down and complete. */
  pollScans(task: FakeScanTask): FakeScanRun[] {
    for (const run of task.runs) {
      if (run.status !== "in_progress") continue;
      if (run.pendingPolls > 0) run.pendingPolls--;
      else {
        run.status = run.fail ? "failed" : "completed";
        run.modified = new Date();
      }
    }
    return task.runs;
  }
}

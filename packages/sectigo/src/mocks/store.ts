/**
 * The fake's stores: logins and tokens, organizations, certificate profiles and custom fields, the
 * maps the other areas keep their records in, the life cycle's timings, reset, and the demo seed.
 */
import type {
  CertificateKind,
  FakeCertificate,
  FakeCustomField,
  FakeDomain,
  FakeProfile,
  FakeScanTask,
  FakeTimings,
} from "./state-types.js";

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

/** The fake's stores (the certificate life cycle and discovery runs build on them in `SectigoFakeState`). */
export class SectigoFakeStore {
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
}

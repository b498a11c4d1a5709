import type { components } from "../generated/openapi.gen.js";
import type { Step } from "./timing.js";

type Schemas = components["schemas"];

/** A variable as the fake stores it. */
export interface FakeVariable {
  id: string;
  valueBase64: string;
  description: string;
  expressionType: Schemas["EsvExpressionType"];
  lastChangeDate: string;
  lastChangedBy: string;
  /** False until the next restart completes. */
  loaded: boolean;
}

/** One stored secret version (the value stays in the fake; it is never returned). */
export interface FakeSecretVersion {
  version: string;
  valueBase64: string;
  createDate: string;
  status: Schemas["EsvSecretVersionStatus"];
}

/** A secret as the fake stores it. */
export interface FakeSecret {
  id: string;
  description: string;
  encoding: Schemas["EsvSecretEncoding"];
  useInPlaceholders: boolean;
  lastChangeDate: string;
  lastChangedBy: string;
  versions: FakeSecretVersion[];
  /** The version running services use ("" before the first restart after creation). */
  loadedVersion: string;
  /** Number the next version gets. */
  nextVersion: number;
}

/** A certificate as the fake stores it (the key is kept, never returned). */
export interface FakeCertificate extends Required<Omit<Schemas["Certificate"], "certificate">> {
  pem: string;
  privateKey: string;
}

/** Changes a promotion would carry, grouped by product. */
export type ConfigChanges = NonNullable<Schemas["PromotionReport"]["report"]>;

/** A promotion or rollback run. */
export interface FakeRun {
  kind: "promotion" | "rollback";
  promotionId: string;
  dryRun: boolean;
  request: Record<string, unknown>;
  step: Step;
  /** Why it will fail, decided when it starts. */
  failure?: { message: string; missingESVs?: string[]; encryptedSecrets?: string[] } | undefined;
  finished: boolean;
  startedAt: string;
}

/** Everything the fake tenant holds. Tests may read and change it directly. */
export interface FakeAicState {
  variables: Map<string, FakeVariable>;
  secrets: Map<string, FakeSecret>;
  restart: {
    status: "ready" | "restarting";
    step?: Step | undefined;
    /** Status polls still to answer 503 during the current restart. */
    unavailableLeft: number;
    /** Restarts completed. */
    completed: number;
  };
  promotion: {
    lock: {
      result: Schemas["PromotionLockResult"];
      promotionId?: string | undefined;
      step?: Step | undefined;
      description?: string | undefined;
    };
    run?: FakeRun | undefined;
    reports: Schemas["PromotionReport"][];
    /** What the lower environment has that the upper one does not: the next promotion's content. */
    pendingChanges: ConfigChanges;
    /** What the last real promotion changed: a rollback's content. */
    lastPromoted?: ConfigChanges | undefined;
    /** ESVs the configuration uses that the upper environment lacks (the promotion then fails). */
    missingEsvs: string[];
    /** Encrypted secrets found in the configuration (the promotion fails unless told to ignore them). */
    encryptedSecrets: string[];
    /** Make the next run fail with this message. */
    failNextRun?: string | undefined;
    /** Make the next lock end in `error` with this description. */
    failNextLock?: string | undefined;
  };
  certificates: Map<string, FakeCertificate>;
  csrs: Map<string, Schemas["CertificateSigningRequest"]>;
  contentSecurityPolicy: { enforced: Schemas["ContentSecurityPolicy"]; reportOnly: Schemas["ContentSecurityPolicy"] };
  cookieDomains: string[];
  customDomains: { alpha: string[]; bravo: string[] };
  /** Domains whose CNAME the fake considers in place. */
  verifiedCnames: Set<string>;
  federation: Schemas["FederationEnforcement"];
  release: Schemas["Release"];
  ssoCookie: Schemas["SsoCookie"];
}

/** Default SSO cookie name of the fake tenant (`_action=reset` goes back to it). */
export const DEFAULT_SSO_COOKIE = "ab12cd34ef56ab7";

/** What the demo lower environment holds that the upper one does not. */
export function demoConfigChanges(): ConfigChanges {
  return {
    AMConfig: [
      {
        configItem: "Authentication > Journeys",
        configChange: {
          added: [{ name: "PasswordlessLogin", realm: "alpha", uid: "journey/PasswordlessLogin" }],
          modified: [{ name: "Registration", realm: "alpha", uid: "journey/Registration" }],
        },
      },
      {
        configItem: "Applications > OAuth2 clients",
        configChange: { added: [{ name: "billing-portal", realm: "alpha", uid: "oauth2client/billing-portal" }] },
      },
    ],
    IDMConfig: [
      {
        configItem: "Email > Templates",
        configChange: { modified: [{ name: "welcome", uid: "emailTemplate/welcome" }] },
      },
    ],
  };
}

/** A fresh tenant. */
export function initialState(tenantHost: string): FakeAicState {
  return {
    variables: new Map(),
    secrets: new Map(),
    restart: { status: "ready", unavailableLeft: 0, completed: 0 },
    promotion: {
      lock: { result: "unlocked" },
      reports: [],
      pendingChanges: demoConfigChanges(),
      missingEsvs: [],
      encryptedSecrets: [],
    },
    certificates: new Map(),
    csrs: new Map(),
    contentSecurityPolicy: {
      enforced: { active: false, directives: { "default-src": ["'self'"], "frame-ancestors": ["'self'"] } },
      reportOnly: {
        active: true,
        directives: { "default-src": ["'self'"], "script-src": ["'self'", "'unsafe-inline'"] },
      },
    },
    cookieDomains: [tenantHost],
    customDomains: { alpha: [], bravo: [] },
    verifiedCnames: new Set(["login.example.com", "id.example.com"]),
    federation: { groups: "none" },
    release: {
      currentVersion: "2025.6.2",
      nextUpgrade: new Date(Date.UTC(2030, 0, 15, 9, 0, 0)).toISOString(),
    },
    ssoCookie: { name: DEFAULT_SSO_COOKIE },
  };
}

/** What the fake controller holds. Tests may read and change it. */
import { newId } from "./http.js";

/** A stored resource: the fields it was created with plus id, timestamps and tags. */
export interface FakeRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  tags: Record<string, unknown>;
  [field: string]: unknown;
}

/** An API session (a login). */
export interface FakeApiSession {
  id: string;
  token: string;
  identityId: string;
  authenticatorId: string;
  /** `password`, `cert` or `ext-jwt`. */
  method: string;
  createdAt: string;
  lastActivityAt: number;
  /** Epoch ms after which the session is refused (moves forward with use). */
  expiresAt: number;
  isMfaRequired: boolean;
  isMfaComplete: boolean;
  configTypes: string[];
  ipAddress: string;
}

/** An identity's TOTP enrollment. */
export interface FakeMfa {
  /** Base32 TOTP secret. */
  secret: string;
  /** Verified (MFA in force). */
  isVerified: boolean;
  recoveryCodes: string[];
}

/** Every collection of the fake, by name. */
export interface FakeZitiState {
  identities: Map<string, FakeRow>;
  services: Map<string, FakeRow>;
  configs: Map<string, FakeRow>;
  configTypes: Map<string, FakeRow>;
  edgeRouters: Map<string, FakeRow>;
  routers: Map<string, FakeRow>;
  transitRouters: Map<string, FakeRow>;
  servicePolicies: Map<string, FakeRow>;
  edgeRouterPolicies: Map<string, FakeRow>;
  serviceEdgeRouterPolicies: Map<string, FakeRow>;
  cas: Map<string, FakeRow>;
  enrollments: Map<string, FakeRow>;
  authenticators: Map<string, FakeRow>;
  postureChecks: Map<string, FakeRow>;
  terminators: Map<string, FakeRow>;
  externalJwtSigners: Map<string, FakeRow>;
  authPolicies: Map<string, FakeRow>;
  revocations: Map<string, FakeRow>;
  controllerSettings: Map<string, FakeRow>;
  sessions: Map<string, FakeRow>;
  apiSessions: Map<string, FakeApiSession>;
  mfa: Map<string, FakeMfa>;
  /** Identity id -> service-specific config overrides. */
  serviceConfigs: Map<string, Array<{ serviceId: string; configId: string }>>;
  /** Identity id -> tracing spec. */
  traces: Map<string, Record<string, unknown>>;
  integrity: { inProgress: boolean; fixingErrors: boolean; startTime?: string; endTime?: string; pollsLeft?: number };
  snapshots: number;
}

/** Names of the collections of rows (not sessions, MFA and the like). */
export type CollectionName = {
  [K in keyof FakeZitiState]: FakeZitiState[K] extends Map<string, FakeRow> ? K : never;
}[keyof FakeZitiState];

/** An empty controller. */
export function emptyState(): FakeZitiState {
  return {
    identities: new Map(),
    services: new Map(),
    configs: new Map(),
    configTypes: new Map(),
    edgeRouters: new Map(),
    routers: new Map(),
    transitRouters: new Map(),
    servicePolicies: new Map(),
    edgeRouterPolicies: new Map(),
    serviceEdgeRouterPolicies: new Map(),
    cas: new Map(),
    enrollments: new Map(),
    authenticators: new Map(),
    postureChecks: new Map(),
    terminators: new Map(),
    externalJwtSigners: new Map(),
    authPolicies: new Map(),
    revocations: new Map(),
    controllerSettings: new Map(),
    sessions: new Map(),
    apiSessions: new Map(),
    mfa: new Map(),
    serviceConfigs: new Map(),
    traces: new Map(),
    integrity: { inProgress: false, fixingErrors: false },
    snapshots: 0,
  };
}

/** A new row with id, timestamps and tags, plus `fields`. */
export function newRow(fields: Record<string, unknown>, id: string = newId()): FakeRow {
  const now = new Date().toISOString();
  const { tags, ...rest } = fields;
  return {
    ...rest,
    id,
    createdAt: now,
    updatedAt: now,
    tags: tags && typeof tags === "object" ? { ...(tags as Record<string, unknown>) } : {},
  };
}

/** Identity types (their ids are their names). */
export const IDENTITY_TYPES = ["User", "Device", "Service", "Router", "Default"] as const;

/** Posture check types the controller knows. */
export const POSTURE_CHECK_TYPES = [
  { id: "OS", name: "Operating System Check" },
  { id: "PROCESS", name: "Process Check" },
  { id: "DOMAIN", name: "Windows Domain Check" },
  { id: "MAC", name: "MAC Address Check" },
  { id: "MFA", name: "MFA Check" },
  { id: "PROCESS_MULTI", name: "Multi Process Check" },
] as const;

/** Config types every controller has from the start. */
export const BUILT_IN_CONFIG_TYPES = [
  "intercept.v1",
  "host.v1",
  "host.v2",
  "ziti-tunneler-client.v1",
  "ziti-tunneler-server.v1",
] as const;

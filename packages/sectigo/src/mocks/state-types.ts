/**
 * The shapes of the fake's state: certificate profiles and custom fields, certificates and their
 * life-cycle states, discovery tasks and their runs, domains and their DCV, and the life cycle's
 * timings.
 */
import type { IssuedCertificate, KeyPair } from "@trustplane/testing";

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

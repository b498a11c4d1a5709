/**
 * The fake's state: its stores (`store.ts`: logins, organizations, profiles, custom fields, domains,
 * the generic store...) plus the certificate life cycle (ordered, approved, issued by a test CA for
 * the CSR, collected in every format, revoked, renewed, replaced) and discovery runs.
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
import type { CertificateKind, FakeCertificate, FakeScanRun, FakeScanTask } from "./state-types.js";
import { SectigoFakeStore } from "./store.js";

const DAY = 86_400_000;

/** The fake's whole state. */
export class SectigoFakeState extends SectigoFakeStore {
  #ca: { root: IssuedCertificate; issuing: IssuedCertificate; keys: KeyPair } | undefined;

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

import { randomUUID } from "node:crypto";
import type { components } from "../generated/openapi.gen.js";
import { createCertificate, generateKeyPair, type KeyPair, randomSerial, type SignatureAlgorithmName } from "./pki.js";

type Schemas = components["schemas"];
/** A key or certificate as the fake answers it (without `_links`, added per request). */
export type FakeCertificateRecord = Omit<Schemas["Certificate"], "_links">;
/** An application as the fake answers it. */
export type FakeApplicationRecord = Omit<Schemas["Application"], "_links">;
/** A key rotation policy as the fake stores it. */
export type FakeKeyRotationPolicyRecord = Omit<Schemas["KeyRotationPolicy"], "_links">;

/** What the fake needs to (re)build a key's certificate. */
export interface KeySpec {
  algorithm: "RSA" | "EC";
  keyLength: number;
  signatureAlgorithm: SignatureAlgorithmName;
  subjectDN: string;
  serialNumber: number;
  startsAt: Date;
  expiresAt: Date;
  /** The ISSUANCE key that signs this key's certificate (same environment); self-signed when absent. */
  issuerKeyId?: string | undefined;
  customCRL?: string | undefined;
  /** CA certificate (ISSUANCE keys). */
  ca: boolean;
}

/** Key pair and certificate chain of a key (leaf first). Built lazily: generating RSA keys takes time. */
export interface KeyMaterial extends KeyPair {
  chain: Uint8Array[];
}

/** A key held by the fake. The private key never leaves it. */
export interface StoredKey {
  record: FakeCertificateRecord;
  spec: KeySpec;
  material?: KeyMaterial | undefined;
}

/** An uploaded certificate held by the fake. */
export interface StoredCertificate {
  record: FakeCertificateRecord;
  chain: Uint8Array[];
}

/** An application, with the keys and certificates it references. */
export interface StoredApplication {
  record: FakeApplicationRecord;
  keyIds: Set<string>;
  certificateIds: Set<string>;
}

/** One environment of the fake. */
export interface FakeEnvironment {
  readonly id: string;
  readonly name: string;
  readonly keys: Map<string, StoredKey>;
  readonly certificates: Map<string, StoredCertificate>;
  readonly keyRotationPolicies: Map<string, FakeKeyRotationPolicyRecord>;
  readonly applications: Map<string, StoredApplication>;
}

/** A worker application that can get tokens from its environment's token endpoint. */
export interface FakeWorker {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Environment that holds the worker (its token environment). */
  readonly environmentId: string;
  /** Environments its roles let it manage (always includes its own). */
  readonly manages: Set<string>;
}

/** An issued access token. */
export interface FakeToken {
  readonly clientId: string;
  readonly environmentId: string;
  expiresAt: number;
}

const DAY = 86_400_000;

/** Status PingOne derives from a certificate's dates. */
export function statusOf(record: FakeCertificateRecord, now = Date.now()): Schemas["KeyStatus"] {
  const starts = record.startsAt ? Date.parse(record.startsAt) : 0;
  const expires = record.expiresAt ? Date.parse(record.expiresAt) : Number.POSITIVE_INFINITY;
  if (now < starts) return "NOT_YET_VALID";
  if (now >= expires) return "EXPIRED";
  if (expires - now < 30 * DAY) return "EXPIRING";
  return "VALID";
}

/** Input of `state.addKey` (and of the fake's key generation). */
export interface NewKey {
  name: string;
  algorithm?: "RSA" | "EC" | undefined;
  keyLength?: number | undefined;
  signatureAlgorithm?: SignatureAlgorithmName | undefined;
  subjectDN?: string | undefined;
  usageType?: Schemas["KeyUsageType"] | undefined;
  validityPeriod?: number | undefined;
  default?: boolean | undefined;
  serialNumber?: number | undefined;
  issuerKeyId?: string | undefined;
  issuerDN?: string | undefined;
  customCRL?: string | undefined;
  /** When the certificate starts (default now). */
  startsAt?: Date | undefined;
}

/**
 * The fake's memory: environments with their keys, certificates, key rotation policies and
 * applications; worker applications and the tokens they were issued. Tests seed and inspect it.
 */
export class PingOneFakeState {
  readonly organizationId: string;
  readonly environments = new Map<string, FakeEnvironment>();
  readonly workers = new Map<string, FakeWorker>();
  readonly tokens = new Map<string, FakeToken>();
  /** Organization signing keys made by the legacy endpoint. */
  readonly organizationKeys = new Map<string, StoredKey>();
  /** Token requests received (granted or refused). */
  tokenRequests = 0;
  /** Tokens issued. */
  tokensIssued = 0;

  constructor(organizationId: string = randomUUID()) {
    this.organizationId = organizationId;
  }

  /** Adds an environment (a random id unless given). */
  addEnvironment(options: { id?: string; name?: string } = {}): FakeEnvironment {
    const id = options.id ?? randomUUID();
    const env: FakeEnvironment = {
      id,
      name: options.name ?? `Environment ${id.slice(0, 8)}`,
      keys: new Map(),
      certificates: new Map(),
      keyRotationPolicies: new Map(),
      applications: new Map(),
    };
    this.environments.set(id, env);
    return env;
  }

  /** Adds a worker application in `environmentId` that may also manage `manages`. */
  addWorker(options: {
    environmentId: string;
    clientId: string;
    clientSecret: string;
    manages?: string[];
  }): FakeWorker {
    const worker: FakeWorker = {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      environmentId: options.environmentId,
      manages: new Set([options.environmentId, ...(options.manages ?? [])]),
    };
    this.workers.set(worker.clientId, worker);
    return worker;
  }

  /** The environment, or throws (for tests). */
  environment(id: string): FakeEnvironment {
    const env = this.environments.get(id);
    if (!env) throw new Error(`the fake has no environment ${id}`);
    return env;
  }

  /** Creates a key record; its key pair and certificate are generated when first needed. */
  addKey(environmentId: string, input: NewKey): StoredKey {
    const env = this.environment(environmentId);
    const algorithm = input.algorithm ?? "RSA";
    const keyLength = input.keyLength ?? (algorithm === "RSA" ? 2048 : 256);
    const signatureAlgorithm = input.signatureAlgorithm ?? (algorithm === "RSA" ? "SHA256withRSA" : "SHA256withECDSA");
    const subjectDN = input.subjectDN ?? `CN=${input.name}, OU=Fake, O=Trustplane, L=, ST=, C=US`;
    const validityPeriod = input.validityPeriod ?? 365;
    const startsAt = input.startsAt ?? new Date();
    const expiresAt = new Date(startsAt.getTime() + validityPeriod * DAY);
    const usageType = input.usageType ?? "SIGNING";
    const id = randomUUID();
    const issuer = input.issuerKeyId ? env.keys.get(input.issuerKeyId) : undefined;
    const serialNumber = input.serialNumber ?? randomSerial();
    if (input.default) {
      for (const k of env.keys.values()) if (k.record.usageType === usageType) k.record.default = false;
    }
    const record: FakeCertificateRecord = {
      id,
      name: input.name,
      algorithm,
      keyLength,
      signatureAlgorithm,
      subjectDN,
      issuerDN: issuer?.record.subjectDN ?? input.issuerDN ?? subjectDN,
      serialNumber,
      usageType,
      default: input.default ?? false,
      validityPeriod,
      startsAt: startsAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
      createdAt: new Date().toISOString(),
      ...(input.customCRL && { customCRL: input.customCRL }),
      environment: { id: env.id },
      organization: { id: this.organizationId },
    };
    const stored: StoredKey = {
      record,
      spec: {
        algorithm,
        keyLength,
        signatureAlgorithm,
        subjectDN,
        serialNumber,
        startsAt,
        expiresAt,
        issuerKeyId: issuer ? input.issuerKeyId : undefined,
        customCRL: input.customCRL,
        ca: usageType === "ISSUANCE",
      },
    };
    env.keys.set(id, stored);
    return stored;
  }

  /** `count` keys named `<prefix>-0001`... (no key material is generated until needed). */
  seedKeys(environmentId: string, count: number, template: Partial<NewKey> & { prefix?: string } = {}): StoredKey[] {
    const { prefix = "key", ...rest } = template;
    return Array.from({ length: count }, (_, i) =>
      this.addKey(environmentId, { ...rest, name: `${prefix}-${String(i + 1).padStart(4, "0")}` }),
    );
  }

  /** The key pair and certificate chain of a key, generating them on first use. */
  materialOf(environmentId: string, stored: StoredKey): KeyMaterial {
    if (stored.material) return stored.material;
    const spec = stored.spec;
    const pair = generateKeyPair(spec.algorithm, spec.keyLength);
    const issuer = spec.issuerKeyId ? this.environments.get(environmentId)?.keys.get(spec.issuerKeyId) : undefined;
    const issuerMaterial = issuer ? this.materialOf(environmentId, issuer) : undefined;
    const leaf = createCertificate({
      subject: spec.subjectDN,
      issuer: issuer ? issuer.spec.subjectDN : spec.subjectDN,
      serialNumber: spec.serialNumber,
      notBefore: spec.startsAt,
      notAfter: spec.expiresAt,
      publicKey: pair.publicKey,
      signingKey: issuerMaterial?.privateKey ?? pair.privateKey,
      issuerPublicKey: issuerMaterial?.publicKey ?? pair.publicKey,
      signatureAlgorithm: issuer ? issuer.spec.signatureAlgorithm : spec.signatureAlgorithm,
      ca: spec.ca,
      customCRL: spec.customCRL,
    });
    stored.material = { ...pair, chain: [leaf, ...(issuerMaterial?.chain ?? [])] };
    return stored.material;
  }

  /** Adds an application that references the given keys and certificates. */
  addApplication(
    environmentId: string,
    input: {
      name: string;
      protocol?: FakeApplicationRecord["protocol"];
      type?: FakeApplicationRecord["type"];
      keyIds?: string[];
      certificateIds?: string[];
    },
  ): FakeApplicationRecord {
    const env = this.environment(environmentId);
    const record: FakeApplicationRecord = {
      id: randomUUID(),
      name: input.name,
      enabled: true,
      protocol: input.protocol ?? "SAML",
      type: input.type ?? "WEB_APP",
      environment: { id: env.id },
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    };
    env.applications.set(record.id, {
      record,
      keyIds: new Set(input.keyIds ?? []),
      certificateIds: new Set(input.certificateIds ?? []),
    });
    return record;
  }

  /** Forgets everything: environments, workers, tokens, keys and counters. */
  clear(): void {
    this.environments.clear();
    this.workers.clear();
    this.tokens.clear();
    this.organizationKeys.clear();
    this.tokenRequests = 0;
    this.tokensIssued = 0;
  }

  /** Ends every issued token now (the server-side expiry a client only learns of by a 401). */
  expireAllTokens(): void {
    for (const t of this.tokens.values()) t.expiresAt = 0;
  }
}

import { type CallOptions, callInit, type Paged, requireData, validate } from "@trustplane/core";
import { z } from "zod";
import { type BinaryInput, certificatePart, decodeDownload, pkcs12Part } from "../internal/binary.js";
import {
  DEFAULT_PAGE_SIZE,
  environmentOf,
  halPaged,
  initWith,
  pageInit,
  type ResourceContext,
} from "../internal/context.js";
import {
  customCRL,
  days,
  environmentOverride,
  id,
  limit,
  nonEmpty,
  signatureAlgorithm,
  subjectDN,
  usageType,
} from "../internal/schemas.js";
import type {
  Application,
  EnvironmentInput,
  FilteredListInput,
  GenerateKeyAttributes,
  JwkSet,
  Key,
  KeyUsageType,
  ListInput,
  ListOptions,
} from "../types.js";

/** Input of `keys.import`: a PKCS#12 keystore and what the key is for. */
export interface ImportKeyInput extends EnvironmentInput {
  /** The PKCS#12 (.p12 / .pfx) keystore bytes. */
  file: Uint8Array | ArrayBuffer | Blob;
  usageType: KeyUsageType;
  /** Export password of the keystore; needed when it is encrypted. Never logged. */
  password?: string;
  /** File name sent with the part. Default `keystore.p12`. */
  fileName?: string;
}

/** Input of `keys.importCsrResponse`: the certificate a CA issued for the key's CSR. */
export interface ImportCsrResponseInput extends KeyRef {
  /** The signed certificate (and chain), as PEM text, PEM or DER bytes, a DER PKCS#7 bundle, or a Blob. */
  file: BinaryInput;
  /** File name sent with the part. Default `certificate.pem` or `certificate.p7b`. */
  fileName?: string;
}

/** Names one key. */
export interface KeyRef extends EnvironmentInput {
  keyId: string;
}

/** Input of `keys.update`. */
export interface UpdateKeyInput extends KeyRef {
  /** Make this key the default for its usage type. */
  default: boolean;
  usageType: KeyUsageType;
  issuerDN?: string;
}

/** Encoding of an exported CSR: `pem` (string) or `der` (Uint8Array). */
export type CsrFormat = "pem" | "der";
/** Encoding of an exported certificate: `pem` (string) or `pkcs7` (Uint8Array, DER PKCS#7 bundle). */
export type CertificateFormat = "pem" | "pkcs7";

const keyRef = z.object({ ...environmentOverride, keyId: id("keyId") });

const listSchema = z.object({
  ...environmentOverride,
  limit,
  filter: nonEmpty("filter").optional(),
  order: nonEmpty("order").optional(),
});

const generateSchema = z
  .object({
    ...environmentOverride,
    name: nonEmpty("name"),
    algorithm: z.enum(["RSA", "EC"], { error: 'algorithm must be "RSA" or "EC"' }),
    keyLength: z.number({ error: "keyLength must be a number" }).int("keyLength must be an integer").positive(),
    signatureAlgorithm,
    subjectDN,
    usageType,
    validityPeriod: days("validityPeriod"),
    default: z.boolean({ error: "default must be a boolean" }).optional(),
    serialNumber: z.number().int("serialNumber must be an integer").nonnegative().optional(),
    issuerDN: nonEmpty("issuerDN").optional(),
    customCRL: customCRL.optional(),
  })
  .refine((v) => v.signatureAlgorithm.endsWith(v.algorithm === "RSA" ? "withRSA" : "withECDSA"), {
    message: "signatureAlgorithm must match algorithm (RSA keys sign with *withRSA, EC keys with *withECDSA)",
    path: ["signatureAlgorithm"],
  });

const importSchema = z.object({
  ...environmentOverride,
  file: z.unknown(),
  usageType,
  password: z.string({ error: "password must be a string" }).optional(),
  fileName: nonEmpty("fileName").optional(),
});

const updateSchema = z.object({
  ...environmentOverride,
  keyId: id("keyId"),
  default: z.boolean({ error: "default must be a boolean" }),
  usageType,
  issuerDN: nonEmpty("issuerDN").optional(),
});

const applicationsSchema = z.object({ ...environmentOverride, keyId: id("keyId"), limit });

const csrSchema = z.object({
  ...environmentOverride,
  keyId: id("keyId"),
  format: z.enum(["pem", "der"], { error: 'format must be "pem" or "der"' }),
});

const certificateSchema = z.object({
  ...environmentOverride,
  keyId: id("keyId"),
  format: z.enum(["pem", "pkcs7"], { error: 'format must be "pem" or "pkcs7"' }),
});

const csrResponseSchema = z.object({
  ...environmentOverride,
  keyId: id("keyId"),
  file: z.unknown(),
  fileName: nonEmpty("fileName").optional(),
});

const organizationKeySchema = z.object({
  organizationId: id("organizationId"),
  name: nonEmpty("name").optional(),
});

/** Accept headers: the binary form first, JSON second so error bodies stay JSON (PingOne's advice). */
const ACCEPT = {
  pem: "application/x-x509-ca-cert, application/json",
  pkcs7: "application/x-pkcs7-certificates, application/json",
  csrPem: "application/x-pem-file, application/json",
  csrDer: "application/pkcs10, application/json",
} as const;

/**
 * Key pairs of an environment: generate or import them, read and change them, export their CSR
 * and certificate, import a CA's answer, and see which applications use them.
 */
export class Keys {
  readonly #ctx: ResourceContext;

  /** @internal Built by `createPingOneClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  /**
   * Every key of the environment, paging itself through `_links.next`. Narrow with a SCIM
   * `filter` (`status eq "VALID"`) and sort with `order`. `GET /environments/{environmentId}/keys`.
   */
  list(input: FilteredListInput = {}, options?: ListOptions): Paged<Key> {
    const i = validate(listSchema, input, "keys.list input");
    const environmentId = environmentOf(this.#ctx, i);
    return halPaged<Key>(this.#ctx, "keys", options, (signal) =>
      this.#ctx.api.raw.GET("/environments/{environmentId}/keys", {
        params: {
          path: { environmentId },
          query: { limit: i.limit ?? DEFAULT_PAGE_SIZE, filter: i.filter, order: i.order },
        },
        ...pageInit(options, signal),
      }),
    );
  }

  /** Has PingOne generate a key pair and its certificate. `POST /environments/{environmentId}/keys` (JSON). */
  async generate(input: GenerateKeyAttributes & EnvironmentInput, options?: CallOptions): Promise<Key> {
    const { environmentId, ...body } = validate(generateSchema, input, "keys.generate input");
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/keys", {
      params: { path: { environmentId: environmentOf(this.#ctx, { environmentId }) } },
      body,
      ...callInit(options),
    });
    return requireData(data, "createKey");
  }

  /**
   * Imports a key pair from a PKCS#12 keystore (multipart `file`, `usageType`, `password`).
   * `POST /environments/{environmentId}/keys` (multipart).
   */
  async import(input: ImportKeyInput, options?: CallOptions): Promise<Key> {
    const i = validate(importSchema, input, "keys.import input");
    const part = await pkcs12Part(i.file, "keys.import input", i.fileName);
    const form = new FormData();
    form.append("file", part.blob, part.fileName);
    form.append("usageType", i.usageType);
    if (i.password !== undefined) form.append("password", i.password);
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/keys", {
      params: { path: { environmentId: environmentOf(this.#ctx, i) } },
      body: form as never,
      ...callInit(options),
    });
    return requireData(data, "createKey");
  }

  /** A key's metadata. `GET /environments/{environmentId}/keys/{keyId}` (JSON). */
  async get(input: KeyRef, options?: CallOptions): Promise<Key> {
    const i = validate(keyRef, input, "keys.get input");
    const { data } = await this.#ctx.api.raw.GET("/environments/{environmentId}/keys/{keyId}", {
      params: { path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId } },
      ...initWith(options, { accept: "application/json" }),
    });
    return requireData(data, "getKey") as Key;
  }

  /**
   * Exports the key's certificate: `pem` gives PEM text (`application/x-x509-ca-cert`), `pkcs7`
   * the DER PKCS#7 bundle with its chain (`application/x-pkcs7-certificates`).
   * `GET /environments/{environmentId}/keys/{keyId}` with `Accept`.
   */
  exportCertificate(input: KeyRef & { format: "pem" }, options?: CallOptions): Promise<string>;
  exportCertificate(input: KeyRef & { format: "pkcs7" }, options?: CallOptions): Promise<Uint8Array>;
  exportCertificate(input: KeyRef & { format: CertificateFormat }, options?: CallOptions): Promise<string | Uint8Array>;
  async exportCertificate(
    input: KeyRef & { format: CertificateFormat },
    options?: CallOptions,
  ): Promise<string | Uint8Array> {
    const i = validate(certificateSchema, input, "keys.exportCertificate input");
    const { data, response } = await this.#ctx.api.raw.GET("/environments/{environmentId}/keys/{keyId}", {
      params: { path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId } },
      parseAs: "arrayBuffer",
      ...initWith(options, { accept: i.format === "pem" ? ACCEPT.pem : ACCEPT.pkcs7 }),
    });
    return decodeDownload(requireData(data, "getKey"), response.headers.get("content-type"), {
      operation: "getKey",
      want: i.format === "pem" ? "pem" : "der",
      pemLabels: i.format === "pem" ? ["CERTIFICATE", "X509 CERTIFICATE"] : ["PKCS7"],
      derKinds: i.format === "pem" ? ["signed"] : ["pkcs7"],
    });
  }

  /** Changes a key's usage type, or makes it the default key. `PUT /environments/{environmentId}/keys/{keyId}`. */
  async update(input: UpdateKeyInput, options?: CallOptions): Promise<Key> {
    const { environmentId, keyId, ...body } = validate(updateSchema, input, "keys.update input");
    const { data } = await this.#ctx.api.raw.PUT("/environments/{environmentId}/keys/{keyId}", {
      params: { path: { environmentId: environmentOf(this.#ctx, { environmentId }), keyId } },
      body,
      ...callInit(options),
    });
    return requireData(data, "updateKey");
  }

  /** Deletes a key. `DELETE /environments/{environmentId}/keys/{keyId}`. */
  async delete(input: KeyRef, options?: CallOptions): Promise<void> {
    const i = validate(keyRef, input, "keys.delete input");
    await this.#ctx.api.raw.DELETE("/environments/{environmentId}/keys/{keyId}", {
      params: { path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId } },
      ...callInit(options),
    });
  }

  /** Applications that use the key. `GET /environments/{environmentId}/keys/{keyId}/applications`. */
  listApplications(input: KeyRef & ListInput, options?: ListOptions): Paged<Application> {
    const i = validate(applicationsSchema, input, "keys.listApplications input");
    const environmentId = environmentOf(this.#ctx, i);
    return halPaged<Application>(this.#ctx, "applications", options, (signal) =>
      this.#ctx.api.raw.GET("/environments/{environmentId}/keys/{keyId}/applications", {
        params: { path: { environmentId, keyId: i.keyId }, query: { limit: i.limit ?? DEFAULT_PAGE_SIZE } },
        ...pageInit(options, signal),
      }),
    );
  }

  /**
   * A PKCS#10 certificate signing request for the key: `pem` gives PEM text
   * (`application/x-pem-file`), `der` the DER bytes (`application/pkcs10`).
   * `GET /environments/{environmentId}/keys/{keyId}/csr`.
   */
  exportCsr(input: KeyRef & { format: "pem" }, options?: CallOptions): Promise<string>;
  exportCsr(input: KeyRef & { format: "der" }, options?: CallOptions): Promise<Uint8Array>;
  exportCsr(input: KeyRef & { format: CsrFormat }, options?: CallOptions): Promise<string | Uint8Array>;
  async exportCsr(input: KeyRef & { format: CsrFormat }, options?: CallOptions): Promise<string | Uint8Array> {
    const i = validate(csrSchema, input, "keys.exportCsr input");
    const { data, response } = await this.#ctx.api.raw.GET("/environments/{environmentId}/keys/{keyId}/csr", {
      params: { path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId } },
      parseAs: "arrayBuffer",
      ...initWith(options, { accept: i.format === "pem" ? ACCEPT.csrPem : ACCEPT.csrDer }),
    });
    return decodeDownload(requireData(data, "exportKeyCsr"), response.headers.get("content-type"), {
      operation: "exportKeyCsr",
      want: i.format,
      pemLabels: ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"],
      derKinds: ["signed"],
    });
  }

  /**
   * Imports the certificate a CA issued for the key's CSR (multipart `file`, PEM or PKCS#7).
   * `POST /environments/{environmentId}/keys/{keyId}/csr`.
   */
  async importCsrResponse(input: ImportCsrResponseInput, options?: CallOptions): Promise<Key> {
    const i = validate(csrResponseSchema, input, "keys.importCsrResponse input");
    const part = await certificatePart(i.file, "keys.importCsrResponse input", i.fileName);
    const form = new FormData();
    form.append("file", part.blob, part.fileName);
    const { data } = await this.#ctx.api.raw.POST("/environments/{environmentId}/keys/{keyId}/csr", {
      params: { path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId } },
      body: form as never,
      ...callInit(options),
    });
    return requireData(data, "importKeyCsrResponse");
  }

  /**
   * The environment's public signing keys as a JWK set.
   * `GET /environments/{environmentId}/jwks`.
   *
   * @deprecated Legacy endpoint. Read keys with `keys.list` / `keys.exportCertificate`; token
   * verifiers should use the authorization server's JWKS endpoint.
   */
  async getJwks(input: EnvironmentInput = {}, options?: CallOptions): Promise<JwkSet> {
    const i = validate(z.object(environmentOverride), input, "keys.getJwks input");
    const { data } = await this.#ctx.api.raw.GET("/environments/{environmentId}/jwks", {
      params: { path: { environmentId: environmentOf(this.#ctx, i) } },
      ...callInit(options),
    });
    return requireData(data, "getEnvironmentJwks");
  }

  /**
   * Creates the organization's signing key. `POST /organizations/{organizationId}/keys`.
   *
   * @deprecated Legacy endpoint: PingOne creates this key itself when the organization is created.
   */
  async createOrganizationKey(input: { organizationId: string; name?: string }, options?: CallOptions): Promise<Key> {
    const { organizationId, ...body } = validate(organizationKeySchema, input, "keys.createOrganizationKey input");
    const { data } = await this.#ctx.api.raw.POST("/organizations/{organizationId}/keys", {
      params: { path: { organizationId } },
      body,
      ...callInit(options),
    });
    return requireData(data, "createOrganizationKey");
  }
}

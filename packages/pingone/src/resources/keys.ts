import { type ApiPromise, type CallOptions, guard, guardPaged, lazy, type Paged, validate } from "@trustplane/core";
import { boolean, int, literal, nonnegative, optional, refine, string, unknown } from "zod/mini";
import { type BinaryInput, certificatePart, decodeDownload, pkcs12Part } from "../internal/binary.js";
import {
  after,
  callOptions,
  DEFAULT_PAGE_SIZE,
  ENTITY,
  environmentOf,
  halPaged,
  mapWithResponse,
  OBJECT,
  type PingOneApi,
  type ResourceContext,
} from "../internal/context.js";
import {
  customCRL,
  days,
  environmentOverride,
  input,
  intAtLeast,
  limit,
  nonEmpty,
  rule,
  signatureAlgorithm,
  subjectDN,
  usageType,
  uuid,
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
  password?: string | undefined;
  /** File name sent with the part. Default `keystore.p12`. */
  fileName?: string | undefined;
}

/** Input of `keys.importCsrResponse`: the certificate a CA issued for the key's CSR. */
export interface ImportCsrResponseInput extends KeyRef {
  /** The signed certificate (and chain), as PEM text, PEM or DER bytes, a DER PKCS#7 bundle, or a Blob. */
  file: BinaryInput;
  /** File name sent with the part. Default `certificate.pem` or `certificate.p7b`. */
  fileName?: string | undefined;
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
  issuerDN?: string | undefined;
}

/** Input of `keys.createOrganizationKey`. */
export interface OrganizationKeyInput {
  organizationId: string;
  name?: string | undefined;
}

/** Encoding of an exported CSR: `pem` (string) or `der` (Uint8Array). */
export type CsrFormat = "pem" | "der";
/** Encoding of an exported certificate: `pem` (string) or `pkcs7` (Uint8Array, DER PKCS#7 bundle). */
export type CertificateFormat = "pem" | "pkcs7";

const keyRef = lazy(() => input({ ...environmentOverride(), keyId: uuid() }));

const listSchema = lazy(() =>
  input({ ...environmentOverride(), limit: limit(), filter: optional(nonEmpty()), order: optional(nonEmpty()) }),
);

const generateSchema = lazy(() =>
  input({
    ...environmentOverride(),
    name: nonEmpty(),
    algorithm: literal(["RSA", "EC"], rule('must be "RSA" or "EC"')),
    keyLength: intAtLeast(1),
    signatureAlgorithm: signatureAlgorithm(),
    subjectDN: subjectDN(),
    usageType: usageType(),
    validityPeriod: days(),
    default: optional(boolean(rule("must be true or false"))),
    serialNumber: optional(int(rule("must be an integer")).check(nonnegative("must be >= 0"))),
    issuerDN: optional(nonEmpty()),
    customCRL: optional(customCRL()),
  }).check(
    refine((v) => v.signatureAlgorithm.endsWith(v.algorithm === "RSA" ? "withRSA" : "withECDSA"), {
      error: "must match algorithm (RSA keys sign with *withRSA, EC keys with *withECDSA)",
      path: ["signatureAlgorithm"],
    }),
  ),
);

const importSchema = lazy(() =>
  input({
    ...environmentOverride(),
    file: unknown(),
    usageType: usageType(),
    password: optional(string(rule("must be a string"))),
    fileName: optional(nonEmpty()),
  }),
);

const updateSchema = lazy(() =>
  input({
    ...environmentOverride(),
    keyId: uuid(),
    default: boolean(rule("must be true or false")),
    usageType: usageType(),
    issuerDN: optional(nonEmpty()),
  }),
);

const applicationsSchema = lazy(() => input({ ...environmentOverride(), keyId: uuid(), limit: limit() }));

const csrSchema = lazy(() =>
  input({ ...environmentOverride(), keyId: uuid(), format: literal(["pem", "der"], rule('must be "pem" or "der"')) }),
);

const certificateSchema = lazy(() =>
  input({
    ...environmentOverride(),
    keyId: uuid(),
    format: literal(["pem", "pkcs7"], rule('must be "pem" or "pkcs7"')),
  }),
);

const csrResponseSchema = lazy(() =>
  input({ ...environmentOverride(), keyId: uuid(), file: unknown(), fileName: optional(nonEmpty()) }),
);

const jwksSchema = lazy(() => input(environmentOverride()));

const organizationKeySchema = lazy(() => input({ organizationId: uuid(), name: optional(nonEmpty()) }));

/**
 * The one media type each download asks for. PingOne picks the representation of a key from
 * `Accept`, so exactly the form asked for is named (two types would let the server choose).
 */
const ACCEPT = {
  pem: "application/x-x509-ca-cert",
  pkcs7: "application/x-pkcs7-certificates",
  csrPem: "application/x-pem-file",
  csrDer: "application/pkcs10",
} as const;

/**
 * Key pairs of an environment: generate or import them, read and change them, export their CSR
 * and certificate, import a CA's answer, and see which applications use them.
 */
export class Keys {
  readonly #api: PingOneApi;
  readonly #ctx: ResourceContext;

  /** @internal Built by `createPingOneClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
    this.#api = ctx.api;
  }

  /**
   * Every key of the environment, paging itself through `_links.next`. Narrow with a SCIM
   * `filter` (`status eq "VALID"`) and sort with `order`. `GET /environments/{environmentId}/keys`.
   */
  list(input: FilteredListInput = {}, options?: ListOptions): Paged<Key> {
    return guardPaged(() => {
      const i = validate(listSchema, input, "keys.list input");
      const opts = callOptions(options, "keys.list");
      const path = { environmentId: environmentOf(this.#ctx, i) };
      const query = { limit: i.limit ?? DEFAULT_PAGE_SIZE, filter: i.filter, order: i.order };
      return halPaged<Key>(this.#api, "keys", opts, (url, call) =>
        this.#api.call("listKeys", { ...(url ? { url } : { path, query }), expect: OBJECT }, call),
      );
    });
  }

  /** Has PingOne generate a key pair and its certificate. `POST /environments/{environmentId}/keys` (JSON). */
  generate(input: GenerateKeyAttributes & EnvironmentInput, options?: CallOptions): ApiPromise<Key> {
    return guard(() => {
      const { environmentId, ...body } = validate(generateSchema, input, "keys.generate input");
      return this.#api.call<"createKey", Key>(
        "createKey",
        { path: { environmentId: environmentOf(this.#ctx, { environmentId }) }, body, expect: ENTITY },
        callOptions(options, "keys.generate"),
      );
    });
  }

  /**
   * Imports a key pair from a PKCS#12 keystore (multipart `file`, `usageType`, `password`).
   * `POST /environments/{environmentId}/keys` (multipart).
   */
  import(input: ImportKeyInput, options?: CallOptions): ApiPromise<Key> {
    return guard(() => {
      const what = "keys.import input";
      const i = validate(importSchema, input, what);
      const opts = callOptions(options, "keys.import");
      const path = { environmentId: environmentOf(this.#ctx, i) };
      return after(pkcs12Part(i.file, what, i.fileName), (part) => {
        const form = new FormData();
        form.append("file", part.blob, part.fileName);
        form.append("usageType", i.usageType);
        if (i.password !== undefined) form.append("password", i.password);
        return this.#api.call<"createKey", Key>("createKey", { path, body: form, expect: ENTITY }, opts);
      });
    });
  }

  /** A key's metadata. `GET /environments/{environmentId}/keys/{keyId}` (JSON). */
  get(input: KeyRef, options?: CallOptions): ApiPromise<Key> {
    return guard(() => {
      const i = validate(keyRef, input, "keys.get input");
      return this.#api.call<"getKey", Key>(
        "getKey",
        {
          path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId },
          accept: "application/json",
          parseAs: "json",
          expect: ENTITY,
        },
        callOptions(options, "keys.get"),
      );
    });
  }

  /**
   * Exports the key's certificate: `pem` gives PEM text (`application/x-x509-ca-cert`), `pkcs7`
   * the DER PKCS#7 bundle with its chain (`application/x-pkcs7-certificates`).
   * `GET /environments/{environmentId}/keys/{keyId}` with that one media type in `Accept`.
   */
  exportCertificate(input: KeyRef & { format: "pem" }, options?: CallOptions): ApiPromise<string>;
  exportCertificate(input: KeyRef & { format: "pkcs7" }, options?: CallOptions): ApiPromise<Uint8Array>;
  exportCertificate(
    input: KeyRef & { format: CertificateFormat },
    options?: CallOptions,
  ): ApiPromise<string | Uint8Array>;
  exportCertificate(
    input: KeyRef & { format: CertificateFormat },
    options?: CallOptions,
  ): ApiPromise<string | Uint8Array> {
    return guard(() => {
      const i = validate(certificateSchema, input, "keys.exportCertificate input");
      const pem = i.format === "pem";
      const download = this.#api.call<"getKey", Uint8Array>(
        "getKey",
        {
          path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId },
          accept: pem ? ACCEPT.pem : ACCEPT.pkcs7,
          parseAs: "bytes",
        },
        callOptions(options, "keys.exportCertificate"),
      );
      return mapWithResponse(download, (bytes, response) =>
        decodeDownload(bytes, response.headers.get("content-type"), {
          operation: "getKey",
          want: pem ? "pem" : "der",
          pemLabels: pem ? ["CERTIFICATE", "X509 CERTIFICATE"] : ["PKCS7"],
          derKinds: pem ? ["certificate"] : ["pkcs7"],
        }),
      );
    });
  }

  /** Changes a key's usage type, or makes it the default key. `PUT /environments/{environmentId}/keys/{keyId}`. */
  update(input: UpdateKeyInput, options?: CallOptions): ApiPromise<Key> {
    return guard(() => {
      const { environmentId, keyId, ...body } = validate(updateSchema, input, "keys.update input");
      return this.#api.call<"updateKey", Key>(
        "updateKey",
        { path: { environmentId: environmentOf(this.#ctx, { environmentId }), keyId }, body, expect: ENTITY },
        callOptions(options, "keys.update"),
      );
    });
  }

  /** Deletes a key. `DELETE /environments/{environmentId}/keys/{keyId}`. */
  delete(input: KeyRef, options?: CallOptions): ApiPromise<void> {
    return guard(() => {
      const i = validate(keyRef, input, "keys.delete input");
      return this.#api.call<"deleteKey", void>(
        "deleteKey",
        { path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId }, parseAs: "none" },
        callOptions(options, "keys.delete"),
      );
    });
  }

  /** Applications that use the key. `GET /environments/{environmentId}/keys/{keyId}/applications`. */
  listApplications(input: KeyRef & ListInput, options?: ListOptions): Paged<Application> {
    return guardPaged(() => {
      const i = validate(applicationsSchema, input, "keys.listApplications input");
      const opts = callOptions(options, "keys.listApplications");
      const path = { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId };
      const query = { limit: i.limit ?? DEFAULT_PAGE_SIZE };
      return halPaged<Application>(this.#api, "applications", opts, (url, call) =>
        this.#api.call("listKeyApplications", { ...(url ? { url } : { path, query }), expect: OBJECT }, call),
      );
    });
  }

  /**
   * A PKCS#10 certificate signing request for the key: `pem` gives PEM text
   * (`application/x-pem-file`), `der` the DER bytes (`application/pkcs10`).
   * `GET /environments/{environmentId}/keys/{keyId}/csr`.
   */
  exportCsr(input: KeyRef & { format: "pem" }, options?: CallOptions): ApiPromise<string>;
  exportCsr(input: KeyRef & { format: "der" }, options?: CallOptions): ApiPromise<Uint8Array>;
  exportCsr(input: KeyRef & { format: CsrFormat }, options?: CallOptions): ApiPromise<string | Uint8Array>;
  exportCsr(input: KeyRef & { format: CsrFormat }, options?: CallOptions): ApiPromise<string | Uint8Array> {
    return guard(() => {
      const i = validate(csrSchema, input, "keys.exportCsr input");
      const download = this.#api.call<"exportKeyCsr", Uint8Array>(
        "exportKeyCsr",
        {
          path: { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId },
          accept: i.format === "pem" ? ACCEPT.csrPem : ACCEPT.csrDer,
          parseAs: "bytes",
        },
        callOptions(options, "keys.exportCsr"),
      );
      return mapWithResponse(download, (bytes, response) =>
        decodeDownload(bytes, response.headers.get("content-type"), {
          operation: "exportKeyCsr",
          want: i.format,
          pemLabels: ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"],
          derKinds: ["csr"],
        }),
      );
    });
  }

  /**
   * Imports the certificate a CA issued for the key's CSR (multipart `file`, PEM or PKCS#7).
   * `POST /environments/{environmentId}/keys/{keyId}/csr`.
   */
  importCsrResponse(input: ImportCsrResponseInput, options?: CallOptions): ApiPromise<Key> {
    return guard(() => {
      const what = "keys.importCsrResponse input";
      const i = validate(csrResponseSchema, input, what);
      const opts = callOptions(options, "keys.importCsrResponse");
      const path = { environmentId: environmentOf(this.#ctx, i), keyId: i.keyId };
      return after(certificatePart(i.file, what, i.fileName), (part) => {
        const form = new FormData();
        form.append("file", part.blob, part.fileName);
        return this.#api.call<"importKeyCsrResponse", Key>(
          "importKeyCsrResponse",
          { path, body: form, expect: ENTITY },
          opts,
        );
      });
    });
  }

  /**
   * The environment's public signing keys as a JWK set.
   * `GET /environments/{environmentId}/jwks`.
   *
   * @deprecated Legacy endpoint. Read keys with `keys.list` / `keys.exportCertificate`; token
   * verifiers should use the authorization server's JWKS endpoint.
   */
  getJwks(input: EnvironmentInput = {}, options?: CallOptions): ApiPromise<JwkSet> {
    return guard(() => {
      const i = validate(jwksSchema, input, "keys.getJwks input");
      return this.#api.call<"getEnvironmentJwks", JwkSet>(
        "getEnvironmentJwks",
        { path: { environmentId: environmentOf(this.#ctx, i) }, expect: { type: "object", required: ["keys"] } },
        callOptions(options, "keys.getJwks"),
      );
    });
  }

  /**
   * Creates the organization's signing key. `POST /organizations/{organizationId}/keys`.
   *
   * @deprecated Legacy endpoint: PingOne creates this key itself when the organization is created.
   */
  createOrganizationKey(input: OrganizationKeyInput, options?: CallOptions): ApiPromise<Key> {
    return guard(() => {
      const { organizationId, ...body } = validate(organizationKeySchema, input, "keys.createOrganizationKey input");
      return this.#api.call<"createOrganizationKey", Key>(
        "createOrganizationKey",
        { path: { organizationId }, body, expect: ENTITY },
        callOptions(options, "keys.createOrganizationKey"),
      );
    });
  }
}

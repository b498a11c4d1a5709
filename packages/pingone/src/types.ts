import type { CallOptions, OperationPagingOptions } from "@trustplane/core";
import type { components } from "./generated/openapi.gen.js";

type Schemas = components["schemas"];

/** A key pair of an environment, as PingOne describes it (metadata and certificate attributes; never the private key). */
export type Key = Schemas["Certificate"];
/** A certificate of an environment (same representation as a key, without a private key). */
export type Certificate = Schemas["Certificate"];
/** An application that references a key or certificate (members common to every protocol). */
export type Application = Schemas["Application"];
/** A key rotation policy. */
export type KeyRotationPolicy = Schemas["KeyRotationPolicy"];
/** A JWK set (legacy JWKS endpoint). */
export type JwkSet = Schemas["JwkSet"];
/** One public key in JWK form. */
export type Jwk = Schemas["Jwk"];
/**
 * Body of an encrypt, decrypt, sign or verify call. The sources behind the spec do not list its
 * members, so it is an open object: send what PingOne documents for the operation.
 */
export type CryptoRequest = Schemas["CryptoRequest"];
/** Result of an encrypt, decrypt, sign or verify call (open object, see `CryptoRequest`). */
export type CryptoResult = Schemas["CryptoResult"];
/** What a key or certificate is used for. */
export type KeyUsageType = Schemas["KeyUsageType"];
/** Key algorithm. */
export type KeyAlgorithm = Schemas["KeyAlgorithm"];
/** Signature algorithm of a key's certificate. */
export type SignatureAlgorithm = Schemas["SignatureAlgorithm"];
/** Validity state of a key or certificate. */
export type KeyStatus = Schemas["KeyStatus"];

/**
 * `T` with `| undefined` added to every optional property, so inputs built from generated types
 * accept an explicit `undefined` under `exactOptionalPropertyTypes`.
 */
export type OptionalUndefined<T> = {
  [K in keyof T]: Pick<T, K> extends Required<Pick<T, K>> ? T[K] : T[K] | undefined;
};

/** Attributes of a key pair for PingOne to generate. */
export type GenerateKeyAttributes = OptionalUndefined<Schemas["KeyCreateRequest"]>;

/** Writable settings of a key rotation policy (`rotationPeriod` defaults to 90 days, `validityPeriod` to 365). */
export interface KeyRotationPolicyAttributes {
  name: string;
  algorithm: "RSA";
  keyLength: number;
  signatureAlgorithm: "SHA256withRSA";
  usageType: "SIGNING";
  /** Subject DN given to every generated key. */
  dn: string;
  /** Days between rotations (at least 30). */
  rotationPeriod?: number | undefined;
  /** Validity in days of each generated key. */
  validityPeriod?: number | undefined;
}

/** Inputs every method accepts: the environment to act on, when not the client's. */
export interface EnvironmentInput {
  /** Managed environment for this call. Default: the client's `environmentId`. */
  environmentId?: string | undefined;
}

/** Per-call options of list methods: core's call options plus paging controls (`maxPages`, `prefetch`, `signal`). */
export type ListOptions = Omit<OperationPagingOptions, "pageSize">;

/** Per-call options of every other method. */
export type { CallOptions };

/** Paging inputs of a list method. */
export interface ListInput extends EnvironmentInput {
  /** Items per page (PingOne `limit`). */
  limit?: number | undefined;
}

/** Paging, SCIM filter and ordering inputs of `keys.list` and `certificates.list`. */
export interface FilteredListInput extends ListInput {
  /** SCIM filter, e.g. `status eq "VALID" and usageType eq "SIGNING"`. */
  filter?: string | undefined;
  /** Attribute to order by; `-` prefix for descending (`-expiresAt`). */
  order?: string | undefined;
}

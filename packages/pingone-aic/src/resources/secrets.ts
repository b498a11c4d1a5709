import { type CallOptions, Paged, singlePage, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, ESV_VERSION, init } from "../internal/api.js";
import {
  description,
  esvId,
  esvListInput,
  objectInput,
  SECRET_ENCODINGS,
  textOrBytes,
  versionId,
} from "../internal/schemas.js";
import { toBase64 } from "../internal/values.js";
import { esvPaged, type ListOptions, type Schemas, splitListOptions } from "./shared.js";

/** A secret's metadata. The value can never be read back. */
export type Secret = Schemas["EsvSecret"];
/** How a secret's decoded value is read: plain data, PEM, or HMAC / AES key material. */
export type SecretEncoding = Schemas["EsvSecretEncoding"];
/** Metadata of one secret version. */
export type SecretVersion = Schemas["EsvSecretVersion"];
/** `ENABLED` or `DISABLED`. */
export type SecretVersionStatus = Schemas["EsvSecretVersionStatus"];

/** Input of `secrets.list`. */
export interface ListSecretsInput {
  /** Items per request, 1 to 100 (default 100). */
  pageSize?: number;
  /** Only secrets changed since the last restart (waiting to be loaded). */
  onlyPending?: boolean;
}

/** Input of `secrets.create`. */
export interface CreateSecretInput {
  /** `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
  id: string;
  /** The first value, as text or bytes; base64-encoded for you. For `pem`, the PEM text. */
  value: string | Uint8Array;
  /** Default `generic`. `pem` values must be PEM text. */
  encoding?: SecretEncoding;
  /** Whether configuration placeholders may reference it. Default true. */
  useInPlaceholders?: boolean;
  /** Free text, up to 1000 characters. */
  description?: string;
}

/** What `secrets.rotate` did. */
export interface RotateSecretResult {
  /** The version just added (now the active one). */
  version: SecretVersion;
  /** The versions it disabled (the previously enabled ones, unless `disablePrevious: false`). */
  disabled: SecretVersion[];
}

const ENCODINGS = SECRET_ENCODINGS;
const STATUSES = ["ENABLED", "DISABLED"] as const satisfies readonly SecretVersionStatus[];

const idSchema = objectInput({ id: esvId });
const createSchema = objectInput({
  id: esvId,
  value: textOrBytes,
  encoding: z.enum(ENCODINGS, { error: `must be one of ${ENCODINGS.join(", ")}` }).optional(),
  useInPlaceholders: z.boolean({ error: "must be a boolean" }).optional(),
  description: description.optional(),
}).refine((v) => v.encoding !== "pem" || isPem(v.value), {
  message: "must be PEM text (-----BEGIN ...----- / -----END ...-----) when encoding is pem",
  path: ["value"],
});
const describeSchema = objectInput({ id: esvId, description });
const versionSchema = objectInput({ id: esvId, version: versionId });
const createVersionSchema = objectInput({ id: esvId, value: textOrBytes });
const statusSchema = objectInput({
  id: esvId,
  version: versionId,
  status: z.enum(STATUSES, { error: "must be ENABLED or DISABLED" }),
});
const rotateSchema = objectInput({ id: esvId, value: textOrBytes, disablePrevious: z.boolean().optional() });

function isPem(value: string | Uint8Array): boolean {
  const text = typeof value === "string" ? value : new TextDecoder().decode(value);
  return /-----BEGIN [A-Z0-9 ]+-----/.test(text) && /-----END [A-Z0-9 ]+-----/.test(text);
}

/**
 * Environment secrets (`/environment/secrets`): encrypted, versioned, write-only values. A new
 * value is a new version; reading gives metadata only. Services see changes after a restart.
 */
export class Secrets {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /** Every secret's metadata, paging itself. `onlyPending: true` lists those waiting for a restart. (getAllSecrets) */
  list(input: ListSecretsInput = {}, options: ListOptions = {}): Paged<Secret> {
    const i = validate(esvListInput, input, "secrets.list input");
    return esvPaged<Secret>(i, options, async (query, call, signal) =>
      bodyOf(
        await this.#api.raw.GET("/environment/secrets", {
          params: { header: ESV_VERSION, query },
          ...init(call, signal),
        }),
        "getAllSecrets",
      ),
    );
  }

  /** A secret's metadata (encoding, active and loaded version). The value is never returned. (getSecret) */
  async get(input: { id: string }, options?: CallOptions): Promise<Secret> {
    const { id } = validate(idSchema, input, "secrets.get input");
    const result = await this.#api.raw.GET("/environment/secrets/{secretId}", {
      params: { header: ESV_VERSION, path: { secretId: id } },
      ...init(options),
    });
    return bodyOf(result, "getSecret");
  }

  /**
   * Creates a secret with its first version. Only creates: an existing id is an error; to change
   * the value use `createVersion` (or `rotate`). The value is base64-encoded for you. (createSecret)
   */
  async create(input: CreateSecretInput, options?: CallOptions): Promise<Secret> {
    const i = validate(createSchema, input, "secrets.create input");
    const result = await this.#api.raw.PUT("/environment/secrets/{secretId}", {
      params: { header: ESV_VERSION, path: { secretId: i.id } },
      body: {
        valueBase64: toBase64(i.value),
        encoding: i.encoding ?? "generic",
        useInPlaceholders: i.useInPlaceholders ?? true,
        ...(i.description !== undefined && { description: i.description }),
      },
      ...init(options),
    });
    return bodyOf(result, "createSecret");
  }

  /** Replaces the description; versions and value are untouched (`_action=setDescription`). (actionSecret) */
  async setDescription(input: { id: string; description: string }, options?: CallOptions): Promise<void> {
    const i = validate(describeSchema, input, "secrets.setDescription input");
    await this.#api.raw.POST("/environment/secrets/{secretId}", {
      params: { header: ESV_VERSION, path: { secretId: i.id }, query: { _action: "setDescription" } },
      body: { description: i.description },
      ...init(options),
    });
  }

  /** Deletes the secret with every version, returning its metadata. (deleteSecret) */
  async delete(input: { id: string }, options?: CallOptions): Promise<Secret> {
    const { id } = validate(idSchema, input, "secrets.delete input");
    const result = await this.#api.raw.DELETE("/environment/secrets/{secretId}", {
      params: { header: ESV_VERSION, path: { secretId: id } },
      ...init(options),
    });
    return bodyOf(result, "deleteSecret");
  }

  /** Every version of the secret with its status (the API returns them all at once). (getSecretVersions) */
  listVersions(input: { id: string }, options: ListOptions = {}): Paged<SecretVersion> {
    const { id } = validate(idSchema, input, "secrets.listVersions input");
    const { call, paging } = splitListOptions(options);
    return new Paged(
      singlePage(async (signal) =>
        bodyOf(
          await this.#api.raw.GET("/environment/secrets/{secretId}/versions", {
            params: { header: ESV_VERSION, path: { secretId: id } },
            ...init(call, signal),
          }),
          "getSecretVersions",
        ),
      ),
      paging,
    );
  }

  /** One version's metadata; `version: "latest"` names the newest. (getSecretVersion) */
  async getVersion(input: { id: string; version: string | number }, options?: CallOptions): Promise<SecretVersion> {
    const i = validate(versionSchema, input, "secrets.getVersion input");
    const result = await this.#api.raw.GET("/environment/secrets/{secretId}/versions/{versionId}", {
      params: { header: ESV_VERSION, path: { secretId: i.id, versionId: i.version } },
      ...init(options),
    });
    return bodyOf(result, "getSecretVersion");
  }

  /** Adds a value as the newest version (`_action=create`); it is base64-encoded for you. (createSecretVersion) */
  async createVersion(
    input: { id: string; value: string | Uint8Array },
    options?: CallOptions,
  ): Promise<SecretVersion> {
    const i = validate(createVersionSchema, input, "secrets.createVersion input");
    const result = await this.#api.raw.POST("/environment/secrets/{secretId}/versions", {
      params: { header: ESV_VERSION, path: { secretId: i.id }, query: { _action: "create" } },
      body: { valueBase64: toBase64(i.value) },
      ...init(options),
    });
    return bodyOf(result, "createSecretVersion");
  }

  /** Enables or disables a version (`_action=changestatus`). The newest cannot be disabled. (changeSecretVersion) */
  async setVersionStatus(
    input: { id: string; version: string | number; status: SecretVersionStatus },
    options?: CallOptions,
  ): Promise<SecretVersion> {
    const i = validate(statusSchema, input, "secrets.setVersionStatus input");
    const result = await this.#api.raw.POST("/environment/secrets/{secretId}/versions/{versionId}", {
      params: {
        header: ESV_VERSION,
        path: { secretId: i.id, versionId: i.version },
        query: { _action: "changestatus" },
      },
      body: { status: i.status },
      ...init(options),
    });
    return bodyOf(result, "changeSecretVersion");
  }

  /** Deletes one version, returning its metadata. (deleteSecretVersion) */
  async deleteVersion(input: { id: string; version: string | number }, options?: CallOptions): Promise<SecretVersion> {
    const i = validate(versionSchema, input, "secrets.deleteVersion input");
    const result = await this.#api.raw.DELETE("/environment/secrets/{secretId}/versions/{versionId}", {
      params: { header: ESV_VERSION, path: { secretId: i.id, versionId: i.version } },
      ...init(options),
    });
    return bodyOf(result, "deleteSecretVersion");
  }

  /**
   * Rotates a secret: adds `value` as a new version, then disables every version that was enabled
   * before it (unless `disablePrevious: false`). Restart to load it. Uses createSecretVersion,
   * getSecretVersions and changeSecretVersion.
   */
  async rotate(
    input: { id: string; value: string | Uint8Array; disablePrevious?: boolean },
    options?: CallOptions,
  ): Promise<RotateSecretResult> {
    const i = validate(rotateSchema, input, "secrets.rotate input");
    const version = await this.createVersion({ id: i.id, value: i.value }, options);
    const disabled: SecretVersion[] = [];
    if (i.disablePrevious !== false) {
      const { items } = await this.listVersions({ id: i.id }, options);
      for (const v of items) {
        if (v.version === version.version || v.status !== "ENABLED") continue;
        disabled.push(await this.setVersionStatus({ id: i.id, version: v.version, status: "DISABLED" }, options));
      }
    }
    return { version, disabled };
  }
}

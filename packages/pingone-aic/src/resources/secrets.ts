import { type ApiPromise, type CallOptions, guard, guardPaged, lazy, type Paged, validate } from "@trustplane/core";
import { optional, refine } from "zod/mini";
import {
  type AicApi,
  ARRAY,
  ESV_PAGE,
  ESV_VERSION,
  esvList,
  type ListOptions,
  OBJECT,
  wholeList,
} from "../internal/api.js";
import {
  description,
  esvId,
  flag,
  input,
  isPem,
  oneOf,
  pageSize,
  SECRET_ENCODINGS,
  textOrBytes,
  versionId,
} from "../internal/schemas.js";
import { toBase64 } from "../internal/values.js";
import type { Schemas } from "./shared.js";

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
  pageSize?: number | undefined;
  /** Only secrets changed since the last restart (waiting to be loaded). */
  onlyPending?: boolean | undefined;
}

/** Input of `secrets.create`. */
export interface CreateSecretInput {
  /** `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
  id: string;
  /** The first value, as text or bytes; base64-encoded for you. For `pem`, the PEM text. */
  value: string | Uint8Array;
  /** Default `generic`. `pem` values must be PEM text. */
  encoding?: SecretEncoding | undefined;
  /** Whether configuration placeholders may reference it. Default true. */
  useInPlaceholders?: boolean | undefined;
  /** Free text, up to 1000 characters. */
  description?: string | undefined;
}

/** Input of `secrets.rotate`. */
export interface RotateSecretInput {
  /** The secret's id. */
  id: string;
  /** The new value, as text or bytes. */
  value: string | Uint8Array;
  /** Disable every version that was enabled before the new one (default true). */
  disablePrevious?: boolean | undefined;
}

/** What `secrets.rotate` did. */
export interface RotateSecretResult {
  /** The version just added (now the active one). */
  version: SecretVersion;
  /** The versions it disabled (the previously enabled ones, unless `disablePrevious: false`). */
  disabled: SecretVersion[];
}

const STATUSES = ["ENABLED", "DISABLED"] as const satisfies readonly SecretVersionStatus[];

const idInput = lazy(() => input({ id: esvId() }));
const listInput = lazy(() => input({ pageSize: optional(pageSize()), onlyPending: optional(flag()) }));
const createInput = lazy(() =>
  input({
    id: esvId(),
    value: textOrBytes(),
    encoding: optional(oneOf(SECRET_ENCODINGS)),
    useInPlaceholders: optional(flag()),
    description: optional(description()),
  }).check(
    refine((v) => v.encoding !== "pem" || isPem(v.value), {
      message: "must be PEM text (-----BEGIN ...----- / -----END ...-----) when encoding is pem",
      path: ["value"],
    }),
  ),
);
const describeInput = lazy(() => input({ id: esvId(), description: description() }));
const versionInput = lazy(() => input({ id: esvId(), version: versionId() }));
const createVersionInput = lazy(() => input({ id: esvId(), value: textOrBytes() }));
const statusInput = lazy(() =>
  input({ id: esvId(), version: versionId(), status: oneOf(STATUSES, "must be ENABLED or DISABLED") }),
);
const rotateInput = lazy(() => input({ id: esvId(), value: textOrBytes(), disablePrevious: optional(flag()) }));

/** A version answer must name its version (rotate compares them). */
const VERSION = { type: "object", required: ["version"] } as const;

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
  list(input: ListSecretsInput = {}, options?: ListOptions): Paged<Secret> {
    return guardPaged(() => {
      const i = validate(listInput, input, "secrets.list input");
      return esvList<Secret>(i, options, (query, call) =>
        this.#api.call("getAllSecrets", { query, headers: ESV_VERSION, expect: ESV_PAGE }, call),
      );
    });
  }

  /** A secret's metadata (encoding, active and loaded version). The value is never returned. (getSecret) */
  get(input: { id: string }, options?: CallOptions): ApiPromise<Secret> {
    return guard(() => {
      const { id } = validate(idInput, input, "secrets.get input");
      return this.#api.call("getSecret", { path: { secretId: id }, headers: ESV_VERSION, expect: OBJECT }, options);
    });
  }

  /**
   * Creates a secret with its first version. Only creates: an existing id is an error; to change
   * the value use `createVersion` (or `rotate`). The value is base64-encoded for you. (createSecret)
   */
  create(input: CreateSecretInput, options?: CallOptions): ApiPromise<Secret> {
    return guard(() => {
      const i = validate(createInput, input, "secrets.create input");
      return this.#api.call(
        "createSecret",
        {
          path: { secretId: i.id },
          headers: ESV_VERSION,
          body: {
            valueBase64: toBase64(i.value),
            encoding: i.encoding ?? "generic",
            useInPlaceholders: i.useInPlaceholders ?? true,
            description: i.description,
          },
          expect: OBJECT,
        },
        options,
      );
    });
  }

  /** Replaces the description; versions and value are untouched (`_action=setDescription`). (actionSecret) */
  setDescription(input: { id: string; description: string }, options?: CallOptions): ApiPromise<void> {
    return guard(() => {
      const i = validate(describeInput, input, "secrets.setDescription input");
      return this.#api
        .call(
          "actionSecret",
          {
            path: { secretId: i.id },
            query: { _action: "setDescription" },
            headers: ESV_VERSION,
            body: { description: i.description },
            parseAs: "none",
          },
          options,
        )
        .map((): void => undefined);
    });
  }

  /** Deletes the secret with every version, returning its metadata. (deleteSecret) */
  delete(input: { id: string }, options?: CallOptions): ApiPromise<Secret> {
    return guard(() => {
      const { id } = validate(idInput, input, "secrets.delete input");
      return this.#api.call("deleteSecret", { path: { secretId: id }, headers: ESV_VERSION, expect: OBJECT }, options);
    });
  }

  /** Every version of the secret with its status (the API returns them all at once). (getSecretVersions) */
  listVersions(input: { id: string }, options?: ListOptions): Paged<SecretVersion> {
    return guardPaged(() => {
      const { id } = validate(idInput, input, "secrets.listVersions input");
      return wholeList(options, (call) =>
        this.#api.call("getSecretVersions", { path: { secretId: id }, headers: ESV_VERSION, expect: ARRAY }, call),
      );
    });
  }

  /** One version's metadata; `version: "latest"` names the newest. (getSecretVersion) */
  getVersion(input: { id: string; version: string | number }, options?: CallOptions): ApiPromise<SecretVersion> {
    return guard(() => {
      const i = validate(versionInput, input, "secrets.getVersion input");
      return this.#api.call(
        "getSecretVersion",
        { path: { secretId: i.id, versionId: i.version }, headers: ESV_VERSION, expect: VERSION },
        options,
      );
    });
  }

  /** Adds a value as the newest version (`_action=create`); it is base64-encoded for you. (createSecretVersion) */
  createVersion(input: { id: string; value: string | Uint8Array }, options?: CallOptions): ApiPromise<SecretVersion> {
    return guard(() => {
      const i = validate(createVersionInput, input, "secrets.createVersion input");
      return this.#api.call(
        "createSecretVersion",
        {
          path: { secretId: i.id },
          query: { _action: "create" },
          headers: ESV_VERSION,
          body: { valueBase64: toBase64(i.value) },
          expect: VERSION,
        },
        options,
      );
    });
  }

  /** Enables or disables a version (`_action=changestatus`). The newest cannot be disabled. (changeSecretVersion) */
  setVersionStatus(
    input: { id: string; version: string | number; status: SecretVersionStatus },
    options?: CallOptions,
  ): ApiPromise<SecretVersion> {
    return guard(() => {
      const i = validate(statusInput, input, "secrets.setVersionStatus input");
      return this.#api.call(
        "changeSecretVersion",
        {
          path: { secretId: i.id, versionId: i.version },
          query: { _action: "changestatus" },
          headers: ESV_VERSION,
          body: { status: i.status },
          expect: VERSION,
        },
        options,
      );
    });
  }

  /** Deletes one version, returning its metadata. (deleteSecretVersion) */
  deleteVersion(input: { id: string; version: string | number }, options?: CallOptions): ApiPromise<SecretVersion> {
    return guard(() => {
      const i = validate(versionInput, input, "secrets.deleteVersion input");
      return this.#api.call(
        "deleteSecretVersion",
        { path: { secretId: i.id, versionId: i.version }, headers: ESV_VERSION, expect: VERSION },
        options,
      );
    });
  }

  /**
   * Rotates a secret: adds `value` as a new version, then disables every version that was enabled
   * before it (unless `disablePrevious: false`). Restart to load it. Uses createSecretVersion,
   * getSecretVersions and changeSecretVersion.
   */
  async rotate(input: RotateSecretInput, options?: CallOptions): Promise<RotateSecretResult> {
    const i = validate(rotateInput, input, "secrets.rotate input");
    const version = await this.createVersion({ id: i.id, value: i.value }, options);
    const disabled: SecretVersion[] = [];
    if (i.disablePrevious !== false) {
      // The list's own options: the same call options (and signal), minus idempotent (a list is a GET).
      const { idempotent: _idempotent, ...listOptions } = options ?? {};
      const { items } = await this.listVersions({ id: i.id }, listOptions);
      for (const v of items) {
        if (v.version === version.version || v.status !== "ENABLED") continue;
        disabled.push(await this.setVersionStatus({ id: i.id, version: v.version, status: "DISABLED" }, options));
      }
    }
    return { version, disabled };
  }
}

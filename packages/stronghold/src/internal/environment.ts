import { ValidationError } from "@trustplane/core";

/** Where configuration variables are read from (`process.env` or a record like it). */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/**
 * The settings the Stronghold (and Vault, OpenBao) CLI reads from the environment, by suffix:
 * `STRONGHOLD_<suffix>` first, then `VAULT_<suffix>`.
 */
export const ENV_SUFFIXES = [
  "ADDR",
  "TOKEN",
  "NAMESPACE",
  "CACERT",
  "CLIENT_CERT",
  "CLIENT_KEY",
  "SKIP_VERIFY",
] as const;

/** One of {@link ENV_SUFFIXES}. */
export type EnvSuffix = (typeof ENV_SUFFIXES)[number];

/** A variable that was set: its value and the variable's name (for messages; the value is never quoted). */
export interface EnvValue {
  value: string;
  source: string;
}

const WHAT = "stronghold client options";

function refuse(path: string, message: string): never {
  throw new ValidationError(`Invalid ${WHAT}: ${path}: ${message}`, [{ path, message }]);
}

/** `STRONGHOLD_<suffix>`, else `VAULT_<suffix>`; blank values count as unset. */
export function readEnv(env: EnvSource, suffix: EnvSuffix): EnvValue | undefined {
  for (const prefix of ["STRONGHOLD_", "VAULT_"]) {
    const name = `${prefix}${suffix}`;
    const value = env[name];
    if (typeof value === "string" && value.trim() !== "") return { value: value.trim(), source: name };
  }
  return undefined;
}

/** Both names of a setting, for messages: `STRONGHOLD_ADDR or VAULT_ADDR`. */
export const names = (suffix: EnvSuffix): string => `STRONGHOLD_${suffix} or VAULT_${suffix}`;

/** Go's strconv.ParseBool, which the CLI uses for `*_SKIP_VERIFY`. */
export function parseBool(found: EnvValue): boolean {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(found.value)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(found.value)) return false;
  return refuse(found.source, "must be true or false (1, t, true, 0, f, false)");
}

/** A PEM file named by a variable, read when the client is created. */
export function readPemFile(found: EnvValue): string {
  try {
    return process.getBuiltinModule("node:fs").readFileSync(found.value, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return refuse(found.source, `the file cannot be read${typeof code === "string" ? ` (${code})` : ""}`);
  }
}

/** What the environment contributes to a client (only what the options left open). */
export interface EnvSettings {
  address?: EnvValue | undefined;
  token?: EnvValue | undefined;
  namespace?: EnvValue | undefined;
  ca?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
  skipVerify?: boolean | undefined;
}

/**
 * Reads the CLI's variables. `*_CLIENT_CERT` and `*_CLIENT_KEY` go together; `*_SKIP_VERIFY`
 * true is refused unless `allowSkipVerify` (turning TLS verification off must be a decision made
 * in code, not something a stray variable does).
 */
export function settingsFromEnv(
  env: EnvSource,
  options: { allowSkipVerify: boolean; wants: Set<EnvSuffix> },
): EnvSettings {
  const want = (suffix: EnvSuffix) => (options.wants.has(suffix) ? readEnv(env, suffix) : undefined);
  const out: EnvSettings = {};
  out.address = want("ADDR");
  out.token = want("TOKEN");
  out.namespace = want("NAMESPACE");
  const ca = want("CACERT");
  if (ca) out.ca = readPemFile(ca);
  const cert = want("CLIENT_CERT");
  const key = want("CLIENT_KEY");
  if ((cert === undefined) !== (key === undefined)) {
    const [set, unset] = cert ? [cert.source, "CLIENT_KEY"] : [(key as EnvValue).source, "CLIENT_CERT"];
    refuse(set, `is set but ${names(unset as EnvSuffix)} is not: a client certificate needs both`);
  }
  if (cert && key) {
    out.cert = readPemFile(cert);
    out.key = readPemFile(key);
  }
  const skip = want("SKIP_VERIFY");
  if (skip && parseBool(skip)) {
    if (!options.allowSkipVerify) {
      refuse(
        skip.source,
        "turns TLS verification off, which is refused unless the client is created with allowSkipVerify: true",
      );
    }
    out.skipVerify = true;
  }
  return out;
}

/** The messages of settings that are required and missing. */
export const MISSING = {
  address: `is required: pass address, or set ${names("ADDR")} (the client never falls back to a default host: a token must only go where you point it)`,
  auth: `is required: pass auth (token(t), appRole(...), userpass(...), jwt(...), kubernetes(...)), set ${names("TOKEN")}, or pass auth: false for calls that need no token`,
} as const;

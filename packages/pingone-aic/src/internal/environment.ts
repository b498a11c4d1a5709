import { ValidationError } from "@trustplane/core";
import { type AicAuth, serviceAccount } from "../auth.js";
import { AIC_SCOPES } from "../scopes.js";

/** Where configuration variables are read from. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/**
 * The variables `createAicClient` reads when `tenant` or `auth` is not given: the names users of
 * ForgeRock's fr-config-manager and of frodo (frodo-cli, frodo-lib) already set.
 */
export const ENV = {
  /** fr-config-manager: the tenant URL (`https://openam-acme-euw1-dev.id.forgerock.io`). */
  tenantBaseUrl: "TENANT_BASE_URL",
  /** frodo: the AM base URL (`https://openam-acme.forgeblocks.com/am`); the `/am` is dropped. */
  frodoHost: "FRODO_HOST",
  /** fr-config-manager: the service account id. */
  serviceAccountId: "SERVICE_ACCOUNT_ID",
  /** fr-config-manager: the private key, as the JWK the console gave or PEM. */
  serviceAccountKey: "SERVICE_ACCOUNT_KEY",
  /** fr-config-manager: a file holding the private key (wins over SERVICE_ACCOUNT_KEY). */
  serviceAccountKeyPath: "SERVICE_ACCOUNT_KEY_PATH",
  /** fr-config-manager: the scopes to ask for, space separated. */
  serviceAccountScope: "SERVICE_ACCOUNT_SCOPE",
  /** frodo: the service account id. */
  frodoSaId: "FRODO_SA_ID",
  /** frodo: the service account's JWK (the JSON itself, not a file name). */
  frodoSaJwk: "FRODO_SA_JWK",
} as const;

/** The `*` scopes of every `/environment` area: asked for when no scope variable is set (refused ones are dropped). */
export const DEFAULT_ENV_SCOPES: readonly string[] = AIC_SCOPES.filter((s) => s.endsWith(":*"));

const WHAT = "pingone-aic client options";

function refuse(path: string, message: string): never {
  throw new ValidationError(`Invalid ${WHAT}: ${path}: ${message}`, [{ path, message }]);
}

/** A variable's value, or undefined when unset or blank. */
function read(env: EnvSource, name: string): string | undefined {
  const value = env[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The tenant from the environment, and the variable it came from. */
export function tenantFromEnv(env: EnvSource): { value: string; source: string } | undefined {
  const base = read(env, ENV.tenantBaseUrl);
  if (base !== undefined) return { value: base, source: ENV.tenantBaseUrl };
  const host = read(env, ENV.frodoHost);
  // frodo's host is the AM base URL: the tenant is what comes before `/am`.
  if (host !== undefined) return { value: host.replace(/\/am\/*$/i, ""), source: ENV.frodoHost };
  return undefined;
}

/** PEM in a variable often has its line breaks written as `\n`. */
function unescapePem(key: string): string {
  return key.includes("-----BEGIN") && !key.includes("\n") ? key.replace(/\\n/g, "\n") : key;
}

/**
 * A service account from the environment: fr-config-manager's variables first, then frodo's. A
 * set is used only when complete (an id and a key from the same tool). Undefined when neither is
 * set at all; a ValidationError naming the variables when one is half set or holds a bad value.
 */
export function authFromEnv(env: EnvSource): { auth: AicAuth; sources: string[] } | undefined {
  const frcmId = read(env, ENV.serviceAccountId);
  const keyPath = read(env, ENV.serviceAccountKeyPath);
  const frcmKey = read(env, ENV.serviceAccountKey);
  const frodoId = read(env, ENV.frodoSaId);
  const frodoJwk = read(env, ENV.frodoSaJwk);
  const frcmComplete = frcmId !== undefined && (keyPath !== undefined || frcmKey !== undefined);
  const frodoComplete = frodoId !== undefined && frodoJwk !== undefined;

  if (frcmComplete) {
    const keySource = keyPath !== undefined ? ENV.serviceAccountKeyPath : ENV.serviceAccountKey;
    const key = keyPath !== undefined ? readKeyFile(keyPath) : unescapePem(frcmKey as string);
    const scope = read(env, ENV.serviceAccountScope);
    const scopes = scope?.split(/\s+/).filter(Boolean);
    return {
      auth: accountFrom(
        { id: frcmId, key, scopes },
        { id: ENV.serviceAccountId, privateKey: keySource, scopes: ENV.serviceAccountScope },
      ),
      sources: [ENV.serviceAccountId, keySource, ...(scopes ? [ENV.serviceAccountScope] : [])],
    };
  }
  if (frodoComplete) {
    return {
      auth: accountFrom(
        { id: frodoId, key: frodoJwk, scopes: undefined },
        { id: ENV.frodoSaId, privateKey: ENV.frodoSaJwk, scopes: "scopes" },
      ),
      sources: [ENV.frodoSaId, ENV.frodoSaJwk],
    };
  }
  if (frcmId !== undefined || frcmKey !== undefined || keyPath !== undefined) {
    refuse(
      "auth",
      frcmId === undefined
        ? `${ENV.serviceAccountKey}${keyPath !== undefined ? ` / ${ENV.serviceAccountKeyPath}` : ""} is set but ${ENV.serviceAccountId} is not`
        : `${ENV.serviceAccountId} is set but neither ${ENV.serviceAccountKey} nor ${ENV.serviceAccountKeyPath} is`,
    );
  }
  if (frodoId !== undefined || frodoJwk !== undefined) {
    refuse(
      "auth",
      frodoId === undefined
        ? `${ENV.frodoSaJwk} is set but ${ENV.frodoSaId} is not`
        : `${ENV.frodoSaId} is set but ${ENV.frodoSaJwk} is not`,
    );
  }
  return undefined;
}

function readKeyFile(path: string): string {
  try {
    return process.getBuiltinModule("node:fs").readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return refuse(
      ENV.serviceAccountKeyPath,
      `the key file cannot be read${typeof code === "string" ? ` (${code})` : ""}`,
    );
  }
}

/**
 * `serviceAccount(...)` from variables. Its ValidationError is re-issued naming the variables
 * instead of the option fields (the values are never quoted). Without a scope variable it asks
 * for every `*` scope of the API and drops the ones the tenant refuses.
 */
function accountFrom(
  values: { id: string; key: string; scopes: string[] | undefined },
  names: { id: string; privateKey: string; scopes: string },
): AicAuth {
  try {
    return serviceAccount({
      id: values.id,
      privateKey: values.key,
      scopes: values.scopes ?? DEFAULT_ENV_SCOPES,
      dropRefusedScopes: values.scopes === undefined,
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue) => {
      const field = issue.path.split(/[.[]/)[0] as keyof typeof names;
      return { path: names[field] ?? issue.path, message: issue.message };
    });
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
    throw new ValidationError(`Invalid ${WHAT}: ${summary}`, issues);
  }
}

/** The message of a missing tenant or credential: what to pass, and the variables looked for. */
export const MISSING = {
  tenant: `is required: pass tenant, or set ${ENV.tenantBaseUrl} (fr-config-manager) or ${ENV.frodoHost} (frodo)`,
  auth:
    `is required: pass auth (serviceAccount(...) or bearer(...)), or set ${ENV.serviceAccountId} with ` +
    `${ENV.serviceAccountKey} or ${ENV.serviceAccountKeyPath} (fr-config-manager), or ${ENV.frodoSaId} with ` +
    `${ENV.frodoSaJwk} (frodo)`,
} as const;

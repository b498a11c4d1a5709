/**
 * How a Sectigo client logs in. Four ways, two API generations:
 * - SCM REST API (classic): `credentials()` (login, password, customerUri headers),
 *   `clientCertificate()` (mutual TLS, every path under `/private`), `developer()` (the Code
 *   Signing on Demand developer calls);
 * - Admin API: `oauth2()` (client credentials from Sectigo's SSO, a bearer token on every call).
 * What a login holds (passwords, secrets, keys) is kept in closures and core's `Secret`: never in
 * `JSON.stringify`, `util.inspect`, logs or errors.
 */
import {
  type AuthProvider,
  anyOf,
  type Check,
  type ClientCertificate,
  checkHttpUrl,
  checkValue,
  custom,
  headerCredentials,
  type InspectFunction,
  inspectCustom,
  num,
  oauth2ClientCredentials,
  object,
  oneOf,
  optional,
  str,
  type TransportOptions,
  type ValidationError,
} from "@trustplane/core";
import type { SectigoSurface } from "./errors.js";

/** The default SCM host (customers on a dedicated instance have their own). */
export const DEFAULT_SECTIGO_URL = "https://cert-manager.com";
/** Sectigo's SSO token endpoint for Admin API client credentials. */
export const SECTIGO_TOKEN_URL = "https://auth.sso.sectigo.com/auth/realms/apiclients/protocol/openid-connect/token";
/** The Admin API host of an instance (`enterprise` or `hard`). */
export const adminApiUrl = (instance: "enterprise" | "hard" = "enterprise"): string =>
  `https://admin.${instance}.sectigo.com`;

/** What `createSectigoClient` needs from a login; kept off the public object. */
export interface SectigoAuthParts {
  readonly provider: AuthProvider;
  /** Client certificate material for the transport (mutual TLS). */
  readonly transport?: Pick<TransportOptions, "cert" | "key" | "pfx" | "passphrase"> | undefined;
  /** Path prefix of every call (`/private` for client-certificate login). */
  readonly pathPrefix: string;
  /** Base URL when the client is given none. */
  readonly defaultUrl: string;
}

const parts = new WeakMap<object, SectigoAuthParts>();

/**
 * A Sectigo login, made by {@link credentials}, {@link clientCertificate}, {@link oauth2} or
 * {@link developer}, and passed to `createSectigoClient({ auth })`. It shows only its kind and
 * surface when printed or serialised.
 */
export interface SectigoAuth {
  /** `credentials`, `client-certificate`, `oauth2` or `developer`. */
  readonly kind: "credentials" | "client-certificate" | "oauth2" | "developer";
  /** The API generation this login talks to: `classic` (SCM REST API) or `admin` (Admin API). */
  readonly surface: SectigoSurface;
  /** Only for developer logins: this login serves the Code Signing on Demand developer operations only. */
  readonly developerOnly: boolean;
}

/** @internal The provider, transport and URL parts of a login made by this package. */
export function authParts(auth: unknown): SectigoAuthParts | undefined {
  return typeof auth === "object" && auth !== null ? parts.get(auth) : undefined;
}

function makeAuth(
  kind: SectigoAuth["kind"],
  surface: SectigoSurface,
  inner: SectigoAuthParts,
  describe: Record<string, unknown>,
): SectigoAuth {
  const view = { kind, surface, ...describe };
  const auth: SectigoAuth = Object.freeze({
    kind,
    surface,
    developerOnly: kind === "developer",
    toJSON: () => view,
    [inspectCustom]: (_depth: number, options: object, inspect: InspectFunction) =>
      `SectigoAuth ${inspect(view, options)}`,
  });
  parts.set(auth, inner);
  return auth;
}

const line = (rule: string) => str({ pattern: /^[^\r\n\0]*$/, rule });
const headerValue = line("must not contain line breaks");
const customerUri = str({ pattern: /^[A-Za-z0-9._~-]+$/, rule: "must be the customer URI (letters, digits, . _ ~ -)" });

/** Options of {@link credentials}. */
export interface SectigoCredentials {
  /** The API administrator's login. */
  login: string;
  /** Its password (kept secret: never logged, printed or serialised). */
  password: string;
  /** The customer URI of your SCM account (the `customer/<uri>` part of the SCM address). */
  customerUri: string;
}

/**
 * SCM REST API login with an API administrator's `login`, `password` and the account's
 * `customerUri`, sent as headers on every call.
 *
 * ```ts
 * const auth = credentials({ login: "api-admin", password: process.env.SCM_PASSWORD ?? "", customerUri: "acme" });
 * ```
 */
export function credentials(input: SectigoCredentials): SectigoAuth {
  const o = checkValue(
    object({ login: headerValue, password: headerValue, customerUri }),
    input,
    "sectigo credentials",
  );
  return makeAuth(
    "credentials",
    "classic",
    {
      provider: headerCredentials({ login: o.login, password: o.password, customerUri: o.customerUri }),
      pathPrefix: "",
      defaultUrl: DEFAULT_SECTIGO_URL,
    },
    { login: o.login, customerUri: o.customerUri },
  );
}

/** A client certificate for {@link clientCertificate}: PEM certificate and key, or a PKCS#12 file (core's `ClientCertificate`). */
export type ClientCertificateInput = ClientCertificate;

/** Who the certificate logs in as: {@link clientCertificate}'s second argument. */
export interface ClientCertificateAccount {
  /** The API administrator the certificate belongs to. */
  login: string;
  /** The customer URI of your SCM account. */
  customerUri: string;
}

const pem: Check = anyOf(
  [str(), custom((v) => v instanceof Uint8Array && v.length > 0, "")],
  "must be PEM text or bytes",
);
const certificateShape: Check = (value, path, issues) => {
  const v = value as Record<string, unknown> | undefined;
  if (v && typeof v === "object" && "pfx" in v) {
    object({
      pfx: custom((p) => p instanceof Uint8Array && p.length > 0, "must be PKCS#12 bytes (Buffer or Uint8Array)"),
      passphrase: optional(str({ empty: true })),
    })(value, path, issues);
  } else {
    object({ cert: pem, key: pem, passphrase: optional(str({ empty: true })) })(value, path, issues);
  }
};

/**
 * SCM REST API login with a TLS client certificate (mutual TLS): every call goes to the same path
 * under `/private` (`https://cert-manager.com/private/api/ssl/v1/types`) with the `login` and
 * `customerUri` headers and no password.
 *
 * ```ts
 * import { readFileSync } from "node:fs";
 * const auth = clientCertificate(
 *   { cert: readFileSync("admin.crt", "utf8"), key: readFileSync("admin.key", "utf8") },
 *   { login: "api-admin", customerUri: "acme" },
 * );
 * ```
 */
export function clientCertificate(certificate: ClientCertificateInput, account: ClientCertificateAccount): SectigoAuth {
  checkValue(certificateShape, certificate, "sectigo client certificate");
  const a = checkValue(object({ login: headerValue, customerUri }), account, "sectigo client certificate account");
  const transport =
    "pfx" in certificate
      ? {
          pfx: certificate.pfx,
          ...(certificate.passphrase !== undefined && { passphrase: certificate.passphrase }),
        }
      : {
          cert: certificate.cert,
          key: certificate.key,
          ...(certificate.passphrase !== undefined && { passphrase: certificate.passphrase }),
        };
  return makeAuth(
    "client-certificate",
    "classic",
    {
      provider: headerCredentials({ login: a.login, customerUri: a.customerUri }),
      transport,
      pathPrefix: "/private",
      defaultUrl: DEFAULT_SECTIGO_URL,
    },
    { login: a.login, customerUri: a.customerUri, certificate: "pfx" in certificate ? "pkcs12" : "pem" },
  );
}

/** Options of {@link oauth2}. */
export interface SectigoOAuth2Options {
  /** Client ID of the Admin API client (created in SCM under Integrations). */
  clientId: string;
  /** Its secret (kept secret: never logged, printed or serialised). */
  clientSecret: string;
  /** The Admin API instance of your account: `enterprise` (default) or `hard`. Picks the default URL. */
  instance?: "enterprise" | "hard" | undefined;
  /** The token endpoint (default: Sectigo's SSO, {@link SECTIGO_TOKEN_URL}). */
  tokenUrl?: string | undefined;
  /** How the client authenticates at the token endpoint: `post` (default, id and secret in the form) or `basic`. */
  authMethod?: "post" | "basic" | undefined;
  /** Start refreshing the token this long before it expires, while still using it. Default 60000. */
  refreshAheadMs?: number | undefined;
}

const httpUrl: Check = (value, path, issues) => {
  try {
    checkHttpUrl(value, path, "");
  } catch (error) {
    issues.push((error as ValidationError).issues[0] ?? { path, message: "must be an absolute http(s) URL" });
  }
};

/**
 * Admin API login (the second API generation): OAuth2 client credentials from Sectigo's SSO. The
 * token is cached, refreshed ahead of expiry (shared by concurrent calls) and fetched again once
 * after a 401, which replays the refused call.
 *
 * ```ts
 * const auth = oauth2({ clientId: "8e1d...", clientSecret: process.env.SECTIGO_CLIENT_SECRET ?? "" });
 * ```
 */
export function oauth2(input: SectigoOAuth2Options): SectigoAuth {
  const o = checkValue(
    object({
      clientId: headerValue,
      clientSecret: str(),
      instance: optional(oneOf(["enterprise", "hard"])),
      tokenUrl: optional(httpUrl),
      authMethod: optional(oneOf(["post", "basic"])),
      refreshAheadMs: optional(num({ min: 0, unit: "ms" })),
    }),
    input,
    "sectigo oauth2 options",
  );
  const tokenUrl = o.tokenUrl ?? SECTIGO_TOKEN_URL;
  const provider = oauth2ClientCredentials({
    tokenUrl,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    authMethod: o.authMethod ?? "post",
    ...(o.refreshAheadMs !== undefined && { refreshAheadMs: o.refreshAheadMs }),
  });
  return makeAuth(
    "oauth2",
    "admin",
    { provider, pathPrefix: "", defaultUrl: adminApiUrl(o.instance) },
    { clientId: o.clientId, tokenUrl },
  );
}

/** Options of {@link developer}. */
export interface SectigoDeveloperCredentials {
  /** The developer's e-mail address (their login). */
  email: string;
  /** Their password (kept secret). */
  password: string;
  /** The customer URI of the SCM account. */
  customerUri: string;
}

/**
 * Developer login for the Code Signing on Demand developer operations (create, submit, list, get
 * and count signing requests): `email`, `password` and `customerUri` headers. A client with this
 * login refuses every other operation before sending it.
 */
export function developer(input: SectigoDeveloperCredentials): SectigoAuth {
  const o = checkValue(
    object({
      email: line("must not contain line breaks"),
      password: headerValue,
      customerUri,
    }),
    input,
    "sectigo developer credentials",
  );
  return makeAuth(
    "developer",
    "classic",
    {
      provider: headerCredentials({ email: o.email, password: o.password, customerUri: o.customerUri }),
      pathPrefix: "",
      defaultUrl: DEFAULT_SECTIGO_URL,
    },
    { email: o.email, customerUri: o.customerUri },
  );
}

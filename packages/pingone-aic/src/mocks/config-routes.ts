import { createPrivateKey, randomUUID, X509Certificate } from "node:crypto";
import type { HttpHandler } from "msw";
import type { components } from "../generated/openapi.gen.js";
import type { FakeContext, routeFactory } from "./context.js";
import { empty, fail, jsonBody, ok } from "./http.js";
import { DEFAULT_SSO_COOKIE, type FakeCertificate } from "./state.js";

type Schemas = components["schemas"];
type Route = ReturnType<typeof routeFactory>;

const API_VERSION = "protocol=1.0,resource=1.0";
const CERT_PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
const KEY_PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/;

function certificateView(c: FakeCertificate): Schemas["Certificate"] {
  const { pem: _pem, privateKey: _key, ...rest } = c;
  return { ...rest, certificate: "" };
}

/**
 * Reads what it can from an uploaded PEM. A certificate that parses as X.509 gives its real
 * subject, issuer, validity and names (and must match its key); one that does not (a hand-made
 * test string) is accepted with placeholder details, since the fake only checks the PEM shape.
 */
function describeCertificate(
  pem: string,
  privateKey?: string,
): Omit<FakeCertificate, "id" | "active" | "live" | "pem" | "privateKey"> | string {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(pem);
  } catch {
    const year = new Date().getUTCFullYear();
    return {
      subject: "CN=unparsed.example.com",
      issuer: "CN=unparsed.example.com",
      subjectAlternativeNames: [],
      validFromTime: new Date(Date.UTC(year, 0, 1)).toISOString(),
      expireTime: new Date(Date.UTC(year + 1, 0, 1)).toISOString(),
    };
  }
  if (privateKey) {
    try {
      if (!x509.checkPrivateKey(createPrivateKey(privateKey))) return "The private key does not match the certificate";
    } catch {
      return "The private key could not be read";
    }
  }
  return {
    subject: x509.subject.split("\n").join(", "),
    issuer: x509.issuer.split("\n").join(", "),
    subjectAlternativeNames: (x509.subjectAltName ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.startsWith("DNS:"))
      .map((s) => s.slice(4)),
    validFromTime: new Date(x509.validFrom).toISOString(),
    expireTime: new Date(x509.validTo).toISOString(),
  };
}

/** The fake's CSR text: PEM-shaped, carrying the subject (it is not a real PKCS#10 request). */
function fakeCsrPem(fields: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify({ fakeCsr: true, ...fields }), "utf8").toString("base64");
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE REQUEST-----\n${lines.join("\n")}\n-----END CERTIFICATE REQUEST-----\n`;
}

function subjectOf(body: Record<string, unknown>): string {
  const parts: Array<[string, string]> = [
    ["CN", "commonName"],
    ["OU", "organizationalUnit"],
    ["O", "organization"],
    ["L", "city"],
    ["ST", "state"],
    ["C", "country"],
  ];
  return parts
    .filter(([, field]) => typeof body[field] === "string" && body[field] !== "")
    .map(([short, field]) => `${short}=${body[field] as string}`)
    .join(", ");
}

const stringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === "string" && s !== "");

/** Handlers of certificates, CSRs and the environment settings. */
export function configRoutes(ctx: FakeContext, route: Route): HttpHandler[] {
  const { state } = ctx;
  const answer = (body: unknown, status = 200) => ok(body, { status, apiVersion: API_VERSION });

  const install = (pem: string, privateKey: string, active: boolean): FakeCertificate | string => {
    const details = describeCertificate(pem, privateKey);
    if (typeof details === "string") return details;
    const cert: FakeCertificate = { id: randomUUID(), active, live: active, pem, privateKey, ...details };
    state.certificates.set(cert.id, cert);
    return cert;
  };

  const policyRoutes = (which: "enforced" | "reportOnly", path: "enforced" | "report-only") => {
    const get = which === "enforced" ? "getEnforcedContentSecurityPolicy" : "getReportOnlyContentSecurityPolicy";
    const set = which === "enforced" ? "setEnforcedContentSecurityPolicy" : "setReportOnlyContentSecurityPolicy";
    return [
      route(get, `/environment/content-security-policy/${path}`, () => answer(state.contentSecurityPolicy[which])),
      route(set, `/environment/content-security-policy/${path}`, async ({ request }) => {
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        if (body.active !== undefined && typeof body.active !== "boolean") return fail(400, "active must be a boolean");
        const directives = body.directives ?? {};
        if (
          typeof directives !== "object" ||
          directives === null ||
          !Object.values(directives).every((v) => Array.isArray(v) && v.every((s) => typeof s === "string"))
        ) {
          return fail(400, "directives must map directive names to arrays of sources");
        }
        state.contentSecurityPolicy[which] = {
          active: body.active === true,
          directives: directives as Record<string, string[]>,
        };
        return answer(state.contentSecurityPolicy[which]);
      }),
    ];
  };

  return [
    // Certificates
    route("getCertificates", "/environment/certificates", () =>
      answer([...state.certificates.values()].map(certificateView)),
    ),
    route("createCertificate", "/environment/certificates", async ({ request }) => {
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (typeof body.certificate !== "string" || !CERT_PEM.test(body.certificate)) {
        return fail(400, "certificate must be a PEM certificate");
      }
      if (typeof body.privateKey !== "string" || !KEY_PEM.test(body.privateKey)) {
        return fail(400, "privateKey must be a PEM private key");
      }
      const cert = install(body.certificate, body.privateKey, body.active === true);
      return typeof cert === "string" ? fail(400, cert) : answer(certificateView(cert));
    }),
    route("getCertificateByID", "/environment/certificates/{id}", ({ params }) => {
      const cert = state.certificates.get(params.id as string);
      return cert ? answer(certificateView(cert)) : fail(404, `No certificate ${params.id as string}`);
    }),
    route("updateCertificateByID", "/environment/certificates/{id}", async ({ request, params }) => {
      const cert = state.certificates.get(params.id as string);
      if (!cert) return fail(404, `No certificate ${params.id as string}`);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      const extra = Object.keys(body).filter((k) => k !== "active");
      if (extra.length) return fail(400, `Only active can change (not ${extra.join(", ")})`);
      if (typeof body.active !== "boolean") return fail(400, "active must be a boolean");
      cert.active = body.active;
      cert.live = body.active;
      return answer(certificateView(cert));
    }),
    route("deleteCertificateByID", "/environment/certificates/{id}", ({ params }) => {
      const cert = state.certificates.get(params.id as string);
      if (!cert) return fail(404, `No certificate ${params.id as string}`);
      if (cert.active) return fail(400, "The certificate is active; deactivate it before deleting it");
      state.certificates.delete(cert.id);
      return empty(200, API_VERSION);
    }),

    // CSRs
    route("getCertificateSigningRequests", "/environment/csrs", () => answer([...state.csrs.values()])),
    route("createCertificateSigningRequest", "/environment/csrs", async ({ request }) => {
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      const algorithm = body.algorithm ?? "rsa";
      if (algorithm !== "rsa" && algorithm !== "ecdsa") return fail(400, 'algorithm must be "rsa" or "ecdsa"');
      if (body.country !== undefined && !/^[A-Z]{2}$/.test(String(body.country))) {
        return fail(400, "country must be a two-letter code");
      }
      const sans = body.subjectAlternativeNames ?? [];
      if (!Array.isArray(sans) || !sans.every((s) => typeof s === "string")) {
        return fail(400, "subjectAlternativeNames must be an array of names");
      }
      const id = randomUUID();
      const csr: Schemas["CertificateSigningRequest"] = {
        id,
        algorithm,
        createdDate: new Date().toISOString(),
        subject: subjectOf(body),
        subjectAlternativeNames: sans,
        request: fakeCsrPem({ id, algorithm, subject: subjectOf(body), subjectAlternativeNames: sans }),
      };
      state.csrs.set(id, csr);
      return answer(csr);
    }),
    route("getCertificateSigningRequestById", "/environment/csrs/{id}", ({ params }) => {
      const csr = state.csrs.get(params.id as string);
      return csr ? answer(csr) : fail(404, `No CSR ${params.id as string}`);
    }),
    route("updateCertificateSigningRequestById", "/environment/csrs/{id}", async ({ request, params }) => {
      const csr = state.csrs.get(params.id as string);
      if (!csr) return fail(404, `No CSR ${params.id as string}`);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      const extra = Object.keys(body).filter((k) => k !== "certificate");
      if (extra.length) return fail(400, `Only certificate is accepted (not ${extra.join(", ")})`);
      if (typeof body.certificate !== "string" || !CERT_PEM.test(body.certificate)) {
        return fail(400, "certificate must be a PEM certificate");
      }
      if (csr.certificateID) return fail(400, "The CSR has already been completed");
      // The key pair lives in the tenant; the fake keeps a marker in its place.
      const cert = install(body.certificate, "", false);
      if (typeof cert === "string") return fail(400, cert);
      csr.certificateID = cert.id;
      return answer(csr);
    }),
    route("deleteCertificateSigningRequestById", "/environment/csrs/{id}", ({ params }) => {
      if (!state.csrs.delete(params.id as string)) return fail(404, `No CSR ${params.id as string}`);
      return empty(200, API_VERSION);
    }),

    // Content security policy
    ...policyRoutes("enforced", "enforced"),
    ...policyRoutes("reportOnly", "report-only"),

    // Cookie domains
    route("getCookieDomains", "/environment/cookie-domains", () => answer({ domains: state.cookieDomains })),
    route("setCookieDomains", "/environment/cookie-domains", async ({ request }) => {
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (!stringArray(body.domains)) return fail(400, "domains must be an array of domain names");
      state.cookieDomains = [...body.domains];
      return answer({ domains: state.cookieDomains });
    }),

    // Custom domains
    route("verifyCustomDomains", "/environment/custom-domains", async ({ request, query }) => {
      if (query.get("_action") !== "verify") {
        return fail(400, `Action ${query.get("_action") ?? "(none)"} is not supported on custom domains`);
      }
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (typeof body.name !== "string" || body.name === "") return fail(400, "name is required");
      return state.verifiedCnames.has(body.name)
        ? empty(200, API_VERSION)
        : fail(400, `The CNAME record of ${body.name} does not point at this tenant`);
    }),
    route("getCustomDomains", "/environment/custom-domains/{realm}", ({ params }) => {
      const realm = params.realm as string;
      if (realm !== "alpha" && realm !== "bravo") return fail(404, `No realm ${realm}`);
      return answer({ domains: state.customDomains[realm] });
    }),
    route("setCustomDomains", "/environment/custom-domains/{realm}", async ({ request, params }) => {
      const realm = params.realm as string;
      if (realm !== "alpha" && realm !== "bravo") return fail(404, `No realm ${realm}`);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (!stringArray(body.domains)) return fail(400, "domains must be an array of domain names");
      const unverified = body.domains.filter((d) => !state.verifiedCnames.has(d));
      if (unverified.length) return fail(400, `CNAME not verified for: ${unverified.join(", ")}`);
      state.customDomains[realm] = [...body.domains];
      return answer({ domains: state.customDomains[realm] });
    }),

    // Federation enforcement, release, SSO cookie
    route("getEnforcement", "/environment/federation/enforcement", () => answer(state.federation)),
    route("setEnforcement", "/environment/federation/enforcement", async ({ request }) => {
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (body.groups !== "none" && body.groups !== "non-global" && body.groups !== "all") {
        return fail(400, 'groups must be "none", "non-global" or "all"');
      }
      state.federation = { groups: body.groups };
      return answer(state.federation);
    }),
    route("getReleaseInfo", "/environment/release", () => answer(state.release)),
    route("getSSOCookie", "/environment/sso-cookie", () => answer(state.ssoCookie)),
    route("setSSOCookie", "/environment/sso-cookie", async ({ request }) => {
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      if (typeof body.name !== "string" || !/^[a-zA-Z0-9]{1,32}$/.test(body.name)) {
        return fail(400, "name must be 1 to 32 letters or digits");
      }
      state.ssoCookie = { name: body.name };
      return answer(state.ssoCookie);
    }),
    route("resetSSOCookie", "/environment/sso-cookie", ({ query }) => {
      if (query.get("_action") !== "reset") {
        return fail(400, `Action ${query.get("_action") ?? "(none)"} is not supported on the SSO cookie`);
      }
      state.ssoCookie = { name: DEFAULT_SSO_COOKIE };
      return answer(state.ssoCookie);
    }),
  ];
}

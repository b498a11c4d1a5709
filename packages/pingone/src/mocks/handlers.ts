import {
  createPublicKey,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  randomUUID,
  constants as rsa,
  sign,
  verify,
} from "node:crypto";
import type { FaultInjector } from "@trustplane/testing";
import { type HttpHandler, HttpResponse, http } from "msw";
import { compileFilter, FilterError, sortBy } from "./filter.js";
import {
  certificateFacts,
  certificatesFromFile,
  createCsr,
  createPkcs7,
  EC_CURVES,
  KeystoreError,
  openKeystore,
  RSA_LENGTHS,
  SIGNATURE_ALGORITHMS,
  type SignatureAlgorithmName,
  toPem,
} from "./pki.js";
import {
  type FakeCertificateRecord,
  type FakeEnvironment,
  type FakeKeyRotationPolicyRecord,
  type FakeWorker,
  type PingOneFakeState,
  type StoredKey,
  statusOf,
} from "./state.js";

/** How the handlers are wired. */
export interface HandlerConfig {
  state: PingOneFakeState;
  /** Where queued faults come from (the mocks swap the injector on reset). */
  faults: Pick<FaultInjector, "apply">;
  /** Management API base including `/v1`. */
  apiUrl: string;
  /** Authorization server base. */
  authUrl: string;
  /** Custom-domain token endpoints: origin -> environment id. */
  customDomains: Record<string, string>;
  tokenLifetimeSeconds: number;
  /** Largest `limit` accepted. */
  maxPageSize: number;
  defaultPageSize: number;
  rateLimit: { limit: number; windowMs: number } | undefined;
}

type Detail = { code: string; target?: string; message: string; innerError?: Record<string, unknown> };

/** A PingOne error answer, thrown inside handlers. */
class Answer extends Error {
  constructor(readonly response: Response) {
    super("answer");
  }
}

/** A P1Error envelope response. */
export function p1Error(
  status: number,
  code: string,
  message: string,
  details?: Detail[],
  headers?: Record<string, string>,
): Response {
  return HttpResponse.json(
    { id: randomUUID(), code, message, ...(details && { details }) },
    { status, ...(headers && { headers }) },
  );
}

const invalid = (details: Detail[]) =>
  new Answer(
    p1Error(
      400,
      "INVALID_DATA",
      "The request could not be completed. One or more validation errors were in the request.",
      details,
    ),
  );
const notFound = (what: string) =>
  new Answer(p1Error(404, "NOT_FOUND", `The request could not be completed. ${what} was not found.`));

const KEY_ATTRIBUTES = [
  "id",
  "name",
  "algorithm",
  "keyLength",
  "signatureAlgorithm",
  "subjectDN",
  "issuerDN",
  "serialNumber",
  "usageType",
  "default",
  "status",
  "validityPeriod",
  "startsAt",
  "expiresAt",
  "createdAt",
  "customCRL",
];
const POLICY_ATTRIBUTES = [
  "id",
  "name",
  "algorithm",
  "keyLength",
  "rotationPeriod",
  "validityPeriod",
  "usageType",
  "dn",
];
const APPLICATION_ATTRIBUTES = ["id", "name", "enabled", "protocol", "type", "createdAt", "updatedAt"];
const USAGE_TYPES = ["ENCRYPTION", "SIGNING", "SSL/TLS", "ISSUANCE", "OUTBOUND_MTLS"];
const DAY = 86_400_000;

/** Chooses a media type from an Accept header (order and q-values), or undefined when none fits. */
export function negotiate(accept: string | null, offered: readonly string[]): string | undefined {
  if (!accept || accept.trim() === "") return offered[0];
  const ranges = accept
    .split(",")
    .map((part, index) => {
      const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith("q="));
      return { type, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    if (range.type === "*/*") return offered[0];
    const found = offered.find(
      (o) => o === range.type || (range.type.endsWith("/*") && o.startsWith(range.type.slice(0, -1))),
    );
    if (found) return found;
  }
  return undefined;
}

/** The fake's msw handlers. */
export function createHandlers(config: HandlerConfig): HttpHandler[] {
  const { state, apiUrl } = config;
  let windowStart = Date.now();
  let windowCount = 0;

  // ---- auth -------------------------------------------------------------------------------

  const oauthError = (status: number, error: string, description: string) =>
    HttpResponse.json({ error, error_description: description }, { status });

  const issueToken = async (request: Request, environmentId: string): Promise<Response> => {
    const fault = await config.faults.apply(request);
    if (fault) return fault;
    state.tokenRequests++;
    const form = new URLSearchParams(await request.text());
    if (form.get("grant_type") !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", "Only client_credentials is supported here");
    }
    let clientId = form.get("client_id") ?? undefined;
    let secret = form.get("client_secret") ?? undefined;
    const header = request.headers.get("authorization");
    if (header?.startsWith("Basic ")) {
      const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
      const i = decoded.indexOf(":");
      clientId = decodeURIComponent(decoded.slice(0, i));
      secret = decodeURIComponent(decoded.slice(i + 1));
    }
    const worker = clientId ? state.workers.get(clientId) : undefined;
    if (!worker || worker.clientSecret !== secret || worker.environmentId !== environmentId) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    const token = randomBytes(24).toString("base64url");
    state.tokens.set(token, {
      clientId: worker.clientId,
      environmentId,
      expiresAt: Date.now() + config.tokenLifetimeSeconds * 1000,
    });
    state.tokensIssued++;
    return HttpResponse.json({ access_token: token, token_type: "Bearer", expires_in: config.tokenLifetimeSeconds });
  };

  const tokenHandlers = [
    http.post(`${config.authUrl}/:environmentId/as/token`, ({ request, params }) =>
      issueToken(request, String(params.environmentId)),
    ),
    ...Object.entries(config.customDomains).map(([origin, environmentId]) =>
      http.post(`${origin.replace(/\/+$/, "")}/as/token`, ({ request }) => issueToken(request, environmentId)),
    ),
  ];

  const authenticate = (request: Request): FakeWorker => {
    const header = request.headers.get("authorization") ?? "";
    const token = header.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() : "";
    const entry = token ? state.tokens.get(token) : undefined;
    if (!entry || Date.now() >= entry.expiresAt) {
      if (entry) state.tokens.delete(token);
      throw new Answer(
        p1Error(
          401,
          "ACCESS_FAILED",
          "The request could not be completed. The access token is missing, invalid or expired.",
          undefined,
          {
            "www-authenticate": 'Bearer error="invalid_token"',
          },
        ),
      );
    }
    const worker = state.workers.get(entry.clientId);
    if (!worker) throw new Answer(p1Error(401, "ACCESS_FAILED", "The request could not be completed. Unknown client."));
    return worker;
  };

  const environmentFor = (worker: FakeWorker, id: string): FakeEnvironment => {
    const env = state.environments.get(id);
    if (!env) throw notFound("The environment");
    if (!worker.manages.has(id)) {
      throw new Answer(
        p1Error(
          403,
          "ACCESS_FAILED",
          "The request could not be completed. The actor has no role that allows this call in this environment.",
        ),
      );
    }
    return env;
  };

  const rateLimited = (): Response | undefined => {
    if (!config.rateLimit) return undefined;
    const now = Date.now();
    if (now - windowStart >= config.rateLimit.windowMs) {
      windowStart = now;
      windowCount = 0;
    }
    windowCount++;
    if (windowCount <= config.rateLimit.limit) return undefined;
    const seconds = Math.max(1, Math.ceil((windowStart + config.rateLimit.windowMs - now) / 1000));
    return rateLimitResponse(seconds);
  };

  type Ctx = { request: Request; params: Record<string, string>; worker: FakeWorker; env: FakeEnvironment };
  type Method = "get" | "post" | "put" | "delete";

  /** A management API route: faults, rate limit, bearer check, environment check, then `fn`. */
  const route = (method: Method, path: string, fn: (ctx: Ctx) => Response | Promise<Response>): HttpHandler =>
    http[method](`${apiUrl}${path}`, async ({ request, params }) => {
      const fault = await config.faults.apply(request);
      if (fault) return fault;
      const limited = rateLimited();
      if (limited) return limited;
      try {
        const worker = authenticate(request);
        const p = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        const env = p.environmentId !== undefined ? environmentFor(worker, p.environmentId) : (undefined as never);
        return await fn({ request, params: p, worker, env });
      } catch (error) {
        if (error instanceof Answer) return error.response;
        throw error;
      }
    });

  // ---- representations -------------------------------------------------------------------

  const selfLink = (path: string) => ({ self: { href: `${apiUrl}${path}` } });
  const keyJson = (env: FakeEnvironment, record: FakeCertificateRecord) => ({
    _links: selfLink(`/environments/${env.id}/keys/${record.id}`),
    ...record,
    status: statusOf(record),
  });
  const certificateJson = (env: FakeEnvironment, record: FakeCertificateRecord) => ({
    _links: selfLink(`/environments/${env.id}/certificates/${record.id}`),
    ...record,
    status: statusOf(record),
  });
  const policyJson = (env: FakeEnvironment, record: FakeKeyRotationPolicyRecord) => ({
    _links: selfLink(`/environments/${env.id}/keyRotationPolicies/${record.id}`),
    ...record,
  });

  /** One HAL page of `items`, honouring limit, cursor, filter and order. */
  const halPage = (
    request: Request,
    path: string,
    name: string,
    items: Array<Record<string, unknown>>,
    attributes: readonly string[],
    options: { filterable: boolean },
  ): Response => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const limitText = q.get("limit");
    const limit = limitText === null ? config.defaultPageSize : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > config.maxPageSize) {
      throw invalid([
        {
          code: "OUT_OF_RANGE",
          target: "limit",
          message: `limit must be between 1 and ${config.maxPageSize}`,
          innerError: { rangeMinimumValue: 1, rangeMaximumValue: config.maxPageSize },
        },
      ]);
    }
    let selected = items;
    const filter = q.get("filter");
    const order = q.get("order");
    try {
      if (filter && options.filterable) selected = selected.filter(compileFilter(filter, attributes));
      else if (filter) throw new FilterError("this collection cannot be filtered");
      if (order && options.filterable) selected = sortBy(selected, order, attributes);
      else if (order) throw new FilterError("this collection cannot be ordered");
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      throw invalid([{ code: "INVALID_FILTER", target: filter ? "filter" : "order", message: error.message }]);
    }
    const cursor = q.get("cursor");
    const offset = cursor ? Number.parseInt(Buffer.from(cursor, "base64url").toString("utf8"), 10) : 0;
    if (!Number.isInteger(offset) || offset < 0) {
      throw invalid([{ code: "INVALID_VALUE", target: "cursor", message: "cursor is not one this service issued" }]);
    }
    const page = selected.slice(offset, offset + limit);
    const next = offset + page.length < selected.length ? offset + page.length : undefined;
    const nextQuery = new URLSearchParams({ limit: String(limit) });
    if (filter) nextQuery.set("filter", filter);
    if (order) nextQuery.set("order", order);
    if (next !== undefined) nextQuery.set("cursor", Buffer.from(String(next)).toString("base64url"));
    return HttpResponse.json({
      _links: {
        self: { href: request.url },
        ...(next !== undefined && { next: { href: `${apiUrl}${path}?${nextQuery.toString()}` } }),
      },
      _embedded: { [name]: page },
      count: selected.length,
      size: page.length,
    });
  };

  const findKey = (env: FakeEnvironment, id: string): StoredKey => {
    const key = env.keys.get(id);
    if (!key) throw notFound("The key");
    return key;
  };

  const jsonBody = async (request: Request): Promise<Record<string, unknown>> => {
    try {
      const body = (await request.json()) as unknown;
      if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw new Answer(p1Error(400, "INVALID_REQUEST", "The request body must be a JSON object."));
  };

  const formBody = async (request: Request): Promise<FormData> => {
    try {
      return await request.formData();
    } catch {
      throw new Answer(p1Error(400, "INVALID_REQUEST", "The request body must be multipart/form-data."));
    }
  };

  const fileOf = async (form: FormData): Promise<Uint8Array> => {
    const file = form.get("file");
    if (file === null || typeof file === "string") {
      throw invalid([{ code: "REQUIRED_VALUE", target: "file", message: "A file part is required" }]);
    }
    return new Uint8Array(await file.arrayBuffer());
  };

  const usageTypeOf = (value: unknown, target = "usageType"): FakeCertificateRecord["usageType"] => {
    if (value === undefined || value === null || value === "") {
      throw invalid([{ code: "REQUIRED_VALUE", target, message: `${target} is required` }]);
    }
    if (typeof value !== "string" || !USAGE_TYPES.includes(value)) {
      throw invalid([{ code: "INVALID_VALUE", target, message: `${target} must be one of ${USAGE_TYPES.join(", ")}` }]);
    }
    return value as FakeCertificateRecord["usageType"];
  };

  // ---- keys -------------------------------------------------------------------------------

  const validateGenerate = (env: FakeEnvironment, body: Record<string, unknown>) => {
    const details: Detail[] = [];
    const required = [
      "name",
      "algorithm",
      "keyLength",
      "signatureAlgorithm",
      "subjectDN",
      "usageType",
      "validityPeriod",
    ];
    for (const field of required) {
      if (body[field] === undefined || body[field] === null || body[field] === "") {
        details.push({ code: "REQUIRED_VALUE", target: field, message: `${field} is required` });
      }
    }
    if (details.length) throw invalid(details);
    const algorithm = body.algorithm;
    if (algorithm !== "RSA" && algorithm !== "EC") {
      details.push({ code: "INVALID_VALUE", target: "algorithm", message: "algorithm must be RSA or EC" });
    }
    const lengths = algorithm === "EC" ? Object.keys(EC_CURVES).map(Number) : RSA_LENGTHS;
    if (!lengths.includes(body.keyLength as number)) {
      details.push({
        code: "INVALID_VALUE",
        target: "keyLength",
        message: `keyLength must be one of ${lengths.join(", ")} for ${String(algorithm)}`,
        innerError: { allowedValues: lengths.map(String) },
      });
    }
    const sig = SIGNATURE_ALGORITHMS[body.signatureAlgorithm as SignatureAlgorithmName];
    if (!sig || sig.key !== (algorithm === "EC" ? "ec" : "rsa")) {
      details.push({
        code: "INVALID_VALUE",
        target: "signatureAlgorithm",
        message: "signatureAlgorithm must be one of the algorithms for the key type",
      });
    }
    const dn = String(body.subjectDN);
    const types = dn.split(/,(?=\s*[A-Za-z][A-Za-z0-9.]*\s*=)/).map((p) => p.split("=")[0]?.trim().toUpperCase());
    if (!["CN", "O", "OU", "L", "ST", "C"].every((t) => types.includes(t))) {
      details.push({
        code: "INVALID_VALUE",
        target: "subjectDN",
        message: "subjectDN must contain CN, O, OU, L, ST and C",
      });
    }
    if (!Number.isInteger(body.validityPeriod) || (body.validityPeriod as number) < 1) {
      details.push({
        code: "OUT_OF_RANGE",
        target: "validityPeriod",
        message: "validityPeriod must be a positive number of days",
        innerError: { rangeMinimumValue: 1 },
      });
    }
    if (body.customCRL !== undefined && !/^http:\/\/[a-zA-Z0-9./-]*$/.test(String(body.customCRL))) {
      details.push({
        code: "INVALID_VALUE",
        target: "customCRL",
        message: "customCRL must be a plain http:// URL",
        innerError: { allowedPattern: "^http:\\/\\/[a-zA-Z0-9.-\\/]*$" },
      });
    }
    try {
      usageTypeOf(body.usageType);
    } catch (error) {
      if (error instanceof Answer)
        details.push({ code: "INVALID_VALUE", target: "usageType", message: "usageType is not valid" });
    }
    let issuerKeyId: string | undefined;
    if (typeof body.issuerDN === "string" && body.issuerDN !== dn) {
      const issuer = [...env.keys.values()].find(
        (k) => k.record.usageType === "ISSUANCE" && k.record.subjectDN === body.issuerDN,
      );
      if (!issuer) {
        details.push({
          code: "INVALID_VALUE",
          target: "issuerDN",
          message: "No ISSUANCE key with that subject DN exists",
        });
      } else issuerKeyId = issuer.record.id;
    }
    if (details.length) throw invalid(details);
    return issuerKeyId;
  };

  const generateKey = async ({ request, env }: Ctx) => {
    const body = await jsonBody(request);
    const issuerKeyId = validateGenerate(env, body);
    const stored = state.addKey(env.id, {
      name: String(body.name),
      algorithm: body.algorithm as "RSA" | "EC",
      keyLength: body.keyLength as number,
      signatureAlgorithm: body.signatureAlgorithm as SignatureAlgorithmName,
      subjectDN: String(body.subjectDN),
      usageType: body.usageType as FakeCertificateRecord["usageType"],
      validityPeriod: body.validityPeriod as number,
      default: body.default === true,
      ...(typeof body.serialNumber === "number" && { serialNumber: body.serialNumber }),
      ...(issuerKeyId && { issuerKeyId }),
      ...(typeof body.customCRL === "string" && { customCRL: body.customCRL }),
    });
    return HttpResponse.json(keyJson(env, stored.record), { status: 201 });
  };

  const importKey = async ({ request, env }: Ctx) => {
    const form = await formBody(request);
    const bytes = await fileOf(form);
    const usageType = usageTypeOf(form.get("usageType"));
    const password = form.get("password");
    let opened: ReturnType<typeof openKeystore>;
    try {
      opened = openKeystore(bytes, typeof password === "string" && password !== "" ? password : undefined);
    } catch (error) {
      if (error instanceof KeystoreError)
        throw invalid([{ code: "INVALID_VALUE", target: "file", message: error.message }]);
      throw error;
    }
    const leaf = opened.certificates[0] as Uint8Array;
    const facts = certificateFacts(leaf);
    const stored = state.addKey(env.id, {
      name: facts.subjectDN,
      usageType,
      subjectDN: facts.subjectDN,
      issuerDN: facts.issuerDN,
      serialNumber: facts.serialNumber,
      startsAt: new Date(facts.startsAt),
      ...(facts.algorithm !== "UNKNOWN" && { algorithm: facts.algorithm }),
      ...(facts.keyLength && { keyLength: facts.keyLength }),
      ...(facts.signatureAlgorithm && { signatureAlgorithm: facts.signatureAlgorithm }),
    });
    Object.assign(stored.record, {
      expiresAt: facts.expiresAt,
      validityPeriod: Math.max(1, Math.round((Date.parse(facts.expiresAt) - Date.parse(facts.startsAt)) / DAY)),
    });
    stored.material = {
      privateKey: opened.privateKey,
      publicKey: createPublicKey(opened.privateKey),
      chain: opened.certificates,
    };
    return HttpResponse.json(keyJson(env, stored.record), { status: 201 });
  };

  const keyHandlers = [
    route("get", "/environments/:environmentId/keys", ({ request, env }) =>
      halPage(
        request,
        `/environments/${env.id}/keys`,
        "keys",
        [...env.keys.values()].map((k) => keyJson(env, k.record)),
        KEY_ATTRIBUTES,
        { filterable: true },
      ),
    ),
    route("post", "/environments/:environmentId/keys", (ctx) => {
      const type = ctx.request.headers.get("content-type") ?? "";
      if (type.startsWith("multipart/form-data")) return importKey(ctx);
      if (type.startsWith("application/json")) return generateKey(ctx);
      return p1Error(
        415,
        "INVALID_REQUEST",
        "Send application/json to generate a key or multipart/form-data to import one.",
      );
    }),
    route("get", "/environments/:environmentId/keys/:keyId", ({ request, env, params }) => {
      const key = findKey(env, params.keyId as string);
      const type = negotiate(request.headers.get("accept"), [
        "application/json",
        "application/x-x509-ca-cert",
        "application/x-pkcs7-certificates",
      ]);
      if (type === "application/x-x509-ca-cert") {
        const material = state.materialOf(env.id, key);
        return new HttpResponse(toPem("CERTIFICATE", material.chain[0] as Uint8Array), {
          headers: { "content-type": "application/x-x509-ca-cert" },
        });
      }
      if (type === "application/x-pkcs7-certificates") {
        const material = state.materialOf(env.id, key);
        return new HttpResponse(createPkcs7(material.chain), {
          headers: { "content-type": "application/x-pkcs7-certificates" },
        });
      }
      if (type === "application/json") return HttpResponse.json(keyJson(env, key.record));
      return p1Error(406, "INVALID_REQUEST", "None of the Accept media types can be produced for this resource.");
    }),
    route("put", "/environments/:environmentId/keys/:keyId", async ({ request, env, params }) => {
      const key = findKey(env, params.keyId as string);
      const body = await jsonBody(request);
      const details: Detail[] = [];
      if (typeof body.default !== "boolean") {
        details.push({
          code: body.default === undefined ? "REQUIRED_VALUE" : "INVALID_VALUE",
          target: "default",
          message: "default must be a boolean",
        });
      }
      let usageType: FakeCertificateRecord["usageType"] | undefined;
      try {
        usageType = usageTypeOf(body.usageType);
      } catch (error) {
        if (!(error instanceof Answer)) throw error;
        details.push({
          code: "INVALID_VALUE",
          target: "usageType",
          message: "usageType is required and must be valid",
        });
      }
      if (details.length) throw invalid(details);
      if (body.default === true) {
        for (const k of env.keys.values()) if (k !== key && k.record.usageType === usageType) k.record.default = false;
      }
      key.record.default = body.default as boolean;
      key.record.usageType = usageType;
      if (typeof body.issuerDN === "string") key.record.issuerDN = body.issuerDN;
      return HttpResponse.json(keyJson(env, key.record));
    }),
    route("delete", "/environments/:environmentId/keys/:keyId", ({ env, params }) => {
      findKey(env, params.keyId as string);
      env.keys.delete(params.keyId as string);
      for (const app of env.applications.values()) app.keyIds.delete(params.keyId as string);
      return new HttpResponse(null, { status: 204 });
    }),
    route("get", "/environments/:environmentId/keys/:keyId/applications", ({ request, env, params }) => {
      const key = findKey(env, params.keyId as string);
      const apps = [...env.applications.values()].filter((a) => a.keyIds.has(key.record.id));
      return halPage(
        request,
        `/environments/${env.id}/keys/${key.record.id}/applications`,
        "applications",
        apps.map((a) => ({ _links: selfLink(`/environments/${env.id}/applications/${a.record.id}`), ...a.record })),
        APPLICATION_ATTRIBUTES,
        { filterable: false },
      );
    }),
    route("get", "/environments/:environmentId/keys/:keyId/csr", ({ request, env, params }) => {
      const key = findKey(env, params.keyId as string);
      const type = negotiate(request.headers.get("accept"), ["application/x-pem-file", "application/pkcs10"]);
      if (!type) return p1Error(406, "INVALID_REQUEST", "Ask for application/pkcs10 or application/x-pem-file.");
      const material = state.materialOf(env.id, key);
      const csr = createCsr({
        subject: key.record.subjectDN ?? key.spec.subjectDN,
        publicKey: material.publicKey,
        privateKey: material.privateKey,
        signatureAlgorithm: key.spec.signatureAlgorithm,
      });
      return type === "application/pkcs10"
        ? new HttpResponse(csr, { headers: { "content-type": "application/pkcs10" } })
        : new HttpResponse(toPem("CERTIFICATE REQUEST", csr), {
            headers: { "content-type": "application/x-pem-file" },
          });
    }),
    route("post", "/environments/:environmentId/keys/:keyId/csr", async ({ request, env, params }) => {
      const key = findKey(env, params.keyId as string);
      const form = await formBody(request);
      const bytes = await fileOf(form);
      let chain: Uint8Array[];
      try {
        chain = certificatesFromFile(bytes);
      } catch {
        throw invalid([
          { code: "INVALID_VALUE", target: "file", message: "The file holds no readable certificate (PEM or PKCS#7)" },
        ]);
      }
      const material = state.materialOf(env.id, key);
      const own = Buffer.from(material.publicKey.export({ type: "spki", format: "der" }));
      const leafIndex = chain.findIndex((der) =>
        Buffer.from(certificateFacts(der).publicKey.export({ type: "spki", format: "der" })).equals(own),
      );
      if (leafIndex < 0) {
        throw invalid([
          { code: "INVALID_VALUE", target: "file", message: "No certificate in the file matches the key" },
        ]);
      }
      const leaf = chain[leafIndex] as Uint8Array;
      const facts = certificateFacts(leaf);
      const now = Date.now();
      if (now < Date.parse(facts.startsAt) || now >= Date.parse(facts.expiresAt)) {
        throw invalid([
          { code: "INVALID_VALUE", target: "file", message: "The certificate is not inside its validity period" },
        ]);
      }
      material.chain = [leaf, ...chain.filter((_, i) => i !== leafIndex)];
      Object.assign(key.record, {
        issuerDN: facts.issuerDN,
        serialNumber: facts.serialNumber,
        startsAt: facts.startsAt,
        expiresAt: facts.expiresAt,
        ...(facts.signatureAlgorithm && { signatureAlgorithm: facts.signatureAlgorithm }),
      });
      return HttpResponse.json(keyJson(env, key.record));
    }),
    route("get", "/environments/:environmentId/jwks", ({ env }) => {
      const keys = [...env.keys.values()]
        .filter((k) => k.record.usageType === "SIGNING")
        .map((k) => {
          const material = state.materialOf(env.id, k);
          const jwk = material.publicKey.export({ format: "jwk" }) as Record<string, unknown>;
          return {
            ...jwk,
            kid: k.record.id,
            use: "sig",
            alg: k.spec.signatureAlgorithm.replace(/^SHA(\d+)with(RSA|ECDSA)$/, (_, n, a) =>
              a === "RSA" ? `RS${n}` : `ES${n}`,
            ),
            x5c: [Buffer.from(material.chain[0] as Uint8Array).toString("base64")],
          };
        });
      return HttpResponse.json({ keys });
    }),
  ];

  // ---- certificates ------------------------------------------------------------------------

  const certificateHandlers = [
    route("get", "/environments/:environmentId/certificates", ({ request, env }) =>
      halPage(
        request,
        `/environments/${env.id}/certificates`,
        "certificates",
        [...env.certificates.values()].map((c) => certificateJson(env, c.record)),
        KEY_ATTRIBUTES,
        { filterable: true },
      ),
    ),
    route("post", "/environments/:environmentId/certificates", async ({ request, env }) => {
      const form = await formBody(request);
      const bytes = await fileOf(form);
      const usageType = usageTypeOf(form.get("usageType"));
      let chain: Uint8Array[];
      try {
        chain = certificatesFromFile(bytes);
      } catch {
        throw invalid([
          { code: "INVALID_VALUE", target: "file", message: "The file holds no readable certificate (PEM or PKCS#7)" },
        ]);
      }
      const facts = certificateFacts(chain[0] as Uint8Array);
      const now = Date.now();
      if (now < Date.parse(facts.startsAt) || now >= Date.parse(facts.expiresAt)) {
        throw invalid([
          { code: "INVALID_VALUE", target: "file", message: "The certificate is not inside its validity period" },
        ]);
      }
      const record: FakeCertificateRecord = {
        id: randomUUID(),
        name: facts.subjectDN,
        algorithm: facts.algorithm,
        ...(facts.keyLength && { keyLength: facts.keyLength }),
        ...(facts.signatureAlgorithm && { signatureAlgorithm: facts.signatureAlgorithm }),
        subjectDN: facts.subjectDN,
        issuerDN: facts.issuerDN,
        serialNumber: facts.serialNumber,
        usageType,
        default: false,
        startsAt: facts.startsAt,
        expiresAt: facts.expiresAt,
        validityPeriod: Math.max(1, Math.round((Date.parse(facts.expiresAt) - Date.parse(facts.startsAt)) / DAY)),
        createdAt: new Date().toISOString(),
        environment: { id: env.id },
        organization: { id: state.organizationId },
      };
      env.certificates.set(record.id, { record, chain });
      return HttpResponse.json(certificateJson(env, record), { status: 202 });
    }),
    route("get", "/environments/:environmentId/certificates/:certificateId", ({ env, params }) => {
      const cert = env.certificates.get(params.certificateId as string);
      if (!cert) throw notFound("The certificate");
      return HttpResponse.json(certificateJson(env, cert.record));
    }),
    route("delete", "/environments/:environmentId/certificates/:certificateId", ({ env, params }) => {
      if (!env.certificates.delete(params.certificateId as string)) throw notFound("The certificate");
      for (const app of env.applications.values()) app.certificateIds.delete(params.certificateId as string);
      return new HttpResponse(null, { status: 204 });
    }),
    route(
      "get",
      "/environments/:environmentId/certificates/:certificateId/applications",
      ({ request, env, params }) => {
        const id = params.certificateId as string;
        if (!env.certificates.has(id)) throw notFound("The certificate");
        const apps = [...env.applications.values()].filter((a) => a.certificateIds.has(id));
        return halPage(
          request,
          `/environments/${env.id}/certificates/${id}/applications`,
          "applications",
          apps.map((a) => ({ _links: selfLink(`/environments/${env.id}/applications/${a.record.id}`), ...a.record })),
          APPLICATION_ATTRIBUTES,
          { filterable: false },
        );
      },
    ),
  ];

  // ---- crypto ------------------------------------------------------------------------------
  // The request members are not documented in the sources of the spec; the fake uses its own:
  // { keyId, data (base64) } and, for verify, { signature (base64) }.

  const cryptoKey = (env: FakeEnvironment, body: Record<string, unknown>) => {
    const details: Detail[] = [];
    if (typeof body.keyId !== "string")
      details.push({ code: "REQUIRED_VALUE", target: "keyId", message: "keyId is required" });
    if (typeof body.data !== "string")
      details.push({ code: "REQUIRED_VALUE", target: "data", message: "data (base64) is required" });
    if (details.length) throw invalid(details);
    const key = env.keys.get(body.keyId as string);
    if (!key)
      throw invalid([{ code: "INVALID_VALUE", target: "keyId", message: "No key with that id in the environment" }]);
    return { key, material: state.materialOf(env.id, key), data: Buffer.from(body.data as string, "base64") };
  };

  const cryptoHandlers = [
    route("post", "/environments/:environmentId/encryptions", async ({ request, env }) => {
      const { key, material, data } = cryptoKey(env, await jsonBody(request));
      if (key.spec.algorithm !== "RSA") {
        throw invalid([{ code: "INVALID_VALUE", target: "keyId", message: "Only RSA keys can encrypt" }]);
      }
      const out = publicEncrypt(
        { key: material.publicKey, padding: rsa.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
        data,
      );
      return HttpResponse.json({ keyId: key.record.id, data: out.toString("base64") });
    }),
    route("post", "/environments/:environmentId/decryptions", async ({ request, env }) => {
      const { key, material, data } = cryptoKey(env, await jsonBody(request));
      try {
        const out = privateDecrypt(
          { key: material.privateKey, padding: rsa.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
          data,
        );
        return HttpResponse.json({ keyId: key.record.id, data: out.toString("base64") });
      } catch {
        throw invalid([
          { code: "INVALID_VALUE", target: "data", message: "The data could not be decrypted with this key" },
        ]);
      }
    }),
    route("post", "/environments/:environmentId/signings", async ({ request, env }) => {
      const { key, material, data } = cryptoKey(env, await jsonBody(request));
      const signature = sign(SIGNATURE_ALGORITHMS[key.spec.signatureAlgorithm].hash, data, material.privateKey);
      return HttpResponse.json({
        keyId: key.record.id,
        signatureAlgorithm: key.spec.signatureAlgorithm,
        signature: signature.toString("base64"),
      });
    }),
    route("post", "/environments/:environmentId/verifications", async ({ request, env }) => {
      const body = await jsonBody(request);
      const { key, material, data } = cryptoKey(env, body);
      if (typeof body.signature !== "string") {
        throw invalid([{ code: "REQUIRED_VALUE", target: "signature", message: "signature (base64) is required" }]);
      }
      const valid = verify(
        SIGNATURE_ALGORITHMS[key.spec.signatureAlgorithm].hash,
        data,
        material.publicKey,
        Buffer.from(body.signature, "base64"),
      );
      return HttpResponse.json({ keyId: key.record.id, valid });
    }),
  ];

  // ---- key rotation policies ---------------------------------------------------------------

  const validatePolicy = (env: FakeEnvironment, body: Record<string, unknown>, selfId?: string) => {
    const details: Detail[] = [];
    for (const field of ["name", "algorithm", "keyLength", "signatureAlgorithm", "usageType", "dn"]) {
      if (body[field] === undefined || body[field] === null || body[field] === "") {
        details.push({ code: "REQUIRED_VALUE", target: field, message: `${field} is required` });
      }
    }
    if (details.length) throw invalid(details);
    if (body.algorithm !== "RSA")
      details.push({ code: "INVALID_VALUE", target: "algorithm", message: "algorithm must be RSA" });
    if (body.signatureAlgorithm !== "SHA256withRSA") {
      details.push({
        code: "INVALID_VALUE",
        target: "signatureAlgorithm",
        message: "signatureAlgorithm must be SHA256withRSA",
      });
    }
    if (body.usageType !== "SIGNING")
      details.push({ code: "INVALID_VALUE", target: "usageType", message: "usageType must be SIGNING" });
    if (!RSA_LENGTHS.includes(body.keyLength as number)) {
      details.push({
        code: "INVALID_VALUE",
        target: "keyLength",
        message: `keyLength must be one of ${RSA_LENGTHS.join(", ")}`,
      });
    }
    const rotation = body.rotationPeriod ?? 90;
    if (!Number.isInteger(rotation) || (rotation as number) < 30) {
      details.push({
        code: "OUT_OF_RANGE",
        target: "rotationPeriod",
        message: "rotationPeriod must be at least 30 days",
        innerError: { rangeMinimumValue: 30 },
      });
    }
    const validity = body.validityPeriod ?? 365;
    if (!Number.isInteger(validity) || (validity as number) < 1) {
      details.push({
        code: "OUT_OF_RANGE",
        target: "validityPeriod",
        message: "validityPeriod must be >= 1",
        innerError: { rangeMinimumValue: 1 },
      });
    }
    const duplicate = [...env.keyRotationPolicies.values()].find((p) => p.name === body.name && p.id !== selfId);
    if (duplicate)
      details.push({
        code: "UNIQUENESS_VIOLATION",
        target: "name",
        message: "A key rotation policy with this name exists",
      });
    if (details.length) throw invalid(details);
    return {
      name: String(body.name),
      algorithm: "RSA" as const,
      keyLength: body.keyLength as number,
      signatureAlgorithm: "SHA256withRSA" as const,
      usageType: "SIGNING" as const,
      dn: String(body.dn),
      rotationPeriod: rotation as number,
      validityPeriod: validity as number,
    };
  };

  const findPolicy = (env: FakeEnvironment, id: string) => {
    const policy = env.keyRotationPolicies.get(id);
    if (!policy) throw notFound("The key rotation policy");
    return policy;
  };

  const policyHandlers = [
    route("get", "/environments/:environmentId/keyRotationPolicies", ({ request, env }) =>
      halPage(
        request,
        `/environments/${env.id}/keyRotationPolicies`,
        "keyRotationPolicies",
        [...env.keyRotationPolicies.values()].map((p) => policyJson(env, p)),
        POLICY_ATTRIBUTES,
        { filterable: false },
      ),
    ),
    route("post", "/environments/:environmentId/keyRotationPolicies", async ({ request, env }) => {
      const fields = validatePolicy(env, await jsonBody(request));
      const record: FakeKeyRotationPolicyRecord = {
        id: randomUUID(),
        ...fields,
        currentKeyId: randomUUID(),
        nextKeyId: randomUUID(),
        rotatedAt: new Date().toISOString(),
        environment: { id: env.id },
      };
      env.keyRotationPolicies.set(record.id as string, record);
      return HttpResponse.json(policyJson(env, record), { status: 201 });
    }),
    route("get", "/environments/:environmentId/keyRotationPolicies/:policyId", ({ env, params }) =>
      HttpResponse.json(policyJson(env, findPolicy(env, params.policyId as string))),
    ),
    route("put", "/environments/:environmentId/keyRotationPolicies/:policyId", async ({ request, env, params }) => {
      const policy = findPolicy(env, params.policyId as string);
      Object.assign(policy, validatePolicy(env, await jsonBody(request), policy.id));
      return HttpResponse.json(policyJson(env, policy));
    }),
    route("delete", "/environments/:environmentId/keyRotationPolicies/:policyId", ({ env, params }) => {
      findPolicy(env, params.policyId as string);
      env.keyRotationPolicies.delete(params.policyId as string);
      return new HttpResponse(null, { status: 204 });
    }),
  ];

  // ---- legacy organization key -------------------------------------------------------------

  const organizationHandlers = [
    route("post", "/organizations/:organizationId/keys", async ({ request, params }) => {
      if (params.organizationId !== state.organizationId) throw notFound("The organization");
      const body = await jsonBody(request);
      const name = typeof body.name === "string" && body.name !== "" ? body.name : "Organization signing key";
      const subjectDN = `CN=${name}, OU=Trustplane Fake, O=Trustplane, L=, ST=, C=US`;
      const now = new Date();
      const record: FakeCertificateRecord = {
        id: randomUUID(),
        name,
        algorithm: "RSA",
        keyLength: 2048,
        signatureAlgorithm: "SHA256withRSA",
        subjectDN,
        issuerDN: subjectDN,
        serialNumber: Number.parseInt(randomBytes(6).toString("hex"), 16),
        usageType: "SIGNING",
        default: true,
        validityPeriod: 365,
        startsAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 365 * DAY).toISOString(),
        createdAt: now.toISOString(),
        organization: { id: state.organizationId },
      };
      state.organizationKeys.set(record.id, {
        record,
        spec: {
          algorithm: "RSA",
          keyLength: 2048,
          signatureAlgorithm: "SHA256withRSA",
          subjectDN,
          serialNumber: record.serialNumber as number,
          startsAt: now,
          expiresAt: new Date(now.getTime() + 365 * DAY),
          ca: true,
        },
      });
      return HttpResponse.json(
        {
          _links: selfLink(`/organizations/${state.organizationId}/keys/${record.id}`),
          ...record,
          status: statusOf(record),
        },
        { status: 201 },
      );
    }),
  ];

  return [
    ...tokenHandlers,
    ...keyHandlers,
    ...certificateHandlers,
    ...cryptoHandlers,
    ...policyHandlers,
    ...organizationHandlers,
  ];
}

/** A 429 as PingOne sends it: `Retry-After` and a REQUEST_LIMITED envelope. */
export function rateLimitResponse(retryAfterSeconds: number): Response {
  return p1Error(
    429,
    "REQUEST_LIMITED",
    "The request could not be completed. Too many requests were sent; wait and try again.",
    [
      {
        code: "LIMIT_EXCEEDED",
        message: `Retry after ${retryAfterSeconds} seconds`,
        innerError: { retryAfter: retryAfterSeconds },
      },
    ],
    { "retry-after": String(retryAfterSeconds) },
  );
}

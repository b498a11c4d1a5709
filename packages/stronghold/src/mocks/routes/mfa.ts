import { randomBytes, randomUUID } from "node:crypto";
import type { OperationId } from "../../generated/operations.gen.js";
import type { FakeRequest, Route } from "../context.js";
import { badRequest, done, keyList, notFound, ok, seconds, str, stringList } from "../http.js";
import type { FakeMfaMethod, FakeNamespace } from "../state.js";
import { mountByAccessor } from "./views.js";

type MethodType = FakeMfaMethod["type"];

/** Fields each method type requires, and the ones never sent back. */
const REQUIRED: Record<MethodType, string[]> = {
  totp: ["issuer"],
  okta: ["org_name", "api_token"],
  duo: ["api_hostname", "integration_key", "secret_key"],
  pingid: ["settings_file_base64"],
};
const SECRET_FIELDS = new Set(["api_token", "secret_key", "settings_file_base64"]);

/** A 1x1 PNG, base64: the fake's QR code. */
const TINY_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/** Base32 (RFC 4648, no padding), as TOTP secrets are written. */
function base32(bytes: Buffer): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** Checks and normalises a method configuration; an error message, or the configuration. */
function configFor(
  ns: FakeNamespace,
  type: MethodType,
  body: Record<string, unknown>,
  id: string | undefined,
): string | Record<string, unknown> {
  for (const field of REQUIRED[type])
    if (body[field] === undefined || body[field] === "") return `${field} must be set`;
  const name = str(body.method_name);
  if (name) {
    for (const m of ns.mfaMethods.values()) if (m.name === name && m.id !== id) return "method name already exists";
  }
  const config: Record<string, unknown> = { ...body };
  delete config.method_name;
  if (type === "totp") {
    const digits = body.digits ?? 6;
    if (digits !== 6 && digits !== 8) return "digits can only be 6 or 8";
    const skew = body.skew ?? 1;
    if (skew !== 0 && skew !== 1) return "skew must be 0 or 1";
    const algorithm = body.algorithm ?? "SHA1";
    if (!["SHA1", "SHA256", "SHA512"].includes(String(algorithm))) return "algorithm must be SHA1, SHA256 or SHA512";
    Object.assign(config, {
      period: seconds(body.period ?? 30) ?? 30,
      digits,
      skew,
      algorithm,
      key_size: body.key_size ?? 20,
      qr_size: body.qr_size ?? 200,
      max_validation_attempts: body.max_validation_attempts ?? 5,
    });
  }
  if (type === "pingid") {
    const text = Buffer.from(String(body.settings_file_base64), "base64").toString("utf8");
    const settings = Object.fromEntries(
      text
        .split(/\r?\n/)
        .map((line) => line.split("=", 2).map((p) => p.trim()))
        .filter((p) => p.length === 2 && p[0]),
    );
    if (!settings.idp_url && !settings.org_alias) return "settings_file_base64 is not a PingID settings file";
    Object.assign(config, {
      use_signature: settings.use_signature === "true",
      idp_url: settings.idp_url ?? "",
      org_alias: settings.org_alias ?? "",
      admin_url: settings.admin_url ?? "",
      authenticator_url: settings.authenticator_url ?? "",
    });
  }
  return config;
}

/** A method as the server sends it (secrets left out; Duo's `push_info` read back as `pushinfo`). */
function methodView(ns: FakeNamespace, method: FakeMfaMethod): Record<string, unknown> {
  const view: Record<string, unknown> = {
    type: method.type,
    id: method.id,
    name: method.name,
    namespace_id: ns.id,
    namespace_path: ns.path ? `${ns.path}/` : "",
  };
  for (const [key, value] of Object.entries(method.config)) {
    if (SECRET_FIELDS.has(key)) continue;
    view[key === "push_info" ? "pushinfo" : key] = value;
  }
  return view;
}

function typed(type: MethodType) {
  const find = (ns: FakeNamespace, id: string) => {
    const method = ns.mfaMethods.get(id);
    return method?.type === type ? method : undefined;
  };
  return {
    create: ({ ns, body }: FakeRequest) => {
      const config = configFor(ns, type, body, undefined);
      if (typeof config === "string") return badRequest(config);
      const method: FakeMfaMethod = { id: randomUUID(), type, name: str(body.method_name) ?? "", config };
      ns.mfaMethods.set(method.id, method);
      return ok({ method_id: method.id });
    },
    read: ({ ns, params }: FakeRequest) => {
      const method = find(ns, params.method_id as string);
      return method ? ok(methodView(ns, method)) : notFound();
    },
    update: ({ ns, params, body }: FakeRequest) => {
      const method = find(ns, params.method_id as string);
      if (!method) return badRequest("invalid method ID");
      const config = configFor(ns, type, body, method.id);
      if (typeof config === "string") return badRequest(config);
      method.config = config;
      if (str(body.method_name)) method.name = str(body.method_name) as string;
      return done();
    },
    remove: ({ ns, params }: FakeRequest) => {
      const id = params.method_id as string;
      if (find(ns, id)) ns.mfaMethods.delete(id);
      return done();
    },
    list: ({ ns }: FakeRequest) => {
      const methods = [...ns.mfaMethods.values()].filter((m) => m.type === type);
      return keyList(
        methods.map((m) => m.id),
        Object.fromEntries(methods.map((m) => [m.id, methodView(ns, m)])),
      );
    },
  };
}

const totp = typed("totp");
const okta = typed("okta");
const duo = typed("duo");
const pingid = typed("pingid");

/** Generates a TOTP secret for an entity, or answers with the warning the server gives when one exists. */
function generateSecret(req: FakeRequest, entityId: string | undefined): Response {
  const { ns, body } = req;
  if (!entityId) return badRequest("no entity associated with the request's token");
  const entity = ns.entities.get(entityId);
  if (!entity) return badRequest("invalid entity ID");
  const method = ns.mfaMethods.get(String(body.method_id ?? ""));
  if (method?.type !== "totp") return badRequest("invalid method ID");
  if (entity.mfaSecrets.has(method.id)) {
    return ok(null, { warnings: [`Entity already has a secret for MFA method "${method.name || method.id}"`] });
  }
  const secret = base32(randomBytes(Number(method.config.key_size ?? 20)));
  entity.mfaSecrets.set(method.id, secret);
  const issuer = encodeURIComponent(String(method.config.issuer));
  const url = `otpauth://totp/${issuer}:${encodeURIComponent(entity.name)}?algorithm=${method.config.algorithm}&digits=${method.config.digits}&issuer=${issuer}&period=${method.config.period}&secret=${secret}`;
  return ok({ url, barcode: Number(method.config.qr_size) > 0 ? TINY_PNG : "" });
}

function enforcementView(ns: FakeNamespace, e: import("../state.js").FakeEnforcement): Record<string, unknown> {
  return {
    id: e.id,
    name: e.name,
    namespace_id: ns.id,
    namespace_path: ns.path ? `${ns.path}/` : "",
    mfa_method_ids: e.mfaMethodIds,
    auth_method_accessors: e.authMethodAccessors,
    auth_method_types: e.authMethodTypes,
    identity_group_ids: e.identityGroupIds,
    identity_entity_ids: e.identityEntityIds,
  };
}

/** The MFA operations: methods of each type, login enforcements, TOTP secrets. */
export const mfaRoutes = {
  createMfaTotpMethod: totp.create,
  readMfaTotpMethod: totp.read,
  updateMfaTotpMethod: totp.update,
  deleteMfaTotpMethod: totp.remove,
  listMfaTotpMethods: totp.list,
  createMfaOktaMethod: okta.create,
  readMfaOktaMethod: okta.read,
  updateMfaOktaMethod: okta.update,
  deleteMfaOktaMethod: okta.remove,
  listMfaOktaMethods: okta.list,
  createMfaDuoMethod: duo.create,
  readMfaDuoMethod: duo.read,
  updateMfaDuoMethod: duo.update,
  deleteMfaDuoMethod: duo.remove,
  listMfaDuoMethods: duo.list,
  createMfaPingIdMethod: pingid.create,
  readMfaPingIdMethod: pingid.read,
  updateMfaPingIdMethod: pingid.update,
  deleteMfaPingIdMethod: pingid.remove,
  listMfaPingIdMethods: pingid.list,
  readMfaMethod: ({ ns, params }) => {
    const method = ns.mfaMethods.get(params.method_id as string);
    return method ? ok(methodView(ns, method)) : notFound();
  },
  listMfaMethods: ({ ns }) => {
    const methods = [...ns.mfaMethods.values()];
    return keyList(
      methods.map((m) => m.id),
      Object.fromEntries(methods.map((m) => [m.id, methodView(ns, m)])),
    );
  },
  generateMfaTotpSecret: (req) => generateSecret(req, req.token?.entityId || undefined),
  adminGenerateMfaTotpSecret: (req) => generateSecret(req, str(req.body.entity_id)),
  adminDestroyMfaTotpSecret: ({ ns, body }) => {
    const entity = ns.entities.get(String(body.entity_id ?? ""));
    if (!entity) return badRequest("invalid entity ID");
    if (!ns.mfaMethods.has(String(body.method_id ?? ""))) return badRequest("invalid method ID");
    entity.mfaSecrets.delete(String(body.method_id));
    return done();
  },
  writeMfaLoginEnforcement: ({ ns, params, body }) => {
    const name = params.name as string;
    const methodIds = stringList(body.mfa_method_ids) ?? [];
    if (methodIds.length === 0) return badRequest("missing method ids");
    for (const id of methodIds)
      if (!ns.mfaMethods.has(id)) return badRequest(`failed to find MFA method with ID "${id}"`);
    const accessors = stringList(body.auth_method_accessors) ?? [];
    for (const a of accessors) if (!mountByAccessor(ns, a)) return badRequest(`mount accessor "${a}" not found`);
    const fields = {
      authMethodAccessors: accessors,
      authMethodTypes: stringList(body.auth_method_types) ?? [],
      identityGroupIds: stringList(body.identity_group_ids) ?? [],
      identityEntityIds: stringList(body.identity_entity_ids) ?? [],
    };
    if (Object.values(fields).every((v) => v.length === 0)) {
      return badRequest(
        "One of auth_method_accessors, auth_method_types, identity_group_ids, identity_entity_ids must be specified",
      );
    }
    const existing = ns.enforcements.get(name);
    ns.enforcements.set(name, { id: existing?.id ?? randomUUID(), name, mfaMethodIds: methodIds, ...fields });
    return done();
  },
  readMfaLoginEnforcement: ({ ns, params }) => {
    const e = ns.enforcements.get(params.name as string);
    return e ? ok(enforcementView(ns, e)) : notFound();
  },
  deleteMfaLoginEnforcement: ({ ns, params }) => {
    ns.enforcements.delete(params.name as string);
    return done();
  },
  listMfaLoginEnforcements: ({ ns }) => {
    const all = [...ns.enforcements.values()];
    return keyList(
      all.map((e) => e.name),
      Object.fromEntries(all.map((e) => [e.name, enforcementView(ns, e)])),
    );
  },
} satisfies Partial<Record<OperationId, Route>>;

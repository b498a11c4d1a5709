/** OIDC named keys: key pairs per version, rotation, the published public keys, and signing. */
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { type JwtAlgorithm, signJwt } from "@trustplane/testing";
import type { OperationId } from "../../../generated/operations.gen.js";
import type { Route } from "../../context.js";
import { badRequest, done, keyList, notFound, ok, seconds, str, stringList } from "../../http.js";
import type { FakeKeyVersion, FakeOidcKey } from "../../state.js";

export const ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA"];

/** A new key pair for a named key's algorithm. */
function newVersion(key: FakeOidcKey): FakeKeyVersion {
  const alg = key.algorithm;
  const pair = alg.startsWith("RS")
    ? generateKeyPairSync("rsa", { modulusLength: 2048 })
    : alg === "EdDSA"
      ? generateKeyPairSync("ed25519")
      : generateKeyPairSync("ec", { namedCurve: alg === "ES256" ? "P-256" : alg === "ES384" ? "P-384" : "P-521" });
  const kid = randomUUID();
  return {
    kid,
    privateKey: pair.privateKey,
    publicJwk: { ...pair.publicKey.export({ format: "jwk" }), kid, alg, use: "sig" },
  };
}

/** The key's current version, made on first use. */
export function current(key: FakeOidcKey): FakeKeyVersion {
  let active = key.versions.find((v) => v.retiredUntil === undefined);
  if (!active) {
    active = newVersion(key);
    key.versions.push(active);
  }
  return active;
}

/** Public keys still published (current and rotated-out ones within their verification TTL). */
export function published(key: FakeOidcKey, now: number): Record<string, unknown>[] {
  key.versions = key.versions.filter((v) => v.retiredUntil === undefined || v.retiredUntil > now);
  return key.versions.map((v) => v.publicJwk);
}

/** Signs claims with a named key's current version. */
export function sign(key: FakeOidcKey, claims: Record<string, unknown>): string {
  const version = current(key);
  return signJwt(claims, version.privateKey, { alg: key.algorithm as JwtAlgorithm, kid: version.kid });
}

/** Named keys: write, read, delete, list, rotate. */
export const keyRoutes = {
  writeOidcKey: ({ ns, params, body, now }) => {
    const name = params.name as string;
    const algorithm = str(body.algorithm);
    if (algorithm && !ALGORITHMS.includes(algorithm)) return badRequest(`unknown signing algorithm "${algorithm}"`);
    const existing = ns.oidc.keys.get(name);
    const key: FakeOidcKey = existing ?? {
      name,
      algorithm: algorithm ?? "RS256",
      allowedClientIds: [],
      rotationPeriod: 86400,
      verificationTtl: 86400,
      versions: [],
    };
    if (algorithm && existing && algorithm !== existing.algorithm) {
      for (const v of key.versions) v.retiredUntil ??= now + key.verificationTtl * 1000;
      key.algorithm = algorithm;
    }
    const allowed = stringList(body.allowed_client_ids);
    if (allowed) key.allowedClientIds = allowed;
    if (body.rotation_period !== undefined) key.rotationPeriod = seconds(body.rotation_period) ?? key.rotationPeriod;
    if (body.verification_ttl !== undefined)
      key.verificationTtl = seconds(body.verification_ttl) ?? key.verificationTtl;
    ns.oidc.keys.set(name, key);
    return done();
  },
  readOidcKey: ({ ns, params }) => {
    const key = ns.oidc.keys.get(params.name as string);
    if (!key) return notFound();
    return ok({
      algorithm: key.algorithm,
      allowed_client_ids: key.allowedClientIds,
      rotation_period: key.rotationPeriod,
      verification_ttl: key.verificationTtl,
    });
  },
  deleteOidcKey: ({ ns, params }) => {
    const name = params.name as string;
    const roles = [...ns.oidc.roles.values()].filter((r) => r.key === name).map((r) => r.name);
    const clients = [...ns.oidc.clients.values()].filter((c) => c.key === name).map((c) => c.name);
    if (roles.length || clients.length) {
      return badRequest(
        `unable to delete key "${name}" because it is currently referenced by: ${[...roles, ...clients].join(", ")}`,
      );
    }
    ns.oidc.keys.delete(name);
    return done();
  },
  listOidcKeys: ({ ns }) => keyList([...ns.oidc.keys.keys()]),
  rotateOidcKey: ({ ns, params, body, now }) => {
    const key = ns.oidc.keys.get(params.name as string);
    if (!key) return badRequest(`no named key found at "${params.name}"`);
    const ttl =
      body.verification_ttl !== undefined
        ? (seconds(body.verification_ttl) ?? key.verificationTtl)
        : key.verificationTtl;
    for (const v of key.versions) v.retiredUntil ??= now + ttl * 1000;
    key.versions.push(newVersion(key));
    return done();
  },
} satisfies Partial<Record<OperationId, Route>>;

/**
 * The knobs a test steers the fake with: expiring sessions, rate-limited logins, MFA, extra logins,
 * completing enrollments as a device would, edge routers going offline, trusted external issuers.
 */
import { createCertificateAuthority, generateKeyPair, type JwtClaims } from "@trustplane/testing";
import type { FakeContext } from "./context.js";
import { enableMfa } from "./routes/auth.js";
import { authenticatorRow } from "./routes/kinds-identities.js";
import { type FakeRow, newRow } from "./state.js";

/** Knobs for steering the fake from a test. */
export interface ZitiMocksControl {
  /** Ends every API session now (what a client learns only from its next 401). */
  expireSessions(): void;
  /** The next `times` logins answer 429 (the controller's authentication rate limiter). */
  rateLimitLogins(times?: number): void;
  /** Enrolls an identity (id or name) in TOTP MFA, already verified: logins must then answer the MFA query. */
  enableMfa(identity: string): { secret: string; code(at?: number): string };
  /** Gives an identity (id or name) a username and password login. */
  addPasswordLogin(identity: string, username: string, password: string): FakeRow;
  /** Gives an identity (id or name) a certificate login for this PEM certificate. */
  addCertificateLogin(identity: string, certificatePem: string): FakeRow;
  /**
   * Completes an enrollment as a device would (the client API's `/enroll`): an `ott`/`ottca` JWT
   * yields a client certificate signed by the controller's CA (and its new key), a `updb` JWT
   * needs `password`. The enrollment is used up.
   */
  enroll(
    jwt: string,
    options?: { password?: string | undefined },
  ): { identityId: string; certificate?: string; privateKey?: string };
  /** Marks an edge router (id or name) online or offline. */
  setEdgeRouterOnline(edgeRouter: string, online: boolean): void;
  /**
   * Registers an external JWT signer backed by a test CA and returns a function that signs JWTs
   * it accepts (`sub` = the identity's id, or its `externalId`).
   */
  trustExternalIssuer(options?: {
    issuer?: string | undefined;
    audience?: string | undefined;
    name?: string | undefined;
  }): {
    signerId: string;
    issuer: string;
    audience: string;
    sign(claims: JwtClaims): string;
  };
}

/** The controls of one fake. */
export function zitiControl(ctx: FakeContext): ZitiMocksControl {
  const { state } = ctx;

  const find = (collection: "identities" | "edgeRouters", idOrName: string): FakeRow => {
    const rows = state[collection];
    const row = rows.get(idOrName) ?? [...rows.values()].find((r) => r.name === idOrName);
    if (!row)
      throw new Error(`the fake has no ${collection === "identities" ? "identity" : "edge router"} "${idOrName}"`);
    return row;
  };

  const control: ZitiMocksControl = {
    expireSessions: () => {
      for (const session of state.apiSessions.values()) session.expiresAt = 0;
    },
    rateLimitLogins: (times = 1) => {
      ctx.settings.rateLimitedLogins = times;
    },
    enableMfa: (identity) => enableMfa(ctx, find("identities", identity).id),
    addPasswordLogin: (identity, username, password) => {
      const row = authenticatorRow(ctx, {
        method: "updb",
        identityId: find("identities", identity).id,
        username,
        password,
      });
      state.authenticators.set(row.id, row);
      return row;
    },
    addCertificateLogin: (identity, certificatePem) => {
      const row = authenticatorRow(ctx, {
        method: "cert",
        identityId: find("identities", identity).id,
        certPem: certificatePem,
      });
      state.authenticators.set(row.id, row);
      return row;
    },
    enroll: (jwt, enrollOptions = {}) => {
      const token = (() => {
        try {
          return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString()).jti as string;
        } catch {
          return undefined;
        }
      })();
      const enrollment = [...state.enrollments.values()].find((e) => e.token === token);
      if (!enrollment) throw new Error("no pending enrollment for this JWT");
      if (Date.parse(enrollment.expiresAt as string) <= Date.now()) throw new Error("the enrollment has expired");
      const identityId = enrollment.identityId as string;
      state.enrollments.delete(enrollment.id);
      if (enrollment.method === "updb") {
        if (!enrollOptions.password) throw new Error("a updb enrollment needs a password");
        control.addPasswordLogin(identityId, enrollment.username as string, enrollOptions.password);
        return { identityId };
      }
      const keys = generateKeyPair({ type: "ec", curve: "P-256" });
      const issued = ctx.pki.ca.issue({
        subject: `CN=${identityId}`,
        publicKey: keys.publicKey,
        extendedKeyUsage: ["clientAuth"],
        validityDays: 365,
      });
      control.addCertificateLogin(identityId, issued.pem);
      return {
        identityId,
        certificate: issued.pem,
        privateKey: keys.privateKey.export({ type: "pkcs8", format: "pem" }) as string,
      };
    },
    setEdgeRouterOnline: (edgeRouter, online) => {
      find("edgeRouters", edgeRouter).isOnline = online;
    },
    trustExternalIssuer: (issuerOptions = {}) => {
      const authority = createCertificateAuthority({
        keyAlgorithm: { type: "ec", curve: "P-256" },
        subject: "CN=Fake External IdP,O=Trustplane Fake",
      });
      const issuer = issuerOptions.issuer ?? "https://idp.example.com";
      const audience = issuerOptions.audience ?? "openziti";
      const row = newRow({
        name: issuerOptions.name ?? `external-${state.externalJwtSigners.size + 1}`,
        enabled: true,
        issuer,
        audience,
        certPem: authority.certificate.pem,
        claimsProperty: "sub",
        useExternalId: false,
        kid: authority.kid,
      });
      state.externalJwtSigners.set(row.id, row);
      return {
        signerId: row.id,
        issuer,
        audience,
        sign: (claims) =>
          authority.signJwt({ iss: issuer, aud: audience, exp: Math.floor(Date.now() / 1000) + 600, ...claims }),
      };
    },
  };
  return control;
}

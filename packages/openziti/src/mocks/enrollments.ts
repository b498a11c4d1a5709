/** Enrollments as the controller makes them: a one-time token and a JWT signed by the controller's CA. */
import { randomUUID } from "node:crypto";
import type { FakeContext } from "./context.js";
import { FakeError, invalidField } from "./http.js";
import { type FakeRow, newRow } from "./state.js";

/** What an enrollment is for. */
export type EnrollmentMethod = "ott" | "ottca" | "updb";

/** The enrollment JWT: `em` the method, `jti` the token, `sub` the identity, `iss` the controller. */
export function enrollmentJwt(
  ctx: FakeContext,
  fields: { method: string; subject: string; token: string; expiresAt: string; extra?: Record<string, unknown> },
): string {
  return ctx.pki.signJwt({
    iss: ctx.root,
    sub: fields.subject,
    aud: [""],
    exp: Math.floor(Date.parse(fields.expiresAt) / 1000),
    jti: fields.token,
    em: fields.method,
    ctrls: [ctx.root],
    ...fields.extra,
  });
}

/** Creates (and stores) an enrollment for an identity. */
export function createEnrollment(
  ctx: FakeContext,
  input: { identityId: string; method: EnrollmentMethod; expiresAt?: string; caId?: string; username?: string },
): FakeRow {
  const { state } = ctx;
  if (!state.identities.has(input.identityId))
    throw invalidField("identityId", "no identity with this id", input.identityId);
  for (const e of state.enrollments.values()) {
    if (e.identityId === input.identityId && e.method === input.method) {
      throw new FakeError(409, "ENROLLMENT_EXISTS", `The identity already has a pending ${input.method} enrollment`, {
        causeMessage: `enrollment ${e.id} is pending`,
      });
    }
  }
  if (input.method === "ottca") {
    if (!input.caId || !state.cas.has(input.caId)) throw invalidField("caId", "no CA with this id", input.caId ?? null);
  }
  if (input.method === "updb" && !input.username) throw invalidField("username", "is required for updb", null);
  const expiresAt = input.expiresAt ?? new Date(Date.now() + ctx.settings.enrollmentMinutes * 60_000).toISOString();
  if (Number.isNaN(Date.parse(expiresAt)) || Date.parse(expiresAt) <= Date.now()) {
    throw invalidField("expiresAt", "must be in the future", expiresAt);
  }
  const token = randomUUID();
  const jwt = enrollmentJwt(ctx, {
    method: input.method,
    subject: input.identityId,
    token,
    expiresAt,
    extra: {
      ...(input.caId && { ca: input.caId }),
      ...(input.username && { username: input.username }),
    },
  });
  const row = newRow({
    method: input.method,
    identityId: input.identityId,
    token,
    jwt,
    expiresAt,
    caId: input.caId ?? null,
    ...(input.username && { username: input.username }),
  });
  state.enrollments.set(row.id, row);
  return row;
}

/** Gives an enrollment a new token, JWT and expiry. */
export function refreshEnrollment(ctx: FakeContext, row: FakeRow, expiresAt: string): void {
  if (Number.isNaN(Date.parse(expiresAt)) || Date.parse(expiresAt) <= Date.now()) {
    throw invalidField("expiresAt", "must be in the future", expiresAt);
  }
  const token = randomUUID();
  row.token = token;
  row.expiresAt = expiresAt;
  row.jwt = enrollmentJwt(ctx, {
    method: row.method as string,
    subject: (row.identityId as string) ?? row.id,
    token,
    expiresAt,
    extra: {
      ...(row.caId ? { ca: row.caId } : {}),
      ...(row.username ? { username: row.username } : {}),
    },
  });
  row.updatedAt = new Date().toISOString();
}

import { type ApiPromise, type CallOptions, UnexpectedResponseError, validate } from "@trustplane/core";
import { type IdentitiesCreateInput, IdentitiesResource } from "../generated/resources.gen.js";
import { createWithEnrollmentSchema, reEnrollSchema } from "../internal/schemas.js";
import { findByName, type NameInput, type Schemas } from "./shared.js";

/** How a new identity enrolls: a one-time token, a one-time token with a third-party CA, or a password. */
export type EnrollmentChoice = "ott" | { readonly ott: true } | { readonly ottca: string } | { readonly updb: string };

/** Input of `identities.createWithEnrollment`: the identity's fields and how it enrolls. */
export interface CreateWithEnrollmentInput
  extends Omit<IdentitiesCreateInput, "enrollment" | "type" | "isAdmin" | "roleAttributes"> {
  /** The identity's name. */
  name: string;
  /** `User`, `Device`, `Service`, `Router` or `Default` (default). */
  type?: IdentitiesCreateInput["type"] | undefined;
  /** Administrator of the network (default false). */
  isAdmin?: boolean | undefined;
  /** Role attributes (without `#`). */
  roleAttributes?: string[] | undefined;
  /** `"ott"`, `{ ottca: caId }` or `{ updb: username }`. */
  enrollment: EnrollmentChoice;
}

/** Input of `identities.reEnroll`. */
export interface ReEnrollInput {
  /** The identity's id. */
  id: string;
  /** How it enrolls again (default: as it enrolled before; `ott` when that is unknown). */
  method?: EnrollmentChoice | undefined;
  /** When the new enrollment stops being usable (default: in 24 hours). */
  expiresAt?: Date | string | undefined;
}

/** An identity with the enrollment to hand to its device or user. */
export interface IdentityWithEnrollment {
  /** The identity as the controller now describes it. */
  identity: Schemas["IdentityDetail"];
  /** The enrollment: its id, method and expiry, and the JWT. */
  enrollment: { id: string; method: "ott" | "ottca" | "updb"; expiresAt: string | undefined; jwt: string };
  /** The enrollment JWT (a secret: whoever holds it can enroll as this identity). */
  jwt: string;
}

type Method = IdentityWithEnrollment["enrollment"]["method"];
type EnrollmentBody = { ott: true } | { ottca: string } | { updb: string };

const DAY_MS = 86_400_000;

function choice(c: EnrollmentChoice): { method: Method; body: EnrollmentBody; caId?: string; username?: string } {
  if (typeof c === "string" || "ott" in c) return { method: "ott", body: { ott: true } };
  if ("ottca" in c) return { method: "ottca", body: { ottca: c.ottca }, caId: c.ottca };
  return { method: "updb", body: { updb: c.updb }, username: c.updb };
}

function enrollmentOf(identity: Schemas["IdentityDetail"], method: Method) {
  const e = (identity.enrollment as Record<string, { id?: string; jwt?: string; expiresAt?: string } | undefined>)?.[
    method
  ];
  return e?.jwt && e.id ? { id: e.id, method, expiresAt: e.expiresAt, jwt: e.jwt } : undefined;
}

/** Identities, with what the generated layer cannot do: look up by name, create with an enrollment JWT, re-enroll. */
export class Identities extends IdentitiesResource {
  /**
   * The identity with exactly this name: a NotFoundError when there is none, an
   * AmbiguousNameError (listing the ids) when there are several.
   */
  findByName(input: NameInput, options?: CallOptions): ApiPromise<Schemas["IdentityDetail"]> {
    return findByName(this.api, "listIdentities", "identity", input, options);
  }

  /**
   * Creates an identity that enrolls by one-time token (`"ott"`), by one-time token with a
   * third-party CA (`{ ottca: caId }`) or by password (`{ updb: username }`), and returns it with
   * the enrollment JWT to hand to the device or user (what `ziti edge create identity -o` writes).
   */
  async createWithEnrollment(input: CreateWithEnrollmentInput, options?: CallOptions): Promise<IdentityWithEnrollment> {
    const checked = validate(createWithEnrollmentSchema, input, "identities.createWithEnrollment input");
    const { enrollment, type, isAdmin, ...rest } = checked as CreateWithEnrollmentInput;
    const picked = choice(enrollment);
    const created = await this.create(
      {
        ...(rest as Omit<IdentitiesCreateInput, "type" | "isAdmin">),
        type: type ?? "Default",
        isAdmin: isAdmin ?? false,
        enrollment: picked.body,
      },
      options,
    );
    const identity = await this.get({ id: created.id }, options);
    const found = enrollmentOf(identity, picked.method);
    if (!found) {
      throw new UnexpectedResponseError(
        `createIdentity made ${created.id}, but the controller shows no ${picked.method} enrollment JWT for it`,
        { status: 200, operation: "detailIdentity" },
      );
    }
    return { identity, enrollment: found, jwt: found.jwt };
  }

  /**
   * Gives an identity a fresh enrollment JWT: refreshes a pending enrollment of that method,
   * reverts an existing authenticator to an enrollment (`ziti edge update authenticator
   * re-enroll`), or creates a new enrollment when it has neither.
   */
  async reEnroll(input: ReEnrollInput, options?: CallOptions): Promise<IdentityWithEnrollment> {
    const checked = validate(reEnrollSchema, input, "identities.reEnroll input") as ReEnrollInput;
    const expiresAt = new Date(checked.expiresAt ?? Date.now() + DAY_MS).toISOString();
    const before = await this.get({ id: checked.id }, options);
    const authenticators = (before.authenticators ?? {}) as Record<
      string,
      { id?: string; username?: string } | undefined
    >;
    const inferred: EnrollmentChoice = authenticators.updb?.username
      ? { updb: authenticators.updb.username }
      : before.enrollment?.updb
        ? { updb: (before.enrollment.updb as { username?: string }).username ?? before.name }
        : before.enrollment?.ottca?.caId
          ? { ottca: before.enrollment.ottca.caId }
          : "ott";
    const picked = choice(checked.method ?? inferred);
    const pending = (before.enrollment as Record<string, { id?: string } | undefined> | undefined)?.[picked.method];
    const authenticator = picked.method === "updb" ? authenticators.updb : authenticators.cert;
    let enrollmentId: string;
    if (pending?.id) {
      await this.send<unknown>("refreshEnrollment", { id: pending.id, expiresAt }, options);
      enrollmentId = pending.id;
    } else if (authenticator?.id) {
      const created = await this.send<{ id: string }>(
        "reEnrollAuthenticator",
        { id: authenticator.id, expiresAt },
        options,
      );
      enrollmentId = created.id;
    } else {
      const created = await this.send<{ id: string }>(
        "createEnrollment",
        {
          method: picked.method,
          identityId: checked.id,
          expiresAt,
          ...(picked.caId !== undefined && { caId: picked.caId }),
          ...(picked.username !== undefined && { username: picked.username }),
        },
        options,
      );
      enrollmentId = created.id;
    }
    const enrollment = await this.send<Schemas["EnrollmentDetail"]>("detailEnrollment", { id: enrollmentId }, options);
    const identity = await this.get({ id: checked.id }, options);
    if (!enrollment.jwt) {
      throw new UnexpectedResponseError(`enrollment ${enrollmentId} has no JWT`, {
        status: 200,
        operation: "detailEnrollment",
      });
    }
    const method = (["ott", "ottca", "updb"].includes(enrollment.method) ? enrollment.method : picked.method) as Method;
    return {
      identity,
      enrollment: { id: enrollment.id, method, expiresAt: enrollment.expiresAt, jwt: enrollment.jwt },
      jwt: enrollment.jwt,
    };
  }
}

/**
 * What the fake starts with (and returns to on `reset()`): the default auth policy, the default admin
 * and its password login, the built-in config types, the seed edge routers, the controller settings.
 */
import { passwordAuthenticator } from "./routes/auth.js";
import { BUILT_IN_CONFIG_TYPES, type FakeZitiState, newRow } from "./state.js";

/** An edge router present from the start. */
export interface SeedEdgeRouter {
  name: string;
  roleAttributes?: string[] | undefined;
  /** Connected to the controller (default true). */
  isOnline?: boolean | undefined;
}

/** Fills an empty state with the starting data. */
export function seedState(
  state: FakeZitiState,
  adminId: string,
  admin: { username: string; password: string },
  options: { edgeRouters?: SeedEdgeRouter[] | undefined },
): void {
  state.authPolicies.set(
    "default",
    newRow(
      {
        name: "Default",
        primary: {
          cert: { allowed: true, allowExpiredCerts: true },
          extJwt: { allowed: true, allowedSigners: [] },
          updb: {
            allowed: true,
            minPasswordLength: 5,
            requireSpecialChar: false,
            requireNumberChar: false,
            requireMixedCase: false,
            maxAttempts: 0,
            lockoutDurationMinutes: 0,
          },
        },
        secondary: { requireTotp: false, requireExtJwtSigner: null },
      },
      "default",
    ),
  );
  state.identities.set(
    adminId,
    newRow(
      {
        name: "Default Admin",
        type: "User",
        isAdmin: true,
        isDefaultAdmin: true,
        roleAttributes: [],
        disabled: false,
      },
      adminId,
    ),
  );
  const login = passwordAuthenticator(adminId, admin.username, admin.password);
  state.authenticators.set(login.id, login);
  for (const name of BUILT_IN_CONFIG_TYPES) {
    const row = newRow({ name, schema: {}, target: "service" });
    state.configTypes.set(row.id, row);
  }
  for (const er of options.edgeRouters ?? [{ name: "edge-router-1", roleAttributes: ["public"] }]) {
    const row = newRow({
      name: er.name,
      roleAttributes: er.roleAttributes ?? [],
      isOnline: er.isOnline ?? true,
      isVerified: true,
      isTunnelerEnabled: false,
      fingerprint: null,
      certPem: null,
    });
    state.edgeRouters.set(row.id, row);
  }
  state.controllerSettings.set("global", newRow({ oidc: { redirectUris: [], postLogoutUris: [] } }, "global"));
}

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { http } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AIC_SCOPES, bearer, createAicClient, PermissionDeniedError, ValidationError } from "../src/index.js";
import { rejectionOf, setupTenant } from "./helpers.js";

// The tenant grants every scope but release: asked-for scopes it refuses are dropped.
const allowed = AIC_SCOPES.filter((s) => s !== "fr:idc:release:*");
const { mocks, server } = setupTenant({ allowedScopes: allowed });
const jwk = JSON.stringify(mocks.serviceAccount.privateJwk);
const pem = mocks.serviceAccount.privatePem as string;

/** Scopes asked for in each token request. */
function captureScopes(): string[] {
  const seen: string[] = [];
  server.use(
    http.post(mocks.tokenUrl, async ({ request }) => {
      seen.push(new URLSearchParams(await request.clone().text()).get("scope") ?? "");
      return undefined;
    }),
  );
  return seen;
}

/** The ValidationError `make` throws (fails the test when it does not). */
function validationErrorOf(make: () => unknown): ValidationError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error("expected a ValidationError");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("configuration from fr-config-manager's variables", () => {
  it("createAicClient() with no argument reads TENANT_BASE_URL and SERVICE_ACCOUNT_* from process.env", async () => {
    // set after the package was imported: variables are read when the client is created
    vi.stubEnv("TENANT_BASE_URL", `${mocks.baseUrl}/`);
    vi.stubEnv("SERVICE_ACCOUNT_ID", mocks.serviceAccount.id);
    vi.stubEnv("SERVICE_ACCOUNT_KEY", jwk);
    vi.stubEnv("SERVICE_ACCOUNT_SCOPE", "fr:idc:esv:read  fr:idc:esv:update");
    const scopes = captureScopes();
    const aic = createAicClient();
    expect(aic.tenantUrl).toBe(mocks.baseUrl);
    expect(aic.toJSON()).toMatchObject({ auth: "service-account" });
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
    expect(scopes).toEqual(["fr:idc:esv:read fr:idc:esv:update"]);
  });

  it("takes the key as PEM, also with its line breaks written as \\n", async () => {
    const aic = createAicClient({
      logLevel: "off",
      env: {
        TENANT_BASE_URL: mocks.baseUrl,
        SERVICE_ACCOUNT_ID: mocks.serviceAccount.id,
        SERVICE_ACCOUNT_KEY: pem.replace(/\n/g, "\\n"),
        SERVICE_ACCOUNT_SCOPE: "fr:idc:esv:*",
      },
    });
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
  });

  it("SERVICE_ACCOUNT_KEY_PATH names a key file and wins over SERVICE_ACCOUNT_KEY", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aic-env-"));
    try {
      const file = join(dir, "service-account.jwk");
      writeFileSync(file, jwk);
      const aic = createAicClient({
        logLevel: "off",
        env: {
          TENANT_BASE_URL: mocks.baseUrl,
          SERVICE_ACCOUNT_ID: mocks.serviceAccount.id,
          SERVICE_ACCOUNT_KEY: "not a key",
          SERVICE_ACCOUNT_KEY_PATH: file,
          SERVICE_ACCOUNT_SCOPE: "fr:idc:esv:*",
        },
      });
      expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
      const missing = validationErrorOf(() =>
        createAicClient({
          env: {
            TENANT_BASE_URL: mocks.baseUrl,
            SERVICE_ACCOUNT_ID: mocks.serviceAccount.id,
            SERVICE_ACCOUNT_KEY_PATH: join(dir, "nope.jwk"),
          },
        }),
      );
      expect(missing.issues).toEqual([
        { path: "SERVICE_ACCOUNT_KEY_PATH", message: "the key file cannot be read (ENOENT)" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("configuration from frodo's variables", () => {
  it("FRODO_HOST (the AM URL, /am dropped), FRODO_SA_ID and FRODO_SA_JWK; every * scope asked, refused ones dropped", async () => {
    const scopes = captureScopes();
    const aic = createAicClient({
      logLevel: "off",
      env: { FRODO_HOST: `${mocks.baseUrl}/am`, FRODO_SA_ID: mocks.serviceAccount.id, FRODO_SA_JWK: jwk },
    });
    expect(aic.tenantUrl).toBe(mocks.baseUrl);
    expect(aic.tokenUrl).toBe(mocks.tokenUrl);
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
    const everything = AIC_SCOPES.filter((s) => s.endsWith(":*"));
    expect(scopes).toEqual([everything.join(" "), everything.filter((s) => s !== "fr:idc:release:*").join(" ")]);
    // a call that needs the dropped scope is the tenant's 403
    expect(await rejectionOf(aic.release.get())).toBeInstanceOf(PermissionDeniedError);
  });

  it("fr-config-manager's complete set wins over frodo's", () => {
    const scopes = captureScopes();
    const aic = createAicClient({
      env: {
        TENANT_BASE_URL: mocks.baseUrl,
        FRODO_HOST: "https://elsewhere.example.com/am",
        SERVICE_ACCOUNT_ID: mocks.serviceAccount.id,
        SERVICE_ACCOUNT_KEY: jwk,
        FRODO_SA_ID: "someone-else",
        FRODO_SA_JWK: jwk,
      },
    });
    expect(aic.tenantUrl).toBe(mocks.baseUrl);
    expect(scopes).toEqual([]);
  });

  it("a half-set fr-config-manager pair falls back to a complete frodo pair", async () => {
    const aic = createAicClient({
      logLevel: "off",
      env: {
        TENANT_BASE_URL: mocks.baseUrl,
        SERVICE_ACCOUNT_ID: "set-for-another-tool",
        FRODO_SA_ID: mocks.serviceAccount.id,
        FRODO_SA_JWK: jwk,
      },
    });
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
  });
});

describe("explicit options and missing configuration", () => {
  it("options you pass win over the environment", async () => {
    const token = mocks.control.issueToken();
    vi.stubEnv("TENANT_BASE_URL", "https://elsewhere.example.com");
    vi.stubEnv("FRODO_SA_ID", "someone");
    vi.stubEnv("FRODO_SA_JWK", "{}");
    const aic = createAicClient({ tenant: mocks.baseUrl, auth: bearer(token), logLevel: "off" });
    expect(aic.tenantUrl).toBe(mocks.baseUrl);
    expect(aic.toJSON()).toMatchObject({ auth: "bearer" });
    expect(await aic.count.get()).toEqual({ variables: 0, secrets: 0 });
  });

  it("a missing tenant is a ValidationError naming the variables it looked for", () => {
    const error = validationErrorOf(() => createAicClient({ auth: bearer("t"), env: {} }));
    expect(error.issues[0]?.path).toBe("tenant");
    expect(error.message).toContain("TENANT_BASE_URL");
    expect(error.message).toContain("FRODO_HOST");
  });

  it("a missing credential is a ValidationError naming the variables it looked for", () => {
    const error = validationErrorOf(() => createAicClient({ tenant: mocks.baseUrl, env: {} }));
    expect(error.issues[0]?.path).toBe("auth");
    for (const name of [
      "SERVICE_ACCOUNT_ID",
      "SERVICE_ACCOUNT_KEY",
      "SERVICE_ACCOUNT_KEY_PATH",
      "FRODO_SA_ID",
      "FRODO_SA_JWK",
    ]) {
      expect(error.message).toContain(name);
    }
  });

  it("env: false reads no variables at all", () => {
    vi.stubEnv("TENANT_BASE_URL", mocks.baseUrl);
    const error = validationErrorOf(() => createAicClient({ auth: bearer("t"), env: false }));
    expect(error.issues[0]?.path).toBe("tenant");
  });

  it.each([
    [
      { SERVICE_ACCOUNT_ID: "x" },
      "SERVICE_ACCOUNT_ID is set but neither SERVICE_ACCOUNT_KEY nor SERVICE_ACCOUNT_KEY_PATH is",
    ],
    [{ SERVICE_ACCOUNT_KEY: "k" }, "SERVICE_ACCOUNT_KEY is set but SERVICE_ACCOUNT_ID is not"],
    [{ FRODO_SA_ID: "x" }, "FRODO_SA_ID is set but FRODO_SA_JWK is not"],
    [{ FRODO_SA_JWK: "{}" }, "FRODO_SA_JWK is set but FRODO_SA_ID is not"],
  ])("a half-set pair says which variable is missing: %j", (vars, message) => {
    const error = validationErrorOf(() => createAicClient({ tenant: mocks.baseUrl, env: vars }));
    expect(error.issues).toEqual([{ path: "auth", message }]);
  });

  it("a bad value is refused naming the variable, never quoting it", () => {
    const key = validationErrorOf(() =>
      createAicClient({
        env: {
          TENANT_BASE_URL: mocks.baseUrl,
          FRODO_SA_ID: mocks.serviceAccount.id,
          FRODO_SA_JWK: '{"kty":"RSA","n":"AQAB","e":"AQAB","d":"super-secret-exponent"}',
        },
      }),
    );
    expect(key.issues[0]?.path).toBe("FRODO_SA_JWK");
    expect(JSON.stringify(key)).not.toContain("super-secret-exponent");
    expect(key.message).not.toContain("super-secret-exponent");

    const tenant = validationErrorOf(() =>
      createAicClient({
        auth: bearer("t"),
        env: { FRODO_HOST: "https://admin:hunter2@openam-acme.forgeblocks.com/am" },
      }),
    );
    expect(tenant.issues).toEqual([
      { path: "tenant", message: expect.stringMatching(/^\(from FRODO_HOST\) must not contain credentials/) },
    ]);
    expect(tenant.message).not.toContain("hunter2");
  });

  it("blank variables count as unset", () => {
    const error = validationErrorOf(() =>
      createAicClient({ env: { TENANT_BASE_URL: "  ", FRODO_HOST: "", SERVICE_ACCOUNT_ID: " " } }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(["tenant"]);
    const scopes = captureScopes();
    const aic = createAicClient({
      env: {
        TENANT_BASE_URL: mocks.baseUrl,
        SERVICE_ACCOUNT_ID: mocks.serviceAccount.id,
        SERVICE_ACCOUNT_KEY: jwk,
        SERVICE_ACCOUNT_SCOPE: "   ",
      },
    });
    expect(aic.tenantUrl).toBe(mocks.baseUrl);
    expect(scopes).toEqual([]);
  });

  it("env must be a record of strings", () => {
    const error = validationErrorOf(() => createAicClient({ env: { TENANT_BASE_URL: 42 } as never }));
    expect(error.issues[0]?.path).toBe("env");
  });
});

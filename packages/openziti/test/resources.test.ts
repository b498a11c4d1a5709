/** What CLI users do, as methods: findByName, enrollments, CAs, errors, paging, roles, deleteByTag. */
import { createCertificateAuthority, decodeJwt, generateKeyPair, verifyJwt } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import {
  AmbiguousNameError,
  BadRequestError,
  NotFoundError,
  readCaBundle,
  roles,
  ValidationError,
  zf,
  zitiError,
} from "../src/index.js";
import { newRow } from "../src/mocks/state.js";
import { failure, useFake } from "./helpers.js";

const { mocks, client } = useFake();

describe("findByName", () => {
  it("finds exactly one by name, quoting the name in the filter", async () => {
    const ziti = client();
    const { id } = await ziti.services.create({ name: 'odd "name" \\ here', encryptionRequired: true });
    expect((await ziti.services.findByName('odd "name" \\ here')).id).toBe(id);
    expect((await ziti.services.findByName({ name: 'odd "name" \\ here' })).id).toBe(id);
    const list = mocks.requests.filter((r) => r.operationId === "listServices").at(-1);
    expect(decodeURIComponent(list?.query ?? "")).toContain('filter=name = "odd \\"name\\" \\\\ here"');
  });

  it("none is a NotFoundError naming the kind and the name", async () => {
    const error = (await failure(client().identities.findByName("ghost"))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain('No identity is named "ghost"');
  });

  it("several is an AmbiguousNameError listing every id", async () => {
    // The controller keeps names unique; a duplicate can only be planted in the fake's state.
    const ziti = client();
    const { id } = await ziti.configs.createType({ name: "twin" });
    const twin = newRow({ name: "twin", schema: {} });
    mocks.state.configTypes.set(twin.id, twin);
    const error = (await failure(ziti.configs.findTypeByName("twin"))) as AmbiguousNameError;
    expect(error).toBeInstanceOf(AmbiguousNameError);
    expect([...error.ids].sort()).toEqual([id, twin.id].sort());
    expect(error.message).toContain(id);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "AmbiguousNameError", lookedUp: "twin" });
  });

  it("works on every kind the issue names", async () => {
    const ziti = client();
    const type = await ziti.configs.findTypeByName("intercept.v1");
    await ziti.configs.create({ name: "c1", configTypeId: type.id, data: {} });
    await ziti.servicePolicies.create({ name: "sp", type: "Dial", semantic: "AnyOf" });
    await ziti.edgeRouterPolicies.create({ name: "erp", semantic: "AnyOf" });
    await ziti.serviceEdgeRouterPolicies.create({ name: "serp", semantic: "AnyOf" });
    expect((await ziti.configs.findByName("c1")).configTypeId).toBe(type.id);
    expect((await ziti.servicePolicies.findByName("sp")).type).toBe("Dial");
    expect((await ziti.edgeRouterPolicies.findByName("erp")).name).toBe("erp");
    expect((await ziti.serviceEdgeRouterPolicies.findByName("serp")).name).toBe("serp");
    expect((await ziti.edgeRouters.findByName("edge-router-1")).isOnline).toBe(true);
    expect(await failure(ziti.identities.findByName(""))).toBeInstanceOf(ValidationError);
  });
});

describe("identities.createWithEnrollment and reEnroll", () => {
  it("ott: the identity and a JWT signed by the controller's CA", async () => {
    const ziti = client();
    const { identity, jwt, enrollment } = await ziti.identities.createWithEnrollment({
      name: "laptop",
      type: "Device",
      roleAttributes: ["web", "eu"],
      enrollment: "ott",
    });
    expect(identity).toMatchObject({ name: "laptop", roleAttributes: ["web", "eu"], isAdmin: false, typeId: "Device" });
    expect(enrollment.method).toBe("ott");
    const { claims } = verifyJwt(jwt, mocks.caPem, { issuer: mocks.url, subject: identity.id });
    expect(claims.em).toBe("ott");
    expect(claims.jti).toBe(identity.enrollment?.ott?.token);
  });

  it("updb and ottca enrollments", async () => {
    const ziti = client();
    const updb = await ziti.identities.createWithEnrollment({ name: "jane", enrollment: { updb: "jane@example.com" } });
    expect(decodeJwt(updb.jwt)).toMatchObject({ em: "updb", username: "jane@example.com" });
    const authority = createCertificateAuthority({ keyAlgorithm: { type: "ec", curve: "P-256" } });
    const ca = await ziti.cas.create({
      name: "third-party",
      certPem: authority.certificate.pem,
      isAutoCaEnrollmentEnabled: false,
      isOttCaEnrollmentEnabled: true,
      isAuthEnabled: true,
      identityRoles: [],
    });
    const ottca = await ziti.identities.createWithEnrollment({ name: "robot", enrollment: { ottca: ca.id } });
    expect(decodeJwt(ottca.jwt)).toMatchObject({ em: "ottca", ca: ca.id });
  });

  it("checks its input before anything is sent", async () => {
    const ziti = client();
    const error = (await failure(
      ziti.identities.createWithEnrollment({ name: "x", enrollment: { oot: true } as never }),
    )) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]?.path).toBe("enrollment");
    expect(error.message).toMatch(/"ott", \{ ottca/);
    expect(mocks.requests).toHaveLength(0);
  });

  it("reEnroll refreshes a pending enrollment: a new token and JWT", async () => {
    const ziti = client();
    const first = await ziti.identities.createWithEnrollment({ name: "kiosk", enrollment: "ott" });
    const again = await ziti.identities.reEnroll({ id: first.identity.id });
    expect(again.enrollment.id).toBe(first.enrollment.id);
    expect(again.jwt).not.toBe(first.jwt);
    expect(mocks.requests.map((r) => r.operationId)).toContain("refreshEnrollment");
  });

  it("reEnroll turns an enrolled certificate back into an enrollment", async () => {
    const ziti = client();
    const first = await ziti.identities.createWithEnrollment({ name: "sensor", enrollment: "ott" });
    mocks.control.enroll(first.jwt);
    expect((await ziti.identities.get({ id: first.identity.id })).enrollment).toEqual({});
    const again = await ziti.identities.reEnroll({ id: first.identity.id });
    expect(again.enrollment.method).toBe("ott");
    expect(again.identity.authenticators).toEqual({});
    expect(mocks.requests.map((r) => r.operationId)).toContain("reEnrollAuthenticator");
  });

  it("reEnroll creates an enrollment when there is none", async () => {
    const ziti = client();
    const { id } = await ziti.identities.create({ name: "bare", type: "Service", isAdmin: false });
    const again = await ziti.identities.reEnroll({ id, method: { updb: "bare-user" } });
    expect(again.enrollment.method).toBe("updb");
    expect(mocks.requests.map((r) => r.operationId)).toContain("createEnrollment");
  });
});

describe("certificate authorities", () => {
  it("getJwt returns the JWT text; verify sends the PEM as text/plain and the CA becomes verified", async () => {
    const ziti = client();
    const authority = createCertificateAuthority({ keyAlgorithm: { type: "ec", curve: "P-256" } });
    const { id } = await ziti.cas.create({
      name: "corp",
      certPem: authority.certificate.pem,
      isAutoCaEnrollmentEnabled: true,
      isOttCaEnrollmentEnabled: false,
      isAuthEnabled: true,
      identityRoles: ["corp"],
    });
    const jwt = await ziti.cas.getJwt({ id });
    expect(verifyJwt(jwt, mocks.caPem).claims).toMatchObject({ sub: id, em: "ca" });

    const ca = await ziti.cas.get({ id });
    expect(ca.isVerified).toBe(false);
    const keys = generateKeyPair({ type: "ec", curve: "P-256" });
    const wrong = authority.issue({ subject: "CN=not-the-token", publicKey: keys.publicKey });
    const refused = (await failure(ziti.cas.verify({ id, certificate: wrong.pem }))) as BadRequestError;
    expect(refused).toMatchObject({ status: 400, code: "CERT_FAILED_VALIDATION" });
    const proof = authority.issue({ subject: `CN=${ca.verificationToken}`, publicKey: keys.publicKey });
    await ziti.cas.verify({ id, certificate: proof.pem });
    expect((await ziti.cas.get({ id })).isVerified).toBe(true);
    expect(await failure(ziti.cas.verify({ id, certificate: "nope" }))).toBeInstanceOf(ValidationError);
  });

  it("listWellKnown reads the bundle at the controller root, not under the management API", async () => {
    const bytes = await client().cas.listWellKnown();
    const { certificates } = await readCaBundle(new TextDecoder().decode(bytes));
    expect(certificates.map((c) => c.pem)).toEqual([mocks.caPem.trimEnd().concat("\n")]);
    expect(mocks.requests.at(-1)).toMatchObject({ path: "/.well-known/est/cacerts", operationId: "listWellKnownCas" });
  });
});

describe("errors in the controller's terms", () => {
  it("the error envelope becomes an ApiError with code, request id and field causes as issues", async () => {
    const ziti = client();
    await ziti.identities.create({ name: "dup", type: "User", isAdmin: false });
    const error = (await failure(
      ziti.identities.create({ name: "dup", type: "User", isAdmin: false }),
    )) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.code).toBe("COULD_NOT_VALIDATE");
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(zitiError(error)?.issues).toEqual([{ field: "name", value: "dup", reason: "duplicate value" }]);
    expect(error.message).toContain("(name: duplicate value)");
  });

  it("an unknown id is a NotFoundError with the controller's code", async () => {
    const error = (await failure(client().services.get({ id: "nope" }))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe("NOT_FOUND");
    expect(zitiError(new Error("x"))).toBeUndefined();
  });

  it("secret values the controller echoes in a cause are masked", async () => {
    const ziti = client();
    const { id } = await ziti.identities.create({ name: "u", type: "User", isAdmin: false });
    await ziti.authenticators.create({ method: "updb", identityId: id, username: "u1", password: "first-secret" });
    const error = await failure(
      ziti.authenticators.create({ method: "updb", identityId: id, username: "u1", password: "second-secret" }),
    );
    expect(JSON.stringify(error)).not.toContain("second-secret");
  });
});

describe("paging and roles", () => {
  it("pages by limit/offset with meta.pagination.totalCount, up to 500 per page", async () => {
    const ziti = client();
    for (let i = 0; i < 23; i++)
      await ziti.services.create({ name: `svc-${String(i).padStart(2, "0")}`, encryptionRequired: true });
    const paged = ziti.services.list({ filter: zf.sort(zf.contains("name", "svc-"), "name") }, { pageSize: 10 });
    const first = await paged;
    expect(first.total).toBe(23);
    expect(first.items).toHaveLength(10);
    const pages = [];
    for await (const page of paged.byPage()) pages.push(page.items.length);
    expect(pages).toEqual([10, 10, 3]);
    const offsets = mocks.requests
      .filter((r) => r.operationId === "listServices")
      .map((r) => new URLSearchParams(r.query).get("offset"));
    expect(offsets.slice(-3)).toEqual(["0", "10", "20"]);
    await ziti.services.list().toArray();
    expect(new URLSearchParams(mocks.requests.at(-1)?.query).get("limit")).toBe("500");
  });

  it("roleFilter / roleSemantic select identities the way a policy would; roles helpers write #attr and @id", async () => {
    const ziti = client();
    const a = await ziti.identities.create({
      name: "a",
      type: "Device",
      isAdmin: false,
      roleAttributes: ["web", "eu"],
    });
    await ziti.identities.create({ name: "b", type: "Device", isAdmin: false, roleAttributes: ["web"] });
    const c = await ziti.identities.create({ name: "c", type: "Device", isAdmin: false, roleAttributes: ["db"] });
    const names = async (roleFilter: string[], roleSemantic: "AllOf" | "AnyOf") =>
      (await ziti.identities.list({ roleFilter, roleSemantic }).toArray()).map((i) => i.name).sort();
    expect(await names(roles.attributes("web", "eu"), "AllOf")).toEqual(["a"]);
    expect(await names(roles.attributes("web", "eu"), "AnyOf")).toEqual(["a", "b"]);
    expect(await names([roles.id(c.id), roles.attribute("eu")], "AnyOf")).toEqual(["a", "c"]);
    expect(roles.id(a.id)).toBe(`@${a.id}`);
    expect(roles.parse("#web")).toEqual({ attribute: "web" });
    expect(() => roles.attribute("#web")).toThrow(ValidationError);
    expect(await ziti.identities.listRoleAttributes().toArray()).toEqual(["db", "eu", "web"]);
  });
});

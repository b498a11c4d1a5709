/** Client options, URLs, what the client shows of itself, errors and envelope parsing, the CA bundle reader. */
import { inspect } from "node:util";
import { createPkcs7, sharedCertificateAuthority } from "@trustplane/testing";
import { describe, expect, it } from "vitest";
import {
  ApiPromise,
  controllerRoot,
  createZitiClient,
  isTrustplaneError,
  managementUrl,
  Paged,
  parseZitiError,
  password,
  readCaBundle,
  session,
  UnexpectedResponseError,
  ValidationError,
} from "../src/index.js";
import { failure, useFake } from "./helpers.js";

const { mocks, client } = useFake();

describe("createZitiClient", () => {
  it("adds /edge/management/v1 unless present, and knows the controller root", () => {
    expect(managementUrl("https://ctrl:1280")).toBe("https://ctrl:1280/edge/management/v1");
    expect(managementUrl("https://ctrl:1280/")).toBe("https://ctrl:1280/edge/management/v1");
    expect(managementUrl("https://ctrl:1280/edge/management/v1/")).toBe("https://ctrl:1280/edge/management/v1");
    expect(controllerRoot("https://ctrl:1280/edge/management/v1")).toBe("https://ctrl:1280");
    const ziti = createZitiClient({ url: "https://ctrl:1280/proxy/", auth: session("t") });
    expect(ziti.baseUrl).toBe("https://ctrl:1280/proxy/edge/management/v1");
    expect(ziti.controllerUrl).toBe("https://ctrl:1280/proxy");
  });

  it("refuses bad options with a ValidationError naming each field, before anything is sent", () => {
    const attempt = (options: unknown) => {
      try {
        createZitiClient(options as never);
      } catch (error) {
        return error as ValidationError;
      }
      throw new Error("expected a ValidationError");
    };
    const unknown = attempt({ url: "https://ctrl", auth: session("t"), timout: 5 });
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown.message).toContain('timout: is not a known option; did you mean "timeout"?');
    expect(attempt({ url: "ftp://ctrl", auth: session("t") }).issues[0]?.path).toBe("url");
    expect(attempt({ url: "https://user:pw@ctrl", auth: session("t") }).message).not.toContain("pw");
    expect(attempt({ url: "https://ctrl" }).message).toMatch(/auth: is required: password/);
    expect(attempt({ url: "https://ctrl", auth: session("t"), ca: "not a certificate" }).issues[0]?.path).toBe("ca");
    expect(() => createZitiClient({ url: "https://ctrl", auth: session("t"), ca: [mocks.caPem] })).not.toThrow();
  });

  it("shows where it points and how it logs in, never credentials", () => {
    const ziti = createZitiClient({
      url: "https://ctrl:1280",
      auth: password({ username: "admin", password: "pw-123456" }),
    });
    expect(ziti.toJSON()).toEqual({
      vendor: "openziti",
      baseUrl: "https://ctrl:1280/edge/management/v1",
      auth: "openziti-password",
    });
    expect(inspect(ziti)).toContain("ZitiClient");
    expect(inspect(ziti, { showHidden: true, depth: 5 })).not.toContain("pw-123456");
    expect(JSON.stringify(ziti)).not.toContain("pw-123456");
  });

  it("a login made outside createZitiClient refuses to authorize instead of sending nothing useful", async () => {
    const auth = password({ username: "admin", password: "pw-123456" });
    await expect(
      auth.authorize({ method: "GET", url: "https://x", headers: {}, body: undefined }, {} as never),
    ).rejects.toThrow(/pass this login as "auth" to createZitiClient/);
  });
});

describe("methods never throw synchronously; every failure is a TrustplaneError", () => {
  it("bad input rejects the returned promise or Paged", async () => {
    const ziti = client();
    const get = ziti.identities.get({ id: ".." });
    expect(get).toBeInstanceOf(ApiPromise);
    expect(await failure(get)).toBeInstanceOf(ValidationError);
    const find = ziti.services.findByName(42 as never);
    expect(find).toBeInstanceOf(ApiPromise);
    expect(await failure(find)).toBeInstanceOf(ValidationError);
    const verify = ziti.cas.verify({ id: "x", certificate: 7 } as never);
    expect(await failure(verify)).toBeInstanceOf(ValidationError);
    const list = ziti.identities.list({ filter: 5 } as never);
    expect(list).toBeInstanceOf(Paged);
    const error = await failure(list);
    expect(isTrustplaneError(error)).toBe(true);
    expect(mocks.requests.filter((r) => r.operationId !== "authenticate")).toEqual([]);
  });

  it("withResponse() gives the raw answer beside the data, findByName included", async () => {
    const ziti = client();
    const { data, response } = await ziti.edgeRouters.findByName("edge-router-1").withResponse();
    expect(data.name).toBe("edge-router-1");
    expect(response.status).toBe(200);
    expect((response.body as { meta: { pagination: { totalCount: number } } }).meta.pagination.totalCount).toBe(1);
  });

  it("the typed raw client goes through the same pipeline and session", async () => {
    const ziti = client();
    const { data } = await ziti.raw.GET("/identities/{id}", { params: { path: { id: mocks.adminId } } });
    expect(data?.data.name).toBe("Default Admin");
  });
});

describe("parseZitiError", () => {
  it("reads code, request id, nested field causes, and masks secret values", () => {
    const parsed = parseZitiError(
      {
        error: {
          code: "COULD_NOT_VALIDATE",
          message: "The supplied request contains an invalid document",
          requestId: "req-1",
          causeMessage: "schema validation failed",
          cause: {
            cause: { field: "password", reason: "too short", value: "hunter2!" },
            field: "name",
            reason: "is required",
          },
        },
      },
      { status: 400, statusText: "", headers: new Headers(), url: "" },
    );
    expect(parsed).toMatchObject({ code: "COULD_NOT_VALIDATE", requestId: "req-1" });
    expect(parsed?.message).toBe(
      "The supplied request contains an invalid document (name: is required; password: too short)",
    );
    const details = parsed?.details as { issues: Array<{ field: string; value: unknown }> };
    expect(details.issues.map((i) => i.field)).toEqual(["name", "password"]);
    expect(JSON.stringify(details)).not.toContain("hunter2!");
    expect(parseZitiError({ message: "not an envelope" }, {} as never)).toBeUndefined();
  });
});

describe("readCaBundle", () => {
  const ca = sharedCertificateAuthority({ keyAlgorithm: { type: "ec", curve: "P-256" } });

  it("reads base64 (with line breaks) or a PKCS7 PEM block", async () => {
    const base64 = Buffer.from(createPkcs7([ca.certificate.pem])).toString("base64");
    const wrapped = (base64.match(/.{1,64}/g) ?? []).join("\r\n");
    const a = await readCaBundle(wrapped);
    const b = await readCaBundle(createPkcs7([ca.certificate.pem], { format: "pem" }));
    expect(a.certificates[0]?.fingerprint).toBe(ca.certificate.x509.fingerprint256);
    expect(b.pem).toBe(a.pem);
  });

  it("anything else is an UnexpectedResponseError, not a parser crash", async () => {
    for (const text of ["", "not base64!", Buffer.from("hello").toString("base64")]) {
      expect(await failure(readCaBundle(text))).toBeInstanceOf(UnexpectedResponseError);
    }
  });
});

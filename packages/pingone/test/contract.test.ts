import { type ApiError, NotFoundError, UnexpectedResponseError, ValidationError } from "@trustplane/core";
import { faults } from "@trustplane/testing";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { hasCommonName, parseDn } from "../src/internal/schemas.js";
import { PINGONE_DEMO } from "../src/mocks/index.js";
import { signingKey, useFake } from "./helpers.js";

const { client, mocks, server } = useFake();
const API = "https://api.pingone.com/v1";
const ENV = PINGONE_DEMO.environmentId;
const KEY = "0b8f6a52-6d0e-4d4f-9a63-0f6b3c2f3a11";

/** Headers of every API request (not token requests) while `work` runs. */
async function apiRequestHeaders(work: () => Promise<unknown>): Promise<Headers[]> {
  const seen: Headers[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.url.startsWith(API)) seen.push(new Headers(request.headers));
  };
  server.events.on("request:start", listener);
  try {
    await work();
  } finally {
    server.events.removeListener("request:start", listener);
  }
  return seen;
}

describe("contract: downloads ask for exactly one media type", () => {
  it("sends the one Accept type of the format asked for (certificate and CSR)", async () => {
    const p1 = client();
    const key = await p1.keys.generate(signingKey());
    const cases = [
      [() => p1.keys.exportCertificate({ keyId: key.id, format: "pem" }), "application/x-x509-ca-cert"],
      [() => p1.keys.exportCertificate({ keyId: key.id, format: "pkcs7" }), "application/x-pkcs7-certificates"],
      [() => p1.keys.exportCsr({ keyId: key.id, format: "pem" }), "application/x-pem-file"],
      [() => p1.keys.exportCsr({ keyId: key.id, format: "der" }), "application/pkcs10"],
      [() => p1.keys.get({ keyId: key.id }), "application/json"],
    ] as const;
    for (const [call, type] of cases) {
      const [headers] = await apiRequestHeaders(call);
      expect(headers?.get("accept")).toBe(type);
    }
  });
});

describe("contract: PingOne's correlation header carries the request id", () => {
  it("sends X-Ping-External-Transaction-ID (at most 100 characters) and no x-request-id", async () => {
    const seen = await apiRequestHeaders(() => client().keys.list());
    expect(seen).toHaveLength(1);
    const id = seen[0]?.get("x-ping-external-transaction-id") ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(seen[0]?.has("x-request-id")).toBe(false);
  });

  it("keeps the same id on every attempt of a call", async () => {
    mocks.faults.inject(faults.unavailable(503), { match: "/keys", times: 1 });
    const seen = await apiRequestHeaders(() => client().keys.list());
    expect(seen).toHaveLength(2);
    expect(seen[0]?.get("x-ping-external-transaction-id")).toBe(seen[1]?.get("x-ping-external-transaction-id"));
  });

  it("error.requestId falls back to the id sent when PingOne's answer carries none", async () => {
    server.use(
      http.get(`${API}/environments/${ENV}/keys/${KEY}`, () =>
        HttpResponse.json({ code: "NOT_FOUND", message: "Not found." }, { status: 404 }),
      ),
    );
    const p1 = client();
    let error: unknown;
    const [sent] = await apiRequestHeaders(async () => {
      error = await p1.keys.get({ keyId: KEY }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((error as NotFoundError).requestId).toBe(sent?.get("x-ping-external-transaction-id"));
    // A transaction id the caller sets is sent as is, and reported.
    const own = await p1.keys
      .get({ keyId: KEY }, { headers: { "X-Ping-External-Transaction-ID": "deploy-42" } })
      .catch((e: unknown) => e);
    expect((own as ApiError).requestId).toBe("deploy-42");
  });

  it("reports the envelope id when PingOne gives one", async () => {
    let error: unknown;
    const [sent] = await apiRequestHeaders(async () => {
      error = await client()
        .keys.get({ keyId: KEY })
        .catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(NotFoundError);
    const envelopeId = ((error as ApiError).body as { id: string }).id;
    expect((error as ApiError).requestId).toBe(envelopeId);
    expect(envelopeId).not.toBe(sent?.get("x-ping-external-transaction-id"));
  });

  it("refuses a caller's transaction id longer than 100 characters, as a rejection", async () => {
    const long = "x".repeat(101);
    const p1 = client();
    const error = await p1.keys
      .get({ keyId: KEY }, { headers: { "X-Ping-External-Transaction-ID": long } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(String(error)).toMatch(/X-Ping-External-Transaction-ID: must be at most 100 characters/);
    expect(String(error)).not.toContain(long);
    expect(() => client({ headers: { "x-ping-external-transaction-id": long } })).toThrow(ValidationError);
    expect(mocks.state.tokenRequests).toBe(0);
  });
});

describe("contract: subjectDN is an RFC 4514 DN with a CN", () => {
  it("sends PingOne's own example DN (it names no L or ST)", async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post(`${API}/environments/${ENV}/keys`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ id: KEY, ...body }, { status: 201 });
      }),
    );
    const subjectDN = "CN=org_name, OU=Ping Identity, O=Ping Identity, C=US";
    const key = await client().keys.generate({ ...signingKey(), subjectDN });
    expect(key.id).toBe(KEY);
    expect(body?.subjectDN).toBe(subjectDN);
  });

  it("refuses a DN without a CN, or that is not a DN, before sending", async () => {
    const p1 = client();
    for (const subjectDN of ["O=Example, C=US", "CN=", "CN=a,", "not a dn", "CN=a, =b", 'CN=a"b', "CN=a\\q"]) {
      const error = await p1.keys.generate({ ...signingKey(), subjectDN }).catch((e: unknown) => e);
      expect(error, subjectDN).toBeInstanceOf(ValidationError);
      expect(String(error)).toMatch(/subjectDN: must be a distinguished name with a CN/);
    }
    expect(mocks.state.tokenRequests).toBe(0);
  });

  it("unit: parses RFC 4514 DNs (spaces after commas, escapes, multi-valued RDNs, hex values, OIDs)", () => {
    expect(parseDn("CN=org_name, OU=Ping Identity, O=Ping Identity, C=US")).toEqual([
      [{ type: "CN", value: "org_name" }],
      [{ type: "OU", value: "Ping Identity" }],
      [{ type: "O", value: "Ping Identity" }],
      [{ type: "C", value: "US" }],
    ]);
    expect(parseDn("CN=Smith\\, John+UID=jsmith,O=Example\\2C Inc.")).toEqual([
      [
        { type: "CN", value: "Smith, John" },
        { type: "UID", value: "jsmith" },
      ],
      [{ type: "O", value: "Example, Inc." }],
    ]);
    expect(parseDn("CN=app, OU=IT, O=Example, L=, ST=, C=US")?.map((rdn) => rdn[0]?.type)).toEqual([
      "CN",
      "OU",
      "O",
      "L",
      "ST",
      "C",
    ]);
    expect(hasCommonName("2.5.4.3=app,O=Example")).toBe(true);
    expect(hasCommonName("1.3.6.1.4.1.1466.0=#04024869,CN=x")).toBe(true);
    expect(hasCommonName("cn=lower")).toBe(true);
    expect(hasCommonName("O=Example")).toBe(false);
    expect(parseDn("CN=a;O=b")).toBeUndefined();
  });
});

describe("contract: answers that are not what the method reads", () => {
  it.each([
    ["null", () => HttpResponse.json(null)],
    ["{}", () => HttpResponse.json({})],
    ["an HTML page", () => new HttpResponse("<html>maintenance</html>", { headers: { "content-type": "text/html" } })],
  ])("a 200 with %s is an UnexpectedResponseError, never a TypeError", async (_what, answer) => {
    server.use(http.get(`${API}/environments/${ENV}/keys/${KEY}`, answer));
    const error = await client()
      .keys.get({ keyId: KEY })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as UnexpectedResponseError).operation).toBe("getKey");
  });

  it("a list page that is not a JSON object is an UnexpectedResponseError", async () => {
    server.use(http.get(`${API}/environments/${ENV}/keys`, () => HttpResponse.json(null)));
    await expect(client().keys.list()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe("withResponse()", () => {
  it("gives the status and headers of the one request beside the body", async () => {
    const p1 = client();
    const created = await p1.keys.generate(signingKey()).withResponse();
    expect(created.response.status).toBe(201);
    expect(created.data.id).toEqual(expect.any(String));
    const csr = await p1.keys.exportCsr({ keyId: created.data.id, format: "der" }).withResponse();
    expect(csr.data).toBeInstanceOf(Uint8Array);
    expect(csr.response.headers.get("content-type")).toBe("application/pkcs10");
    expect(csr.response.requestId).toEqual(expect.any(String));
    const deleted = await p1.keys.delete({ keyId: created.data.id }).withResponse();
    expect([deleted.data, deleted.response.status]).toEqual([undefined, 204]);
  });

  it("methods never throw: bad input is a rejected promise", async () => {
    const p1 = client();
    const calls = [
      () => p1.keys.get({ keyId: "nope" }),
      () => p1.keys.list({ limit: 0 }),
      () => p1.certificates.upload({ file: 42 as never, usageType: "SIGNING" }),
      () => p1.keys.get(undefined as never),
      () => p1.crypto.sign({ body: [] as never }),
    ];
    for (const call of calls) {
      let promise: PromiseLike<unknown> | undefined;
      expect(() => {
        promise = call();
      }).not.toThrow();
      await expect(promise).rejects.toBeInstanceOf(ValidationError);
    }
    const typo = await p1.keys.get({ keyID: KEY } as never).catch((e: unknown) => e);
    expect(String(typo)).toMatch(/keyID is not a known field; did you mean "keyId"\?/);
  });
});

/**
 * One client, two API generations: on the Admin API the client sends the Admin API's spelling of
 * each operation that differs (the fake refuses the other spelling), and it refuses before sending
 * what a generation does not serve.
 */
import { describe, expect, it } from "vitest";
import { adminDifference, servedOn, UnsupportedOperationError, ValidationError } from "../src/index.js";
import { csrFor, failure, useFake } from "./helpers.js";

const { mocks, server, classic, admin } = useFake();

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

async function recorded<T>(work: () => Promise<T>): Promise<{ result: T; seen: Seen[] }> {
  const pending: Array<Promise<Seen>> = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const copy = request.clone();
    pending.push(
      copy.text().then((body) => ({ method: request.method, path: url.pathname, query: url.searchParams, body })),
    );
  };
  server.events.on("request:start", listener);
  try {
    const result = await work();
    return { result, seen: (await Promise.all(pending)).filter((s) => !s.path.includes("token")) };
  } finally {
    server.events.removeListener("request:start", listener);
  }
}

describe("the Admin API's spelling, sent by the client", () => {
  it("path: organizations managed by a role", async () => {
    const a = await recorded(() => admin().organizations.listManagedByRole({ role: "MRAO" }).toArray());
    const c = await recorded(() => classic().organizations.listManagedByRole({ role: "MRAO" }).toArray());
    expect(a.seen[0]?.path).toBe("/api/organization/v1/managed-by/MRAO");
    expect(c.seen[0]?.path).toBe("/api/organization/v1/managedBy/MRAO");
    expect(a.result).toEqual(c.result);
  });

  it("bodyAsQuery: validation submit sends its fields (nested ones dotted) as query parameters", async () => {
    const input = {
      orgId: 1,
      validationLevel: "OV_SSL",
      backendId: 7,
      alternative: true,
      organizationDetails: { generalDetails: { legalName: "Example Corp", country: "US" } },
    } as const;
    const a = await recorded(() => admin().organizations.submitValidation(input as never));
    const c = await recorded(() => classic().organizations.submitValidation(input as never));
    const q = a.seen[0]?.query;
    expect(q?.get("validationLevel")).toBe("OV_SSL");
    expect(q?.get("backendId")).toBe("7");
    expect(q?.get("alternative")).toBe("true");
    expect(q?.get("organizationDetails.generalDetails.legalName")).toBe("Example Corp");
    expect(q?.get("organizationDetails.generalDetails.country")).toBe("US");
    expect(a.seen[0]?.body).toBe("");
    expect(JSON.parse(c.seen[0]?.body ?? "{}")).toEqual({
      validationLevel: "OV_SSL",
      backendId: 7,
      alternative: true,
      organizationDetails: { generalDetails: { legalName: "Example Corp", country: "US" } },
    });
    expect(typeof a.result).toBe("number"); // the new validation's ID, from Location
  });

  it("enumNames: filter codes become display names; a code the Admin API lacks is refused before sending", async () => {
    mocks.state.order({ kind: "ssl", orgId: 1, certType: 101, term: 365, commonName: "x.example.com" });
    const a = await recorded(() => admin().ssl.list({ status: "SAApproved", requestedVia: "WEB_FORM" }).toArray());
    expect(a.seen[0]?.query.get("status")).toBe("SA Approved");
    expect(a.seen[0]?.query.get("requestedVia")).toBe("Enrollment Form");
    const c = await recorded(() => classic().ssl.list({ status: "SAApproved" }).toArray());
    expect(c.seen[0]?.query.get("status")).toBe("SAApproved");
    const refused = await recorded(() => failure(admin().ssl.list({ status: "Unmanaged" }).toArray()));
    expect(refused.result).toBeInstanceOf(ValidationError);
    expect((refused.result as ValidationError).issues[0]).toEqual({
      path: "status",
      message: '"Unmanaged" is not available on the Admin API',
    });
    expect(refused.seen).toEqual([]);
  });

  it("enumNames in answers: notification types come back as the codes the types name", async () => {
    const a = await admin().notifications.listTypes().toArray();
    const c = await classic().notifications.listTypes().toArray();
    expect(a).toContain("SSLApproved");
    expect(a).not.toContain("SSL Certificate Approved");
    expect(c).toContain("BrandCertificateIssued");
    expect(a).not.toContain("BrandCertificateIssued"); // the Admin API has no brand types
    const created = await recorded(() =>
      admin().notifications.create({
        type: "SSLApproved",
        recipientData: { notifyRoles: ["REQUESTER"] },
      }),
    );
    expect(JSON.parse(created.seen[0]?.body ?? "{}").type).toBe("SSL Certificate Approved");
  });

  it("fieldTypes: reasonCode goes as a string on the Admin API, an integer on the SCM REST API", async () => {
    const bodies: string[] = [];
    for (const make of [admin, classic]) {
      const sectigo = make();
      const { id } = await sectigo.ssl.enrollAndCollect(
        { orgId: 1, certType: 101, term: 365, csr: csrFor("r.example.com") },
        { interval: 1 },
      );
      const { seen } = await recorded(() => sectigo.ssl.revoke({ sslId: id, reasonCode: 4, reason: "superseded" }));
      bodies.push(seen[0]?.body ?? "");
    }
    expect(JSON.parse(bodies[0] as string).reasonCode).toBe("4");
    expect(JSON.parse(bodies[1] as string).reasonCode).toBe(4);
  });

  it("fieldTypes: a list parameter the Admin API takes as one comma-separated string", async () => {
    const { seen } = await recorded(() =>
      admin()
        .enrollmentEndpoints.list({ endpointTypes: ["SSL_WEB_FORM", "SMIME_WEB_FORM"] } as never)
        .toArray(),
    );
    expect(seen[0]?.query.getAll("endpointTypes")).toEqual(["SSL_WEB_FORM,SMIME_WEB_FORM"]);
  });

  it("the fake refuses the other spelling (what a client that did not adapt would meet)", async () => {
    const response = await fetch(`${mocks.connection.adminUrl}/api/ssl/v1?status=SAApproved`, {
      headers: { authorization: "Bearer nothing" },
    });
    expect(response.status).toBe(401);
    const sectigo = admin();
    await sectigo.ssl.listProfiles();
    const token = [...mocks.state.tokens.keys()][0];
    const raw = await fetch(`${mocks.connection.adminUrl}/api/ssl/v1?status=SAApproved`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { code: number }).code).toBe(-1601);
  });
});

describe("what a generation does not serve is refused before sending", () => {
  it("SCM-REST-only operations on the Admin API, naming the Admin API's operation when there is one", async () => {
    const sectigo = admin();
    const { result, seen } = await recorded(() =>
      failure(
        sectigo.smime.enroll({
          orgId: 1,
          certType: 201,
          term: 365,
          email: "a@example.com",
          firstName: "A",
          lastName: "B",
        }),
      ),
    );
    expect(result).toBeInstanceOf(UnsupportedOperationError);
    const error = result as UnsupportedOperationError;
    expect(error.operation).toBe("enrollSmimeCertificate");
    expect(error.alternative).toBe("enrollSmimeCertificateV2");
    expect(error.message).toContain("use smime.enrollV2");
    expect(seen).toEqual([]);
    expect(mocks.state.tokenRequests).toBe(0); // not even a token was fetched
    await expect(sectigo.ssl.count()).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(sectigo.reports.stream({ body: { type: "SSL_CERTS" } })).rejects.toBeInstanceOf(
      UnsupportedOperationError,
    );
  });

  it("Admin-API-only operations on the SCM REST API", async () => {
    const { result, seen } = await recorded(() => failure(classic().ssl.collectV2({ sslId: 1 })));
    expect(result).toBeInstanceOf(UnsupportedOperationError);
    expect((result as UnsupportedOperationError).alternative).toBe("collectSslCertificate");
    expect(seen).toEqual([]);
    await expect(classic().persons.listV2().toArray()).rejects.toThrow(/use persons.list \(listPersons\)/);
  });

  it("the operation table carries the differences", () => {
    expect(servedOn("countSslCertificates", "admin")).toBe(false);
    expect(servedOn("countSslCertificates", "classic")).toBe(true);
    expect(servedOn("collectSslCertificateV2", "classic")).toBe(false);
    expect(servedOn("listSslCertificates", "admin")).toBe(true);
    expect(adminDifference("listOrganizationsManagedByRole")?.path).toBe("/api/organization/v1/managed-by/{role}");
  });

  it("raw sends exactly what it is given", async () => {
    const { seen } = await recorded(() =>
      admin()
        .raw.GET("/api/organization/v1/managedBy/{role}", { params: { path: { role: "MRAO" } } })
        .catch(() => undefined),
    );
    expect(seen[0]?.path).toBe("/api/organization/v1/managedBy/MRAO");
  });
});

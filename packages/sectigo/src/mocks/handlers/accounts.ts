/** Organizations and departments, custom fields (v2), notification types. */
import { adminDifference } from "../../internal/surface.js";
import { created, fail, json, notFound } from "../http.js";
import type { FakeRequest, Handler } from "../router.js";
import type { CertificateKind } from "../state-types.js";
import { bodyOf, done, intParam } from "./common.js";

const KINDS: Record<string, CertificateKind> = { SSL: "ssl", SMIME: "smime", Device: "device" };

function organizations(request: FakeRequest) {
  const all = [...request.state.organizations.values()];
  return all
    .filter((o) => o.parentId === undefined)
    .map((o) => ({
      id: o.id,
      name: o.name,
      departments: all.filter((d) => d.parentId === o.id).map((d) => ({ id: d.id, name: d.name, parentName: o.name })),
    }));
}

/** The organization, custom field and notification handlers, by operationId. */
export function accountHandlers(): Record<string, Handler> {
  const listOrganizations: Handler = (request) => json(organizations(request));
  return {
    listOrganizations,
    listOrganizationsManagedByRole: listOrganizations,
    getOrganization: (request) => {
      const id = intParam(request, "orgId");
      const org = request.state.organizations.get(id);
      if (!org) notFound(`Organization ${id}`, -1023);
      const department = [...request.state.organizations.values()].find((d) => d.parentId === id);
      return json({
        id: org.id,
        name: org.name,
        ...(department && { department: { id: department.id, name: department.name } }),
      });
    },
    createOrganization: (request) => {
      const body = bodyOf(request);
      if (typeof body.name !== "string" || body.name === "") fail(400, -7, "name is required");
      let parentId: number | undefined;
      if (typeof body.parentOrgName === "string") {
        const parent = [...request.state.organizations.values()].find((o) => o.name === body.parentOrgName);
        if (!parent) fail(400, -1023, `Organization ${body.parentOrgName} not found`);
        parentId = parent.id;
      }
      const id = request.state.nextId();
      request.state.organizations.set(id, { id, name: body.name, parentId });
      return created(`${request.base}/api/organization/v1/${id}`);
    },
    deleteOrganization: (request) => {
      const id = intParam(request, "orgId");
      if (!request.state.organizations.delete(id)) notFound(`Organization ${id}`, -1023);
      return done(request);
    },
    listCustomFields: (request) => {
      const wanted = request.query.get("certType");
      const rows = Object.entries(KINDS).flatMap(([certType, kind]) =>
        wanted && wanted !== certType
          ? []
          : request.state.customFields[kind].map((f) => ({
              id: f.id,
              name: f.name,
              certType,
              state: "ACTIVE",
              input: { type: "TEXT_SINGLE_LINE" },
              mandatories: f.mandatory ? ["REST_API"] : [],
            })),
      );
      return json(rows);
    },
    listNotificationTypes: (request) => {
      // Every type the SCM REST API knows; the Admin API lacks the brand and RA ones.
      const names = adminDifference("listNotificationTypes")?.enumNames?.["response[]"] ?? {};
      return json(Object.keys(names).filter((code) => request.surface === "classic" || names[code] !== null));
    },
  };
}

/** The three policy kinds, which match roles, and the posture checks service policies name. */
import type { FakeContext } from "../context.js";
import { invalidField } from "../http.js";
import { newRow, POSTURE_CHECK_TYPES } from "../state.js";
import type { Kind } from "./crud.js";

/** The policy kinds, bound to one fake. */
export function policyKinds(
  ctx: FakeContext,
): Record<"servicePolicies" | "edgeRouterPolicies" | "serviceEdgeRouterPolicies" | "postureChecks", Kind> {
  const { views } = ctx;
  return {
    servicePolicies: {
      path: "service-policies",
      collection: "servicePolicies",
      noun: "service policy",
      ops: {
        list: "listServicePolicies",
        get: "detailServicePolicy",
        create: "createServicePolicy",
        update: "updateServicePolicy",
        patch: "patchServicePolicy",
        delete: "deleteServicePolicy",
      },
      fields: ["type", "semantic", "identityRoles", "serviceRoles", "postureCheckRoles"],
      roles: { identityRoles: "identities", serviceRoles: "services", postureCheckRoles: "postureChecks" },
      view: (row) => views.servicePolicy(row),
    },
    edgeRouterPolicies: {
      path: "edge-router-policies",
      collection: "edgeRouterPolicies",
      noun: "edge router policy",
      ops: {
        list: "listEdgeRouterPolicies",
        get: "detailEdgeRouterPolicy",
        create: "createEdgeRouterPolicy",
        update: "updateEdgeRouterPolicy",
        patch: "patchEdgeRouterPolicy",
        delete: "deleteEdgeRouterPolicy",
      },
      fields: ["semantic", "identityRoles", "edgeRouterRoles", "isSystem"],
      roles: { identityRoles: "identities", edgeRouterRoles: "edgeRouters" },
      view: (row) => views.edgeRouterPolicy(row),
    },
    serviceEdgeRouterPolicies: {
      path: "service-edge-router-policies",
      collection: "serviceEdgeRouterPolicies",
      noun: "service edge router policy",
      ops: {
        list: "listServiceEdgeRouterPolicies",
        get: "detailServiceEdgeRouterPolicy",
        create: "createServiceEdgeRouterPolicy",
        update: "updateServiceEdgeRouterPolicy",
        patch: "patchServiceEdgeRouterPolicy",
        delete: "deleteServiceEdgeRouterPolicy",
      },
      fields: ["semantic", "serviceRoles", "edgeRouterRoles"],
      roles: { serviceRoles: "services", edgeRouterRoles: "edgeRouters" },
      view: (row) => views.serviceEdgeRouterPolicy(row),
    },
    postureChecks: {
      path: "posture-checks",
      collection: "postureChecks",
      noun: "posture check",
      ops: {
        list: "listPostureChecks",
        get: "detailPostureCheck",
        create: "createPostureCheck",
        update: "updatePostureCheck",
        patch: "patchPostureCheck",
        delete: "deletePostureCheck",
      },
      fields: ["typeId", "roleAttributes"],
      roleFilter: true,
      view: (row) => views.plain(row, "posture-checks"),
      create: (body) => {
        if (!POSTURE_CHECK_TYPES.some((t) => t.id === body.typeId)) {
          throw invalidField(
            "typeId",
            `must be one of ${POSTURE_CHECK_TYPES.map((t) => t.id).join(", ")}`,
            body.typeId,
          );
        }
        return newRow({ roleAttributes: [], version: 1, ...body });
      },
    },
  };
}

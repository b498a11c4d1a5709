/** Routers: edge routers (enrolled with a one-time JWT), fabric routers, and transit routers. */
import { randomUUID } from "node:crypto";
import type { FakeContext } from "../context.js";
import { enrollmentJwt } from "../enrollments.js";
import { type FakeRow, newRow } from "../state.js";
import type { Kind } from "./crud.js";

const ROLE_LIST_FIELDS = ["roleAttributes", "isOnline", "isVerified", "disabled", "isTunnelerEnabled", "cost"];

/** The router kinds, bound to one fake. */
export function routerKinds(ctx: FakeContext): Record<"edgeRouters" | "routers" | "transitRouters", Kind> {
  const { views } = ctx;

  const edgeRouterEnrollment = (row: FakeRow) => {
    const token = randomUUID();
    const expiresAt = new Date(Date.now() + ctx.settings.enrollmentMinutes * 60_000).toISOString();
    row.enrollmentToken = token;
    row.enrollmentJwt = enrollmentJwt(ctx, { method: "erott", subject: row.id, token, expiresAt });
    row.enrollmentCreatedAt = new Date().toISOString();
    row.enrollmentExpiresAt = expiresAt;
    row.isVerified = false;
  };

  return {
    edgeRouters: {
      path: "edge-routers",
      collection: "edgeRouters",
      noun: "edge router",
      ops: {
        list: "listEdgeRouters",
        get: "detailEdgeRouter",
        create: "createEdgeRouter",
        update: "updateEdgeRouter",
        patch: "patchEdgeRouter",
        delete: "deleteEdgeRouter",
      },
      fields: ROLE_LIST_FIELDS,
      roleFilter: true,
      view: (row) => views.edgeRouter(row),
      create: (body) => {
        const row = newRow({
          roleAttributes: [],
          isOnline: false,
          isVerified: false,
          fingerprint: null,
          certPem: null,
          ...body,
        });
        edgeRouterEnrollment(row);
        return row;
      },
    },
    routers: {
      path: "routers",
      collection: "routers",
      noun: "router",
      ops: {
        list: "listRouters",
        get: "detailRouter",
        create: "createRouter",
        update: "updateRouter",
        patch: "patchRouter",
        delete: "deleteRouter",
      },
      fields: ["isOnline", "isVerified", "disabled", "cost", "fingerprint"],
      view: (row) => views.router(row, "routers"),
      create: (body) => newRow({ isOnline: false, isVerified: false, ...body }),
    },
    transitRouters: {
      path: "transit-routers",
      collection: "transitRouters",
      noun: "transit router",
      ops: {
        list: "listTransitRouters",
        get: "detailTransitRouter",
        create: "createTransitRouter",
        update: "updateTransitRouter",
        patch: "patchTransitRouter",
        delete: "deleteTransitRouter",
      },
      fields: ["isOnline", "isVerified", "disabled", "cost", "fingerprint"],
      view: (row) => views.router(row, "transit-routers"),
      create: (body) => {
        const row = newRow({ isOnline: false, isVerified: false, ...body });
        edgeRouterEnrollment(row);
        return row;
      },
    },
  };
}

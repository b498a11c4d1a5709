/** Services with their configs and config types, terminators, and the sessions that dial or bind them. */
import type { FakeContext } from "../context.js";
import { invalidField } from "../http.js";
import { newRow } from "../state.js";
import { inUseError, type Kind } from "./crud.js";

/** The service kinds, bound to one fake. */
export function serviceKinds(
  ctx: FakeContext,
): Record<"services" | "configs" | "configTypes" | "terminators" | "sessions", Kind> {
  const { state, views } = ctx;
  return {
    services: {
      path: "services",
      collection: "services",
      noun: "service",
      ops: {
        list: "listServices",
        get: "detailService",
        create: "createService",
        update: "updateService",
        patch: "patchService",
        delete: "deleteService",
      },
      fields: ["roleAttributes", "configs", "encryptionRequired", "terminatorStrategy"],
      roleFilter: true,
      view: (row) => views.service(row),
      create: (body) => {
        for (const id of (body.configs as string[] | undefined) ?? []) {
          if (!state.configs.has(id)) throw invalidField("configs", `no config with id ${id}`, id);
        }
        return newRow({ roleAttributes: [], configs: [], ...body });
      },
      beforeDelete: (row) => {
        for (const [id, t] of state.terminators) if (t.serviceId === row.id) state.terminators.delete(id);
      },
    },
    configs: {
      path: "configs",
      collection: "configs",
      noun: "config",
      ops: {
        list: "listConfigs",
        get: "detailConfig",
        create: "createConfig",
        update: "updateConfig",
        patch: "patchConfig",
        delete: "deleteConfig",
      },
      fields: ["configTypeId", "data"],
      view: (row) => views.config(row),
      create: (body) => {
        if (!state.configTypes.has(body.configTypeId as string)) {
          throw invalidField("configTypeId", "no config type with this id", body.configTypeId);
        }
        return newRow(body);
      },
      beforeDelete: (row) => {
        // The controller drops the config from the services that listed it.
        for (const service of state.services.values()) {
          if (Array.isArray(service.configs))
            service.configs = (service.configs as string[]).filter((c) => c !== row.id);
        }
      },
    },
    configTypes: {
      path: "config-types",
      collection: "configTypes",
      noun: "config type",
      ops: {
        list: "listConfigTypes",
        get: "detailConfigType",
        create: "createConfigType",
        update: "updateConfigType",
        patch: "patchConfigType",
        delete: "deleteConfigType",
      },
      fields: ["target"],
      view: (row) => views.configType(row),
      beforeDelete: (row) => {
        const using = [...state.configs.values()].filter((c) => c.configTypeId === row.id);
        if (using.length) inUseError("config type", `${using.length} config(s)`);
      },
    },
    terminators: {
      path: "terminators",
      collection: "terminators",
      noun: "terminator",
      ops: {
        list: "listTerminators",
        get: "detailTerminator",
        create: "createTerminator",
        update: "updateTerminator",
        patch: "patchTerminator",
        delete: "deleteTerminator",
      },
      fields: ["serviceId", "routerId", "binding", "address", "cost", "precedence"],
      uniqueName: false,
      view: (row) => views.terminator(row),
      create: (body) => {
        if (!state.services.has(body.service as string))
          throw invalidField("service", "no service with this id", body.service);
        const { identitySecret: _secret, service, router, ...rest } = body;
        return newRow({ ...rest, serviceId: service, routerId: router });
      },
    },
    sessions: {
      path: "sessions",
      collection: "sessions",
      noun: "session",
      ops: { list: "listSessions", get: "detailSession", delete: "deleteSession" },
      fields: ["type", "serviceId", "identityId", "apiSessionId"],
      uniqueName: false,
      view: (row) => views.plain(row, "sessions"),
    },
  };
}

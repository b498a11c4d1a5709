/** Applications that use a key or a certificate (the fake keeps them in its state; tests seed them). */
import type { HttpHandler } from "msw";
import type { Api } from "./context.js";
import { notFound } from "./requests.js";

const APPLICATION_ATTRIBUTES = ["id", "name", "enabled", "protocol", "type", "createdAt", "updatedAt"];

/** The application sub-collections of keys and certificates. */
export function applicationHandlers(api: Api): HttpHandler[] {
  return [
    api.route("get", "/environments/:environmentId/keys/:keyId/applications", ({ request, env, params }) => {
      const key = api.findKey(env, params.keyId as string);
      const apps = [...env.applications.values()].filter((a) => a.keyIds.has(key.record.id));
      return api.halPage(
        request,
        `/environments/${env.id}/keys/${key.record.id}/applications`,
        "applications",
        apps.map((a) => ({ _links: api.selfLink(`/environments/${env.id}/applications/${a.record.id}`), ...a.record })),
        APPLICATION_ATTRIBUTES,
        { filterable: false },
      );
    }),
    api.route(
      "get",
      "/environments/:environmentId/certificates/:certificateId/applications",
      ({ request, env, params }) => {
        const id = params.certificateId as string;
        if (!env.certificates.has(id)) throw notFound("The certificate");
        const apps = [...env.applications.values()].filter((a) => a.certificateIds.has(id));
        return api.halPage(
          request,
          `/environments/${env.id}/certificates/${id}/applications`,
          "applications",
          apps.map((a) => ({
            _links: api.selfLink(`/environments/${env.id}/applications/${a.record.id}`),
            ...a.record,
          })),
          APPLICATION_ATTRIBUTES,
          { filterable: false },
        );
      },
    ),
  ];
}

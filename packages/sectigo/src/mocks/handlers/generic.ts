/**
 * The operations the fake models by shape: a generic store per collection. A create (201 with
 * `Location`) keeps the body under a new ID; a read by ID answers it over the spec's minimal
 * answer (404 for an unknown ID); a list pages what was created (with `X-Total-Count`); an update
 * merges; a delete removes; anything else answers the spec's minimal well-formed body.
 */

import { SPEC_ANSWERS } from "../../generated/fake-answers.gen.js";
import { operationTable } from "../../generated/operations.gen.js";
import { created, empty, json, notFound } from "../http.js";
import type { Handler } from "../router.js";
import { bodyOf, page } from "./common.js";

type Info = { method: string; path: string; pagination?: { style: string; items: string } };
const table = operationTable as unknown as Record<string, Info>;

/** The collection a path belongs to: the path without a trailing `/{id}`. */
function collectionOf(path: string): { collection: string; idParam: string | undefined } {
  const m = /^(.*)\/\{([^}]+)\}$/.exec(path);
  return m ? { collection: m[1] as string, idParam: m[2] } : { collection: path, idParam: undefined };
}

const concrete = (template: string, params: Record<string, string>) =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));

/** The generic handler. */
export const genericHandler: Handler = (request) => {
  const info = table[request.operationId];
  const answer = SPEC_ANSWERS[request.operationId];
  if (!info || !answer) return json({}, 200);
  const { collection, idParam } = collectionOf(info.path);
  const key = concrete(collection, request.params);
  const store = request.state.collection(key);
  const sample = answer.body;
  const merged = (record: Record<string, unknown>) =>
    typeof sample === "object" && sample !== null && !Array.isArray(sample) ? { ...sample, ...record } : record;
  const method = request.method;
  if (method === "GET" && info.pagination) {
    const items = [...store.values()].map(merged);
    if (info.pagination.style === "none") return json(items);
    return page(request, items, info.pagination.items === "data" ? "data" : undefined);
  }
  if (answer.location) {
    const id = String(request.state.nextId());
    store.set(id, { ...bodyOf(request), id: Number(id) });
    return created(`${request.base}${concrete(info.path, request.params)}/${id}`);
  }
  if (idParam !== undefined && ["GET", "PUT", "DELETE"].includes(method)) {
    const id = request.params[idParam] ?? "";
    const record = store.get(id);
    if (!record) notFound(`${collection.split("/").filter(Boolean).slice(-2).join(" ")} ${id}`);
    if (method === "DELETE") {
      store.delete(id);
    } else if (method === "PUT") {
      Object.assign(record, bodyOf(request));
    } else {
      return json(merged(record), answer.status);
    }
  }
  if (answer.kind === "json")
    return json(sample ?? {}, answer.status, answer.total ? { "X-Total-Count": "1" } : undefined);
  if (answer.kind === "bytes" || answer.kind === "text") {
    return new Response(new Uint8Array(0), {
      status: answer.status,
      headers: { "content-type": "application/octet-stream" },
    });
  }
  return empty(answer.status);
};

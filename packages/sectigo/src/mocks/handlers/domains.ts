/** Domains (create, list, get, count, delete, suspend/activate) and DCV for a domain (start, submit, status). */
import { createHash } from "node:crypto";
import { SPEC_ANSWERS } from "../../generated/fake-answers.gen.js";
import { created, fail, invalid, json, notFound } from "../http.js";
import type { FakeRequest, Handler } from "../router.js";
import type { FakeDomain } from "../state-types.js";
import { bodyOf, date, done, intParam, page } from "./common.js";

const NAME = /^(?=.{4,255}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function domainNamed(request: FakeRequest, name: unknown): FakeDomain {
  if (typeof name !== "string" || name === "") invalid("domain", "is required");
  const base = name.replace(/^\*\./, "").toLowerCase();
  for (const d of request.state.domains.values()) if (d.name === base) return d;
  fail(400, -727, `Domain ${name} does not exist`);
}

function dcvStatus(d: FakeDomain): string {
  return d.dcv.status === "VALIDATED" ? "Validated" : d.dcv.status === "EXPIRED" ? "Expired" : "Not Validated";
}

function summary(request: FakeRequest, d: FakeDomain) {
  return {
    domain: d.name,
    dcvStatus: dcvStatus(d),
    dcvMethod: d.dcv.method,
    dcvOrderStatus: d.dcv.orderStatus ?? "Not Initiated",
    expirationDate: date(request, d.dcv.validated ? new Date(d.dcv.validated.getTime() + 397 * 86_400_000) : undefined),
  };
}

/** The domain and DCV handlers, by operationId. */
export function domainHandlers(): Record<string, Handler> {
  const find = (request: FakeRequest): FakeDomain => {
    const id = intParam(request, "domainId");
    return request.state.domains.get(id) ?? notFound(`Domain ${id}`, -727);
  };
  const handlers: Record<string, Handler> = {
    createDomain: (request) => {
      const body = bodyOf(request);
      const name = typeof body.name === "string" ? body.name.toLowerCase() : "";
      if (!NAME.test(name)) fail(400, -732, `Invalid domain name: ${String(body.name)}`);
      if ([...request.state.domains.values()].some((d) => d.name === name)) fail(400, -700, "Domain already exists");
      const delegations = Array.isArray(body.delegations) ? (body.delegations as Array<Record<string, unknown>>) : [];
      if (delegations.length === 0)
        fail(400, -709, "Domain must be delegated to at least one organization or department");
      const id = request.state.nextId();
      request.state.domains.set(id, {
        id,
        name,
        description: typeof body.description === "string" ? body.description : undefined,
        active: body.active !== "false" && body.active !== false,
        delegations: delegations.map((d) => ({
          orgId: Number(d.orgId),
          certTypes: Array.isArray(d.certTypes) ? (d.certTypes as string[]) : ["SSL"],
          status: "ACTIVE" as const,
        })),
        dcv: { status: "NOT_VALIDATED", pendingChecks: 0 },
      });
      return created(`${request.base}/api/domain/v1/${id}`);
    },
    listDomains: (request) => {
      const name = request.query.get("name");
      const items = [...request.state.domains.values()]
        .filter((d) => !name || d.name.includes(name))
        .map((d) => ({ id: d.id, name: d.name }));
      return page(request, items);
    },
    countDomains: (request) => json({ count: request.state.domains.size }),
    getDomain: (request) => {
      const d = find(request);
      return json({
        id: d.id,
        name: d.name,
        delegationStatus: "ACTIVE",
        state: d.active ? "ACTIVE" : "SUSPENDED",
        validationStatus: d.dcv.status,
        ...(d.dcv.method && { validationMethod: d.dcv.method }),
        dcvValidation: date(request, d.dcv.validated),
        delegations: d.delegations,
      });
    },
    deleteDomain: (request) => {
      request.state.domains.delete(find(request).id);
      return done(request);
    },
    suspendDomain: (request) => {
      find(request).active = false;
      return done(request);
    },
    activateDomain: (request) => {
      find(request).active = true;
      return done(request);
    },
  };
  const start =
    (mode: "HTTP" | "HTTPS" | "CNAME" | "TXT" | "EMAIL"): Handler =>
    (request) => {
      const d = domainNamed(request, bodyOf(request).domain);
      const token = createHash("sha256").update(`${d.name}:${mode}:${Date.now()}`).digest("hex").slice(0, 32);
      d.dcv = { ...d.dcv, method: mode, token, orderStatus: "AWAITING_SUBMIT" };
      if (mode === "HTTP" || mode === "HTTPS") {
        const scheme = mode === "HTTP" ? "http" : "https";
        return json({
          url: `${scheme}://${d.name}/.well-known/pki-validation/${token.slice(0, 16)}.txt`,
          firstLine: token,
          secondLine: "sectigo.com",
        });
      }
      if (mode === "CNAME") return json({ host: `_${token.slice(0, 16)}.${d.name}.`, point: `${token}.sectigo.com.` });
      if (mode === "TXT") return json({ message: `Create TXT record _pki-validation.${d.name} with value ${token}` });
      return json({ emails: [`admin@${d.name}`, `hostmaster@${d.name}`, `webmaster@${d.name}`] });
    };
  const submit =
    (mode: "HTTP" | "HTTPS" | "CNAME" | "TXT" | "EMAIL"): Handler =>
    (request) => {
      const body = bodyOf(request);
      const d = domainNamed(request, body.domain);
      if (mode !== "EMAIL" && d.dcv.method !== mode) fail(400, -1603, `Start ${mode} validation for ${d.name} first`);
      if (mode === "EMAIL" && (typeof body.email !== "string" || !body.email.endsWith(`@${d.name}`))) {
        invalid("email", `must be one of the addresses offered for ${d.name}`);
      }
      d.dcv = { ...d.dcv, method: mode, orderStatus: "SUBMITTED", pendingChecks: request.state.timings.dcvChecks };
      const sample = (SPEC_ANSWERS[request.operationId]?.body ?? {}) as Record<string, unknown>;
      if ("emails" in sample || "dcvEmails" in sample) return json({ emails: [body.email] });
      if ("url" in sample) return json({ url: `http://${d.name}/.well-known/pki-validation/`, firstLine: d.dcv.token });
      return json({ status: dcvStatus(d), orderStatus: "SUBMITTED", orderMode: mode, message: "Submitted" });
    };
  const modes = { Http: "HTTP", Https: "HTTPS", Cname: "CNAME", Txt: "TXT", Email: "EMAIL" } as const;
  for (const [name, mode] of Object.entries(modes)) {
    for (const suffix of ["", "V2"]) {
      handlers[`startDomainValidation${name}${suffix}`] = start(mode);
      handlers[`submitDomainValidation${name}${suffix}`] = submit(mode);
    }
  }
  const bulk: Handler = (request) => {
    const body = bodyOf(request);
    const domains = Array.isArray(body.domains) ? body.domains : [];
    for (const name of domains) {
      const d = domainNamed(request, name);
      d.dcv = { ...d.dcv, method: "EMAIL", orderStatus: "SUBMITTED", pendingChecks: request.state.timings.dcvChecks };
    }
    return json({ emails: domains.map((n) => `admin@${String(n)}`) });
  };
  handlers.submitDomainValidationEmailBulk = bulk;
  handlers.submitDomainValidationEmailBulkV2 = bulk;
  const status: Handler = (request) => {
    const d = domainNamed(request, bodyOf(request).domain);
    if (d.dcv.orderStatus === "SUBMITTED") {
      if (d.dcv.pendingChecks > 0) d.dcv.pendingChecks--;
      else {
        d.dcv = { ...d.dcv, status: "VALIDATED", validated: new Date(), orderStatus: undefined };
      }
    }
    return json({
      status: dcvStatus(d),
      ...(d.dcv.validated && {
        validationDate: date(request, d.dcv.validated),
        expirationDate: date(request, new Date(d.dcv.validated.getTime() + 397 * 86_400_000)),
      }),
      orderStatus:
        d.dcv.orderStatus === "SUBMITTED" ? "Submitted" : d.dcv.orderStatus ? "Awaiting Submit" : "Not Initiated",
      ...(d.dcv.method && { orderMode: d.dcv.method }),
    });
  };
  handlers.getDomainValidationStatus = status;
  handlers.getDomainValidationStatusV1 = status;
  const list: Handler = (request) =>
    page(
      request,
      [...request.state.domains.values()].map((d) => summary(request, d)),
    );
  handlers.listDomainValidations = list;
  handlers.listDomainValidationsV2 = list;
  const clear: Handler = (request) => {
    const body = bodyOf(request);
    const names = Array.isArray(body.domains) ? body.domains : [body.domain];
    for (const name of names) domainNamed(request, name).dcv = { status: "NOT_VALIDATED", pendingChecks: 0 };
    const sample = SPEC_ANSWERS[request.operationId];
    return sample?.kind === "json" ? json({ message: "Cleared" }) : done(request);
  };
  for (const id of [
    "clearDomainValidation",
    "clearDomainValidationV2",
    "deleteDomainValidation",
    "deleteDomainValidationV2",
  ]) {
    handlers[id] = clear;
  }
  return handlers;
}

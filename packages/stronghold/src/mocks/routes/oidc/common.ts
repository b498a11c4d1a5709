/** What the OIDC areas share: the issuers of identity tokens and providers, and claims templates. */
import type { FakeContext } from "../../context.js";
import type { FakeNamespace } from "../../state.js";
import { groupsOfEntity } from "../views.js";

export const nsPrefix = (ns: FakeNamespace): string => (ns.path ? `${ns.path}/` : "");

/** Issuer of identity tokens. */
export function tokenIssuer(ctx: FakeContext, ns: FakeNamespace): string {
  return `${ns.oidc.issuer || ctx.address}/v1/${nsPrefix(ns)}identity/oidc`;
}

/** Issuer of a named provider. */
export function providerIssuer(ctx: FakeContext, ns: FakeNamespace, name: string): string {
  const provider = ns.oidc.providers.get(name);
  return `${provider?.issuer || ctx.address}/v1/${nsPrefix(ns)}identity/oidc/provider/${name}`;
}

/** A claims template with the entity's values filled in, parsed; undefined when it is not JSON. */
export function renderTemplate(
  template: string,
  ns: FakeNamespace,
  entityId: string,
): Record<string, unknown> | undefined {
  if (!template.trim()) return {};
  const entity = ns.entities.get(entityId);
  const { direct, inherited } = groupsOfEntity(ns, entityId);
  const groups = [...direct, ...inherited].map((id) => ns.groups.get(id)).filter((g) => g !== undefined);
  const values: Record<string, unknown> = {
    "identity.entity.id": entityId,
    "identity.entity.name": entity?.name ?? "",
    "identity.entity.groups.ids": groups.map((g) => g.id),
    "identity.entity.groups.names": groups.map((g) => g.name),
    "identity.entity.metadata": entity?.metadata ?? {},
  };
  const text = template.replace(/\{\{\s*([a-z_.]+?)\s*\}\}/gi, (_, path: string) => {
    if (path in values) return JSON.stringify(values[path]);
    const meta = /^identity\.entity\.metadata\.(.+)$/.exec(path);
    if (meta) return JSON.stringify(entity?.metadata[meta[1] as string] ?? "");
    return '""';
  });
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a template is valid (it parses once its placeholders are filled). */
export const templateOk = (template: string | undefined, ns: FakeNamespace): boolean =>
  template === undefined || renderTemplate(template, ns, "") !== undefined;

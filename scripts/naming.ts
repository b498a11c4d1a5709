/**
 * The naming rule for generated resource methods: `client.<resource>.<method>`.
 *
 * 1. The resource is the operation's first tag, camelCased and in the plural (`Identity` ->
 *    `identities`, `Service Policy` -> `servicePolicies`); acronyms (`SSL`, `DCV`) and names that
 *    already end in `s` stay as they are. A tag renames its resource, and lists the nouns its
 *    operationIds use, with `x-trustplane-resource: { name, nouns }`.
 * 2. The method is the operationId without the resource's noun: the longest noun phrase of the
 *    resource (singular or plural, e.g. `SslCertificate`, `Identities`) found after the verb is
 *    removed once (`listIdentityServicePolicies` -> `listServicePolicies`, `enrollSslCertificate`
 *    -> `enroll`, `readEntityById` -> `readById`). `detail` becomes `get`. When nothing is left,
 *    the HTTP method decides (`list`/`get`/`create`/`update`/`patch`/`delete`).
 * 3. `x-trustplane-method` on an operation fixes what the rule gets wrong: `name` (same resource)
 *    or `resource.name`.
 * 4. Two operations with one `resource.method` fail `pnpm gen`.
 */

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** One operation with its generated name. */
export interface NamedOperation {
  operationId: string;
  method: string;
  path: string;
  resource: string;
  name: string;
  op: Json;
}

/** `Edge Router Policy` / `edge-router-policy` / `listEdgeRouters` -> words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const isAcronym = (word: string) => word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);

/** camelCase of words. */
export function camel(parts: string[]): string {
  return parts
    .map((w, i) => {
      const lower = w.toLowerCase();
      return i === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}

/** PascalCase of words. */
export function pascal(parts: string[]): string {
  const c = camel(parts);
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** The plural of an English noun, the simple way (`policy` -> `policies`, `alias` -> `aliases`). */
export function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/i.test(word))
    return /ss$|[^s]s$/i.test(word) && !/(ss|us|as|is)$/i.test(word) ? word : `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The singular of an English noun, the simple way. */
export function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ses|xes|zes|ches|shes)$/i.test(word) && !/[^s]ses$/i.test(word.slice(-4))) return word.slice(0, -2);
  if (/aliases$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word) && !/ss$/i.test(word)) return word.slice(0, -1);
  return word;
}

interface ResourceInfo {
  name: string;
  /** Noun phrases (as word lists, lower case), longest first. */
  nouns: string[][];
}

function resourceOf(tag: string, ext: Json | undefined): ResourceInfo {
  const tagWords = words(tag);
  const last = tagWords[tagWords.length - 1] ?? tag;
  const keep = isAcronym(last) || /s$/i.test(last);
  const defaultName = camel(keep ? tagWords : [...tagWords.slice(0, -1), plural(last)]);
  const name = typeof ext?.name === "string" ? ext.name : defaultName;
  const given = Array.isArray(ext?.nouns) ? (ext.nouns as string[]) : [];
  const base = [...tagWords.slice(0, -1)];
  const derived = [[...base, singular(last)], [...base, plural(singular(last))], tagWords].map((ws) => ws.join(" "));
  const nouns = [...new Set([...given, ...derived])]
    .map((n) => words(n).map((w) => w.toLowerCase()))
    .filter((n) => n.length > 0)
    .sort((a, b) => b.length - a.length);
  return { name, nouns };
}

function defaultVerb(method: string, path: string): string {
  const endsWithParam = /\}$/.test(path);
  switch (method) {
    case "GET":
      return endsWithParam ? "get" : "list";
    case "POST":
      return "create";
    case "PUT":
      return "update";
    case "PATCH":
      return "patch";
    case "DELETE":
      return "delete";
    default:
      return method.toLowerCase();
  }
}

/** The method name the rule gives an operationId within its resource. */
export function methodName(operationId: string, resource: ResourceInfo, method: string, path: string): string {
  const ws = words(operationId);
  const lower = ws.map((w) => w.toLowerCase());
  let cut: [number, number] | undefined;
  for (const noun of resource.nouns) {
    for (let at = 1; at + noun.length <= lower.length; at++) {
      if (noun.every((w, k) => lower[at + k] === w)) {
        cut = [at, noun.length];
        break;
      }
    }
    if (cut) break;
  }
  const rest = cut ? [...ws.slice(0, cut[0]), ...ws.slice(cut[0] + cut[1])] : ws;
  if (rest.length === 0) return defaultVerb(method, path);
  if (rest[0]?.toLowerCase() === "detail") rest[0] = "get";
  return camel(rest);
}

const RESERVED = new Set([
  "constructor",
  "prototype",
  "then",
  "catch",
  "finally",
  "toString",
  "toJSON",
  "api",
  "send",
  "page",
  "ctx",
]);

/** Names every operation of a spec; throws listing every clash. */
export function nameOperations(spec: Json): NamedOperation[] {
  const tags = new Map<string, Json | undefined>();
  for (const tag of (spec.tags ?? []) as Json[])
    tags.set(String(tag.name), tag["x-trustplane-resource"] as Json | undefined);
  const out: NamedOperation[] = [];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const m of METHODS) {
      const op = item[m] as Json | undefined;
      if (!op) continue;
      const method = m.toUpperCase();
      const operationId = String(op.operationId);
      const tag = ((op.tags as string[] | undefined) ?? ["General"])[0] as string;
      const info = resourceOf(tag, tags.get(tag));
      const override = op["x-trustplane-method"];
      let resource = info.name;
      let name: string;
      if (typeof override === "string") {
        const dot = override.indexOf(".");
        if (dot >= 0) {
          resource = override.slice(0, dot);
          name = override.slice(dot + 1);
        } else name = override;
      } else {
        name = methodName(operationId, info, method, path);
      }
      if (RESERVED.has(name)) name = `${name}Operation`;
      out.push({ operationId, method, path, resource, name, op });
    }
  }
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const o of out) {
    const key = `${o.resource}.${o.name}`;
    const other = seen.get(key);
    if (other) clashes.push(`${key}: ${other} and ${o.operationId} (fix one with x-trustplane-method)`);
    else seen.set(key, o.operationId);
  }
  if (clashes.length) throw new Error(`Two operations would get the same method name:\n  ${clashes.join("\n  ")}`);
  return out.sort((a, b) =>
    a.resource === b.resource ? a.name.localeCompare(b.name) : a.resource.localeCompare(b.resource),
  );
}

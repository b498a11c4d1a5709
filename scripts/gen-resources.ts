/**
 * Renders `src/generated/resources.gen.ts` for a vendor that opts in (see scripts/vendors.ts):
 * one class per resource, one method per operation, named by scripts/naming.ts, with a binding
 * per operation (which input fields are path, query, header or body; how to read the answer;
 * the input's JSON Schema for validation before sending).
 */
import { camel, type NamedOperation, pascal, words } from "./naming.ts";

type Json = Record<string, unknown>;

/** What a vendor's generated resources need to know beyond the spec. */
export interface ResourceConfig {
  /** Property of the success body that wraps the payload (`data`), unwrapped by single-call methods. */
  envelope?: string;
}

const JSON_MEDIA = /json/i;
const TEXT_MEDIA = /^(text\/|application\/(jwt|x-pem-file|pem-certificate-chain|pkcs10|x-x509-ca-cert-pem|csv|xml))/i;
const KEEP = new Set([
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "prefixItems",
  "allOf",
  "anyOf",
  "oneOf",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "$ref",
]);
const FORMATS = new Set(["email", "uuid", "date-time", "date", "time", "uri", "ipv4", "ipv6"]);

function deref(spec: Json, node: unknown): Json {
  let current = node as Json;
  for (let i = 0; i < 20 && current && typeof current.$ref === "string"; i++) {
    const parts = (current.$ref as string).replace(/^#\//, "").split("/");
    current = parts.reduce<unknown>(
      (n, p) => (n as Json | undefined)?.[p.replace(/~1/g, "/").replace(/~0/g, "~")],
      spec,
    ) as Json;
  }
  return current ?? {};
}

/** A schema cut down to what validation needs; component refs point at `#/$defs`. */
function clean(schema: unknown, refs: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => clean(s, refs));
  if (schema === null || typeof schema !== "object") return schema;
  const s = schema as Json;
  if (typeof s.$ref === "string") {
    const name = (s.$ref as string).replace("#/components/schemas/", "");
    refs.add(name);
    return { $ref: `#/$defs/${name}` };
  }
  if (s.format === "binary" || s.contentMediaType !== undefined || s.contentEncoding !== undefined) return {};
  const out: Json = {};
  for (const [key, value] of Object.entries(s)) {
    if (!KEEP.has(key)) continue;
    if (key === "format" && !FORMATS.has(String(value))) continue;
    if (key === "properties") {
      const props: Json = {};
      for (const [name, prop] of Object.entries(value as Json)) props[name] = clean(prop, refs);
      out.properties = props;
    } else if (key === "additionalProperties" || key === "items") {
      out[key] = typeof value === "boolean" ? value : clean(value, refs);
    } else if (key === "allOf" || key === "anyOf" || key === "oneOf" || key === "prefixItems") {
      out[key] = (value as unknown[]).map((v) => clean(v, refs));
    } else out[key] = value;
  }
  if (s.nullable === true && typeof out.type === "string") out.type = [out.type, "null"];
  return out;
}

/** Properties and required fields of an object schema, following refs and allOf; undefined if not a plain object. */
function objectShape(spec: Json, node: unknown): { properties: Json; required: string[]; open: boolean } | undefined {
  const s = deref(spec, node);
  if (s.oneOf || s.anyOf) return undefined;
  const properties: Json = {};
  const required: string[] = [];
  let open = s.additionalProperties !== undefined && s.additionalProperties !== false;
  if (Array.isArray(s.allOf)) {
    for (const part of s.allOf) {
      const shape = objectShape(spec, part);
      if (!shape) return undefined;
      Object.assign(properties, shape.properties);
      required.push(...shape.required);
      open ||= shape.open;
    }
  }
  if (s.type !== undefined && s.type !== "object" && !s.allOf) return undefined;
  if (!s.properties && !s.allOf && !open) return s.type === "object" ? { properties, required, open: true } : undefined;
  Object.assign(properties, (s.properties as Json | undefined) ?? {});
  required.push(...(((s.required as string[] | undefined) ?? []) as string[]));
  return { properties, required: [...new Set(required)], open };
}

const PAGING_DEFAULTS: Record<string, Record<string, string>> = {
  "offset-limit": { limitParam: "limit", offsetParam: "offset" },
  "size-position": { sizeParam: "size", positionParam: "position" },
  "cursor-cookie": { pageSizeParam: "_pageSize", cookieParam: "_pagedResultsCookie" },
  "hal-next": { limitParam: "limit" },
  "key-list": { listParam: "list" },
};

function pagingParams(pagination: Json | undefined): string[] {
  if (!pagination) return [];
  const defaults = PAGING_DEFAULTS[String(pagination.style)] ?? {};
  return Object.keys(defaults).map((k) => String(pagination[k] ?? defaults[k]));
}

const doc = (text: string) => text.replace(/\*\//g, "*\\/").trim();
const quote = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));

interface Rendered {
  method: string;
  binding: string;
  inputType: string;
  /** The entry of schemas.gen.ts: the input's JSON Schema as a string literal. */
  schema: string;
}

function renderOperation(
  spec: Json,
  o: NamedOperation,
  config: ResourceConfig,
  refs: Set<string>,
  typeName: string,
): Rendered {
  const op = o.op;
  const id = o.operationId;
  const item = (spec.paths as Record<string, Json>)[o.path] ?? {};
  const params = [...((item.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])].map((p) =>
    deref(spec, p),
  );
  const pagination = op["x-trustplane-pagination"] as Json | undefined;
  const paging = new Set(pagingParams(pagination));
  const byIn = (where: string) => params.filter((p) => p.in === where && !paging.has(String(p.name)));
  const pathParams = byIn("path");
  const queryParams = byIn("query");
  const headerParams = byIn("header");
  const paramNames = new Set([...pathParams, ...queryParams, ...headerParams].map((p) => String(p.name)));

  // Request body
  const requestBody = op.requestBody ? deref(spec, op.requestBody) : undefined;
  const content = (requestBody?.content ?? {}) as Record<string, Json>;
  const medias = Object.keys(content);
  const media = medias.find((m) => JSON_MEDIA.test(m)) ?? medias[0];
  const bodySchema = media ? content[media]?.schema : undefined;
  const bodyRequired = requestBody?.required === true;
  let bodyMode: "flat" | "field" | undefined;
  let shape: ReturnType<typeof objectShape>;
  if (media) {
    shape = JSON_MEDIA.test(media) || /form/.test(media) ? objectShape(spec, bodySchema) : undefined;
    const clash = shape && Object.keys(shape.properties).some((k) => paramNames.has(k) || k === "body");
    bodyMode = shape && !clash && Object.keys(shape.properties).length > 0 ? "flat" : "field";
  }

  // Validation schema of the whole input object
  const properties: Json = {};
  const required: string[] = [];
  for (const p of [...pathParams, ...queryParams, ...headerParams]) {
    properties[String(p.name)] = clean(p.schema ?? {}, refs);
    if (p.required === true) required.push(String(p.name));
  }
  let open = false;
  if (bodyMode === "flat" && shape) {
    for (const [name, prop] of Object.entries(shape.properties)) properties[name] = clean(prop, refs);
    if (bodyRequired) required.push(...shape.required);
    open = shape.open;
  } else if (bodyMode === "field") {
    properties.body = clean(bodySchema ?? {}, refs);
    if (bodyRequired) required.push("body");
  }
  const inputSchema = {
    type: "object",
    properties,
    ...(required.length && { required: [...new Set(required)] }),
    additionalProperties: open,
  };

  // Answer
  const responses = (op.responses ?? {}) as Record<string, unknown>;
  const successMedia = new Set<string>();
  let successSchema: unknown;
  for (const [code, ref] of Object.entries(responses)) {
    if (!/^2/.test(code)) continue;
    const response = deref(spec, ref);
    for (const [m, value] of Object.entries((response.content ?? {}) as Record<string, Json>)) {
      successMedia.add(m);
      successSchema ??= value.schema;
    }
  }
  const mediaList = [...successMedia];
  let parseAs: string | undefined;
  let accept: string | undefined;
  if (mediaList.length === 1 && !JSON_MEDIA.test(mediaList[0] as string)) {
    parseAs = TEXT_MEDIA.test(mediaList[0] as string) ? "text" : "bytes";
    accept = mediaList[0];
  } else if (mediaList.length > 1 && !mediaList.every((m) => JSON_MEDIA.test(m))) {
    parseAs = "auto";
  }
  const envelope = config.envelope;
  const unwrap =
    !pagination && envelope && successSchema && objectShape(spec, successSchema)?.properties[envelope] !== undefined
      ? envelope
      : undefined;

  // Types
  const opType = `operations[${JSON.stringify(id)}]`;
  const parts: string[] = [];
  if (pathParams.length) parts.push(`PathParams<${opType}>`);
  if (queryParams.length || (pagination && paging.size)) {
    parts.push(
      paging.size
        ? `Omit<QueryParams<${opType}>, ${[...paging].map((p) => JSON.stringify(p)).join(" | ")}>`
        : `QueryParams<${opType}>`,
    );
  }
  if (headerParams.length) parts.push(`HeaderParams<${opType}>`);
  const bodyType = media ? `RequestBodyOf<${opType}, ${JSON.stringify(media)}>` : undefined;
  if (bodyMode === "flat") parts.push(bodyRequired ? (bodyType as string) : `Partial<${bodyType}>`);
  if (bodyMode === "field") parts.push(`{ ${bodyRequired ? "body" : "body?"}: ${bodyType} }`);
  const inputType = parts.length ? parts.join(" & ") : "Record<string, never>";
  const inputRequired =
    pathParams.some((p) => p.required === true) ||
    [...queryParams, ...headerParams].some((p) => p.required === true) ||
    (bodyRequired && (bodyMode === "field" || (shape?.required.length ?? 0) > 0));

  let output: string;
  if (pagination) {
    output = `Paged<ItemOf<${opType}, ${JSON.stringify(String(pagination.items ?? ""))}>>`;
  } else if (parseAs === "bytes") output = "ApiPromise<Uint8Array>";
  else if (parseAs === "text") output = "ApiPromise<string>";
  else if (unwrap) output = `ApiPromise<UnwrappedBody<${opType}, ${JSON.stringify(unwrap)}>>`;
  else output = `ApiPromise<SuccessBody<${opType}>>`;

  const summary = typeof op.summary === "string" ? op.summary : id;
  const description =
    typeof op.description === "string" ? `\n   *\n   * ${doc(op.description).replace(/\n/g, "\n   * ")}` : "";
  const deprecated = op.deprecated === true ? "\n   * @deprecated The vendor marks this operation deprecated." : "";
  const optionsType = pagination ? "OperationPagingOptions" : "CallOptions";
  const inputParam = `input: ${typeName}${inputRequired ? "" : " = {}"}`;
  const call = pagination ? "page" : "send";
  const method = `  /**
   * ${doc(summary)}${description}
   *
   * Operation \`${id}\` (\`${o.method} ${o.path}\`).${deprecated}
   */
  ${o.name}(${inputParam}, options?: ${optionsType}): ${output} {
    return this.${call}(${JSON.stringify(id)}, input, options);
  }`;

  const binding: Json = {};
  if (pathParams.length) binding.path = pathParams.map((p) => p.name);
  if (queryParams.length) binding.query = queryParams.map((p) => p.name);
  if (headerParams.length) binding.header = headerParams.map((p) => p.name);
  if (bodyMode) binding.body = bodyMode;
  if (media && !JSON_MEDIA.test(media)) binding.contentType = media;
  if (accept) binding.accept = accept;
  if (parseAs) binding.parseAs = parseAs;
  if (unwrap) binding.unwrap = unwrap;
  const bindingText = `  ${id}: { ${Object.entries(binding)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .concat(`schema: s(${JSON.stringify(id)})`)
    .join(", ")} },`;
  return {
    method,
    binding: bindingText,
    inputType,
    schema: `  ${quote(id)}: ${JSON.stringify(JSON.stringify(inputSchema))},`,
  };
}

/**
 * The whole resources.gen.ts of one vendor, and its schemas.gen.ts: the input JSON Schemas, kept
 * in their own module that the resources import dynamically, so importing the client (or
 * bundling it) does not carry them until the first call validates an input.
 */
export function renderResources(
  spec: Json,
  named: NamedOperation[],
  config: ResourceConfig,
  banner: string,
): { resources: string; schemas: string } {
  const refs = new Set<string>();
  const byResource = new Map<string, NamedOperation[]>();
  for (const o of named) byResource.set(o.resource, [...(byResource.get(o.resource) ?? []), o]);
  const classes: string[] = [];
  const bindings: string[] = [];
  const inputSchemas: string[] = [];
  const types: string[] = [];
  const registry: string[] = [];
  const resourceNames = [...byResource.keys()].sort();
  for (const resource of resourceNames) {
    const ops = (byResource.get(resource) ?? []).sort((a, b) => a.name.localeCompare(b.name));
    const className = `${pascal(words(resource))}Resource`;
    const methods: string[] = [];
    for (const o of ops) {
      const typeName = `${pascal(words(resource))}${pascal(words(o.name))}Input`;
      const r = renderOperation(spec, o, config, refs, typeName);
      methods.push(r.method);
      bindings.push(r.binding);
      inputSchemas.push(r.schema);
      types.push(
        `/** Input of \`${resource}.${o.name}\` (operation \`${o.operationId}\`). */\nexport type ${typeName} = ${r.inputType};`,
      );
    }
    const tag = ((ops[0]?.op.tags as string[] | undefined) ?? [])[0];
    const tagDoc = ((spec.tags ?? []) as Json[]).find((t) => t.name === tag)?.description;
    classes.push(`/** ${doc(typeof tagDoc === "string" ? tagDoc : `The ${resource} operations.`)} */
export class ${className} extends Resource {
${methods.join("\n\n")}
}`);
    registry.push(
      `  ${quote(resource)}: { ${ops.map((o) => `${quote(o.name)}: ${JSON.stringify(o.operationId)}`).join(", ")} },`,
    );
  }

  // $defs: every component schema a validation schema reaches.
  const schemas = ((spec.components as Json | undefined)?.schemas ?? {}) as Json;
  const defs: Json = {};
  const queue = [...refs];
  while (queue.length) {
    const name = queue.pop() as string;
    if (name in defs) continue;
    const found = new Set<string>();
    defs[name] = clean(schemas[name] ?? {}, found);
    for (const f of found) if (!(f in defs)) queue.push(f);
  }

  const schemasModule = `${banner}
/** The \`$defs\` the input schemas share, as JSON text. */
export const defs = ${JSON.stringify(JSON.stringify(defs))};

/** Each operation's input JSON Schema, as JSON text, by operationId (loaded on first validation). */
export const schemas: Readonly<Record<string, string>> = {
${inputSchemas.sort().join("\n")}
};
`;

  const resources = `${banner}
import {
  type ApiPromise,
  type CallOptions,
  type HeaderParams,
  type ItemOf,
  type OperationBinding,
  type OperationPagingOptions,
  type PageHook,
  type Paged,
  type PathParams,
  type QueryParams,
  type RequestBodyOf,
  Resource,
  type ResourceContext,
  type SuccessBody,
  schemaModule,
  type UnwrappedBody,
} from "@trustplane/core";
import type { operations } from "./openapi.gen.js";

/** Each operation's input schema, from ./schemas.gen.js, imported when an input is first checked. */
const s = schemaModule(() => import("./schemas.gen.js"));

/** How each operation's input object maps onto its request, and the input's JSON Schema. */
export const bindings: Readonly<Record<string, OperationBinding>> = {
${bindings.sort().join("\n")}
};

${types.join("\n\n")}

${classes.join("\n\n")}

/** The generated class of every resource. */
export const resourceClasses = {
${resourceNames.map((r) => `  ${quote(r)}: ${pascal(words(r))}Resource,`).join("\n")}
} as const;

/** Resource classes by name. */
export type ResourceClasses = typeof resourceClasses;

/** Which operation each \`resource.method\` calls. */
export const methodRegistry: Readonly<Record<string, Readonly<Record<string, string>>>> = {
${registry.join("\n")}
};

/** Every resource of the client: the generated classes, or the subclasses given in \`overrides\`. */
export type Resources<O extends Partial<ResourceClasses> = {}> = {
  readonly [K in keyof ResourceClasses]: K extends keyof O ? InstanceType<NonNullable<O[K]>> : InstanceType<ResourceClasses[K]>;
};

/**
 * One instance of every resource over one core client; hand-written subclasses (helpers,
 * overrides) replace the generated class of their resource, and \`page\` (when given) is how every
 * list method pages.
 */
export function createResources<O extends Partial<ResourceClasses> = {}>(
  api: ResourceContext["api"],
  overrides: O = {} as O,
  page?: PageHook,
): Resources<O> {
  const ctx: ResourceContext = { api, bindings, ...(page && { page }) };
  const out: Record<string, Resource> = {};
  for (const [name, generated] of Object.entries(resourceClasses)) {
    const Chosen = ((overrides as Record<string, unknown>)[name] ?? generated) as new (ctx: ResourceContext) => Resource;
    out[name] = new Chosen(ctx);
  }
  return out as Resources<O>;
}
`;
  return { resources, schemas: schemasModule };
}

export { camel };

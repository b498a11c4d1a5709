/**
 * Building blocks of the hand-written resources. Each extends the generated class of its area, so
 * users see one object per resource; where a method must return something other than what the
 * generator typed from the spec (the new ID of a created resource, text for a PEM download), the
 * generated method is taken out of the base type and declared again.
 */
import {
  ApiPromise,
  type CallOptions,
  type Resource,
  type ResourceContext,
  UnexpectedResponseError,
} from "@trustplane/core";
import { type RevocationReason, withReason } from "./certificates.js";

/** A resource class. */
export type ResourceClass<T = Resource> = new (ctx: ResourceContext) => T;

/**
 * The same class, typed without the named methods, so a subclass can declare them again with
 * other types (the generated implementations stay on the prototype until then).
 */
export function without<C extends ResourceClass, K extends keyof InstanceType<C>>(
  Base: C,
  ..._names: K[]
): ResourceClass<Omit<InstanceType<C>, K> & Resource> {
  return Base as never;
}

/** The ID a `Location` header names: its last path segment, a number when it is one. */
export function idFromLocation(location: string | null): number | string | undefined {
  if (!location) return undefined;
  let path = location;
  try {
    path = new URL(location, "http://relative.invalid").pathname;
  } catch {
    // keep the raw header
  }
  const last = path.replace(/\/+$/, "").split("/").pop();
  if (!last) return undefined;
  const segment = decodeURIComponent(last);
  return /^-?\d+$/.test(segment) ? Number(segment) : segment;
}

/**
 * The ApiPromise of a create call, answering the new resource's ID from the `Location` header
 * (`https://cert-manager.com/api/domain/v1/2018` gives `2018`). `withResponse()` still gives the
 * raw answer. A 2xx without a usable `Location` is an UnexpectedResponseError.
 */
export function createdId<T extends number | string>(
  call: ApiPromise<unknown>,
  what: string,
  kind: "number" | "string",
): ApiPromise<T> {
  return new ApiPromise<T>(
    call.withResponse().then(({ response }) => {
      const id = idFromLocation(response.headers.get("location"));
      if (id === undefined || (kind === "number" && typeof id !== "number")) {
        throw new UnexpectedResponseError(
          `${what} answered ${response.status} without a Location header naming the new ${kind === "number" ? "numeric " : ""}ID`,
          {
            status: response.status,
            operation: what,
            requestId: response.requestId,
            contentType: response.headers.get("content-type") ?? undefined,
          },
        );
      }
      return {
        data: (kind === "string" ? String(id) : id) as T,
        response: {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          body: undefined,
          url: response.url,
        },
        requestId: response.requestId,
        body: response.body,
      };
    }),
  );
}

/** What a create method becomes: the same arguments, the new ID as the answer. */
export type CreatedIdMethods<I, M> = {
  [K in keyof I as K extends keyof M ? K : never]: I[K] extends (...args: infer A) => unknown
    ? (...args: A) => ApiPromise<K extends keyof M ? (M[K] extends "string" ? string : number) : never>
    : never;
};

/**
 * The class with each named create method answering the new ID (from `Location`) instead of the
 * empty 201 body: `domains.create({...})` resolves to the domain's ID.
 */
export function withCreatedIds<
  C extends ResourceClass,
  const M extends { readonly [K in keyof InstanceType<C>]?: "number" | "string" },
>(
  Base: C,
  methods: M,
): ResourceClass<Omit<InstanceType<C>, keyof M> & Resource & CreatedIdMethods<InstanceType<C>, M>> {
  const Derived = class extends (Base as ResourceClass<Resource>) {};
  const proto = Base.prototype as Record<string, (...args: unknown[]) => ApiPromise<unknown>>;
  for (const [name, kind] of Object.entries(methods) as Array<[string, "number" | "string"]>) {
    const original = proto[name];
    if (typeof original !== "function") throw new Error(`withCreatedIds: no method ${name}`);
    Object.defineProperty(Derived.prototype, name, {
      value: function (this: Resource, input: unknown, options?: CallOptions) {
        return createdId(original.call(this, input, options), name, kind);
      },
      writable: true,
      configurable: true,
    });
  }
  Object.defineProperty(Derived, "name", { value: Base.name });
  return Derived as never;
}

/** An input whose `reasonCode` may be any {@link RevocationReason} (code, digit string or name). */
export type WithRevocationReason<T> = T extends { reasonCode: unknown }
  ? Omit<T, "reasonCode"> & { reasonCode: RevocationReason }
  : T extends { reasonCode?: unknown }
    ? Omit<T, "reasonCode"> & { reasonCode?: RevocationReason | undefined }
    : T;

/** What a revoke method becomes: the same call, any form of reason accepted. */
export type RevocationMethods<I, M> = {
  [K in keyof I as K extends keyof M ? K : never]: I[K] extends (input: infer A, options?: infer O) => infer R
    ? (input: WithRevocationReason<A>, options?: O) => R
    : never;
};

/**
 * The class with each named revoke method accepting `reasonCode` as a code (`4`), a digit string
 * (`"4"`) or a name (`"superseded"`), sent in the form the operation takes: an integer on the SCM
 * REST API's operations (`integer`), a string on the Admin API's V2 operations (`string`).
 */
export function withRevocationReasons<
  C extends ResourceClass,
  const M extends { readonly [K in keyof InstanceType<C>]?: "integer" | "string" },
>(
  Base: C,
  methods: M,
): ResourceClass<Omit<InstanceType<C>, keyof M> & Resource & RevocationMethods<InstanceType<C>, M>> {
  const Derived = class extends (Base as ResourceClass<Resource>) {};
  const proto = Base.prototype as Record<string, (...args: unknown[]) => unknown>;
  for (const [name, as] of Object.entries(methods) as Array<[string, "integer" | "string"]>) {
    const original = proto[name];
    if (typeof original !== "function") throw new Error(`withRevocationReasons: no method ${name}`);
    Object.defineProperty(Derived.prototype, name, {
      value: function (this: Resource, input: unknown, options?: CallOptions) {
        return original.call(this, withReason(input, as), options);
      },
      writable: true,
      configurable: true,
    });
  }
  Object.defineProperty(Derived, "name", { value: Base.name });
  return Derived as never;
}

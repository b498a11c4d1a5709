import { type ApiPromise, type CallOptions, guard, guardPaged, lazy, type Paged, validate } from "@trustplane/core";
import { optional, refine, regex } from "zod/mini";
import { type AicApi, ESV_PAGE, ESV_VERSION, esvList, type ListOptions } from "../internal/api.js";
import {
  description,
  EXPRESSION_TYPES,
  esvId,
  flag,
  input,
  oneOf,
  pageSize,
  text,
  textOrBytes,
} from "../internal/schemas.js";
import { base64ToText, fromBase64, toBase64 } from "../internal/values.js";
import type { Schemas } from "./shared.js";

/** How a variable's value is read when placed in configuration. */
export type ExpressionType = Schemas["EsvExpressionType"];

/** A variable as lists return it: everything but the value. */
export type VariableSummary = Schemas["EsvVariableSummary"];

/** A variable with its value, decoded for you. */
export interface Variable extends VariableSummary {
  /** The value as the API sent it, base64-encoded. */
  valueBase64: string;
  /** The value decoded as UTF-8 text. */
  value: string;
  /** The value's raw bytes (for values that are not text). */
  valueBytes: Uint8Array;
}

/** Input of `variables.list`. */
export interface ListVariablesInput {
  /** Items per request, 1 to 100 (default 100). */
  pageSize?: number | undefined;
  /** Only variables changed since the last restart (waiting to be loaded). */
  onlyPending?: boolean | undefined;
}

/** Input of `variables.set`: the value as text or bytes (`value`), or already base64-encoded (`valueBase64`). */
export type SetVariableInput = {
  /** `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
  id: string;
  /** Free text, up to 1000 characters. */
  description?: string | undefined;
  /** How the value is read in configuration (the tenant's default is `string`). */
  expressionType?: ExpressionType | undefined;
} & ({ value: string | Uint8Array; valueBase64?: undefined } | { valueBase64: string; value?: undefined });

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const idInput = lazy(() => input({ id: esvId() }));
const listInput = lazy(() => input({ pageSize: optional(pageSize()), onlyPending: optional(flag()) }));
const setInput = lazy(() =>
  input({
    id: esvId(),
    value: optional(textOrBytes()),
    valueBase64: optional(text().check(regex(BASE64, "must be base64 text"))),
    description: optional(description()),
    expressionType: optional(oneOf(EXPRESSION_TYPES)),
  }).check(
    refine((v) => (v.value === undefined) !== (v.valueBase64 === undefined), {
      message: "give exactly one of value (text or bytes) or valueBase64",
      path: ["value"],
    }),
  ),
);
const describeInput = lazy(() => input({ id: esvId(), description: description() }));

/** The fields a variable must carry for its value to be decoded. */
const VARIABLE = { type: "object", required: ["valueBase64"] } as const;

/** Adds the decoded value to a variable the API returned. */
function decoded(variable: Schemas["EsvVariable"]): Variable {
  return { ...variable, value: base64ToText(variable.valueBase64), valueBytes: fromBase64(variable.valueBase64) };
}

/**
 * Environment variables (`/environment/variables`): non-secret configuration values, readable
 * back, unversioned. Changes reach the running services after a restart (`client.restart`).
 */
export class Variables {
  readonly #api: AicApi;

  /** @internal */
  constructor(api: AicApi) {
    this.#api = api;
  }

  /**
   * Every variable (without values), paging itself with `_pageSize` and the paged-results cookie.
   * `onlyPending: true` lists only those waiting for a restart. (getAllVariables)
   */
  list(input: ListVariablesInput = {}, options?: ListOptions): Paged<VariableSummary> {
    return guardPaged(() => {
      const i = validate(listInput, input, "variables.list input");
      return esvList<VariableSummary>(i, options, (query, call) =>
        this.#api.call("getAllVariables", { query, headers: ESV_VERSION, expect: ESV_PAGE }, call),
      );
    });
  }

  /** One variable, with its value decoded (`value` as text, `valueBytes` as bytes). (getVariable) */
  get(input: { id: string }, options?: CallOptions): ApiPromise<Variable> {
    return guard(() => {
      const { id } = validate(idInput, input, "variables.get input");
      return this.#api
        .call("getVariable", { path: { variableId: id }, headers: ESV_VERSION, expect: VARIABLE }, options)
        .map(decoded);
    });
  }

  /**
   * Creates the variable, or replaces its value, type and description. Give the value as text or
   * bytes (`value`); it is base64-encoded for you. Services see it after a restart. (createVariables)
   */
  set(input: SetVariableInput, options?: CallOptions): ApiPromise<Variable> {
    return guard(() => {
      const i = validate(setInput, input, "variables.set input");
      const valueBase64 = i.valueBase64 ?? toBase64(i.value as string | Uint8Array);
      return this.#api
        .call(
          "createVariables",
          {
            path: { variableId: i.id },
            headers: ESV_VERSION,
            body: { valueBase64, description: i.description, expressionType: i.expressionType },
            expect: VARIABLE,
          },
          options,
        )
        .map(decoded);
    });
  }

  /** Replaces the description and leaves the value alone (`_action=setDescription`). (actionVariable) */
  setDescription(input: { id: string; description: string }, options?: CallOptions): ApiPromise<void> {
    return guard(() => {
      const i = validate(describeInput, input, "variables.setDescription input");
      return this.#api
        .call(
          "actionVariable",
          {
            path: { variableId: i.id },
            query: { _action: "setDescription" },
            headers: ESV_VERSION,
            body: { description: i.description },
            parseAs: "none",
          },
          options,
        )
        .map((): void => undefined);
    });
  }

  /** Deletes the variable and returns what it held. Services keep it until the next restart. (deleteVariable) */
  delete(input: { id: string }, options?: CallOptions): ApiPromise<Variable> {
    return guard(() => {
      const { id } = validate(idInput, input, "variables.delete input");
      return this.#api
        .call("deleteVariable", { path: { variableId: id }, headers: ESV_VERSION, expect: VARIABLE }, options)
        .map(decoded);
    });
  }
}

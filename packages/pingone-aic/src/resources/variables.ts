import { type CallOptions, type Paged, validate } from "@trustplane/core";
import { z } from "zod";
import { type AicApi, bodyOf, ESV_VERSION, init } from "../internal/api.js";
import { description, EXPRESSION_TYPES, esvId, esvListInput, objectInput, textOrBytes } from "../internal/schemas.js";
import { base64ToText, fromBase64, toBase64 } from "../internal/values.js";
import { esvPaged, type ListOptions, type Schemas } from "./shared.js";

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
  pageSize?: number;
  /** Only variables changed since the last restart (waiting to be loaded). */
  onlyPending?: boolean;
}

/** Input of `variables.set`: the value as text or bytes (`value`), or already base64-encoded (`valueBase64`). */
export type SetVariableInput = {
  /** `esv-` followed by 1 to 124 lower-case letters, digits, `_` or `-`. */
  id: string;
  /** Free text, up to 1000 characters. */
  description?: string;
  /** How the value is read in configuration (the tenant's default is `string`). */
  expressionType?: ExpressionType;
} & ({ value: string | Uint8Array; valueBase64?: never } | { valueBase64: string; value?: never });

const idSchema = objectInput({ id: esvId });
const setSchema = objectInput({
  id: esvId,
  value: textOrBytes.optional(),
  valueBase64: z
    .string({ error: "must be a string" })
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, "must be base64 text")
    .optional(),
  description: description.optional(),
  expressionType: z.enum(EXPRESSION_TYPES, { error: `must be one of ${EXPRESSION_TYPES.join(", ")}` }).optional(),
}).refine((v) => (v.value === undefined) !== (v.valueBase64 === undefined), {
  message: "give exactly one of value (text or bytes) or valueBase64",
  path: ["value"],
});
const describeSchema = objectInput({ id: esvId, description });

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
  list(input: ListVariablesInput = {}, options: ListOptions = {}): Paged<VariableSummary> {
    const i = validate(esvListInput, input, "variables.list input");
    return esvPaged<VariableSummary>(i, options, async (query, call, signal) =>
      bodyOf(
        await this.#api.raw.GET("/environment/variables", {
          params: { header: ESV_VERSION, query },
          ...init(call, signal),
        }),
        "getAllVariables",
      ),
    );
  }

  /** One variable, with its value decoded (`value` as text, `valueBytes` as bytes). (getVariable) */
  async get(input: { id: string }, options?: CallOptions): Promise<Variable> {
    const { id } = validate(idSchema, input, "variables.get input");
    const result = await this.#api.raw.GET("/environment/variables/{variableId}", {
      params: { header: ESV_VERSION, path: { variableId: id } },
      ...init(options),
    });
    return decoded(bodyOf(result, "getVariable"));
  }

  /**
   * Creates the variable, or replaces its value, type and description. Give the value as text or
   * bytes (`value`); it is base64-encoded for you. Services see it after a restart. (createVariables)
   */
  async set(input: SetVariableInput, options?: CallOptions): Promise<Variable> {
    const i = validate(setSchema, input, "variables.set input");
    const valueBase64 = i.valueBase64 ?? toBase64(i.value as string | Uint8Array);
    const result = await this.#api.raw.PUT("/environment/variables/{variableId}", {
      params: { header: ESV_VERSION, path: { variableId: i.id } },
      body: {
        valueBase64,
        ...(i.description !== undefined && { description: i.description }),
        ...(i.expressionType !== undefined && { expressionType: i.expressionType }),
      },
      ...init(options),
    });
    return decoded(bodyOf(result, "createVariables"));
  }

  /** Replaces the description and leaves the value alone (`_action=setDescription`). (actionVariable) */
  async setDescription(input: { id: string; description: string }, options?: CallOptions): Promise<void> {
    const i = validate(describeSchema, input, "variables.setDescription input");
    await this.#api.raw.POST("/environment/variables/{variableId}", {
      params: { header: ESV_VERSION, path: { variableId: i.id }, query: { _action: "setDescription" } },
      body: { description: i.description },
      ...init(options),
    });
  }

  /** Deletes the variable and returns what it held. Services keep it until the next restart. (deleteVariable) */
  async delete(input: { id: string }, options?: CallOptions): Promise<Variable> {
    const { id } = validate(idSchema, input, "variables.delete input");
    const result = await this.#api.raw.DELETE("/environment/variables/{variableId}", {
      params: { header: ESV_VERSION, path: { variableId: id } },
      ...init(options),
    });
    return decoded(bodyOf(result, "deleteVariable"));
  }
}

import { TrustplaneError } from "../errors/trustplane-error.js";

/**
 * The body of a successful call. openapi-fetch types `data` as optional because it also models
 * error answers; core's pipeline throws those, so only an empty success body is left, which an
 * operation documented to return one should never give.
 */
export function requireData<T>(data: T | undefined, operation: string, response?: Response): T {
  if (data === undefined) {
    throw new TrustplaneError(`${operation} answered${response ? ` ${response.status}` : ""} without a body`);
  }
  return data;
}

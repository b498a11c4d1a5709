import type { ApiError } from "./api-error.js";
import type { TrustplaneError } from "./trustplane-error.js";
import { hasErrorKind } from "./trustplane-error.js";

/** True for an ApiError from any copy of @trustplane/core. */
export function isApiError(value: unknown): value is ApiError {
  return hasErrorKind(value, "ApiError");
}

/** True for any error trustplane threw, from any copy of @trustplane/core. */
export function isTrustplaneError(value: unknown): value is TrustplaneError {
  return hasErrorKind(value, "TrustplaneError");
}

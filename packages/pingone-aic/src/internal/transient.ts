import {
  AuthError,
  ConnectionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  WaitTimeoutError,
} from "@trustplane/core";

/**
 * Errors a waiter rides through and polls again after: the tenant's services answering 5xx or
 * dropping connections while they come back, rate limits, a slow attempt, or a token endpoint
 * that is itself restarting.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof WaitTimeoutError) return false;
  if (error instanceof ServerError || error instanceof RateLimitError) return true;
  if (error instanceof ConnectionError) return !error.permanent;
  if (error instanceof TimeoutError) return true;
  if (error instanceof AuthError) {
    return error.status === undefined ? error.cause instanceof ConnectionError : error.status >= 500;
  }
  return false;
}

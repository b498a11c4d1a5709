/** Where the management API and the controller root are, from the address a user gives. */

/** The path of the Edge Management API on a controller. */
export const MANAGEMENT_PATH = "/edge/management/v1";

/** The management API base URL for a controller address (`/edge/management/v1` added unless present). */
export function managementUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, "");
  return trimmed.endsWith(MANAGEMENT_PATH) ? trimmed : `${trimmed}${MANAGEMENT_PATH}`;
}

/** The controller root for a controller or management API address (`/edge/management/v1` removed). */
export function controllerRoot(url: string): string {
  const trimmed = url.replace(/\/+$/, "");
  return trimmed.endsWith(MANAGEMENT_PATH) ? trimmed.slice(0, -MANAGEMENT_PATH.length) : trimmed;
}

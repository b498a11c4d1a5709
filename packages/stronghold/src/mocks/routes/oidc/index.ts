/** The OIDC routes: identity tokens, keys, discovery and the OIDC provider, in one table. */
import type { OperationId } from "../../../generated/operations.gen.js";
import type { Route } from "../../context.js";
import { discoveryRoutes } from "./discovery.js";
import { flowRoutes } from "./flow.js";
import { keyRoutes } from "./keys.js";
import { providerRoutes } from "./provider.js";
import { tokenRoutes } from "./tokens.js";

/** Identity tokens (keys, roles, tokens, introspection, discovery) and the OIDC provider. */
export const oidcRoutes = {
  ...tokenRoutes,
  ...keyRoutes,
  ...discoveryRoutes,
  ...providerRoutes,
  ...flowRoutes,
} satisfies Partial<Record<OperationId, Route>>;

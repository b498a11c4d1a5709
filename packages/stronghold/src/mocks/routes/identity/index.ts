/** The identity routes: entities, entity aliases, groups, group aliases, lookup and merge, in one table. */
import type { OperationId } from "../../../generated/operations.gen.js";
import type { Route } from "../../context.js";
import { aliasRoutes } from "./aliases.js";
import { entityRoutes } from "./entities.js";
import { groupRoutes } from "./groups.js";
import { lookupRoutes } from "./lookup.js";
import { mergeRoutes } from "./merge.js";

/** Entities, entity aliases (and the legacy paths), groups, group aliases, lookup and merge. */
export const identityRoutes = {
  ...entityRoutes,
  ...mergeRoutes,
  ...aliasRoutes,
  ...groupRoutes,
  ...lookupRoutes,
} satisfies Partial<Record<OperationId, Route>>;

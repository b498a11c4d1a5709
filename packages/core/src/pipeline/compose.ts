import type { Next, Policy } from "./types.js";

/** Chains policies so each one's `next` is the one after it; the last calls `terminal`. */
export function composePolicies(policies: readonly Policy[], terminal: Next): Next {
  return policies.reduceRight<Next>((next, policy) => (request, ctx) => policy.handle(request, ctx, next), terminal);
}

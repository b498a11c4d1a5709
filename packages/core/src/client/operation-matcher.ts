import type { OperationInfo } from "../pipeline/types.js";

interface Route {
  readonly id: string;
  readonly info: OperationInfo;
  readonly pattern: RegExp;
  readonly literalLength: number;
}

/**
 * Finds which operation of the spec a request is, from its method and URL path, so the pipeline
 * knows the operationId (for errors and logs), idempotency and auth needs of any call, including
 * calls made through the raw typed client.
 */
export class OperationMatcher {
  readonly #byMethod = new Map<string, Route[]>();

  constructor(operations: Readonly<Record<string, OperationInfo>> = {}) {
    for (const [id, info] of Object.entries(operations)) {
      const method = info.method.toUpperCase();
      const source = info.path
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("");
      const route: Route = {
        id,
        info,
        pattern: new RegExp(`${source}/?$`),
        literalLength: info.path.replace(/\{[^}]+\}/g, "").length,
      };
      const routes = this.#byMethod.get(method) ?? [];
      routes.push(route);
      this.#byMethod.set(method, routes);
    }
    // Most literal first, so /report/provisional wins over /report/{reportId}.
    for (const routes of this.#byMethod.values()) routes.sort((a, b) => b.literalLength - a.literalLength);
  }

  match(method: string, url: string): { id: string; info: OperationInfo } | undefined {
    const routes = this.#byMethod.get(method.toUpperCase());
    if (!routes) return undefined;
    const path = new URL(url).pathname;
    for (const route of routes) if (route.pattern.test(path)) return { id: route.id, info: route.info };
    return undefined;
  }
}

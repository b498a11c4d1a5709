/**
 * The msw fake of this vendor (work in progress: the vendor's own issue builds it).
 * @packageDocumentation
 */
import type { RequestHandler } from "msw";

/** The sandbox contract: handlers bound to `baseUrl`, demo credentials in `connection`. */
export function sandboxMocks(_baseUrl: string): { handlers: RequestHandler[]; connection: Record<string, unknown>; reset(): void } {
  return { handlers: [], connection: {}, reset: () => undefined };
}

import type { CallOptions } from "../pipeline/types.js";

/** Key under which per-call options ride on a `raw` call's init (see `callInit`). */
export const CALL_OPTIONS = "trustplane";

/** The init fields that carry CallOptions through a `raw` call: `signal`, `headers` and our key. */
export function callInit(options: CallOptions | undefined): {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  [CALL_OPTIONS]?: CallOptions;
} {
  if (!options) return {};
  return {
    ...(options.signal && { signal: options.signal }),
    ...(options.headers && { headers: options.headers }),
    [CALL_OPTIONS]: options,
  };
}

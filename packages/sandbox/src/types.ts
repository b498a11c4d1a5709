import type { RequestHandler } from "msw";

/**
 * What a vendor's `./mocks` module gives the sandbox: the msw handlers of its fake, how a client
 * connects to it, and optionally a way to forget all state.
 */
export interface SandboxMocks {
  /** msw handlers for absolute URLs under the `baseUrl` the factory was given. */
  handlers: RequestHandler[];
  /** How a client connects: base URLs, demo credentials... Journeys read this. */
  connection: Record<string, unknown>;
  /** Forgets every created resource, issued token and queued fault. */
  reset?(): void;
}

/**
 * The contract's one function. `baseUrl` is `http://127.0.0.1:<port>/<prefix>` (no trailing slash);
 * the vendor lays its fake hosts out under it.
 */
export type SandboxMocksFactory = (baseUrl: string) => SandboxMocks;

/** The shape of a vendor package's `./mocks` module, as the sandbox imports it. */
export interface VendorMocksModule {
  sandboxMocks: SandboxMocksFactory;
}

/** A vendor fake to serve under `/<prefix>`. */
export interface SandboxVendor {
  /** First path segment the fake is served under (`pingone-aic`). */
  prefix: string;
  sandboxMocks: SandboxMocksFactory;
}

/** A vendor fake the sandbox is serving. */
export interface MountedVendor {
  prefix: string;
  /** `http://127.0.0.1:<port>/<prefix>`. */
  baseUrl: string;
  connection: Record<string, unknown>;
  /** Built in (`core-demo`), found among the sandbox's dependencies, or passed in `vendors`. */
  source: "builtin" | "discovered" | "explicit";
  /** The package it came from, for discovered vendors. */
  packageName?: string | undefined;
}

/** A dependency that exports `./mocks` but could not be served. */
export interface SkippedVendor {
  packageName: string;
  prefix: string;
  reason: string;
}

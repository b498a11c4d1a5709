/**
 * @trustplane/sandbox: serves the msw fakes of trustplane vendor packages over real HTTP on
 * localhost, so demos, journeys and any HTTP client can use them.
 * @packageDocumentation
 */

export type { DemoJob, JobStatus, JobTimings } from "./core-demo/jobs.js";
export {
  CORE_DEMO_CREDENTIALS,
  type CoreDemoConnection,
  type CoreDemoOptions,
  coreDemoMocks,
  type DemoItem,
} from "./core-demo/mocks.js";
export { type DiscoveredVendor, type DiscoveryOptions, type DiscoveryResult, discoverVendors } from "./discovery.js";
export { type Sandbox, type SandboxOptions, startSandbox } from "./server.js";
export type {
  MountedVendor,
  SandboxMocks,
  SandboxMocksFactory,
  SandboxVendor,
  SkippedVendor,
  VendorMocksModule,
} from "./types.js";

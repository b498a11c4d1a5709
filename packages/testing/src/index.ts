/**
 * @trustplane/testing: msw helpers for testing code built on trustplane clients, and for
 * trustplane's own tests: a fake OAuth2 token server and fault injection.
 * @packageDocumentation
 */
export { faultAdminHandlers } from "./fault-admin.js";
export { type Fault, FaultInjector, faults } from "./faults.js";
export { generateTestKeyPair } from "./keys.js";
export { type CapturedLogger, captureLogs, type LogRecord } from "./logs.js";
export { bearerOf, createMockServer } from "./server.js";
export {
  createFakeTokenServer,
  decodeClaims,
  type FakeTokenServer,
  type FakeTokenServerOptions,
} from "./token-server.js";

/**
 * @trustplane/testing: helpers for testing code built on trustplane clients, and for trustplane's
 * own fakes: msw helpers (a fake OAuth2 token server, fault injection), JWTs on node:crypto, and a
 * test PKI (CAs, certificates, CSRs, PKCS#7, PKCS#12, distinguished names, fingerprints).
 * @packageDocumentation
 */
export { faultAdminHandlers } from "./fault-admin.js";
export { type Fault, FaultInjector, faults } from "./faults.js";
export {
  decodeJwt,
  decodeJwtHeader,
  defaultJwtAlgorithm,
  type Jwk,
  type JwtAlgorithm,
  type JwtClaims,
  JwtError,
  type JwtHeader,
  type KeyInput,
  signJwt,
  type VerifyJwtOptions,
  verifyJwt,
} from "./jwt.js";
export { generateTestKeyPair } from "./keys.js";
export { type CapturedLogger, captureLogs, type LogRecord } from "./logs.js";
export * from "./pki/index.js";
export { bearerOf, createMockServer } from "./server.js";
export {
  clientCredentialsOf,
  createFakeTokenServer,
  decodeClaims,
  type FakeTokenServer,
  type FakeTokenServerOptions,
  oauthError,
} from "./token-server.js";

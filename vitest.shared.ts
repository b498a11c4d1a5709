import { defineConfig } from "vitest/config";

/**
 * What every package's tests share: sources resolved through the `@trustplane/source` export
 * condition (no build needed), `test/**` runtime tests and `*.test-d.ts` type tests.
 */
export const vitestBase = defineConfig({
  resolve: { conditions: ["@trustplane/source"] },
  ssr: { resolve: { conditions: ["@trustplane/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 20_000,
    globalSetup: [new URL("./vitest.global-setup.ts", import.meta.url).pathname],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@trustplane/source"] },
  ssr: { resolve: { conditions: ["@trustplane/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 20_000,
  },
});

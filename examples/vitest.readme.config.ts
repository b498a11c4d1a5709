import { defineConfig } from "vitest/config";

/** Runs the ```ts test blocks of the READMEs (see scripts/check-readmes.ts) against the packages' sources. */
export default defineConfig({
  resolve: { conditions: ["@trustplane/source"] },
  ssr: { resolve: { conditions: ["@trustplane/source"] } },
  test: { include: [".readme-blocks/**/*.test.ts"], testTimeout: 20_000 },
});

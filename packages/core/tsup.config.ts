import { defineConfig } from "tsup";
import { tsupBase } from "../../tsup.shared";

export default defineConfig({
  ...tsupBase,
  entry: { index: "src/index.ts", "json-schema": "src/validation/json-schema-engine.ts" },
  // The validator entry carries the parts of zod it needs (no runtime dependency on zod, no
  // locale tables); the main entry loads it through the package's own export on first use.
  noExternal: ["zod"],
  external: ["@trustplane/core/json-schema"],
});

import { defineConfig } from "tsup";
import { tsupBase } from "../../tsup.shared";

export default defineConfig({
  ...tsupBase,
  entry: { index: "src/index.ts", mocks: "src/mocks/index.ts" },
  // zod/mini (input checks) is bundled: tree-shaken, no locale tables, nothing for users to
  // install or load at import time.
  noExternal: ["zod"],
});

import { defineConfig } from "tsup";
import { tsupBase } from "../../tsup.shared";

export default defineConfig({
  ...tsupBase,
  entry: { index: "src/index.ts", "mocks/index": "src/mocks/index.ts" },
});

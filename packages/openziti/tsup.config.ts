import { defineConfig } from "tsup";
import { tsupBase } from "../../tsup.shared";

export default defineConfig({
  ...tsupBase,
  entry: ["src/index.ts"],
});

import { defineConfig } from "tsup";
import { tsupBase } from "../../tsup.shared";

export default defineConfig({
  ...tsupBase,
  // cli.ts is the `trustplane-sandbox` bin; its shebang is kept and the file made executable.
  entry: ["src/index.ts", "src/cli.ts"],
  // discovery reads the package's own package.json relative to import.meta.url, also in the CJS build.
  shims: true,
});

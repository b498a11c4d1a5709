import { defineConfig } from "tsup";

export default defineConfig({
  // cli.ts is the `trustplane-sandbox` bin; its shebang is kept and the file made executable.
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  // discovery reads the package's own package.json relative to import.meta.url, also in the CJS build.
  shims: true,
});

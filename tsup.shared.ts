import type { Options } from "tsup";

/**
 * What every package's build shares: dual ESM + CJS with declarations, for Node 20.
 * - `stripInternal` keeps `@internal` members out of the published .d.ts.
 * - In the CJS build, `import()` of an external module becomes `require()`, so lazily loaded
 *   modules (the JSON Schema validator, OpenTelemetry) work under Jest and other CommonJS hosts
 *   that cannot run `import()`.
 */
export const tsupBase: Options = {
  format: ["esm", "cjs"],
  dts: { compilerOptions: { stripInternal: true } },
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  // Code loaded on first use (dynamic imports) lands in chunks of its own, in both formats, so
  // importing a package parses only what every call needs.
  splitting: true,
  // Classes keep their names in both formats (error.constructor.name is "ValidationError").
  keepNames: true,
  esbuildOptions(options, context) {
    if (context.format === "cjs") options.supported = { ...options.supported, "dynamic-import": false };
  },
};

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
  esbuildOptions(options, context) {
    if (context.format !== "cjs") return;
    options.supported = { ...options.supported, "dynamic-import": false };
    // The CommonJS build rewrites classes with static fields into anonymous expressions; keep
    // their names there (error.constructor.name is "ValidationError"). Not in the ESM build,
    // where names survive anyway and keepNames would stop bundlers from tree-shaking classes.
    options.keepNames = true;
  },
};

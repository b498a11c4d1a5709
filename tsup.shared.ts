import type { Options } from "tsup";

/** What every package's build shares: dual ESM + CJS with declarations, for Node 20. */
export const tsupBase = {
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
} satisfies Options;

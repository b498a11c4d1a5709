/**
 * Creates packages/<vendor>/ with the shared layout when it does not exist yet (called by gen.ts).
 * Existing files are never touched: the skeleton is a starting point, not generated code.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Vendor } from "./vendors.ts";

const dist = (name: string) => ({
  "@trustplane/source": `./src/${name}.ts`,
  import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
  require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
});

function files(v: Vendor): Record<string, string> {
  const pkg = {
    name: v.packageName,
    version: "0.0.0",
    description: `Typed TypeScript client for the ${v.title} API.`,
    license: "Apache-2.0",
    type: "module",
    sideEffects: false,
    engines: { node: ">=20.19.0" },
    exports: { ".": dist("index"), "./package.json": "./package.json" },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.cts",
    files: ["dist", "src", "README.md", "CHANGELOG.md"],
    scripts: {
      build: "tsup",
      typecheck: "tsc -p tsconfig.json",
      // test / test:types scripts join when the package has tests (vitest fails on an empty suite).
      "check:package": "publint --strict && attw --pack . --profile node16",
    },
    dependencies: { "@trustplane/core": "workspace:^", "openapi-fetch": "^0.17.0", zod: "^4.6.7" },
    devDependencies: { "@trustplane/testing": "workspace:^", msw: "^2.15.0" },
    publishConfig: { access: "public" },
  };
  return {
    "package.json": `${JSON.stringify(pkg, null, 2)}\n`,
    "tsconfig.json": `{\n  "extends": "../../tsconfig.base.json",\n  "include": ["src", "test", "*.config.ts"]\n}\n`,
    "tsup.config.ts": `import { defineConfig } from "tsup";
import { tsupBase } from "../../tsup.shared";

export default defineConfig({
  ...tsupBase,
  entry: ["src/index.ts"],
});
`,
    "vitest.config.ts": `export { vitestBase as default } from "../../vitest.shared.ts";
`,
    "src/index.ts": `/**
 * ${v.packageName}: typed client for the ${v.title} API.
 * @packageDocumentation
 */
export type { components, operations, paths } from "./generated/openapi.gen.js";
export { type OperationId, operationTable } from "./generated/operations.gen.js";
`,
    "README.md": `# ${v.packageName}

Typed TypeScript client for the ${v.title} API. (Work in progress: the generated types are
available; the client lands with its own issue.)
`,
  };
}

export function scaffoldPackage(v: Vendor): boolean {
  const root = `packages/${v.id}`;
  if (existsSync(`${root}/package.json`)) return false;
  for (const [file, text] of Object.entries(files(v))) {
    const path = `${root}/${file}`;
    if (existsSync(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return true;
}

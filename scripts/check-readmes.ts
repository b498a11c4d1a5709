/**
 * README code blocks are code: every ```ts block of every README (root and packages/*) is
 * type-checked as its own module, against the packages' sources, with `exactOptionalPropertyTypes`
 * on; ```ts prelude blocks declare what the other blocks of that README use without defining it
 * (they are global declarations: `declare const aic: import("...").AicClient;`); ```ts test
 * blocks are also run as vitest test files. ```sh, ```json and others are not code to check.
 *
 *   pnpm check:readmes
 *
 * Files are written under examples/.readme-blocks/ (ignored by git), where the workspace's
 * packages resolve as a user's app would import them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

interface Block {
  readme: string;
  line: number;
  kind: "code" | "prelude" | "test";
  text: string;
}

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "examples", ".readme-blocks");

/** The README files that are checked. */
function readmes(): string[] {
  const list = [join(root, "README.md")];
  for (const pkg of readdirSync(join(root, "packages"))) {
    const file = join(root, "packages", pkg, "README.md");
    if (existsSync(file)) list.push(file);
  }
  return list.filter((f) => existsSync(f));
}

/** Every TypeScript fence of a README, with what kind it is. */
export function blocksOf(readme: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|typescript)(?:\s+(prelude|test))?\s*$/.exec(lines[i] ?? "");
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? "")) end++;
    const kind = (open[2] as "prelude" | "test" | undefined) ?? "code";
    blocks.push({ readme, line: start + 1, kind, text: lines.slice(start, end).join("\n") });
    i = end;
  }
  return blocks;
}

function slug(readme: string): string {
  const rel = relative(root, readme)
    .replace(/\/README\.md$/, "")
    .replace(/^README\.md$/, "root");
  return rel.replace(/^packages\//, "").replace(/[^a-z0-9-]+/gi, "-");
}

function main(): number {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const tests: string[] = [];
  let count = 0;
  for (const readme of readmes()) {
    const blocks = blocksOf(readme, readFileSync(readme, "utf8"));
    if (blocks.length === 0) continue;
    const dir = join(out, slug(readme));
    mkdirSync(dir, { recursive: true });
    const prelude = blocks.filter((b) => b.kind === "prelude").map((b) => b.text);
    // A script (no import or export): its declarations are global for the blocks beside it.
    writeFileSync(join(dir, "prelude.d.ts"), `${prelude.join("\n")}\n`);
    for (const block of blocks.filter((b) => b.kind !== "prelude")) {
      count++;
      const name = `line-${block.line}${block.kind === "test" ? ".test" : ""}.ts`;
      const header = `// ${relative(root, block.readme)}, block at line ${block.line}\n`;
      const body = /^\s*(import|export)\s/m.test(block.text) ? block.text : `${block.text}\nexport {};`;
      writeFileSync(join(dir, name), `${header}${body}\n`);
      written.push(join(dir, name));
      if (block.kind === "test") tests.push(join(dir, name));
    }
  }
  writeFileSync(
    join(out, "tsconfig.json"),
    JSON.stringify(
      {
        extends: "../../tsconfig.base.json",
        compilerOptions: { exactOptionalPropertyTypes: true, noUnusedLocals: false, allowUnreachableCode: true },
        include: ["**/*.ts"],
      },
      null,
      2,
    ),
  );
  console.log(`README blocks: ${count} (${tests.length} run as tests), written to ${relative(root, out)}`);
  const tsc = spawnSync("pnpm", ["exec", "tsc", "-p", join(out, "tsconfig.json")], {
    cwd: join(root, "examples"),
    stdio: "inherit",
  });
  if (tsc.status !== 0) {
    console.error("README blocks do not type-check (see above; paths name the README and line)");
    return 1;
  }
  console.log("every README block type-checks");
  if (tests.length) {
    const vitest = spawnSync(
      "pnpm",
      [
        "exec",
        "vitest",
        "run",
        "--config",
        join(root, "examples", "vitest.readme.config.ts"),
        ...tests.map((t) => relative(join(root, "examples"), t)),
      ],
      { cwd: join(root, "examples"), stdio: "inherit" },
    );
    if (vitest.status !== 0) {
      console.error("README test blocks fail (see above)");
      return 1;
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(relative(root, process.argv[1]))) process.exit(main());

/** Runs `redocly lint` on every spec that exists (vendors land one at a time). */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { specPath, vendors } from "./vendors.ts";

const present = vendors.filter((v) => existsSync(specPath(v))).map((v) => v.id);
if (present.length === 0) {
  console.log("no specs yet");
  process.exit(0);
}
try {
  execFileSync("redocly", ["lint", ...present, "--format=summary"], { stdio: "inherit" });
} catch {
  process.exit(1);
}

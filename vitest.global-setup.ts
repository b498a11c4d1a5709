import { rmSync } from "node:fs";
import { join } from "node:path";

/** Drops the previous run's call records (see @trustplane/core's record-calls), so coverage shows this run. */
export default function setup(): void {
  const typesOnly = process.argv.some((a) => a.startsWith("--typecheck"));
  if (process.env.TRUSTPLANE_RECORD_CALLS === "1" && !typesOnly)
    rmSync(join(process.cwd(), ".trustplane", "calls"), { recursive: true, force: true });
}

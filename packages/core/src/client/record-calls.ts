import { builtin } from "../internal/builtins.js";

/**
 * When `TRUSTPLANE_RECORD_CALLS` is set (the repository's `pnpm test` sets it), every call a
 * client makes is appended as `<vendor> <operationId>` to a file under
 * `.trustplane/calls/` of the working directory, so the coverage report can show which
 * operations a test really called. Read once per client; off (and free) otherwise.
 */
export function callRecorder(vendor: string): ((operationId: string | undefined) => void) | undefined {
  const setting = process.env.TRUSTPLANE_RECORD_CALLS;
  if (!setting || setting === "0") return undefined;
  const { appendFileSync, mkdirSync } = builtin("node:fs");
  const dir = setting === "1" ? `${process.cwd()}/.trustplane/calls` : setting;
  const file = `${dir}/${process.pid}.txt`;
  let ready = false;
  return (operationId) => {
    if (!operationId) return;
    if (!ready) {
      mkdirSync(dir, { recursive: true });
      ready = true;
    }
    appendFileSync(file, `${vendor} ${operationId}\n`);
  };
}

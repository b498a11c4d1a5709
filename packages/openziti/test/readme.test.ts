/**
 * The README follows the template and its method table matches the client. Its code blocks are
 * compiled (with exactOptionalPropertyTypes) and its ```ts test blocks run by `pnpm check:readmes`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { methodRegistry, operationTable } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const fences = [...readme.matchAll(/^```ts(?: (prelude|test))?$/gm)].map((m) => m[1] ?? "code");

describe("README", () => {
  it("has the template's sections in order, one prelude, and mentions what it must", () => {
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual([
      "Install",
      "Authenticate",
      "First call",
      "Paging",
      "Errors",
      "Retries and timeouts",
      "Waiters and helpers",
      "Testing with `./mocks`",
      "Full method list",
    ]);
    expect(fences.filter((k) => k === "prelude")).toHaveLength(1);
    expect(fences.filter((k) => k === "test").length).toBeGreaterThanOrEqual(2);
    for (const word of ["withResponse()", "withOptions(", "OpenTelemetry", "fetchControllerCa"]) {
      expect(readme).toContain(word);
    }
  });

  it("lists every operation with its method, HTTP operation and operationId", () => {
    const rows = [...readme.matchAll(/^\| (\w+) \| `(\w+)` \| `([A-Z]+) ([^`]+)` \| `(\w+)` \|$/gm)].map((m) =>
      m.slice(1).join(" "),
    );
    const expected = Object.entries(methodRegistry).flatMap(([resource, methods]) =>
      Object.entries(methods).map(([method, id]) => {
        const op = operationTable[id as keyof typeof operationTable];
        return `${resource} ${method} ${op.method} ${op.path} ${id}`;
      }),
    );
    expect(expected).toHaveLength(199);
    expect(rows.sort()).toEqual(expected.sort());
  });
});

/** What the benchmarks fetch and page through: an AIC variable of a chosen size, and ~200-byte list items. */

/** An AIC ESV variable as `GET /environment/variables/{id}` answers it. */
export interface Variable {
  _id: string;
  valueBase64: string;
  expressionType: string;
  description: string;
  lastChangeDate: string;
  lastChangedBy: string;
  loaded: boolean;
}

export const VARIABLE_ID = "esv-bench-setting";
export const BEARER = "bench-static-token-not-a-secret";

/** A variable whose JSON is about `bytes` long (the description pads it; the value stays small). */
export function variableBody(bytes: number): string {
  const variable: Variable = {
    _id: VARIABLE_ID,
    valueBase64: Buffer.from("bench value").toString("base64"),
    expressionType: "string",
    description: "",
    lastChangeDate: "2025-06-01T12:00:00.000Z",
    lastChangedBy: "bench@example.test",
    loaded: true,
  };
  variable.description = "x".repeat(Math.max(0, bytes - JSON.stringify(variable).length));
  return JSON.stringify(variable);
}

/** One list item, built fresh each time so every string is its own allocation. */
export interface Item {
  id: string;
  name: string;
  email: string;
  status: "active" | "disabled";
  createdAt: string;
  tags: string[];
  note: string;
}

const EPOCH = Date.UTC(2024, 0, 1);

/** About 200 bytes as JSON. */
export function makeItem(i: number): Item {
  return {
    id: `item-${i.toString().padStart(8, "0")}`,
    name: `Service account number ${i}`,
    email: `svc-${i}@workloads.example.test`,
    status: i % 7 === 0 ? "disabled" : "active",
    createdAt: new Date(EPOCH + i * 60_000).toISOString(),
    tags: [`team-${i % 13}`, `env-${i % 3}`],
    note: `rotated ${i % 97} times; owner u-${(i % 5000).toString().padStart(4, "0")}`,
  };
}

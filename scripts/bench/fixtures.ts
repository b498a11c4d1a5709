/**
 * What the benchmarks send and page through: a hand-written `paths` type and operations table for a
 * small user directory API, the ~1 KB JSON body the server answers with, and ~200-byte list items.
 */
import type { OperationInfo } from "../../packages/core/dist/index.js";

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  roles: string[];
  groups: { id: string; name: string }[];
  attributes: Record<string, string>;
  description: string;
}

/** The shape openapi-typescript would generate for the one operation the latency benchmark calls. */
export interface paths {
  "/v1/users/{userId}": {
    get: {
      parameters: { query?: never; header?: never; path: { userId: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { "application/json": User } };
      };
    };
  };
}

/** A small operations table, like a generated `operations.gen.ts`, so the matcher has work to do. */
export const operations: Readonly<Record<string, OperationInfo>> = {
  listUsers: { method: "GET", path: "/v1/users", tags: ["Users"] },
  createUser: { method: "POST", path: "/v1/users", tags: ["Users"] },
  getUser: { method: "GET", path: "/v1/users/{userId}", tags: ["Users"] },
  updateUser: { method: "PATCH", path: "/v1/users/{userId}", tags: ["Users"] },
  deleteUser: { method: "DELETE", path: "/v1/users/{userId}", tags: ["Users"] },
  listUserGroups: { method: "GET", path: "/v1/users/{userId}/groups", tags: ["Users", "Groups"] },
  listGroups: { method: "GET", path: "/v1/groups", tags: ["Groups"] },
  getGroup: { method: "GET", path: "/v1/groups/{groupId}", tags: ["Groups"] },
  health: { method: "GET", path: "/v1/health", tags: ["Meta"], noAuth: true },
};

export const USER_ID = "u-0001";
export const BEARER = "bench-static-token-not-a-secret";

/** The user the server returns: about 1 KB of JSON. */
export function userBody(): string {
  const user: User = {
    id: USER_ID,
    username: "ada.lovelace",
    displayName: "Ada Lovelace",
    email: "ada.lovelace@example.test",
    active: true,
    createdAt: "2024-01-15T09:30:00.000Z",
    updatedAt: "2025-06-01T12:00:00.000Z",
    roles: ["admin", "auditor", "operator"],
    groups: Array.from({ length: 4 }, (_, i) => ({ id: `g-${1000 + i}`, name: `engineering-team-${i}` })),
    attributes: { department: "Research", costCenter: "CC-4711", location: "London", manager: "u-0002" },
    description: "",
  };
  const base = JSON.stringify(user).length;
  user.description = "x".repeat(Math.max(0, 1024 - base));
  return JSON.stringify(user);
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

/**
 * Prints the README's "Full method list" table from the generated registry: area, method, HTTP
 * operation (with the generation that serves it when only one does), operationId.
 *
 *   pnpm tsx scripts/method-table.ts > /tmp/table.md
 */
import { operationTable } from "../src/generated/operations.gen.js";
import { methodRegistry } from "../src/generated/resources.gen.js";
import { adminDifference } from "../src/internal/surface.js";

const overrides: Record<string, string> = {
  "ssl.collect": "collect({ sslId, format?, passphrase? })",
  "ssl.collectV2": "collectV2({ sslId, format?, passphrase? })",
  "smime.collect": "collect({ certId, format?, passphrase?, encryptionType? })",
  "device.collect": "collect({ certId, format? })",
  "reports.stream": "stream({ body }) → CsvReport",
};
const rows: string[] = [];
for (const [resource, methods] of Object.entries(methodRegistry).sort(([a], [b]) => a.localeCompare(b))) {
  for (const [method, id] of Object.entries(methods).sort(([a], [b]) => a.localeCompare(b))) {
    const info = (operationTable as Record<string, { method: string; path: string }>)[id];
    if (!info) continue;
    const difference = adminDifference(id);
    const where = difference?.only ? " (Admin API only)" : difference?.absent ? " (SCM REST API only)" : "";
    const admin = difference?.path ? `; Admin API: \`${difference.path}\`` : "";
    const name = overrides[`${resource}.${method}`] ?? method;
    rows.push(`| \`${resource}\` | \`${name}\` | \`${info.method} ${info.path}\`${where}${admin} | \`${id}\` |`);
  }
}
process.stdout.write(`| area | method | HTTP operation | operationId |\n|---|---|---|---|\n${rows.join("\n")}\n`);

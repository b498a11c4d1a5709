/** Reports: the CSV report stream (written chunk by chunk) and the JSON SSL report. */
import { HttpResponse } from "msw";
import { invalid, json } from "../http.js";
import type { FakeRequest, Handler } from "../router.js";
import type { FakeCertificate } from "../state-types.js";
import { bodyOf, date } from "./common.js";

const TYPES = new Set([
  "SSL_CERTS",
  "CLIENT_CERTS",
  "DEVICE_CERTS",
  "CS_CERTS",
  "BRAND_CERTS",
  "ACTIVITY_LOG",
  "NOTIFICATION_ACTIVITY_LOG",
  "PK_CONTROLLER_ACTIVITY_LOG",
  "ADMINS",
  "DOMAINS",
]);
const KIND: Record<string, string> = { SSL_CERTS: "ssl", CLIENT_CERTS: "smime", DEVICE_CERTS: "device" };

const cell = (value: unknown): string => {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const line = (cells: unknown[]) => `${cells.map(cell).join(",")}\r\n`;

function rowOf(request: FakeRequest, c: FakeCertificate): unknown[] {
  const org = request.state.organizations.get(c.orgId)?.name ?? "";
  return [c.id, c.commonName, c.state, request.state.serialOf(c) ?? "", org, date(request, c.expires) ?? ""];
}

/** The report handlers, by operationId. */
export function reportHandlers(): Record<string, Handler> {
  return {
    streamReport: (request) => {
      const body = bodyOf(request);
      if (typeof body.type !== "string" || !TYPES.has(body.type))
        invalid("type", `must be one of ${[...TYPES].join(", ")}`);
      const kind = KIND[body.type];
      const certificates = [...request.state.certificates.values()].filter((c) => c.kind === kind);
      const { state } = request;
      const extra = state.reportRows;
      const gate = state.reportGate;
      let index = 0;
      const encoder = new TextEncoder();
      let sentHeader = false;
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (!sentHeader) {
            sentHeader = true;
            controller.enqueue(
              encoder.encode(line(["Id", "Common Name", "Status", "Serial Number", "Organization", "Expires"])),
            );
            return;
          }
          if (gate) await gate;
          let chunk = "";
          for (let n = 0; n < 200 && index < certificates.length + extra; n++, index++) {
            const c = certificates[index];
            chunk += c
              ? line(rowOf(request, c))
              : line([
                  100000 + index,
                  `synthetic-${index}.example.com`,
                  "issued",
                  (index + 1).toString(16),
                  "Example Corp, Inc.",
                  "",
                ]);
          }
          if (chunk) controller.enqueue(encoder.encode(chunk));
          if (index >= certificates.length + extra) controller.close();
        },
      });
      return new HttpResponse(stream, {
        status: 200,
        headers: {
          "content-type": "application/octet-stream",
          "content-disposition": `attachment; filename="${body.type.toLowerCase()}_report.csv"`,
        },
      });
    },
    getSslCertificatesReport: (request) => {
      const rows = [...request.state.certificates.values()]
        .filter((c) => c.kind === "ssl")
        .map((c) => ({
          id: c.id,
          commonName: c.commonName,
          orgId: c.orgId,
          organizationName: request.state.organizations.get(c.orgId)?.name,
          status: c.state === "issued" ? "Issued" : c.state,
          requestedVia: "REST API",
          term: c.term,
          serialNumber: request.state.serialOf(c),
          requested: date(request, c.requested),
          issued: date(request, c.issued),
          expires: date(request, c.expires),
        }));
      return json({ statusCode: 0, message: "OK", reports: rows }, 200, {
        "content-disposition": 'attachment; filename="ssl_certificates.json"',
      });
    },
  };
}

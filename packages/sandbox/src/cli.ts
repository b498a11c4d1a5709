#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startSandbox } from "./server.js";

const USAGE = `Usage: trustplane-sandbox [--port 4010] [--host 127.0.0.1] [--quiet]

Serves the core-demo fake and every installed trustplane vendor fake over HTTP.
  -p, --port   TCP port (0: any free port). Default 4010.
      --host   Interface to listen on. Default 127.0.0.1.
  -q, --quiet  Do not print a line per request.
  -h, --help   Show this help.`;

async function main(): Promise<void> {
  let values: { port?: string; host?: string; quiet?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string", short: "p" },
        host: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number (0-65535), not "${values.port}"`);
    process.exit(2);
  }

  const sandbox = await startSandbox({
    port,
    host: values.host ?? "127.0.0.1",
    log: (line) => {
      if (!values.quiet || line.startsWith("skipped")) console.log(line);
    },
  });
  console.log(`trustplane sandbox listening on ${sandbox.url}`);
  const width = Math.max(0, ...sandbox.vendors.map((v) => v.prefix.length));
  for (const vendor of sandbox.vendors) console.log(`  ${vendor.prefix.padEnd(width)}  ${vendor.baseUrl}`);
  console.log(`Connection details: GET ${sandbox.url}/   Stop: Ctrl-C`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second Ctrl-C: do not wait any longer
    stopping = true;
    console.log(`\n${signal}: stopping the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  console.error(code === "EADDRINUSE" ? `The port is in use (${message}); try --port 0 or another port.` : message);
  process.exit(1);
});

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type RequestHandler } from "msw";
import { jsonResponse, pathAndQuery, toWebRequest, writeWebResponse } from "./bridge.js";
import { coreDemoMocks } from "./core-demo/mocks.js";
import { discoverVendors } from "./discovery.js";
import type { MountedVendor, SandboxMocks, SandboxVendor, SkippedVendor } from "./types.js";

export interface SandboxOptions {
  /** TCP port; 0 picks any free port. Default 4010. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1 (the sandbox is for this machine only). */
  host?: string;
  /** Vendor fakes to serve besides the built-in and discovered ones. */
  vendors?: SandboxVendor[];
  /**
   * Serve every `@trustplane/*` dependency that exports `./mocks`. Default true (the sandbox's own
   * dependencies); `{ packageJson }` reads another package's dependencies instead.
   */
  discover?: boolean | { packageJson: string | URL };
  /** Serve the built-in `core-demo` fake. Default true. */
  builtins?: boolean;
  /** Receives one line per request (`GET /core-demo/api/items 200 3ms`) and any vendor skipped. */
  log?: (line: string) => void;
}

export interface Sandbox {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  readonly vendors: MountedVendor[];
  /** Vendor packages that export `./mocks` but could not be loaded, and why. */
  readonly skipped: SkippedVendor[];
  /** Resets every vendor fake (its `reset()`); also `POST /__reset`. */
  reset(): void;
  /** Stops listening and drops open keep-alive connections. */
  close(): Promise<void>;
}

interface Mount {
  vendor: MountedVendor;
  handlers: RequestHandler[];
  reset: (() => void) | undefined;
}

const PREFIX = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * Serves vendor fakes (msw handlers) over real HTTP: `/<prefix>/...` goes to that vendor's
 * handlers through msw's `getResponse`. `GET /` lists what is mounted.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log;

  const sources: Array<SandboxVendor & { source: MountedVendor["source"]; packageName?: string }> = [];
  if (options.builtins !== false) sources.push({ prefix: "core-demo", sandboxMocks: coreDemoMocks, source: "builtin" });
  const skipped: SkippedVendor[] = [];
  if (options.discover !== false) {
    const found = await discoverVendors(typeof options.discover === "object" ? options.discover : {});
    sources.push(...found.vendors.map((v) => ({ ...v, source: "discovered" as const })));
    skipped.push(...found.skipped);
    for (const s of found.skipped) log?.(`skipped ${s.packageName}: ${s.reason}`);
  }
  for (const v of options.vendors ?? []) sources.push({ ...v, source: "explicit" });
  const seen = new Set<string>();
  for (const { prefix } of sources) {
    if (!PREFIX.test(prefix)) throw new Error(`sandbox prefix "${prefix}" must be one URL path segment ([a-z0-9._-])`);
    if (seen.has(prefix)) throw new Error(`two sandbox vendors want the prefix "${prefix}"`);
    seen.add(prefix);
  }

  const mounts = new Map<string, Mount>();
  let origin = "";
  let ready: () => void = () => undefined;
  const mounted = new Promise<void>((resolve) => {
    ready = resolve;
  });

  const server = createServer({ keepAlive: true }, (req, res) => {
    mounted
      .then(() => serve(req, res))
      .catch((error: unknown) => {
        log?.(`sandbox failed on ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "sandbox failure" }));
      });
  });
  // Idle keep-alive sockets stay a while, so clients reuse them across a journey's calls.
  server.keepAliveTimeout = 30_000;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = (req.method ?? "GET").toUpperCase();
    const target = pathAndQuery(req);
    const path = target.split("?")[0] ?? "/";
    const response = await answer(req, res, method, path);
    await writeWebResponse(response, req, res);
    const outcome = response.type === "error" ? "connection reset" : String(response.status);
    log?.(`${method} ${target} ${outcome} ${Math.round(performance.now() - started)}ms`);
  }

  async function answer(req: IncomingMessage, res: ServerResponse, method: string, path: string): Promise<Response> {
    if (path === "/" && (method === "GET" || method === "HEAD")) return jsonResponse(200, listing());
    if (path === "/__reset" && method === "POST") {
      resetAll();
      return new Response(null, { status: 204 });
    }
    const mount = mounts.get(firstSegment(path));
    if (mount) {
      const aborter = new AbortController();
      res.once("close", () => {
        if (!res.writableFinished) aborter.abort();
      });
      const request = await toWebRequest(req, origin, aborter.signal);
      let response: Response | undefined;
      try {
        response = await getResponse(mount.handlers, request);
      } catch (error) {
        return jsonResponse(500, {
          error: "sandbox handler threw",
          vendor: mount.vendor.prefix,
          message: error instanceof Error ? error.message : String(error),
        });
      }
      // msw's passthrough() answer means "not mine": the sandbox has no real server behind it.
      if (response && response.headers.get("x-msw-intention") !== "passthrough") return response;
    }
    return jsonResponse(404, { error: "no sandbox route", method, path });
  }

  function listing() {
    return {
      name: "trustplane sandbox",
      url: origin,
      vendors: [...mounts.values()].map(({ vendor }) => ({
        prefix: vendor.prefix,
        baseUrl: vendor.baseUrl,
        source: vendor.source,
        ...(vendor.packageName && { package: vendor.packageName }),
        connection: vendor.connection,
      })),
      ...(skipped.length > 0 && { skipped }),
    };
  }

  function resetAll(): void {
    for (const mount of mounts.values()) mount.reset?.();
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${urlHost(host)}:${port}`;

  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };

  try {
    for (const source of sources) {
      const baseUrl = `${origin}/${source.prefix}`;
      const mocks: SandboxMocks = source.sandboxMocks(baseUrl);
      if (
        !mocks ||
        !Array.isArray(mocks.handlers) ||
        typeof mocks.connection !== "object" ||
        mocks.connection === null
      ) {
        throw new Error(
          `sandboxMocks("${baseUrl}") for "${source.prefix}" must return { handlers: [], connection: {} }`,
        );
      }
      mounts.set(source.prefix, {
        vendor: {
          prefix: source.prefix,
          baseUrl,
          connection: mocks.connection,
          source: source.source,
          ...(source.packageName && { packageName: source.packageName }),
        },
        handlers: mocks.handlers,
        reset: mocks.reset?.bind(mocks),
      });
    }
  } catch (error) {
    await close();
    throw error;
  }
  ready();

  return {
    url: origin,
    port,
    vendors: [...mounts.values()].map((m) => m.vendor),
    skipped,
    reset: resetAll,
    close,
  };
}

/** The host part of the sandbox's URLs: a wildcard address is reached through loopback. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

/** The decoded first path segment (the vendor prefix); "" when it is not valid percent-encoding. */
function firstSegment(path: string): string {
  try {
    return decodeURIComponent(path.split("/")[1] ?? "");
  } catch {
    return "";
  }
}

import type { Dispatcher, EnvHttpProxyAgent } from "undici";
import { type PemInput, processDispatcher, proxyFromEnv } from "./dispatcher.js";
import type { TransportOptions } from "./options.js";

/**
 * Builds the dispatcher the transport options describe, or undefined when the process's own will
 * do. The undici package is loaded only here. Loading it installs undici's Agent as the
 * process-wide dispatcher when none is set yet, a change nobody should get just by using
 * trustplane: so Node's own dispatcher is put in place first, and undici finds one already there.
 */
export async function createDispatcher(options: TransportOptions): Promise<Dispatcher | undefined> {
  if (options.dispatcher) return options.dispatcher;
  await processDispatcher();
  const { Agent, EnvHttpProxyAgent, ProxyAgent } = await import("undici");
  const tls = {
    ...(options.ca !== undefined && { ca: toTls(options.ca) }),
    ...(options.cert !== undefined && { cert: toTls(options.cert) }),
    ...(options.key !== undefined && { key: toTls(options.key) }),
    ...(options.pfx !== undefined && { pfx: Buffer.from(options.pfx) }),
    ...(options.passphrase !== undefined && { passphrase: options.passphrase }),
    ...(options.rejectUnauthorized !== undefined && { rejectUnauthorized: options.rejectUnauthorized }),
  };
  const pool = {
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    ...(options.connections !== undefined && { connections: options.connections }),
  };
  if (typeof options.proxy === "string") {
    return new ProxyAgent({ uri: options.proxy, requestTls: tls, ...pool });
  }
  if (options.proxy !== false && proxyFromEnv()) {
    return new EnvHttpProxyAgent({ connect: tls, requestTls: tls, ...pool } as EnvHttpProxyAgent.Options);
  }
  return new Agent({ connect: tls, ...pool });
}

function toTls(value: PemInput | PemInput[]): string | Buffer | Array<string | Buffer> {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : Buffer.from(v)));
  return typeof value === "string" ? value : Buffer.from(value);
}

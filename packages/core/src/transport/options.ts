import type { Dispatcher } from "undici";
import type { PemInput } from "./dispatcher.js";

/**
 * Which HTTP engine sends requests. `auto` (default) talks to undici's dispatcher directly when
 * that is safe (no custom `fetch`, `globalThis.fetch` is the runtime's own), and uses `fetch`
 * otherwise (so msw and other fetch mocks see every request). `fetch` and `dispatcher` force one.
 */
export type TransportEngine = "auto" | "fetch" | "dispatcher";

/** How requests reach the network. */
export interface TransportOptions {
  /** A fetch to use instead of the global one (resolved per request when omitted, so msw works). */
  fetch?: typeof globalThis.fetch | undefined;
  /** An undici dispatcher to use instead of the one built from the options below. */
  dispatcher?: Dispatcher | undefined;
  /** Which engine sends requests (default `auto`). */
  engine?: TransportEngine | undefined;
  /**
   * CA certificates (PEM) to trust, e.g. an OpenZiti controller's self-signed CA. As in Node's TLS
   * options, they replace the default public roots for this client; add `tls.rootCertificates`
   * to the list to trust both.
   */
  ca?: PemInput | PemInput[] | undefined;
  /** Client certificate (PEM) for mutual TLS, with `key`. */
  cert?: PemInput | undefined;
  /** Private key (PEM) of the client certificate. */
  key?: PemInput | undefined;
  /** Client certificate and key as PKCS#12, with `passphrase`. */
  pfx?: Uint8Array | undefined;
  /** Passphrase of `pfx` or of an encrypted `key`. */
  passphrase?: string | undefined;
  /** Verify the server certificate (default true). Turning this off is for local experiments only. */
  rejectUnauthorized?: boolean | undefined;
  /**
   * Proxy URL. Default: `HTTPS_PROXY` / `HTTP_PROXY` from the environment, honouring `NO_PROXY`.
   * `false` ignores the environment.
   */
  proxy?: string | false | undefined;
  /** How long an idle keep-alive socket stays open, in ms (default 30000). */
  keepAliveTimeoutMs?: number | undefined;
  /** Largest number of sockets per origin (default unlimited). */
  connections?: number | undefined;
}

/**
 * A TLS client certificate as a login takes it: PEM certificate and key,
 * or a PKCS#12 bundle; `passphrase` opens an encrypted key or the bundle. It maps onto
 * `TransportOptions`' `cert`/`key`/`pfx`/`passphrase`.
 */
export type ClientCertificate =
  | {
      /** The client certificate (PEM text or bytes; may include its chain). */
      cert: PemInput;
      /** Its private key (PEM text or bytes). */
      key: PemInput;
      /** Passphrase of an encrypted key. */
      passphrase?: string | undefined;
    }
  | {
      /** Certificate and key as PKCS#12 bytes. */
      pfx: Uint8Array;
      /** Passphrase of the PKCS#12 bundle. */
      passphrase?: string | undefined;
    };

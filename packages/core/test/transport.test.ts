import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net, { type AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConnectionError, createApiClient, dispatcherFor } from "../src/index.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/tls/${name}`, import.meta.url));
const ca = fixture("ca.crt").toString();
const clientCert = fixture("client.crt").toString();
const clientKey = fixture("client.key").toString();
const clientP12 = new Uint8Array(fixture("client.p12"));

const profile = { vendor: "transport-test", version: "0.0.0" };
let connections = 0;
let tlsServer: https.Server;
let tlsUrl = "";

beforeAll(async () => {
  tlsServer = https.createServer(
    { key: fixture("server.key"), cert: fixture("server.crt"), ca, requestCert: true, rejectUnauthorized: true },
    (req, res) => {
      const peer = (req.socket as import("node:tls").TLSSocket).getPeerCertificate();
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ client: peer.subject?.CN, port: req.socket.remotePort }));
    },
  );
  tlsServer.on("secureConnection", () => connections++);
  await new Promise<void>((r) => tlsServer.listen(0, "127.0.0.1", r));
  tlsUrl = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => tlsServer.close(() => r())));
afterEach(() => {
  connections = 0;
});

type Transport = NonNullable<Parameters<typeof createApiClient>[1]["transport"]>;
const engines = ["dispatcher", "fetch"] as const;

describe.each(engines)("engine: %s", (engine) => {
  const call = async (transport: Transport) => {
    const client = createApiClient(profile, {
      baseUrl: tlsUrl,
      transport: { engine, ...transport },
      logLevel: "off",
      maxRetries: 0,
    });
    try {
      const response = await client.fetch(`${tlsUrl}/whoami`);
      return (await response.json()) as { client: string; port: number };
    } finally {
      await client.close();
    }
  };

  describe("TLS", () => {
    it("rejects a server signed by an unknown CA, without retrying", async () => {
      const error = await call({ cert: clientCert, key: clientKey }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).permanent).toBe(true);
      expect(connections).toBe(0);
    });

    it("trusts a custom CA bundle and presents a PEM client certificate", async () => {
      expect(await call({ ca, cert: clientCert, key: clientKey })).toMatchObject({ client: "trustplane test client" });
    });

    it("presents a PKCS#12 client certificate with its passphrase", async () => {
      expect(await call({ ca, pfx: clientP12, passphrase: "p12-test-pass" })).toMatchObject({
        client: "trustplane test client",
      });
    });

    it("fails when the server demands a client certificate and none is given, and says so", async () => {
      const error = await call({ ca }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).message).toMatch(/client certificate/);
    });

    it("reuses keep-alive connections: 20 sequential calls, at most 2 sockets", async () => {
      const client = createApiClient(profile, {
        baseUrl: tlsUrl,
        transport: { engine, ca, cert: clientCert, key: clientKey },
        logLevel: "off",
      });
      for (let i = 0; i < 20; i++) await (await client.fetch(`${tlsUrl}/x`)).json();
      await client.close();
      expect(connections).toBeLessThanOrEqual(2);
    });

    it("connections: 1 sends everything over one socket", async () => {
      const client = createApiClient(profile, {
        baseUrl: tlsUrl,
        transport: { engine, ca, cert: clientCert, key: clientKey, connections: 1 },
        logLevel: "off",
      });
      const ports = new Set<number>();
      await Promise.all(
        Array.from({ length: 10 }, async () =>
          ports.add(((await (await client.fetch(`${tlsUrl}/x`)).json()) as { port: number }).port),
        ),
      );
      await client.close();
      expect(ports.size).toBe(1);
      expect(connections).toBe(1);
    });
  });

  describe("proxy", () => {
    let target: http.Server;
    let proxy: net.Server;
    let targetUrl = "";
    let proxyUrl = "";
    let tunnels: string[] = [];

    beforeAll(async () => {
      target = http.createServer((_req, res) => res.end(JSON.stringify({ via: "target" })));
      await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
      targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
      // A minimal CONNECT proxy that records where it tunnels to.
      const server = http.createServer((_req, res) => res.writeHead(405).end());
      server.on("connect", (req, socket, head) => {
        tunnels.push(String(req.url));
        const [host, port] = String(req.url).split(":");
        const upstream = net.connect(Number(port), host, () => {
          socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
          upstream.write(head);
          upstream.pipe(socket);
          socket.pipe(upstream);
        });
        upstream.on("error", () => socket.destroy());
        socket.on("error", () => upstream.destroy());
      });
      proxy = server;
      await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
      proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise<void>((r) => target.close(() => r()));
      await new Promise<void>((r) => proxy.close(() => r()));
    });
    afterEach(() => {
      tunnels = [];
      for (const k of ["HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "no_proxy"])
        delete process.env[k];
    });

    const get = async (transport: Transport = {}) => {
      const client = createApiClient(profile, {
        baseUrl: targetUrl,
        transport: { engine, ...transport },
        logLevel: "off",
        maxRetries: 0,
      });
      try {
        return await (await client.fetch(`${targetUrl}/x`)).json();
      } finally {
        await client.close();
      }
    };

    it("goes through an explicit proxy", async () => {
      expect(await get({ proxy: proxyUrl })).toEqual({ via: "target" });
      expect(tunnels).toEqual([new URL(targetUrl).host]);
    });

    it("takes the proxy from HTTP_PROXY", async () => {
      process.env.HTTP_PROXY = proxyUrl;
      expect(await get()).toEqual({ via: "target" });
      expect(tunnels).toHaveLength(1);
    });

    it("honours NO_PROXY", async () => {
      process.env.HTTP_PROXY = proxyUrl;
      process.env.NO_PROXY = "127.0.0.1";
      expect(await get()).toEqual({ via: "target" });
      expect(tunnels).toHaveLength(0);
    });

    it("dispatcherFor hands out the dispatcher the transport would use, environment proxy included", async () => {
      expect(await dispatcherFor({})).toBeUndefined();
      const given = { dispatch: () => true } as unknown as NonNullable<Transport["dispatcher"]>;
      expect(await dispatcherFor({ dispatcher: given })).toBe(given);
      process.env.HTTP_PROXY = proxyUrl;
      const dispatcher = await dispatcherFor({});
      expect(dispatcher).toBeDefined();
      try {
        const answer = await fetch(`${targetUrl}/x`, { dispatcher } as RequestInit);
        expect(await answer.json()).toEqual({ via: "target" });
        expect(tunnels).toEqual([new URL(targetUrl).host]);
      } finally {
        await dispatcher?.close();
      }
    });

    it("proxy: false ignores the environment", async () => {
      process.env.HTTP_PROXY = proxyUrl;
      expect(await get({ proxy: false })).toEqual({ via: "target" });
      expect(tunnels).toHaveLength(0);
    });
  });

  describe("connection failures", () => {
    it("a refused connection is a ConnectionError that happened before sending", async () => {
      const server = net.createServer();
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      const port = (server.address() as AddressInfo).port;
      await new Promise<void>((r) => server.close(() => r()));
      const client = createApiClient(profile, {
        baseUrl: `http://127.0.0.1:${port}`,
        transport: { engine },
        logLevel: "off",
        maxRetries: 0,
      });
      const error = (await client
        .fetch(`http://127.0.0.1:${port}/x`, { method: "POST", body: "{}" })
        .catch((e: unknown) => e)) as ConnectionError;
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.code).toBe("ECONNREFUSED");
      expect(error.beforeSend).toBe(true);
    });
  });
});

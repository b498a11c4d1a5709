/**
 * Client-certificate login over real HTTPS on 127.0.0.1: a server that demands a client
 * certificate (mutual TLS) serves the fake; the client presents its certificate, calls every path
 * under `/private` with `login` and `customerUri` and no password.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net, { type AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { headerCredentials } from "@trustplane/core";
import { getResponse } from "msw";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectionError, clientCertificate, createSectigoClient } from "../src/index.js";
import { createSectigoMocks } from "../src/mocks/index.js";
import { csrFor } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/tls/${name}`, import.meta.url));
const ca = fixture("ca.crt").toString();
const cert = fixture("client.crt").toString();
const key = fixture("client.key").toString();
const pfx = new Uint8Array(fixture("client.p12"));

let server: https.Server;
let url = "";
const seen: Array<{ path: string; peer: string | undefined; login: string | null; password: string | null }> = [];
let mocks: ReturnType<typeof createSectigoMocks>;

beforeAll(async () => {
  server = https.createServer(
    { key: fixture("server.key"), cert: fixture("server.crt"), ca, requestCert: true, rejectUnauthorized: true },
    async (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      seen.push({
        path: req.url ?? "",
        peer: typeof peer.subject?.CN === "string" ? peer.subject.CN : undefined,
        login: typeof req.headers.login === "string" ? req.headers.login : null,
        password: (req.headers.password as string | undefined) ?? null,
      });
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const body = chunks.length && req.method !== "GET" && req.method !== "HEAD" ? Buffer.concat(chunks) : undefined;
      const request = new Request(`${url}${req.url}`, { method: req.method ?? "GET", headers, ...(body && { body }) });
      const response = (await getResponse(mocks.handlers, request)) ?? new Response("no handler", { status: 500 });
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        res.setHeader(name, value);
      });
      if (response.body)
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
      res.end();
    },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mocks = createSectigoMocks({ url, adminUrl: `${url}/admin`, tokenUrl: `${url}/token`, pendingPolls: 1 });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const account = () => ({ login: mocks.connection.login, customerUri: mocks.connection.customerUri });

describe.each(["dispatcher", "fetch"] as const)("mutual TLS (%s engine)", (engine) => {
  it("presents the PEM certificate and calls /private paths without a password", async () => {
    seen.length = 0;
    const sectigo = createSectigoClient({
      url,
      auth: clientCertificate({ cert, key }, account()),
      transport: { ca, engine },
      logLevel: "off",
    });
    try {
      expect(sectigo.baseUrl).toBe(`${url}/private`);
      const { id, certificate } = await sectigo.ssl.enrollAndCollect(
        { orgId: 1, certType: 101, term: 365, csr: csrFor("mtls.example.com") },
        { interval: 1, format: "bin" },
      );
      expect(certificate).toBeInstanceOf(Uint8Array);
      expect(id).toBeGreaterThan(0);
    } finally {
      await sectigo.close();
    }
    expect(seen.length).toBeGreaterThanOrEqual(4);
    for (const s of seen) {
      expect(s.path.startsWith("/private/api/")).toBe(true);
      expect(s.peer).toBe("trustplane test client");
      expect(s.login).toBe(mocks.connection.login);
      expect(s.password).toBeNull();
    }
  });

  it("presents a PKCS#12 certificate, and streams a report over the same TLS", async () => {
    seen.length = 0;
    const sectigo = createSectigoClient({
      url,
      auth: clientCertificate({ pfx, passphrase: "p12-test-pass" }, account()),
      transport: { ca, engine },
      logLevel: "off",
    });
    try {
      mocks.reset();
      mocks.state.reportRows = 500;
      const report = await sectigo.reports.stream({ body: { type: "SSL_CERTS" } });
      let rows = 0;
      for await (const _ of report) rows++;
      expect(rows).toBe(501);
    } finally {
      await sectigo.close();
    }
    expect(seen.map((s) => [s.path, s.peer])).toEqual([["/private/api/report/v2/stream", "trustplane test client"]]);
  });
});

it("a streamed report goes through the proxy named in HTTPS_PROXY, as every other call does", async () => {
  const tunnels: string[] = [];
  const proxy = http.createServer((_req, res) => res.writeHead(405).end());
  proxy.on("connect", (req, socket, head) => {
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
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  process.env.HTTPS_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const sectigo = createSectigoClient({
    url,
    auth: clientCertificate({ cert, key }, account()),
    transport: { ca },
    logLevel: "off",
  });
  try {
    mocks.reset();
    mocks.state.reportRows = 3;
    let rows = 0;
    for await (const _ of await sectigo.reports.stream({ body: { type: "SSL_CERTS" } })) rows++;
    expect(rows).toBe(4);
    expect(tunnels).toEqual([new URL(url).host]);
  } finally {
    delete process.env.HTTPS_PROXY;
    await sectigo.close();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  }
});

it("without a client certificate the TLS handshake fails, and the error says why", async () => {
  const sectigo = createSectigoClient({
    url: `${url}/private`,
    auth: headerCredentials(account()),
    transport: { ca },
    logLevel: "off",
    maxRetries: 0,
  });
  const error = await sectigo.ssl.listProfiles().then(
    () => undefined,
    (e: unknown) => e,
  );
  await sectigo.close();
  expect(error).toBeInstanceOf(ConnectionError);
  expect((error as ConnectionError).message).toMatch(/client certificate/);
});

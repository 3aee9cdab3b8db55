import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedSecurityHeaders, HSTS, isHttpsRequest, strictTransportSecurity } from "./security-headers.js";

// HSTS only over HTTPS (issue 13, item 9; RFC 6797 §7.2). server.js calls
// strictTransportSecurity on every raw request before the page cache or Express answer; here
// it runs in front of a handler that answers with writeHead, as the page cache does.

function serverWith(trustProxy: boolean) {
  return http.createServer((req, res) => {
    strictTransportSecurity(req, res, trustProxy);
    res.writeHead(200, { "Content-Type": "text/plain", "X-Kindred-Cache": "hit" });
    res.end("ok");
  });
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("Strict-Transport-Security", () => {
  const direct = serverWith(false);
  const proxied = serverWith(true);
  let directUrl = "";
  let proxiedUrl = "";
  beforeAll(async () => {
    directUrl = await listen(direct);
    proxiedUrl = await listen(proxied);
  });
  afterAll(() => {
    direct.close();
    proxied.close();
  });

  it("is never among the headers every response gets", () => {
    expect(Object.keys(fixedSecurityHeaders({ production: true })).map((n) => n.toLowerCase())).not.toContain("strict-transport-security");
  });

  it("is not sent over plain HTTP, nor for a forwarded https that isn't trusted", async () => {
    expect((await fetch(directUrl)).headers.get("strict-transport-security")).toBeNull();
    expect((await fetch(directUrl, { headers: { "X-Forwarded-Proto": "https" } })).headers.get("strict-transport-security")).toBeNull();
    expect((await fetch(proxiedUrl)).headers.get("strict-transport-security")).toBeNull();
    expect((await fetch(proxiedUrl, { headers: { "X-Forwarded-Proto": "http" } })).headers.get("strict-transport-security")).toBeNull();
    expect((await fetch(proxiedUrl, { headers: { "X-Forwarded-Proto": "http, https" } })).headers.get("strict-transport-security")).toBeNull();
  });

  it("is sent with TRUST_PROXY when the proxy says the request came over https", async () => {
    for (const proto of ["https", "HTTPS", " https , http"]) {
      const response = await fetch(proxiedUrl, { headers: { "X-Forwarded-Proto": proto } });
      expect(response.headers.get("strict-transport-security"), proto).toBe(HSTS);
      // The handler's own headers are kept.
      expect(response.headers.get("x-kindred-cache")).toBe("hit");
    }
  });

  it("counts a TLS socket as HTTPS whatever the headers say", () => {
    const req = { socket: { encrypted: true }, headers: { "x-forwarded-proto": "http" } } as unknown as http.IncomingMessage;
    expect(isHttpsRequest(req, false)).toBe(true);
    expect(isHttpsRequest({ socket: {}, headers: {} } as unknown as http.IncomingMessage, true)).toBe(false);
  });
});

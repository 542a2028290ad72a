import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forwardedHeadersNodeOptions, normalizeForwarded, parseTrustProxy } from "@/scripts/forwarded-headers.mjs";

const normalized = (headers: IncomingHttpHeaders, peer: string, trust: number) => {
  const copy = { ...headers };
  normalizeForwarded(copy, peer, trust);
  return copy;
};

describe("which forwarded headers are believed", () => {
  const spoofed = {
    host: "app.example",
    "x-forwarded-for": "203.0.113.7, 198.51.100.1",
    "x-forwarded-proto": "https",
    "x-forwarded-host": "evil.example",
    "x-forwarded-port": "443",
    "x-real-ip": "203.0.113.9",
  };

  it("by default (TRUST_PROXY unset or 0), none: the client is the socket's peer", () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy("")).toBe(0);
    expect(normalized(spoofed, "192.0.2.10", 0)).toEqual({ host: "app.example", "x-forwarded-for": "192.0.2.10" });
  });

  it("with TRUST_PROXY=1, the right-most entry the proxy sent, and its protocol and host", () => {
    expect(normalized(spoofed, "10.0.0.2", 1)).toEqual({
      host: "app.example",
      "x-forwarded-for": "198.51.100.1",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      "x-forwarded-port": "443",
    });
    // A client's own X-Forwarded-For is only ever to the left of what the proxy appended.
    expect(normalized({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 198.51.100.1" }, "10.0.0.2", 1)).toMatchObject({
      "x-forwarded-for": "198.51.100.1",
    });
    // A proxy that appends its protocol: the nearest value; anything but http/https is dropped.
    expect(normalized({ "x-forwarded-proto": "https, http" }, "10.0.0.2", 1)["x-forwarded-proto"]).toBe("http");
    expect(normalized({ "x-forwarded-proto": "gopher" }, "10.0.0.2", 1)["x-forwarded-proto"]).toBeUndefined();
  });

  it("with TRUST_PROXY=2, the second from the right; with fewer entries, the left-most", () => {
    expect(normalized({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 3.3.3.3" }, "10.0.0.2", 2)["x-forwarded-for"]).toBe(
      "2.2.2.2",
    );
    expect(normalized({}, "10.0.0.2", 2)["x-forwarded-for"]).toBe("10.0.0.2");
    expect(normalized({ "x-forwarded-for": "4.4.4.4" }, "10.0.0.2", 3)["x-forwarded-for"]).toBe("4.4.4.4");
  });

  it("refuses a TRUST_PROXY that is not a small number", () => {
    for (const bad of ["yes", "-1", "1.5", "100", "true"]) expect(() => parseTrustProxy(bad)).toThrow(/TRUST_PROXY/);
    expect(parseTrustProxy(" 2 ")).toBe(2);
  });

  it("adds the preload to NODE_OPTIONS once, keeping what was there", () => {
    const once = forwardedHeadersNodeOptions("--max-old-space-size=512");
    expect(once).toMatch(/^--max-old-space-size=512 --import=file:\/\/.*forwarded-headers-preload\.mjs$/);
    expect(forwardedHeadersNodeOptions(once)).toBe(once);
  });
});

/**
 * The preload itself, in a real Node process (as scripts/run-with-db.ts starts Next.js):
 * a server that answers with the headers its request listener received, reached from
 * different loopback addresses with forged headers.
 */
describe.each([0, 1])("a server process started with the preload and TRUST_PROXY=%i", (trust) => {
  let server: ChildProcess;
  let port = 0;

  beforeAll(async () => {
    const code = `
      const http = require("node:http");
      const s = http.createServer((req, res) => res.end(JSON.stringify(req.headers)));
      s.listen(0, "127.0.0.1", () => console.log(s.address().port));`;
    server = spawn(process.execPath, ["-e", code], {
      env: { ...process.env, TRUST_PROXY: String(trust), NODE_OPTIONS: forwardedHeadersNodeOptions("") },
      stdio: ["ignore", "pipe", "inherit"],
    });
    port = await new Promise<number>((resolve) => server.stdout!.once("data", (d: Buffer) => resolve(Number(d))));
  });
  afterAll(() => {
    server.kill();
  });

  const get = (from: string, headers: Record<string, string>) =>
    new Promise<Record<string, string>>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, localAddress: from, headers }, (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve(JSON.parse(body) as Record<string, string>));
        })
        .on("error", reject);
    });

  it("hands the app one address a client cannot choose", async () => {
    const seen = await get("127.0.0.23", {
      "X-Forwarded-For": "203.0.113.7, 127.0.0.99",
      "X-Forwarded-Proto": "https",
      "X-Real-IP": "203.0.113.9",
    });
    if (trust === 0) {
      expect(seen["x-forwarded-for"]).toBe("127.0.0.23");
      expect(seen["x-forwarded-proto"]).toBeUndefined();
    } else {
      // The proxy (here: whoever connected) appended 127.0.0.99 last.
      expect(seen["x-forwarded-for"]).toBe("127.0.0.99");
      expect(seen["x-forwarded-proto"]).toBe("https");
    }
    expect(seen["x-real-ip"]).toBeUndefined();
  });

  it("without any forwarded header, the peer", async () => {
    expect((await get("127.0.0.24", {}))["x-forwarded-for"]).toBe("127.0.0.24");
  });
});

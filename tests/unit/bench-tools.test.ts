import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { encodeActionArgs, findActionId } from "@/scripts/bench/actions";
import { startProxy } from "@/scripts/bench/proxy";
import { markers, replaceSection } from "@/scripts/bench/report";

describe("server action calls", () => {
  it("encode plain arguments as React's encodeReply does (a JSON array, $-strings escaped)", () => {
    expect(encodeActionArgs([{ id: "c1", expectedVersion: 1 }])).toBe('[{"id":"c1","expectedVersion":1}]');
    expect(encodeActionArgs([{ note: "$5 off" }])).toBe('[{"note":"$$5 off"}]');
  });

  it("find the action id in the build's manifest by export name and file", () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), "bench-dist-"));
    mkdirSync(path.join(dist, "server"));
    writeFileSync(
      path.join(dist, "server", "server-reference-manifest.json"),
      JSON.stringify({
        node: {
          "7fa": { workers: {}, filename: "app/a/actions.ts", exportedName: "saveAction" },
          "7fb": { workers: {}, filename: "app/b/actions.ts", exportedName: "saveAction" },
        },
        edge: {},
      }),
    );
    expect(findActionId(dist, "saveAction", "app/b/actions.ts")).toBe("7fb");
    expect(findActionId(dist, "missingAction")).toBeNull();
    expect(findActionId(path.join(dist, "nowhere"), "saveAction")).toBeNull();
  });
});

describe("docs/performance.md sections", () => {
  it("replace the section of the same instance count, keep the rest, append when absent", () => {
    const [s1, e1] = markers(1);
    const doc = `# Performance\n\nintro\n\n${s1}\nold\n${e1}\n\n## Notes\nkept\n`;
    const updated = replaceSection(doc, 1, "new");
    expect(updated).toBe(`# Performance\n\nintro\n\n${s1}\nnew\n${e1}\n\n## Notes\nkept\n`);
    const two = replaceSection(updated, 2, "two");
    expect(two.startsWith(updated.trimEnd())).toBe(true);
    expect(two).toContain(`${markers(2)[0]}\ntwo\n${markers(2)[1]}`);
    expect(replaceSection(two, 2, "again")).toContain("again");
    expect(replaceSection(two, 2, "again")).not.toContain("two\n");
  });
});

describe("round-robin proxy", () => {
  const servers: http.Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  const upstream = (name: string) =>
    new Promise<number>((resolve) => {
      const server = http.createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () =>
          res.end(JSON.stringify({ name, host: req.headers.host, cookie: req.headers.cookie, body, url: req.url })),
        );
      });
      servers.push(server);
      server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
    });

  it("sends each request to the next instance, headers and body untouched", async () => {
    const ports = [await upstream("a"), await upstream("b")];
    const proxy = await startProxy(
      0,
      ports.map((port) => ({ host: "127.0.0.1", port })),
    );
    const port = (proxy.server.address() as AddressInfo).port;
    try {
      const seen = [];
      for (let i = 0; i < 4; i++) {
        const r = await fetch(`http://127.0.0.1:${port}/x?i=${i}`, {
          method: "POST",
          headers: { cookie: "s=1" },
          body: `b${i}`,
        });
        seen.push((await r.json()) as { name: string; host: string; cookie: string; body: string; url: string });
      }
      expect(seen.map((s) => s.name)).toEqual(["a", "b", "a", "b"]);
      expect(seen.every((s) => s.host === `127.0.0.1:${port}` && s.cookie === "s=1")).toBe(true);
      expect(seen.map((s) => `${s.url} ${s.body}`)).toEqual(["/x?i=0 b0", "/x?i=1 b1", "/x?i=2 b2", "/x?i=3 b3"]);
      expect(proxy.counts).toEqual([2, 2]);
    } finally {
      await proxy.close();
    }
  });
});

describe("round-robin proxy, upstream resets", () => {
  it("retries a GET once when the upstream drops the connection before answering; a POST gets 502", async () => {
    let calls = 0;
    const flaky = http.createServer((req, res) => {
      calls++;
      if (calls === 1 || req.method === "POST") return req.socket.destroy();
      res.end("ok");
    });
    await new Promise<void>((resolve) => flaky.listen(0, "127.0.0.1", () => resolve()));
    const proxy = await startProxy(0, [{ host: "127.0.0.1", port: (flaky.address() as AddressInfo).port }]);
    const port = (proxy.server.address() as AddressInfo).port;
    try {
      const get = await fetch(`http://127.0.0.1:${port}/`);
      expect([get.status, await get.text()]).toEqual([200, "ok"]);
      const post = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x" });
      expect(post.status).toBe(502);
      await post.text();
    } finally {
      await proxy.close();
      flaky.close();
    }
  });
});

describe("round-robin proxy, clients that leave", () => {
  it("frees the upstream connection when the client goes away mid-response (else the agent's pool runs dry and requests hang)", async () => {
    // An upstream that sends part of a large page, then the rest a little later: the client leaves in between.
    const slow = http.createServer((req, res) => {
      if (req.url === "/quick") return res.end("ok");
      res.writeHead(200, { "content-type": "text/html" });
      res.write("x".repeat(64 * 1024));
      setTimeout(() => res.end("x".repeat(256 * 1024)), 300);
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", () => resolve()));
    const proxy = await startProxy(0, [{ host: "127.0.0.1", port: (slow.address() as AddressInfo).port }], {
      maxSockets: 2,
    });
    const port = (proxy.server.address() as AddressInfo).port;
    try {
      for (let i = 0; i < 3; i++) {
        const aborter = new AbortController();
        const response = await fetch(`http://127.0.0.1:${port}/page`, {
          signal: AbortSignal.any([aborter.signal, AbortSignal.timeout(3_000)]),
        });
        await response.body!.getReader().read();
        aborter.abort();
      }
      await new Promise((r) => setTimeout(r, 500));
      const quick = await fetch(`http://127.0.0.1:${port}/quick`, { signal: AbortSignal.timeout(3_000) });
      expect(await quick.text()).toBe("ok");
    } finally {
      await proxy.close();
      slow.closeAllConnections();
      slow.close();
    }
  });
});

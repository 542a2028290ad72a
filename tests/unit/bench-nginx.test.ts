import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findNginx, nginxConfig, prepareNginx, PRODUCTION_CONF, siteConfig } from "@/scripts/bench/nginx";

/** The bench's nginx is production's docker/nginx/default.conf with only the upstreams and the listen address changed. */
const production = readFileSync(PRODUCTION_CONF, "utf8");
const options = {
  listen: { host: "127.0.0.1", port: 3205 },
  upstreams: [
    { host: "127.0.0.1", port: 3206 },
    { host: "127.0.0.1", port: 3207 },
  ],
};
const directives = (conf: string) =>
  conf
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);

describe("the bench's nginx configuration", () => {
  it("keeps every directive of default.conf but the resolver, the upstream server and listen", () => {
    const site = siteConfig(production, options);
    const changed = (line: string) => /^(resolver|server \S+:\d+|listen)\b/.test(line);
    expect(directives(site).filter((l) => !changed(l))).toEqual(directives(production).filter((l) => !changed(l)));
    expect(directives(site).filter(changed)).toEqual([
      "server 127.0.0.1:3206 max_fails=1 fail_timeout=5s;",
      "server 127.0.0.1:3207 max_fails=1 fail_timeout=5s;",
      "listen 127.0.0.1:3205;",
    ]);
    // The production settings the bench must share (checked by name, not copied from the code under test).
    for (const line of [
      "proxy_set_header Host $http_host;",
      "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
      "keepalive 32;",
      "keepalive_timeout 4s;",
      "proxy_next_upstream error timeout;",
      "proxy_read_timeout 60s;",
    ])
      expect(directives(site)).toContain(line);
  });

  it("refuses a default.conf whose shape it does not know, rather than benchmark something else", () => {
    expect(() => siteConfig(production.replace(/^\s*listen[^;]*;/m, ""), options)).toThrow(/one listen directive/);
    const twoServers = production.replace(/(server app:3000[^;]*;)/, "$1\n    server other:3000;");
    expect(() => siteConfig(twoServers, options)).toThrow(/one upstream server, found 2/);
  });

  it("puts every file nginx writes under the prefix", () => {
    const conf = nginxConfig(production, { ...options, prefix: "/tmp/bench-nginx" });
    const paths = [...conf.matchAll(/^\s*(?:pid|error_log|access_log|\w+_temp_path)\s+(\S+)/gm)].map((m) => m[1]!);
    expect(paths.length).toBe(8);
    expect(paths.every((p) => p.startsWith("/tmp/bench-nginx/"))).toBe(true);
  });

  it.skipIf(!findNginx())(
    "runs with the installed nginx: round-robin per request, Host with its port, X-Forwarded-For appended",
    async () => {
      const seen: { name: string; host?: string; xff?: string; xfh?: string }[] = [];
      const upstream = (name: string) =>
        new Promise<http.Server>((resolve) => {
          const server = http.createServer((req, res) => {
            seen.push({
              name,
              host: req.headers.host,
              xff: req.headers["x-forwarded-for"] as string,
              xfh: req.headers["x-forwarded-host"] as string,
            });
            res.end(name);
          });
          server.listen(0, "127.0.0.1", () => resolve(server));
        });
      const servers = [await upstream("a"), await upstream("b")];
      const listen = await new Promise<number>((resolve) => {
        const probe = http.createServer().listen(0, "127.0.0.1", () => {
          const port = (probe.address() as AddressInfo).port;
          probe.close(() => resolve(port));
        });
      });
      const prefix = mkdtempSync(path.join(os.tmpdir(), "bench-nginx-"));
      const { args } = prepareNginx(findNginx()!, {
        listen: { host: "127.0.0.1", port: listen },
        upstreams: servers.map((s) => ({ host: "127.0.0.1", port: (s.address() as AddressInfo).port })),
        prefix,
      });
      const nginx = spawn(findNginx()!, args, { stdio: "ignore" });
      try {
        let up = false;
        for (let i = 0; i < 50 && !up; i++) {
          up = await fetch(`http://127.0.0.1:${listen}/`).then(
            (r) => r.text().then(() => true),
            () => false,
          );
          if (!up) await new Promise((r) => setTimeout(r, 100));
        }
        seen.length = 0;
        for (let i = 0; i < 4; i++) await (await fetch(`http://127.0.0.1:${listen}/x`)).text();
        expect(seen.map((s) => s.name).sort()).toEqual(["a", "a", "b", "b"]);
        expect(seen[0]!.name).not.toBe(seen[1]!.name);
        for (const s of seen) {
          expect(s.host).toBe(`127.0.0.1:${listen}`);
          expect(s.xfh).toBe(`127.0.0.1:${listen}`);
          expect(s.xff).toBe("127.0.0.1");
        }
      } finally {
        nginx.kill("SIGTERM");
        await new Promise((r) => nginx.once("exit", r));
        servers.forEach((s) => s.close());
      }
    },
    15_000,
  );
});

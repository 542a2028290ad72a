import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runLoad, type LoadSpec } from "@/scripts/bench/load";
import { totalErrors, verdict } from "@/scripts/bench/stats";

/**
 * The load runner against servers that misbehave the way the stalled 2-instance run did: requests
 * that are never answered must be errors, not silently missing from the figures.
 */
const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server that answers the first request of each connection, then `misbehave`s on every later one. */
function serverThat(misbehave: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<string> {
  const seen = new WeakMap<object, number>();
  const server = http.createServer((req, res) => {
    const n = (seen.get(req.socket) ?? 0) + 1;
    seen.set(req.socket, n);
    if (n === 1) return res.end('1:{"ok":true}');
    misbehave(req, res);
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

const spec: LoadSpec = { name: "publish", kind: "write", method: "POST", path: "/x", headers: {} };

describe("runLoad: unanswered requests", () => {
  it("counts a request that never answers as an error (timeout shorter than the window)", async () => {
    const baseUrl = await serverThat(() => {
      // never answers
    });
    const run = await runLoad(spec, { baseUrl, connections: 2, durationSeconds: 3 });
    expect(run.latency.count).toBeGreaterThanOrEqual(2);
    expect(run.errors).toBeGreaterThanOrEqual(2);
    expect(totalErrors(run)).toBeGreaterThanOrEqual(2);
    expect(verdict(run, { baseline: null, floor: null })?.pass).toBe(false);
  }, 15_000);

  it("counts a request whose connection was closed without an answer as unanswered", async () => {
    const baseUrl = await serverThat((req) => req.socket.end());
    const run = await runLoad(spec, { baseUrl, connections: 2, durationSeconds: 2 });
    expect(run.unanswered).toBeGreaterThan(0);
    expect(totalErrors(run)).toBeGreaterThan(0);
  }, 15_000);
});

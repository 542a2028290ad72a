// The fallback of `npm run bench -- --instances 2` when nginx is not installed (or with --proxy node; the
// bench runs production's nginx configuration otherwise, scripts/bench/nginx.ts). A tiny round-robin HTTP
// load balancer:
// every request (not every connection) goes to the next upstream in turn, so a
// session signed in on one instance is used on the other, and a server action
// is encrypted by one and decrypted by another. Headers pass through untouched
// (Host included: Next compares it with Origin for server actions).
//   tsx scripts/bench/proxy.ts --port 3205 --upstreams 3206,3207
import http from "node:http";
import { pipeline } from "node:stream";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export type Proxy = { server: http.Server; counts: number[]; close: () => Promise<void> };

export function startProxy(
  port: number,
  upstreams: { host: string; port: number }[],
  options: { host?: string; maxSockets?: number } = {},
): Promise<Proxy> {
  const { host = "127.0.0.1", maxSockets = 64 } = options;
  // Idle upstream sockets are dropped before the upstream's own keep-alive timeout (Node's default is 5 s,
  // announced in `Keep-Alive: timeout=5`; the agent closes them a second earlier), so a request rarely
  // lands on a socket the upstream is closing. When one does (ECONNRESET before any response), a GET or
  // HEAD is retried once on a fresh socket — as nginx's proxy_next_upstream does; a POST is not (it may
  // have been processed) and answers 502.
  const agent = new http.Agent({ keepAlive: true, maxSockets, timeout: 60_000 });
  const counts = upstreams.map(() => 0);
  let next = 0;
  const server = http.createServer((req, res) => {
    const idempotent = req.method === "GET" || req.method === "HEAD";
    const forward = (attempt: number) => {
      const index = next;
      next = (next + 1) % upstreams.length;
      counts[index]! += 1;
      const target = upstreams[index]!;
      const upstream = http.request(
        { host: target.host, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
        (response) => {
          res.writeHead(response.statusCode ?? 502, response.rawHeaders);
          // pipeline, not pipe: when the client leaves mid-response, the upstream response is destroyed with
          // its socket. With pipe it stayed paused and unread, its socket counted in the agent's maxSockets
          // forever (CLOSE-WAIT); after enough departures (autocannon closes its connections at the end of
          // every window) each request for that upstream waited in the agent's queue: the stalled writes
          // of a 2-instance run.
          pipeline(response, res, () => {});
        },
      );
      // The client left before the whole answer was relayed: abandon the upstream request too (no retry).
      let abandoned = false;
      res.once("close", () => {
        if (res.writableFinished) return;
        abandoned = true;
        upstream.destroy();
      });
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (abandoned) return;
        if (idempotent && attempt === 0 && !res.headersSent && error.code === "ECONNRESET") return forward(1);
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
        res.end(`bench proxy: upstream ${target.port}: ${error.message}`);
      });
      if (idempotent) upstream.end();
      else req.pipe(upstream);
    };
    forward(0);
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () =>
      resolve({
        server,
        counts,
        close: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { port: { type: "string" }, upstreams: { type: "string" } } });
  const port = Number(values.port);
  const upstreams = (values.upstreams ?? "")
    .split(",")
    .filter(Boolean)
    .map((p) => ({ host: "127.0.0.1", port: Number(p) }));
  const proxy = await startProxy(port, upstreams);
  console.log(`bench proxy on ${port} -> ${upstreams.map((u) => u.port).join(", ")} (round-robin per request)`);
  const stop = async () => {
    console.log(`bench proxy: requests per upstream ${proxy.counts.join(" / ")}`);
    await proxy.close();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

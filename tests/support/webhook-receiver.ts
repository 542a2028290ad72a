import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/** One request the receiver got. */
export type Received = {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  /** Checked with the Standard Webhooks reference library against the endpoint's secret. */
  verified: boolean;
  /** The status it answered, or null when the sender went away before the answer. */
  answered: number | null;
};

export type Reply = { status: number; body?: string; headers?: Record<string, string> } | "hang";

/**
 * A webhook test receiver on 127.0.0.1 (an OS-chosen port, so parallel test files never
 * collide). It verifies each request's signature with the reference `standardwebhooks`
 * library once the test tells it the secret, answers what `reply` says (or holds the request
 * open: "hang"), and records everything, including requests whose sender disappeared.
 */
export async function startReceiver(reply: (n: number, req: http.IncomingMessage) => Reply = () => ({ status: 204 })) {
  const received: Received[] = [];
  let secret: string | null = null;
  const hanging = new Set<http.ServerResponse>();
  const waiters: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = {
        "webhook-id": String(req.headers["webhook-id"] ?? ""),
        "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
        "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
      };
      let verified = false;
      try {
        if (secret) {
          new Webhook(secret).verify(body, headers);
          verified = true;
        }
      } catch {
        verified = false;
      }
      const entry: Received = {
        id: headers["webhook-id"],
        timestamp: headers["webhook-timestamp"],
        signature: headers["webhook-signature"],
        body,
        verified,
        answered: null,
      };
      received.push(entry);
      waiters.splice(0).forEach((w) => w());
      const answer = reply(received.length, req);
      if (answer === "hang") {
        hanging.add(res);
        res.on("close", () => hanging.delete(res));
        return;
      }
      entry.answered = answer.status;
      res.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers });
      res.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    setSecret: (s: string) => {
      secret = s;
    },
    /** Resolves when at least `n` requests have arrived. */
    waitFor: async (n: number, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`receiver got ${received.length} of ${n} requests`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

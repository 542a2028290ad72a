import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/** What the user sees when the network or the request itself goes wrong. */
test("a lost connection while saving says so, keeps what was typed, and the retry saves it once", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/organizations/new");
  const form = page.getByRole("form", { name: "New organization" });
  const name = `Offline Ltd ${Date.now().toString(36)}`;
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("People").fill("12");
  await form.getByLabel("Sites").fill("1");
  await form.getByLabel("Lifecycle status").selectOption("PROSPECT");
  await form.getByLabel("How they buy IT support today").selectOption("BREAK_FIX");

  // The next server-action request dies on the wire.
  let cut = true;
  await page.route("**/*", async (route) => {
    if (cut && route.request().method() === "POST" && route.request().headers()["next-action"]) {
      cut = false;
      return route.abort("internetdisconnected");
    }
    return route.continue();
  });
  await form.getByTestId("save-organization").click();
  await expect(page.getByTestId("form-error")).toContainText("We could not reach the server");
  await expect(form.getByLabel("Name")).toHaveValue(name);
  await expect(form.getByLabel("People")).toHaveValue("12");

  await page.getByTestId("form-error").getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // One organization, not two (the retry reused the form's idempotency key).
  await page.goto(`/organizations?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId("pagination-summary")).toHaveText("1–1 of 1");
});

test("a request body over the size limit is refused before any action runs", async ({ page, request }) => {
  await signIn(page, DEMO.manager);
  const cookies = await page.context().cookies();
  // The real id of the create-organization action, from this build's manifest.
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "createOrganizationAction")?.[0];
  expect(actionId).toBeTruthy();
  const before = await request.get("/organizations?q=Oversized", {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
  });
  const response = await request.post("/organizations/new", {
    headers: {
      "Next-Action": actionId!,
      "Content-Type": "text/plain;charset=UTF-8",
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
    },
    data: JSON.stringify([{ name: `Oversized ${"x".repeat(2 * 1024 * 1024)}` }]),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).not.toMatch(/at .*\.js:\d+/);
  expect(before.ok()).toBe(true);
});

/** Posts `data` to `path` in 64 KiB chunks with Transfer-Encoding: chunked (no Content-Length), as a client may. */
function postChunked(path: string, headers: Record<string, string>, data: Buffer) {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: "POST",
        path,
        headers: { ...headers, "Transfer-Encoding": "chunked" },
      },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    let sent = 0;
    const write = () => {
      while (sent < data.length) {
        const part = data.subarray(sent, sent + 64 * 1024);
        sent += part.length;
        if (!req.write(part)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

test("an oversized body sent chunked (no Content-Length) gets 413, not a server error", async () => {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "signInAction")?.[0];
  expect(actionId).toBeTruthy();
  const headers = { "Next-Action": actionId!, "Content-Type": "text/plain;charset=UTF-8" };
  const big = await postChunked("/login", headers, Buffer.alloc(2 * 1024 * 1024, "x"));
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body)).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  // A small chunked body still reaches the action, which answers (a refused sign-in).
  const small = await postChunked(
    "/login",
    headers,
    Buffer.from(JSON.stringify([{ email: "nobody@nowhere.test", password: "not-the-password" }])),
  );
  expect(small.status).toBe(200);
  expect(small.body).toContain("UNAUTHENTICATED");
});

test("an unknown page gets the not-found page, inside the product's look", async ({ page }) => {
  await signIn(page, DEMO.manager);
  const response = await page.goto("/organizations/does-not-exist-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

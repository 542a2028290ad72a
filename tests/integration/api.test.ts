import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOrg, PATCH as patchOrg } from "@/app/api/v1/organizations/[id]/route";
import { GET as listOrgs, POST as createOrg } from "@/app/api/v1/organizations/route";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { authenticateBearer } from "@/lib/api/authenticate";
import { hashApiToken, looksLikeApiToken } from "@/lib/api/token-secret";
import { createApiTokenFor, createOrganization, createWorld, type OwnerDb } from "@/lib/seed/factories";
import { callApi } from "@/tests/support/api";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

/**
 * The REST API v1 on the database: tokens (creation shown once and stored hashed, scope,
 * expiry, revocation, the owner leaving), the rate limit, Idempotency-Key, cursor pagination
 * and the problem+json shapes.
 */
let db: OwnerDb;
let world: Awaited<ReturnType<typeof createWorld>>;
let other: Awaited<ReturnType<typeof createWorld>>;
const token = (
  w: typeof world,
  extra: Parameters<typeof createApiTokenFor>[1] extends infer D ? Partial<D> : never = {},
) => createApiTokenFor(db, { tenantId: w.tenant.id, createdById: w.owner.user.id, ...extra });

beforeAll(async () => {
  db = ownerDb();
  [world, other] = await Promise.all([createWorld(db), createWorld(db)]);
}, 60_000);

describe("API tokens", () => {
  it("an owner creates a token: the secret is shown once, only its SHA-256 is stored, creation and revocation are audited", async () => {
    actAs(world.owner.user);
    const key = randomUUID();
    const created = await createApiTokenAction({
      name: "PSA sync",
      access: "READ",
      expiresOn: "",
      idempotencyKey: key,
    });
    if (!created.ok) throw new Error(created.message);
    const secret = created.data.secret!;
    expect(looksLikeApiToken(secret)).toBe(true);
    const stored = await db.apiToken.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: world.tenant.id, id: created.data.id } },
    });
    expect(stored.tokenHash).toBe(hashApiToken(secret));
    expect(JSON.stringify(stored)).not.toContain(secret.slice(4));
    // A double submit finds the token and shows no secret.
    const again = await createApiTokenAction({ name: "PSA sync", access: "READ", expiresOn: "", idempotencyKey: key });
    expect(again).toMatchObject({ ok: true, data: { id: created.data.id, secret: null } });

    const ok = await callApi(listOrgs, { token: secret });
    expect(ok.status).toBe(200);
    expect(
      (
        await db.apiToken.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: world.tenant.id, id: created.data.id } },
        })
      ).lastUsedAt,
    ).not.toBeNull();

    const revoked = await revokeApiTokenAction({ id: created.data.id, expectedVersion: 1 });
    expect(revoked.ok).toBe(true);
    const refused = await callApi(listOrgs, { token: secret });
    expect(refused.status).toBe(401);
    const audit = await db.auditEvent.findMany({
      where: { tenantId: world.tenant.id, targetId: created.data.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["apiToken.create", "apiToken.revoke"]);
  });

  it("an account manager cannot create or revoke tokens (owners only)", async () => {
    actAs(world.manager.user);
    const created = await createApiTokenAction({
      name: "x",
      access: "READ",
      expiresOn: "",
      idempotencyKey: randomUUID(),
    });
    expect(created).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses an expiry date in the past, next to the field", async () => {
    actAs(world.owner.user);
    const created = await createApiTokenAction({
      name: "old",
      access: "READ",
      expiresOn: "2020-01-01",
      idempotencyKey: randomUUID(),
    });
    expect(created).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(created.ok ? null : created.fieldErrors?.expiresOn).toBeTruthy();
  });

  it("401 with WWW-Authenticate for no token, a malformed, unknown, expired or revoked one, or an owner who left", async () => {
    const expired = await token(world, { expiresAt: new Date(Date.now() - 60_000) });
    const revoked = await token(world, { revokedAt: new Date() });
    const member = await createApiTokenFor(db, { tenantId: world.tenant.id, createdById: world.manager.user.id });
    const leaver = await token(other);
    await db.membership.updateMany({
      where: { tenantId: other.tenant.id, userId: other.owner.user.id },
      data: { removedAt: new Date() },
    });
    for (const secret of [
      null,
      "Basic abc",
      "mst_short",
      `mst_${"x".repeat(43)}`,
      expired.secret,
      revoked.secret,
      member.secret,
      leaver.secret,
    ]) {
      const r = await callApi(listOrgs, { token: secret });
      expect(r.status, String(secret)).toBe(401);
      expect(r.headers.get("content-type")).toBe("application/problem+json");
      expect(r.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(r.json).toMatchObject({
        status: 401,
        type: expect.stringContaining("unauthorized"),
        title: expect.any(String),
      });
    }
  });

  it("a read token reads but gets 403 on a write; a read-write token writes", async () => {
    const read = await token(world, { access: "READ" });
    expect((await callApi(getOrg, { token: read.secret, params: { id: world.orgX.id } })).status).toBe(200);
    const body = {
      name: `Read ${randomUUID().slice(0, 6)}`,
      headcount: 5,
      sites: 1,
      currentModel: "BREAK_FIX",
      lifecycleStatus: "PROSPECT",
    };
    const refused = await callApi(createOrg, { token: read.secret, body });
    expect(refused.status).toBe(403);
    expect(refused.json.type).toContain("read-only-token");
    const write = await token(world, { access: "READ_WRITE" });
    const created = await callApi(createOrg, { token: write.secret, body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: body.name, lifecycleStatus: "PROSPECT", version: 1 });
    const audit = await db.auditEvent.findFirst({ where: { targetId: created.json.id, action: "org.create" } });
    expect(audit?.actorUserId).toBe(world.owner.user.id);
  });

  it("another tenant's ids are 404, and lists show only the token's tenant", async () => {
    const mine = await token(world);
    const foreign = await callApi(getOrg, { token: mine.secret, params: { id: other.orgX.id } });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toMatchObject({ status: 404, type: expect.stringContaining("not-found") });
    const patch = await callApi(patchOrg, {
      token: mine.secret,
      params: { id: other.orgX.id },
      body: { version: 1, notes: "x" },
    });
    expect(patch.status).toBe(404);
    const all = await callApi(listOrgs, { token: mine.secret, query: { limit: "200" } });
    const tenantOrgs = await db.clientOrganization.findMany({
      where: { tenantId: world.tenant.id },
      select: { id: true },
    });
    expect(all.json.data.map((o: { id: string }) => o.id).sort()).toEqual(tenantOrgs.map((o) => o.id).sort());
  });
});

describe("the rate limit", () => {
  it("counts per token in PostgreSQL: past the limit, 429 with Retry-After and RateLimit headers; another token is unaffected", async () => {
    const limited = await token(world, { rateLimit: 3 });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await callApi(listOrgs, { token: limited.secret, query: { limit: "1" } }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
    expect(answers[0]!.headers.get("ratelimit-policy")).toBe('"per-token";q=3;w=60');
    expect(answers[0]!.headers.get("ratelimit")).toMatch(/^"per-token";r=2;t=\d+$/);
    const retry = Number(answers[3]!.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(answers[3]!.json).toMatchObject({ status: 429, type: expect.stringContaining("rate-limited") });
    const fresh = await token(world, { rateLimit: 3 });
    expect((await callApi(listOrgs, { token: fresh.secret })).status).toBe(200);
  });

  it("opens a new window after a minute", async () => {
    const limited = await token(world, { rateLimit: 1 });
    expect((await callApi(listOrgs, { token: limited.secret })).status).toBe(200);
    expect((await callApi(listOrgs, { token: limited.secret })).status).toBe(429);
    await db.apiToken.update({
      where: { tenantId_id: { tenantId: world.tenant.id, id: limited.id } },
      data: { windowStart: new Date(Date.now() - 61_000) },
    });
    expect((await callApi(listOrgs, { token: limited.secret })).status).toBe(200);
  });

  it("concurrent requests of one token are all counted (no lost updates)", async () => {
    const t = await token(world, { rateLimit: 1000 });
    await Promise.all(Array.from({ length: 8 }, () => authenticateBearer(`Bearer ${t.secret}`)));
    expect(
      (await db.apiToken.findUniqueOrThrow({ where: { tenantId_id: { tenantId: world.tenant.id, id: t.id } } }))
        .windowCount,
    ).toBe(8);
  });
});

describe("Idempotency-Key", () => {
  it("the same key and body replay the first answer without a second write; another body is a 422 problem", async () => {
    const t = await token(world);
    const key = randomUUID();
    const body = {
      name: `Idem ${key.slice(0, 8)}`,
      headcount: 12,
      sites: 2,
      currentModel: "MANAGED",
      lifecycleStatus: "ACTIVE",
    };
    const first = await callApi(createOrg, { token: t.secret, body, headers: { "idempotency-key": key } });
    expect(first.status).toBe(201);
    const second = await callApi(createOrg, { token: t.secret, body, headers: { "idempotency-key": key } });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.json).toEqual(first.json);
    expect(await db.clientOrganization.count({ where: { tenantId: world.tenant.id, name: body.name } })).toBe(1);
    const changed = await callApi(createOrg, {
      token: t.secret,
      body: { ...body, headcount: 13 },
      headers: { "idempotency-key": key },
    });
    expect(changed.status).toBe(422);
    expect(changed.json.type).toContain("idempotency-key-reused");
  });

  it("concurrent requests with one key write once and answer alike", async () => {
    const t = await token(world);
    const key = randomUUID();
    const body = {
      name: `Twin ${key.slice(0, 8)}`,
      headcount: 3,
      sites: 1,
      currentModel: "BREAK_FIX",
      lifecycleStatus: "PROSPECT",
    };
    const [a, b] = await Promise.all([
      callApi(createOrg, { token: t.secret, body, headers: { "idempotency-key": key } }),
      callApi(createOrg, { token: t.secret, body, headers: { "idempotency-key": key } }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.json.id).toBe(b.json.id);
    expect(await db.clientOrganization.count({ where: { tenantId: world.tenant.id, name: body.name } })).toBe(1);
  });

  it("keys are per token: another token's same key is a new request", async () => {
    const [t1, t2] = [await token(world), await token(world)];
    const key = randomUUID();
    const mk = (n: string) => ({
      name: n,
      headcount: 3,
      sites: 1,
      currentModel: "BREAK_FIX",
      lifecycleStatus: "PROSPECT",
    });
    const a = await callApi(createOrg, {
      token: t1.secret,
      body: mk(`K1 ${key.slice(0, 6)}`),
      headers: { "idempotency-key": key },
    });
    const b = await callApi(createOrg, {
      token: t2.secret,
      body: mk(`K2 ${key.slice(0, 6)}`),
      headers: { "idempotency-key": key },
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.json.id).not.toBe(b.json.id);
  });
});

describe("cursor pagination", () => {
  it("walks every organization once, in a stable order, while a row already passed is removed", async () => {
    const w = await createWorld(db);
    for (let i = 0; i < 9; i++) await createOrganization(db, { tenantId: w.tenant.id, name: `Page ${i}` });
    const t = await token(w);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    let link: string | null = null;
    for (;;) {
      const r = await callApi(listOrgs, { token: t.secret, query: { limit: "4", ...(cursor ? { cursor } : {}) } });
      expect(r.status).toBe(200);
      pages++;
      seen.push(...r.json.data.map((o: { id: string }) => o.id));
      if (pages === 1) {
        link = r.headers.get("link");
        // A row already passed is deleted: nothing after the cursor repeats or goes missing.
        const passed = r.json.data.find((o: { name: string }) => o.name.startsWith("Page "));
        await db.clientOrganization.delete({ where: { tenantId_id: { tenantId: w.tenant.id, id: passed.id } } });
      }
      if (!r.json.nextCursor) break;
      cursor = r.json.nextCursor;
    }
    expect(link).toMatch(/^<\/api\/v1\/organizations\?limit=4&cursor=[\w-]+>; rel="next"$/);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(11);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual(seen);
  });

  it("refuses a forged cursor and a limit over the maximum as validation problems naming the parameter", async () => {
    const t = await token(world);
    const bad = await callApi(listOrgs, { token: t.secret, query: { cursor: "bm90LWEtY3Vyc29y" } });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([{ parameter: "cursor", message: expect.any(String) }]);
    const big = await callApi(listOrgs, { token: t.secret, query: { limit: "5000" } });
    expect(big.status).toBe(422);
    expect(big.json.errors[0].parameter).toBe("limit");
  });

  it("filters by service model, lifecycle and name", async () => {
    const w = await createWorld(db);
    await createOrganization(db, {
      tenantId: w.tenant.id,
      name: "Alpha Managed",
      currentModel: "MANAGED",
      lifecycleStatus: "ACTIVE",
    });
    await createOrganization(db, { tenantId: w.tenant.id, name: "Beta prospect", lifecycleStatus: "PROSPECT" });
    const t = await token(w);
    const managed = await callApi(listOrgs, { token: t.secret, query: { serviceModel: "MANAGED" } });
    expect(managed.json.data.map((o: { name: string }) => o.name)).toEqual(["Alpha Managed"]);
    const prospects = await callApi(listOrgs, { token: t.secret, query: { lifecycle: "PROSPECT", q: "beta" } });
    expect(prospects.json.data.map((o: { name: string }) => o.name)).toEqual(["Beta prospect"]);
  });
});

describe("problem details", () => {
  it("a validation problem lists each field with a JSON pointer and a message", async () => {
    const t = await token(world);
    const r = await callApi(createOrg, {
      token: t.secret,
      body: { name: "", headcount: "ten", sites: 1, currentModel: "NOPE", lifecycleStatus: "ACTIVE", extra: 1 },
    });
    expect(r.status).toBe(422);
    expect(r.headers.get("content-type")).toBe("application/problem+json");
    expect(r.json).toMatchObject({
      type: expect.stringContaining("validation"),
      title: expect.any(String),
      status: 422,
      detail: expect.any(String),
      instance: expect.stringMatching(/^urn:mainstay:request:/),
    });
    const pointers = r.json.errors.map((e: { pointer: string }) => e.pointer).sort();
    expect(pointers).toEqual(["/currentModel", "/extra", "/headcount", "/name"]);
    for (const e of r.json.errors) expect(e.message).toEqual(expect.any(String));
  });

  it("a domain rule (duplicate name) is a validation problem on its field; a stale version is 409", async () => {
    const t = await token(world);
    const dup = await callApi(createOrg, {
      token: t.secret,
      body: { name: world.orgX.name, headcount: 5, sites: 1, currentModel: "BREAK_FIX", lifecycleStatus: "PROSPECT" },
    });
    expect(dup.status).toBe(422);
    expect(dup.json.errors).toEqual([{ pointer: "/name", message: expect.any(String) }]);
    const org = await createOrganization(db, { tenantId: world.tenant.id, name: `Stale ${randomUUID().slice(0, 6)}` });
    const ok = await callApi(patchOrg, {
      token: t.secret,
      params: { id: org.id },
      body: { version: 1, headcount: 77 },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ headcount: 77, version: 2, name: org.name });
    const stale = await callApi(patchOrg, {
      token: t.secret,
      params: { id: org.id },
      body: { version: 1, headcount: 78 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.type).toContain("conflict");
  });

  it("a body that is not JSON is 415 or 400, never a crash", async () => {
    const t = await token(world);
    const notJson = await callApi(createOrg, {
      token: t.secret,
      body: "name=x",
      headers: { "content-type": "text/plain" },
    });
    expect(notJson.status).toBe(415);
    const broken = await callApi(createOrg, {
      token: t.secret,
      body: "{",
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect(broken.json.type).toContain("malformed-json");
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { changePasswordAction } from "@/lib/actions/profile";
import { changeRoleAction, setUserDisabledAction } from "@/lib/actions/team";
import { resolveActor, type SessionClaims } from "@/lib/access/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { SESSION_IDLE_SECONDS, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-policy";
import { endSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { withDbContext } from "@/lib/db/context";
import { AppError } from "@/lib/errors";
import { createWorld, DEMO_PASSWORD, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

vi.mock("@/lib/auth/sign-in-with-password", () => ({ signInWithPassword: vi.fn(async () => true) }));

/**
 * Server-side sessions (lib/auth/sessions.ts, model Session): the cookie names a session,
 * and every request checks it in the statement that resolves the actor.
 */
let world: World;
let n = 0;
const ip = () => `10.77.${n % 250}.${++n % 250}`;

beforeEach(async () => {
  world = await createWorld(ownerDb());
});

/** Signs in as the sign-in form does; the claims are what the session cookie then carries. */
async function signIn(email: string): Promise<SessionClaims> {
  const result = await authenticate({ email, password: DEMO_PASSWORD, ip: ip() });
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  return {
    userId: result.user.id,
    sessionVersion: result.user.sessionVersion,
    sessionId: result.user.sessionId,
    tenantId: result.user.tenantId,
  };
}

/** The next request with these claims: "OK" or the error code it ends with. */
async function request(claims: SessionClaims): Promise<string> {
  try {
    await db().$transaction((tx) => resolveActor(tx, claims));
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const row = (id: string) => ownerDb().session.findUniqueOrThrow({ where: { id } });
const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);

describe("a sign-in", () => {
  it("starts a server-side session with an absolute end 12 hours later", async () => {
    const claims = await signIn(world.manager.user.email);
    const session = await row(claims.sessionId!);
    expect(session.userId).toBe(world.manager.user.id);
    expect(session.endedAt).toBeNull();
    expect(SESSION_MAX_AGE_SECONDS).toBe(12 * 3600);
    expect(Math.abs(session.expiresAt.getTime() - Date.now() - SESSION_MAX_AGE_SECONDS * 1000)).toBeLessThan(60_000);
    expect(await request(claims)).toBe("OK");
  });

  it("is the only way in: no session, an unknown one or another user's is no session", async () => {
    const claims = await signIn(world.manager.user.email);
    const owner = await signIn(world.owner.user.email);
    expect(await request({ ...claims, sessionId: null })).toBe("UNAUTHENTICATED");
    expect(await request({ ...claims, sessionId: "made-up-session-id" })).toBe("UNAUTHENTICATED");
    expect(await request({ ...claims, sessionId: owner.sessionId })).toBe("UNAUTHENTICATED");
  });
});

describe("signing out", () => {
  it("ends that session on the server: its cookie, replayed, no longer works; other sessions go on", async () => {
    const laptop = await signIn(world.manager.user.email);
    const phone = await signIn(world.manager.user.email);
    await endSession(laptop);
    expect(await request(laptop)).toBe("UNAUTHENTICATED");
    expect((await row(laptop.sessionId!)).endedAt).not.toBeNull();
    expect(await request(phone)).toBe("OK");
  });
});

describe("lifetime", () => {
  it("ends at the absolute limit however active the session is, and activity never moves that limit", async () => {
    const claims = await signIn(world.manager.user.email);
    const before = await row(claims.sessionId!);
    // Activity a minute ago and now: the last activity moves, the end does not.
    await ownerDb().session.update({ where: { id: claims.sessionId! }, data: { lastSeenAt: ago(90) } });
    expect(await request(claims)).toBe("OK");
    const after = await row(claims.sessionId!);
    expect(after.lastSeenAt.getTime()).toBeGreaterThan(ago(30).getTime());
    expect(after.expiresAt).toEqual(before.expiresAt);
    // Signed in 12 hours ago and active a minute ago: over.
    await ownerDb().session.update({
      where: { id: claims.sessionId! },
      data: { createdAt: ago(SESSION_MAX_AGE_SECONDS + 60), expiresAt: ago(60), lastSeenAt: ago(60) },
    });
    expect(await request(claims)).toBe("UNAUTHENTICATED");
  });

  it(`ends after ${SESSION_IDLE_SECONDS / 60} minutes without a request`, async () => {
    expect(SESSION_IDLE_SECONDS).toBe(3600);
    const claims = await signIn(world.manager.user.email);
    await ownerDb().session.update({ where: { id: claims.sessionId! }, data: { lastSeenAt: ago(59 * 60) } });
    expect(await request(claims)).toBe("OK");
    // That request counted as activity.
    expect((await row(claims.sessionId!)).lastSeenAt.getTime()).toBeGreaterThan(ago(30).getTime());
    await ownerDb().session.update({ where: { id: claims.sessionId! }, data: { lastSeenAt: ago(61 * 60) } });
    expect(await request(claims)).toBe("UNAUTHENTICATED");
  });

  it("records activity at most once a minute (most requests write nothing)", async () => {
    const claims = await signIn(world.manager.user.email);
    const seen = ago(20);
    await ownerDb().session.update({ where: { id: claims.sessionId! }, data: { lastSeenAt: seen } });
    for (let i = 0; i < 3; i++) expect(await request(claims)).toBe("OK");
    expect((await row(claims.sessionId!)).lastSeenAt).toEqual(seen);
  });

  it("prunes a user's unusable sessions at their next sign-in", async () => {
    const old = await signIn(world.manager.user.email);
    await endSession(old);
    await signIn(world.manager.user.email);
    expect(await ownerDb().session.count({ where: { id: old.sessionId! } })).toBe(0);
  });
});

describe("what an owner does to a member ends every earlier session of theirs", () => {
  const version = async (userId: string) => (await ownerDb().user.findUniqueOrThrow({ where: { id: userId } })).version;

  it("disabling, and re-enabling does not bring an old cookie back", async () => {
    const before = await signIn(world.manager.user.email);
    actAs(world.owner.user);
    const v = await version(world.manager.user.id);
    const disable = { membershipId: world.manager.membership.id, disabled: true, expectedVersion: v };
    expect(await setUserDisabledAction(disable)).toMatchObject({ ok: true });
    expect(await request(before)).toBe("UNAUTHENTICATED");
    const enable = { membershipId: world.manager.membership.id, disabled: false, expectedVersion: v + 1 };
    expect(await setUserDisabledAction(enable)).toMatchObject({ ok: true });
    expect(await request(before)).toBe("UNAUTHENTICATED");
    // They sign in again.
    expect(await request(await signIn(world.manager.user.email))).toBe("OK");
  });

  it("changing their role", async () => {
    const before = await signIn(world.manager.user.email);
    actAs(world.owner.user);
    const change = { membershipId: world.manager.membership.id, role: "OWNER" as const, expectedVersion: 1 };
    expect(await changeRoleAction(change)).toMatchObject({ ok: true });
    expect(await request(before)).toBe("UNAUTHENTICATED");
    const again = await signIn(world.manager.user.email);
    expect(await withDbContext({}, (tx) => resolveActor(tx, again))).toMatchObject({ role: "OWNER" });
  });
});

describe("changing one's own password", () => {
  it("ends every earlier session, on this device and the others", async () => {
    const laptop = await signIn(world.manager.user.email);
    const phone = await signIn(world.manager.user.email);
    actAs(world.manager.user, laptop.tenantId, laptop.sessionId);
    const NEW = "a brand new long passphrase";
    const changed = await changePasswordAction({
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW,
      newPasswordConfirm: NEW,
    });
    expect(changed).toMatchObject({ ok: true });
    expect(await request(laptop)).toBe("UNAUTHENTICATED");
    expect(await request(phone)).toBe("UNAUTHENTICATED");
  });
});

describe("row-level security on sessions", () => {
  it("shows and lets change only one's own sessions", async () => {
    const mine = await signIn(world.manager.user.email);
    const theirs = await signIn(world.owner.user.email);
    const asManager = { userId: world.manager.user.id };
    expect(await withDbContext(asManager, (tx) => tx.session.count({ where: { id: theirs.sessionId! } }))).toBe(0);
    expect(await withDbContext(asManager, (tx) => tx.session.count({ where: { id: mine.sessionId! } }))).toBe(1);
    const ended = await withDbContext(asManager, (tx) =>
      tx.session.updateMany({ where: { id: theirs.sessionId! }, data: { endedAt: new Date() } }),
    );
    expect(ended.count).toBe(0);
    expect(await withDbContext({}, (tx) => tx.session.count())).toBe(0);
    await expect(
      withDbContext(asManager, (tx) =>
        tx.session.create({
          data: { id: "forged", userId: world.owner.user.id, expiresAt: new Date(Date.now() + 3600_000) },
        }),
      ),
    ).rejects.toThrow();
    expect(await request(theirs)).toBe("OK");
  });
});

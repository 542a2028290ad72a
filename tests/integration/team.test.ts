import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  changeRoleAction,
  removeMemberAction,
  requestPasswordResetAction,
  setUserDisabledAction,
} from "@/lib/actions/team";
import { updateNameAction } from "@/lib/actions/profile";
import { resetPasswordAction } from "@/lib/actions/invitations";
import { contextFor, resolveActor, type Actor } from "@/lib/access/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { db } from "@/lib/db/client";
import { withDbContext, type Tx } from "@/lib/db/context";
import { changeRole } from "@/lib/domain/team/change-role";
import { removeMember } from "@/lib/domain/team/remove-member";
import { setUserDisabled } from "@/lib/domain/team/set-user-disabled";
import { AppError } from "@/lib/errors";
import { listTeam } from "@/lib/domain/team/list-team";
import { readLink } from "@/lib/domain/invitations/read-link";
import { setMailerForTests, type Mailer } from "@/lib/mail/mailer";
import { addMember, createMember, createWorld, DEMO_PASSWORD, type World } from "@/lib/seed/factories";
import { onEmbedded, ownerDb } from "@/tests/support/db";
import { actAs, anonymous, claimsFor } from "@/tests/support/session";

vi.mock("@/lib/auth/sign-in-with-password", () => ({ signInWithPassword: vi.fn(async () => true) }));

const ctx = () => ({ requestId: "test" });

/**
 * Two request transactions as two different users, really at the same time on
 * PostgreSQL: both resolve their actor (their transaction is open), meet at a
 * barrier, then run the domain function. (On the embedded PGlite, one session
 * serialises transactions, so there is no barrier and they simply queue.)
 */
async function concurrently(...calls: [string, (tx: Tx, actor: Actor) => Promise<unknown>][]): Promise<string[]> {
  let arrived = 0;
  let release!: () => void;
  const barrier = new Promise<void>((r) => (release = r));
  return Promise.all(
    calls.map(async ([userId, fn]) => {
      const claims = await claimsFor({ id: userId });
      return db()
        .$transaction(async (tx) => {
          const actor = await resolveActor(tx, claims);
          if (!onEmbedded()) {
            if (++arrived === calls.length) release();
            await barrier;
          }
          await fn(tx, actor);
          return "OK";
        })
        .catch((error: unknown) => (error instanceof AppError ? `${error.code}: ${error.key}` : String(error)));
    }),
  );
}

const NEW_PASSWORD = "a brand new passphrase";
const LAST_OWNER = "This is the last active owner. Make someone else an owner first.";
const tokenOf = (link: string | null) => /\/reset\/([A-Za-z0-9_-]{43})$/.exec(link ?? "")?.[1] ?? "";
const version = async (membershipId: string) =>
  (await ownerDb().membership.findUniqueOrThrow({ where: { id: membershipId } })).version;
const userVersion = async (userId: string) =>
  (await ownerDb().user.findUniqueOrThrow({ where: { id: userId } })).version;

/** Any guarded request as this user: does their session still work? */
async function nextRequestCode(user: { id: string; sessionVersion?: number }) {
  actAs(user);
  const me = await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } });
  const result = await updateNameAction({ name: me.name, expectedVersion: me.version });
  return result.ok ? "OK" : result.code;
}

let world: World;
beforeEach(async () => {
  world = await createWorld(ownerDb());
});
afterEach(() => setMailerForTests(null));

describe("the team list", () => {
  it("shows the tenant's members with roles, and nothing of another tenant", async () => {
    const other = await createWorld(ownerDb());
    const claims = await claimsFor(world.owner.user);
    const owner = await withDbContext({}, (tx) => resolveActor(tx, claims));
    const team = await withDbContext(contextFor(owner), (tx) => listTeam(tx, owner));
    expect(team.active.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [world.owner.user.email, "OWNER"],
        [world.manager.user.email, "ACCOUNT_MANAGER"],
        [world.clientX.user.email, "CLIENT"],
        [world.clientY.user.email, "CLIENT"],
      ].sort(),
    );
    expect(team.organizations.map((o) => o.id).sort()).toEqual([world.orgX.id, world.orgY.id].sort());
    expect(JSON.stringify(team)).not.toContain(other.owner.user.email);
  });
});

describe("changing a role", () => {
  it("promotes and demotes staff, with optimistic locking, and audits", async () => {
    actAs(world.owner.user);
    const promoted = await changeRoleAction({
      membershipId: world.manager.membership.id,
      role: "OWNER",
      expectedVersion: 1,
    });
    expect(promoted).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await changeRoleAction({
      membershipId: world.manager.membership.id,
      role: "ACCOUNT_MANAGER",
      expectedVersion: 1,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await ownerDb().membership.findUniqueOrThrow({ where: { id: world.manager.membership.id } })).role).toBe(
      "OWNER",
    );
    const event = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: world.tenant.id, action: "team.changeRole" },
    });
    expect(event.metadata).toMatchObject({ from: "ACCOUNT_MANAGER", to: "OWNER" });
  });

  it("never changes a client user's role, and refuses roles outside the staff ones", async () => {
    actAs(world.owner.user);
    expect(
      await changeRoleAction({ membershipId: world.clientX.membership.id, role: "OWNER", expectedVersion: 1 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { role: "A client user's role cannot be changed." },
    });
    expect(
      await changeRoleAction({ membershipId: world.manager.membership.id, role: "CLIENT", expectedVersion: 1 }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { role: "Choose one of the options." },
    });
  });

  it("is 404 for an account manager, a client, and another tenant's owner", async () => {
    const other = await createWorld(ownerDb());
    for (const who of [world.manager.user, world.clientX.user, other.owner.user]) {
      actAs(who);
      expect(
        await changeRoleAction({ membershipId: world.manager.membership.id, role: "OWNER", expectedVersion: 1 }),
      ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect((await ownerDb().membership.findUniqueOrThrow({ where: { id: world.manager.membership.id } })).role).toBe(
      "ACCOUNT_MANAGER",
    );
  });
});

describe("the last active owner", () => {
  it("cannot demote themselves", async () => {
    actAs(world.owner.user);
    const result = await changeRoleAction({
      membershipId: world.owner.membership.id,
      role: "ACCOUNT_MANAGER",
      expectedVersion: 1,
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: LAST_OWNER });
    expect((await ownerDb().membership.findUniqueOrThrow({ where: { id: world.owner.membership.id } })).role).toBe(
      "OWNER",
    );
  });

  it("a disabled or removed owner does not count: the remaining active owner still cannot step down", async () => {
    const disabled = await createMember(ownerDb(), { tenantId: world.tenant.id, role: "OWNER" });
    await ownerDb().user.update({ where: { id: disabled.user.id }, data: { disabled: true } });
    const removed = await createMember(ownerDb(), { tenantId: world.tenant.id, role: "OWNER" });
    await ownerDb().membership.update({ where: { id: removed.membership.id }, data: { removedAt: new Date() } });
    actAs(world.owner.user);
    expect(
      await changeRoleAction({ membershipId: world.owner.membership.id, role: "ACCOUNT_MANAGER", expectedVersion: 1 }),
    ).toMatchObject({
      ok: false,
      message: LAST_OWNER,
    });
  });

  it("with a second owner, one may step down — and then the other may not", async () => {
    const second = await createMember(ownerDb(), { tenantId: world.tenant.id, role: "OWNER" });
    actAs(world.owner.user);
    expect(
      await changeRoleAction({ membershipId: world.owner.membership.id, role: "ACCOUNT_MANAGER", expectedVersion: 1 }),
    ).toMatchObject({ ok: true });
    actAs(second.user);
    expect(
      await changeRoleAction({ membershipId: second.membership.id, role: "ACCOUNT_MANAGER", expectedVersion: 1 }),
    ).toMatchObject({ ok: false, message: LAST_OWNER });
    expect(await removeMemberAction({ membershipId: second.membership.id, expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("two owners demoting each other at the same moment: exactly one succeeds, an active owner remains", async () => {
    for (let round = 0; round < 3; round++) {
      const w = await createWorld(ownerDb());
      const b = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "OWNER" });
      const [r1, r2] = await concurrently(
        [
          w.owner.user.id,
          (tx, actor) =>
            changeRole(
              tx,
              actor,
              { membershipId: b.membership.id, role: "ACCOUNT_MANAGER", expectedVersion: 1 },
              ctx(),
            ),
        ],
        [
          b.user.id,
          (tx, actor) =>
            changeRole(
              tx,
              actor,
              { membershipId: w.owner.membership.id, role: "ACCOUNT_MANAGER", expectedVersion: 1 },
              ctx(),
            ),
        ],
      );
      expect([r1, r2].filter((r) => r === "OK")).toHaveLength(1);
      // Truly concurrent (PostgreSQL): the second is refused by the last-owner rule after waiting for the
      // first's lock. Queued (PGlite): the second caller is no longer an owner at all when it starts, and a
      // role change ends the member's sessions (issue 16), so their request is no longer signed in.
      const failure = [r1, r2].find((r) => r !== "OK");
      // The domain speaks codes: the refusal is a catalog key, translated only at the edge.
      const lastOwner = "CONFLICT: team.errors.lastOwner";
      const demotedFirst = ["NOT_FOUND: errors.NOT_FOUND", "UNAUTHENTICATED: errors.UNAUTHENTICATED"];
      expect(onEmbedded() ? [lastOwner, ...demotedFirst] : [lastOwner]).toContain(failure);
      expect(
        await ownerDb().membership.count({ where: { tenantId: w.tenant.id, role: "OWNER", removedAt: null } }),
      ).toBe(1);
    }
  });

  it("two owners removing and disabling each other at the same moment: an active owner remains", async () => {
    const b = await createMember(ownerDb(), { tenantId: world.tenant.id, role: "OWNER" });
    const [r1, r2] = await concurrently(
      [
        world.owner.user.id,
        (tx, actor) => removeMember(tx, actor, { membershipId: b.membership.id, expectedVersion: 1 }, ctx()),
      ],
      [
        b.user.id,
        (tx, actor) =>
          setUserDisabled(
            tx,
            actor,
            { membershipId: world.owner.membership.id, disabled: true, expectedVersion: 1 },
            ctx(),
          ),
      ],
    );
    expect([r1, r2].filter((r) => r === "OK")).toHaveLength(1);
    const active = await ownerDb().membership.count({
      where: { tenantId: world.tenant.id, role: "OWNER", removedAt: null, user: { disabled: false } },
    });
    expect(active).toBe(1);
  });
});

describe("removing a member", () => {
  it("keeps the row, unassigns their organizations in the same transaction, and ends their access on the next request", async () => {
    expect(await nextRequestCode(world.manager.user)).toBe("OK");
    actAs(world.owner.user);
    const result = await removeMemberAction({
      membershipId: world.manager.membership.id,
      expectedVersion: await version(world.manager.membership.id),
    });
    expect(result).toMatchObject({ ok: true, data: { unassignedOrganizations: 2 } });
    const row = await ownerDb().membership.findUniqueOrThrow({ where: { id: world.manager.membership.id } });
    expect(row.removedAt).not.toBeNull();
    expect(
      await ownerDb().clientOrganization.count({
        where: { tenantId: world.tenant.id, accountManagerId: world.manager.user.id },
      }),
    ).toBe(0);
    expect(await nextRequestCode(world.manager.user)).toBe("UNAUTHENTICATED");
    // Cannot be removed twice; cannot remove oneself.
    actAs(world.owner.user);
    expect(
      await removeMemberAction({ membershipId: world.manager.membership.id, expectedVersion: row.version }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeMemberAction({ membershipId: world.owner.membership.id, expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("is 404 across tenants", async () => {
    const other = await createWorld(ownerDb());
    actAs(other.owner.user);
    expect(await removeMemberAction({ membershipId: world.manager.membership.id, expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      (await ownerDb().membership.findUniqueOrThrow({ where: { id: world.manager.membership.id } })).removedAt,
    ).toBeNull();
  });
});

describe("disabling a user", () => {
  it("takes effect on their very next request; enabling lets them sign in again, not reuse an old session", async () => {
    expect(await nextRequestCode(world.manager.user)).toBe("OK");
    actAs(world.owner.user);
    const v = await userVersion(world.manager.user.id);
    expect(
      await setUserDisabledAction({ membershipId: world.manager.membership.id, disabled: true, expectedVersion: v }),
    ).toMatchObject({ ok: true });
    expect(await nextRequestCode(world.manager.user)).toBe("UNAUTHENTICATED");
    expect(await authenticate({ email: world.manager.user.email, password: DEMO_PASSWORD, ip: "10.7.7.7" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    // A stale version is a conflict.
    actAs(world.owner.user);
    expect(
      await setUserDisabledAction({ membershipId: world.manager.membership.id, disabled: false, expectedVersion: v }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await setUserDisabledAction({
        membershipId: world.manager.membership.id,
        disabled: false,
        expectedVersion: v + 1,
      }),
    ).toMatchObject({ ok: true });
    // Their sessions from before stay ended (sessionVersion 0); a new sign-in works.
    expect(await nextRequestCode(world.manager.user)).toBe("UNAUTHENTICATED");
    const signedIn = await authenticate({ email: world.manager.user.email, password: DEMO_PASSWORD, ip: "10.7.7.8" });
    expect(signedIn).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
    expect(await nextRequestCode({ id: world.manager.user.id, sessionVersion: 2 })).toBe("OK");
    expect(
      await ownerDb().auditEvent.count({
        where: { tenantId: world.tenant.id, action: { in: ["team.disableUser", "team.enableUser"] } },
      }),
    ).toBe(2);
  });

  it("refuses oneself, and a user who also belongs to another tenant (the account is global)", async () => {
    actAs(world.owner.user);
    expect(
      await setUserDisabledAction({ membershipId: world.owner.membership.id, disabled: true, expectedVersion: 1 }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    const other = await createWorld(ownerDb());
    const shared = await addMember(ownerDb(), {
      tenantId: world.tenant.id,
      userId: other.manager.user.id,
      role: "ACCOUNT_MANAGER",
    });
    const result = await setUserDisabledAction({ membershipId: shared.id, disabled: true, expectedVersion: 1 });
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("also has access to another organization"),
    });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: other.manager.user.id } })).disabled).toBe(false);
    // The owner's own context was restored after the narrow check: they can still act.
    expect(
      await changeRoleAction({ membershipId: world.manager.membership.id, role: "OWNER", expectedVersion: 1 }),
    ).toMatchObject({ ok: true });
  });
});

describe("password reset by a fresh link", () => {
  it("the member sets a new password: every session they had ends, the old password stops working", async () => {
    actAs(world.owner.user);
    const reset = await requestPasswordResetAction({ membershipId: world.manager.membership.id });
    if (!reset.ok) throw new Error(reset.message);
    expect(reset.data).toMatchObject({ delivered: false, email: world.manager.user.email });
    const token = tokenOf(reset.data.link);
    const row = await ownerDb().invitation.findFirstOrThrow({
      where: { tenantId: world.tenant.id, kind: "PASSWORD_RESET", email: world.manager.user.email },
    });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(Math.abs(row.expiresAt.getTime() - Date.now() - 3_600_000)).toBeLessThan(60_000);
    expect(await readLink(token, "PASSWORD_RESET")).toMatchObject({ state: "valid", email: world.manager.user.email });

    anonymous();
    const short = await resetPasswordAction({ token, password: "short", passwordConfirm: "short" });
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: "Use at least 12 characters." } });
    const done = await resetPasswordAction({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD });
    expect(done).toEqual({ ok: true, data: { redirectTo: "/" } });
    expect(signInWithPassword).toHaveBeenCalledWith(world.manager.user.email, NEW_PASSWORD);

    expect(await nextRequestCode({ id: world.manager.user.id, sessionVersion: 0 })).toBe("UNAUTHENTICATED");
    expect(await authenticate({ email: world.manager.user.email, password: DEMO_PASSWORD, ip: "10.8.8.1" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await authenticate({ email: world.manager.user.email, password: NEW_PASSWORD, ip: "10.8.8.2" }),
    ).toMatchObject({ ok: true, user: { sessionVersion: 1 } });

    // Single use.
    anonymous();
    expect(
      await resetPasswordAction({ token, password: "another passphrase!", passwordConfirm: "another passphrase!" }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("already been used"),
    });
  });

  it("expires after an hour; a newer link replaces the older one; tampered links are refused", async () => {
    actAs(world.owner.user);
    const first = await requestPasswordResetAction({ membershipId: world.manager.membership.id });
    const second = await requestPasswordResetAction({ membershipId: world.manager.membership.id });
    if (!first.ok || !second.ok) throw new Error("reset failed");
    expect(second.data.invitationId).toBe(first.data.invitationId);
    expect(await readLink(tokenOf(first.data.link), "PASSWORD_RESET")).toEqual({ state: "invalid" });
    await ownerDb().invitation.update({
      where: { id: second.data.invitationId },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    anonymous();
    expect(
      await resetPasswordAction({
        token: tokenOf(second.data.link),
        password: NEW_PASSWORD,
        passwordConfirm: NEW_PASSWORD,
      }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("has expired"),
    });
    const tampered = `${tokenOf(second.data.link).slice(0, 42)}${tokenOf(second.data.link).endsWith("A") ? "B" : "A"}`;
    expect(
      await resetPasswordAction({ token: tampered, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await authenticate({ email: world.manager.user.email, password: DEMO_PASSWORD, ip: "10.8.8.3" }),
    ).toMatchObject({ ok: true });
  });

  it("removing or disabling the member withdraws their pending reset link", async () => {
    actAs(world.owner.user);
    const reset = await requestPasswordResetAction({ membershipId: world.manager.membership.id });
    if (!reset.ok) throw new Error(reset.message);
    await removeMemberAction({ membershipId: world.manager.membership.id, expectedVersion: 1 });
    expect(await readLink(tokenOf(reset.data.link), "PASSWORD_RESET")).toEqual({ state: "revoked" });
  });

  it("for someone who also belongs to another tenant, the link is only ever emailed, never shown to this owner", async () => {
    const other = await createWorld(ownerDb());
    const shared = await addMember(ownerDb(), {
      tenantId: world.tenant.id,
      userId: other.owner.user.id,
      role: "ACCOUNT_MANAGER",
    });
    actAs(world.owner.user);
    expect(await requestPasswordResetAction({ membershipId: shared.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("only be sent by email"),
    });
    const sent: string[] = [];
    const smtp: Mailer = { kind: "smtp", send: async (m) => void sent.push(m.to) };
    setMailerForTests(smtp);
    const emailed = await requestPasswordResetAction({ membershipId: shared.id });
    expect(emailed).toMatchObject({ ok: true, data: { delivered: true, link: null } });
    expect(sent).toEqual([other.owner.user.email]);
  });

  it("is 404 for an account manager and across tenants", async () => {
    const other = await createWorld(ownerDb());
    for (const who of [world.manager.user, other.owner.user]) {
      actAs(who);
      expect(await requestPasswordResetAction({ membershipId: world.clientX.membership.id })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
    }
    expect(await ownerDb().invitation.count({ where: { tenantId: world.tenant.id, kind: "PASSWORD_RESET" } })).toBe(0);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { changePasswordAction, updateNameAction } from "@/lib/actions/profile";
import { authenticate } from "@/lib/auth/authenticate";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { THROTTLE_LIMITS, throttleKeys } from "@/lib/auth/throttle";
import { createUser, createWorld, DEMO_PASSWORD, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";

vi.mock("@/lib/auth/sign-in-with-password", () => ({ signInWithPassword: vi.fn(async () => true) }));

const NEW_PASSWORD = "my new long passphrase";

let world: World;
beforeEach(async () => {
  world = await createWorld(ownerDb());
  vi.mocked(signInWithPassword).mockClear();
});

describe("changing one's name", () => {
  it("works for every role, with optimistic locking on the user, and is audited", async () => {
    const admin = await createUser(ownerDb(), { isPlatformAdmin: true });
    for (const user of [world.owner.user, world.manager.user, world.clientX.user, admin]) {
      actAs(user);
      expect(await updateNameAction({ name: "  Renamed Person ", expectedVersion: 1 })).toEqual({
        ok: true,
        data: { version: 2 },
      });
      expect(await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
        name: "Renamed Person",
        version: 2,
      });
      // A second tab still holding version 1 gets a conflict, and nothing is overwritten.
      expect(await updateNameAction({ name: "Stale tab", expectedVersion: 1 })).toMatchObject({
        ok: false,
        code: "CONFLICT",
      });
      expect((await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Renamed Person");
    }
    expect(
      await ownerDb().auditEvent.count({ where: { tenantId: world.tenant.id, action: "profile.updateName" } }),
    ).toBe(3);
  });

  it("validates the name and refuses anything but the name", async () => {
    actAs(world.manager.user);
    expect(await updateNameAction({ name: "   ", expectedVersion: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { name: "This field is required." },
    });
    expect(await updateNameAction({ name: "x".repeat(121), expectedVersion: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.stringContaining("at most 120") },
    });
    expect(await updateNameAction({ name: "Ok", expectedVersion: 1, isPlatformAdmin: true })).toMatchObject({
      ok: false,
      fieldErrors: { isPlatformAdmin: expect.any(String) },
    });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: world.manager.user.id } })).isPlatformAdmin).toBe(
      false,
    );
    anonymous();
    expect(await updateNameAction({ name: "Ghost", expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
  });
});

describe("changing one's password", () => {
  it("requires the current password; ends every other session; keeps this one by signing in again", async () => {
    actAs(world.manager.user);
    const wrong = await changePasswordAction({
      currentPassword: "not it at all",
      newPassword: NEW_PASSWORD,
      newPasswordConfirm: NEW_PASSWORD,
    });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "This is not your current password." } });
    const short = await changePasswordAction({
      currentPassword: DEMO_PASSWORD,
      newPassword: "short",
      newPasswordConfirm: "short",
    });
    expect(short).toMatchObject({ ok: false, fieldErrors: { newPassword: "Use at least 12 characters." } });
    const differ = await changePasswordAction({
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
      newPasswordConfirm: "something else!",
    });
    expect(differ).toMatchObject({ ok: false, fieldErrors: { newPasswordConfirm: "The passwords do not match." } });
    const same = await changePasswordAction({
      currentPassword: DEMO_PASSWORD,
      newPassword: DEMO_PASSWORD + "",
      newPasswordConfirm: DEMO_PASSWORD,
    });
    expect(same).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.any(String) } });
    expect(signInWithPassword).not.toHaveBeenCalled();
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: world.manager.user.id } })).sessionVersion).toBe(0);

    const done = await changePasswordAction({
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
      newPasswordConfirm: NEW_PASSWORD,
    });
    expect(done).toEqual({ ok: true, data: { signedIn: true } });
    expect(signInWithPassword).toHaveBeenCalledWith(world.manager.user.email, NEW_PASSWORD);
    const after = await ownerDb().user.findUniqueOrThrow({ where: { id: world.manager.user.id } });
    expect(after.sessionVersion).toBe(1);
    expect(after.passwordHash).not.toBe(world.manager.user.passwordHash);

    // Every session issued before (sessionVersion 0) is refused on its next request.
    actAs({ id: world.manager.user.id, sessionVersion: 0 });
    expect(await updateNameAction({ name: "Old tab", expectedVersion: after.version })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    // The new session (sessionVersion 1, what the fresh sign-in carries) works.
    actAs({ id: world.manager.user.id, sessionVersion: 1 });
    expect(await updateNameAction({ name: "New tab", expectedVersion: after.version })).toMatchObject({ ok: true });

    expect(await authenticate({ email: world.manager.user.email, password: DEMO_PASSWORD, ip: "10.6.6.1" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await authenticate({ email: world.manager.user.email, password: NEW_PASSWORD, ip: "10.6.6.2" }),
    ).toMatchObject({ ok: true });
    const event = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: world.tenant.id, action: "profile.changePassword" },
    });
    expect(JSON.stringify(event)).not.toContain(NEW_PASSWORD);
  });

  it("wrong current passwords count against the sign-in throttle (a stolen session cannot guess it)", async () => {
    actAs(world.owner.user);
    for (let i = 0; i < THROTTLE_LIMITS.accountIp; i++) {
      const r = await changePasswordAction({
        currentPassword: `guess number ${i}`,
        newPassword: NEW_PASSWORD,
        newPasswordConfirm: NEW_PASSWORD,
      });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    const throttled = await changePasswordAction({
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
      newPasswordConfirm: NEW_PASSWORD,
    });
    expect(throttled).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    const key = throttleKeys(world.owner.user.email, process.env.TEST_CLIENT_IP!).accountIp;
    expect((await ownerDb().loginThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(
      THROTTLE_LIMITS.accountIp,
    );
    expect((await ownerDb().user.findUniqueOrThrow({ where: { id: world.owner.user.id } })).sessionVersion).toBe(0);
    await ownerDb().loginThrottle.deleteMany({
      where: { key: { in: Object.values(throttleKeys(world.owner.user.email, process.env.TEST_CLIENT_IP!)) } },
    });
  });
});

import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { beforeEach, describe, expect, it } from "vitest";
import { updateLocaleAction } from "@/lib/actions/profile";
import { authenticate } from "@/lib/auth/authenticate";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { createMember, createUser, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";

/** Issue 19: the language is the user's (profile), first taken from the browser at sign-in. */
let world: World;
beforeEach(async () => {
  world = await createWorld(ownerDb());
  (await cookies()).delete(LOCALE_COOKIE);
});

const storedLocale = async (id: string) => (await ownerDb().user.findUniqueOrThrow({ where: { id } })).locale;

describe("choosing one's language", () => {
  it("stores it on the user for every role, switches this browser, and is audited", async () => {
    const admin = await createUser(ownerDb(), { isPlatformAdmin: true });
    for (const user of [world.owner.user, world.manager.user, world.clientX.user, admin]) {
      (await cookies()).delete(LOCALE_COOKIE);
      actAs(user);
      expect(await updateLocaleAction({ locale: "fr" })).toEqual({ ok: true, data: { locale: "fr" } });
      expect(await storedLocale(user.id)).toBe("fr");
      expect((await cookies()).get(LOCALE_COOKIE)?.value).toBe("fr");
    }
    expect(
      await ownerDb().auditEvent.findMany({
        where: { tenantId: world.tenant.id, action: "profile.updateLocale" },
        select: { actorUserId: true, metadata: true },
      }),
    ).toHaveLength(3);
    actAs(world.manager.user);
    expect(await updateLocaleAction({ locale: "en" })).toEqual({ ok: true, data: { locale: "en" } });
    expect(await storedLocale(world.manager.user.id)).toBe("en");
    expect((await cookies()).get(LOCALE_COOKIE)?.value).toBe("en");
  });

  it("refuses a language Mainstay does not speak on its field, in the reader's language, changing nothing", async () => {
    actAs(world.manager.user);
    expect(await updateLocaleAction({ locale: "de" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { locale: "Choose one of the options." },
    });
    (await cookies()).set(LOCALE_COOKIE, "fr");
    expect(await updateLocaleAction({ locale: "" })).toMatchObject({
      ok: false,
      fieldErrors: { locale: "Choisissez l’une des options." },
    });
    expect(await updateLocaleAction({ locale: "fr", isPlatformAdmin: true })).toMatchObject({
      ok: false,
      fieldErrors: { isPlatformAdmin: expect.any(String) },
    });
    expect(await storedLocale(world.manager.user.id)).toBeNull();
    expect((await cookies()).get(LOCALE_COOKIE)?.value).toBe("fr");
    anonymous();
    expect(await updateLocaleAction({ locale: "fr" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("the language at sign-in", () => {
  it("is first the browser's, then the user's own whatever the next browser says", async () => {
    const email = `locale.${randomUUID().slice(0, 8)}@example.test`;
    const password = "a long enough password";
    const member = await createMember(ownerDb(), {
      tenantId: world.tenant.id,
      role: "ACCOUNT_MANAGER",
      email,
      password,
    });
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    expect(await storedLocale(member.user.id)).toBeNull();

    expect(await authenticate({ email, password, ip, locale: "fr" })).toMatchObject({
      ok: true,
      user: { locale: "fr" },
    });
    expect(await storedLocale(member.user.id)).toBe("fr");
    expect(await authenticate({ email, password, ip, locale: "en" })).toMatchObject({
      ok: true,
      user: { locale: "fr" },
    });
    expect(await storedLocale(member.user.id)).toBe("fr");
    // A wrong password stores nothing.
    const other = await createMember(ownerDb(), {
      tenantId: world.tenant.id,
      role: "ACCOUNT_MANAGER",
      email: `locale.${randomUUID().slice(0, 8)}@example.test`,
      password,
    });
    expect(
      await authenticate({ email: other.user.email, password: "not the password", ip, locale: "fr" }),
    ).toMatchObject({
      ok: false,
    });
    expect(await storedLocale(other.user.id)).toBeNull();
  });
});

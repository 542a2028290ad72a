import { beforeEach, describe, expect, it } from "vitest";
import { updateTenantAction } from "@/lib/actions/tenants";
import { updateSettingsAction } from "@/lib/actions/settings";
import { createUser, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

const VALUES = {
  currency: "USD",
  hourlyRate: "120",
  managedPerUser: "99.9",
  managedPerEndpoint: "",
  backupPerEndpoint: "6.5",
  suitePerUser: "4",
  criticalItemPerMonth: "140",
  steeringPerMonth: "",
  horizonMonths: "24",
};

let world: World;
beforeEach(async () => {
  world = await createWorld(ownerDb());
});

describe("tenant settings", () => {
  it("the owner saves the currency and price list (blank = the documented default), with optimistic locking, audited", async () => {
    actAs(world.owner.user);
    expect(await updateSettingsAction({ ...VALUES, expectedVersion: 1 })).toEqual({ ok: true, data: { version: 2 } });
    const tenant = await ownerDb().tenant.findUniqueOrThrow({ where: { id: world.tenant.id } });
    expect(tenant).toMatchObject({
      currency: "USD",
      hourlyRate: 120,
      managedPerUser: 99.9,
      managedPerEndpoint: null,
      backupPerEndpoint: 6.5,
      suitePerUser: 4,
      criticalItemPerMonth: 140,
      steeringPerMonth: null,
      horizonMonths: 24,
      version: 2,
      name: world.tenant.name,
      status: "ACTIVE",
    });
    const event = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: world.tenant.id, action: "settings.update" },
    });
    expect(event.metadata).toMatchObject({
      changes: {
        currency: { from: "EUR", to: "USD" },
        hourlyRate: { from: null, to: 120 },
        horizonMonths: { from: null, to: 24 },
      },
    });

    // A stale form is a conflict and changes nothing.
    expect(await updateSettingsAction({ ...VALUES, hourlyRate: "1", expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect((await ownerDb().tenant.findUniqueOrThrow({ where: { id: world.tenant.id } })).hourlyRate).toBe(120);
  });

  it("shares Tenant.version with the platform admin's edits: a form opened before a rename is stale", async () => {
    const admin = await createUser(ownerDb(), { isPlatformAdmin: true });
    actAs(admin);
    expect(
      await updateTenantAction({ id: world.tenant.id, name: "Renamed", slug: world.tenant.slug, expectedVersion: 1 }),
    ).toMatchObject({ ok: true });
    actAs(world.owner.user);
    expect(await updateSettingsAction({ ...VALUES, expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await updateSettingsAction({ ...VALUES, expectedVersion: 2 })).toMatchObject({ ok: true });
  });

  it("says what is wrong next to each field", async () => {
    actAs(world.owner.user);
    const result = await updateSettingsAction({
      ...VALUES,
      currency: "XYZ",
      backupPerEndpoint: "-1",
      suitePerUser: "",
      hourlyRate: "abc",
      criticalItemPerMonth: "1000001",
      horizonMonths: "0",
      expectedVersion: 1,
    });
    if (result.ok) throw new Error("expected a validation error");
    expect(result.code).toBe("VALIDATION");
    // A blank price is allowed: the engine uses its documented default for it.
    expect(result.fieldErrors).not.toHaveProperty("suitePerUser");
    expect(result.fieldErrors).toMatchObject({
      currency: "Choose one of the options.",
      backupPerEndpoint: "Must be at least 0.",
      hourlyRate: expect.any(String),
      criticalItemPerMonth: "Must be at most 1,000,000.",
      horizonMonths: "Must be at least 1.",
    });
    expect(await updateSettingsAction({ ...VALUES, horizonMonths: "12.5", expectedVersion: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { horizonMonths: expect.any(String) },
    });
    expect(await updateSettingsAction({ ...VALUES, horizonMonths: "121", expectedVersion: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { horizonMonths: "Must be at most 120." },
    });
    expect(await updateSettingsAction({ ...VALUES, expectedVersion: 1, status: "ACTIVE" })).toMatchObject({
      ok: false,
      fieldErrors: { status: expect.any(String) },
    });
    expect((await ownerDb().tenant.findUniqueOrThrow({ where: { id: world.tenant.id } })).version).toBe(1);
  });

  it("is 404 for account managers, client users, platform admins; an owner only ever changes their own tenant", async () => {
    const admin = await createUser(ownerDb(), { isPlatformAdmin: true });
    for (const who of [world.manager.user, world.clientX.user, admin]) {
      actAs(who);
      expect(await updateSettingsAction({ ...VALUES, expectedVersion: 1 })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
    }
    const other = await createWorld(ownerDb());
    actAs(other.owner.user);
    expect(await updateSettingsAction({ ...VALUES, expectedVersion: 1 })).toMatchObject({ ok: true });
    expect((await ownerDb().tenant.findUniqueOrThrow({ where: { id: world.tenant.id } })).currency).toBe("EUR");
    expect((await ownerDb().tenant.findUniqueOrThrow({ where: { id: other.tenant.id } })).currency).toBe("USD");
  });
});

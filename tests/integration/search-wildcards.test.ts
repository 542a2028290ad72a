import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { contextFor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { listOrganizations } from "@/lib/domain/organizations/list-organizations";
import { parseOrgListQuery } from "@/lib/domain/organizations/schemas";
import { listTenants } from "@/lib/domain/tenants/list-tenants";
import { createOrganization, createTenant, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { staffActor } from "@/tests/support/actors";

/**
 * Every search box matches what was typed, literally: `%`, `_` and `\` are characters,
 * not LIKE wildcards (before the fix "%" listed every organization and "_" every name
 * with at least one character).
 */
const NAMES = ["100% Uptime", "100 Percent", "A_B Partners", "AxB Partners", "Back\\slash Ltd", "Backslash Ltd"];

let w: World;
const manager = (): Actor => staffActor(w);
const platformAdmin: Actor = {
  userId: "platform-admin-for-search",
  email: "admin@example.test",
  name: "Admin",
  role: "PLATFORM_ADMIN",
  tenantId: null,
  tenantName: null,
  tenantSlug: null,
  currency: "EUR",
  organizationId: null,
};

const orgNames = async (q: string) =>
  (await withDbContext(contextFor(manager()), (tx) => listOrganizations(tx, manager(), parseOrgListQuery({ q })))).rows
    .map((r) => r.name)
    .filter((n) => NAMES.includes(n))
    .sort();

const run = randomUUID().slice(0, 8);
const tenantNames = async (q: string) =>
  (await withDbContext(contextFor(platformAdmin), (tx) => listTenants(tx, platformAdmin, { q }))).tenants
    .map((t) => t.name)
    .filter((n) => n.endsWith(run))
    .sort();

beforeAll(async () => {
  w = await createWorld(ownerDb());
  for (const name of NAMES) await createOrganization(ownerDb(), { tenantId: w.tenant.id, name, headcount: 10 });
  for (const [i, name] of NAMES.entries())
    await createTenant(ownerDb(), { name: `${name} ${run}`, slug: `wild-${run}-${i}` });
});

describe("search treats LIKE wildcards as plain characters", () => {
  it("organizations: % and _ and \\ match only names that contain them", async () => {
    expect(await orgNames("%")).toEqual(["100% Uptime"]);
    expect(await orgNames("0% U")).toEqual(["100% Uptime"]);
    expect(await orgNames("_")).toEqual(["A_B Partners"]);
    expect(await orgNames("a_b")).toEqual(["A_B Partners"]);
    expect(await orgNames("\\")).toEqual(["Back\\slash Ltd"]);
    expect(await orgNames("k\\s")).toEqual(["Back\\slash Ltd"]);
    // Ordinary searches still match case-insensitively.
    expect(await orgNames("PARTNERS")).toEqual(["A_B Partners", "AxB Partners"]);
  });

  it("tenants (platform admin): the same for names and slugs", async () => {
    expect(await tenantNames("%")).toEqual([`100% Uptime ${run}`]);
    expect(await tenantNames("_")).toEqual([`A_B Partners ${run}`]);
    expect(await tenantNames("\\")).toEqual([`Back\\slash Ltd ${run}`]);
    expect(await tenantNames(`wild-${run}-`)).toHaveLength(NAMES.length);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { listReportDecisions } from "@/lib/domain/decisions/list-report-decisions";
import { getReport } from "@/lib/domain/reports/get-report";
import { markReportRead } from "@/lib/domain/reports/mark-report-read";
import { memberNames } from "@/lib/domain/reports/names";
import { createMember, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actorOf, readAs, report } from "./reports-support";

/**
 * The report pages' shared reads, one statement each: the names a caller may see (one join, RLS on
 * both tables), and the report getReport read handed on to its decisions and its "read" mark
 * instead of read again.
 */
let w: World;
let other: World;
let colleague: Awaited<ReturnType<typeof createMember>>;
let published: { id: string };
beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  colleague = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "CLIENT", organizationId: w.orgX.id });
  published = await report({
    tenantId: w.tenant.id,
    organizationId: w.orgX.id,
    authorId: w.manager.user.id,
    period: "2025-05",
    status: "PUBLISHED",
  });
});

describe("memberNames", () => {
  const everyone = () => [
    w.owner.user.id,
    w.manager.user.id,
    w.clientX.user.id,
    colleague.user.id,
    w.clientY.user.id,
    other.manager.user.id,
    null,
    undefined,
  ];

  it("gives staff every member of their tenant with their role, and nobody of another tenant", async () => {
    const staff = await actorOf(w.manager.user);
    const names = await readAs(staff, (tx) => memberNames(tx, w.tenant.id, everyone()));
    expect(Object.fromEntries(names)).toEqual({
      [w.owner.user.id]: { name: w.owner.user.name, role: "OWNER" },
      [w.manager.user.id]: { name: w.manager.user.name, role: "ACCOUNT_MANAGER" },
      [w.clientX.user.id]: { name: w.clientX.user.name, role: "CLIENT" },
      [colleague.user.id]: { name: colleague.user.name, role: "CLIENT" },
      [w.clientY.user.id]: { name: w.clientY.user.name, role: "CLIENT" },
    });
  });

  it("gives a client themselves and the MSP's staff, not other client users nor another tenant", async () => {
    const client = await actorOf(w.clientX.user);
    const names = await readAs(client, (tx) => memberNames(tx, w.tenant.id, everyone()));
    expect([...names.keys()].sort()).toEqual([w.owner.user.id, w.manager.user.id, w.clientX.user.id].sort());
    // Asking for another tenant's members under one's own tenant id gives nothing either.
    const foreign = await readAs(client, (tx) => memberNames(tx, other.tenant.id, [other.manager.user.id]));
    expect(foreign.size).toBe(0);
  });

  it("answers an empty list without a query", async () => {
    const staff = await actorOf(w.manager.user);
    expect((await readAs(staff, (tx) => memberNames(tx, w.tenant.id, [null]))).size).toBe(0);
  });
});

describe("the report getReport read, handed on", () => {
  it("gives the same decisions as reading the report again, and marks it read", async () => {
    const client = await actorOf(colleague.user);
    const now = new Date("2025-06-03T10:00:00Z");
    const { byId, handed, readAt, reads } = await readAs(client, async (tx) => {
      const doc = await getReport(tx, client, published.id);
      return {
        byId: await listReportDecisions(tx, client, published.id),
        handed: await listReportDecisions(tx, client, doc.readable),
        readAt: await markReportRead(tx, client, doc.readable, { now }),
        reads: await tx.reportRead.findMany({ where: { reportId: published.id, userId: colleague.user.id } }),
      };
    });
    expect(handed).toEqual(byId);
    expect(readAt).toEqual(now);
    expect(reads.map((r) => r.readAt)).toEqual([now]);
  });
});

import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/route";
import { DATASETS } from "@/lib/domain/export/datasets";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { createFullWorld } from "@/tests/support/worlds";

type World = Awaited<ReturnType<typeof createFullWorld>>;
let a: World;
let b: World;
beforeAll(async () => {
  [a, b] = await Promise.all([createFullWorld(), createFullWorld()]);
});

async function download() {
  const response = await GET(new Request("http://localhost/api/export"), { params: Promise.resolve({}) });
  return response;
}

describe("the owner's data export", () => {
  it("holds exactly the tenant's rows, as JSON and CSV, and is audited", async () => {
    actAs(a.owner.user);
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="mainstay-msp-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip"/,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    expect(manifest.tenant.id).toBe(a.tenant.id);

    const db = ownerDb();
    // Every dataset, read straight from its table as the owner (the tenant's rows only).
    const delegate = (model: string) =>
      (db as unknown as Record<string, { findMany: (q: object) => Promise<{ id: string }[]> }>)[
        model[0]!.toLowerCase() + model.slice(1)
      ]!;
    const expected: Record<string, { id: string }[]> = {};
    for (const d of DATASETS) {
      expected[d.name] = await delegate(d.model).findMany({ where: { tenantId: a.tenant.id }, select: { id: true } });
      // The full world holds a row of each kind, so no dataset passes by being empty.
      expect(expected[d.name]!.length, d.name).toBeGreaterThan(0);
    }
    const foreignIds = new Set(
      (await db.clientOrganization.findMany({ where: { tenantId: b.tenant.id }, select: { id: true } })).map(
        (r) => r.id,
      ),
    );
    for (const [name, rows] of Object.entries(expected)) {
      const json = JSON.parse(strFromU8(files[`${name}.json`]!)) as { id: string; organizationId?: string }[];
      expect(json.map((r) => r.id).sort(), name).toEqual(rows.map((r) => r.id).sort());
      expect(
        json.every((r) => !r.organizationId || !foreignIds.has(r.organizationId)),
        name,
      ).toBe(true);
      const csvLines = strFromU8(files[`${name}.csv`]!).trimEnd().split("\r\n");
      expect(csvLines.length, `${name}.csv`).toBeGreaterThanOrEqual(rows.length + 1);
      expect(manifest.counts[name]).toBe(rows.length);
    }
    // Stored engine results travel with the assessments.
    const assessments = JSON.parse(strFromU8(files["assessments.json"]!)) as {
      result: { engineVersion: string } | null;
    }[];
    expect(assessments.some((x) => x.result?.engineVersion)).toBe(true);
    // Nothing from tenant B anywhere in the archive.
    const everything = Object.values(files)
      .map((f) => strFromU8(f))
      .join("\n");
    expect(everything).not.toContain(b.tenant.id);
    expect(everything).not.toContain(b.orgX.id);
    // A webhook endpoint travels without its signing secret.
    expect(files["webhook-endpoints.json"]).toBeDefined();
    expect(everything).not.toContain("v1.not.a.real-secret");

    const audited = await db.auditEvent.findFirst({
      where: { tenantId: a.tenant.id, action: "export.tenant", actorUserId: a.owner.user.id },
    });
    expect(audited).not.toBeNull();
  });

  it("pages past one batch (2,000 rows) without losing or repeating a row", async () => {
    const db = ownerDb();
    await db.reportComment.createMany({
      data: Array.from({ length: 2_101 }, (_, i) => ({
        tenantId: b.tenant.id,
        reportId: b.reportId,
        authorId: b.manager.user.id,
        body: `comment ${i}`,
      })),
    });
    actAs(b.owner.user);
    const files = unzipSync(new Uint8Array(await (await download()).arrayBuffer()));
    const exported = (JSON.parse(strFromU8(files["report-comments.json"]!)) as { id: string }[]).map((r) => r.id);
    const stored = await db.reportComment.findMany({ where: { tenantId: b.tenant.id }, select: { id: true } });
    expect(exported.length).toBeGreaterThan(2_100);
    expect(new Set(exported).size).toBe(exported.length);
    expect(exported.sort()).toEqual(stored.map((r) => r.id).sort());
  });

  it("is refused (404) to an account manager and a client", async () => {
    for (const user of [a.manager.user, a.clientX.user]) {
      actAs(user);
      expect((await download()).status).toBe(404);
    }
  });
});

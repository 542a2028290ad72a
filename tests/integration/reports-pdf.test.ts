import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { cookies } from "next/headers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/reports/[id]/pdf/route";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";
import { metric, report, sampleContent } from "./reports-support";

const run = promisify(execFile);
let dir: string;

/** Calls the route handler as Next.js would. */
const download = (id: string) =>
  GET(new Request(`http://localhost/api/reports/${id}/pdf`), { params: Promise.resolve({ id }) });

/** The PDF's text, read back with poppler's pdftotext (the layout kept, so table rows stay on one line). */
async function pdfText(response: Response): Promise<string> {
  const file = path.join(dir, `${crypto.randomUUID()}.pdf`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
  return stdout.replace(/[ \t]+/g, " ");
}

let w: World;
let other: World;
let published: { id: string };
let draft: { id: string };
let otherOrg: { id: string };
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "mainstay-pdf-"));
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  const base = { tenantId: w.tenant.id, organizationId: w.orgX.id, authorId: w.manager.user.id };
  await report({ ...base, period: "2025-01", status: "PUBLISHED", content: sampleContent(5) });
  await report({
    ...base,
    period: "2025-02",
    status: "PUBLISHED",
    content: { ...sampleContent(8), metrics: { ...sampleContent(8).metrics, incidentsOpened: metric(null) } },
  });
  published = await report({ ...base, period: "2025-03", status: "PUBLISHED", content: sampleContent(12) });
  draft = await report({ ...base, period: "2025-04", content: sampleContent(3) });
  otherOrg = await report({ ...base, organizationId: w.orgY.id, period: "2025-03", status: "PUBLISHED" });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("GET /api/reports/:id/pdf", () => {
  it("is in the reader's language: French, with its typography drawn (no stray glyph for U+202F)", async () => {
    actAs(w.clientX.user);
    const jar = await cookies();
    jar.set(LOCALE_COOKIE, "fr");
    try {
      const text = await pdfText(await download(published.id));
      expect(text).toContain("Revue de service mensuelle");
      expect(text).toContain("mars 2025");
      expect(text).toContain("Indicateurs de service");
      expect(text).not.toContain("Service review");
      expect(text).not.toMatch(/\/[;:?!€%]/);
    } finally {
      jar.delete(LOCALE_COOKIE);
    }
  });

  it("draws what a French account manager writes: accents, œ, « », ’ and amounts as 1 700,00 €", async () => {
    const content = sampleContent(9);
    const written = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2025-05",
      status: "PUBLISHED",
      content: {
        ...content,
        narrative: {
          highlights: "Le cœur de réseau a été remplacé ; l’équipe a validé « tout fonctionne ».",
          risks: "Œuvre à prévoir : sauvegardes hors site à déménager.",
          decisionsNeeded: "Valider le budget de l’été.",
        },
      },
    });
    actAs(w.manager.user);
    const jar = await cookies();
    jar.set(LOCALE_COOKIE, "fr");
    try {
      const response = await download(written.id);
      expect(response.status).toBe(200);
      // No-break spaces (before ; » and €, between thousands) read back as spaces.
      const text = (await pdfText(response)).replace(/\u00a0/g, " ");
      // The narrative is laid out in three columns: each line checked on its own.
      expect(text).toContain("Le cœur de réseau a été remplacé ;");
      expect(text).toContain("l’équipe a validé « tout fonctionne ».");
      expect(text).toContain("Œuvre à prévoir : sauvegardes hors site");
      expect(text).toContain("Valider le budget de l’été.");
      expect(text).toContain("1 700,00 €");
      expect(text).toContain("4 200,00 €");
      expect(text).not.toMatch(/\/[;:?!€%»]/);
    } finally {
      jar.delete(LOCALE_COOKIE);
    }
  });

  it("gives a client their organization's published report as a well-formed PDF", async () => {
    actAs(w.clientX.user);
    const response = await download(published.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="org-x-[a-z0-9-]+-2025-03\.pdf"$/,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await pdfText(response);
    // Branding and period
    expect(text).toContain(w.tenant.name);
    expect(text).toContain("Monthly service review");
    expect(text).toContain(w.orgX.name);
    expect(text).toContain("March 2025");
    // Metrics with values, sources and as-of dates; a metric not provided reads "No data", never 0
    expect(text).toMatch(/Incidents opened 12 PSA ticketing Mar 31, 2025/);
    expect(text).toMatch(/Availability 99\.95% Monitoring/);
    expect(text).toMatch(/Mean time to resolve 3\.5 h/);
    expect(text).toMatch(/Patch compliance No data/);
    expect(text).toMatch(/Last verified restore No data/);
    expect(text).toContain("96.7% of backup jobs succeeded");
    expect(text).toMatch(/Microsoft 365 7/);
    // The trend over the published months (February's missing figure stays "No data")
    expect(text).toContain("Trend: the last 3 published months");
    expect(text).toMatch(/Feb 25 No data 7/);
    expect(text).toMatch(/Mar 25 12 11 0 3\.5 99\.95% No data 96\.7%/);
    // Narrative, recommendations, roadmap, budget
    expect(text).toContain("Quarterly restore test succeeded.");
    expect(text).toContain("Storage close to capacity.");
    expect(text).toContain("Approve laptop renewal.");
    expect(text).toContain("Enable MFA for remote users");
    expect(text).toMatch(/Migrate file shares to SharePoint In progress Q2 2025/);
    expect(text).toMatch(/Managed services fee Run €1,700\.00 Inside the contract/);
    expect(text).toMatch(/Laptop renewal Project €4,200\.00/);
    expect(text).toMatch(/Run costs, inside the contract €1,700\.00/);
    expect(text).toMatch(/Projects, outside the contract €4,200\.00/);
    expect(text).toMatch(/Month Opened Resolved Major MTTR \(h\) Availability Patching Backups OK/);
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toContain("not published");
  });

  it("lets staff download any report of their tenant; a draft is marked as not published", async () => {
    actAs(w.manager.user);
    const response = await download(draft.id);
    expect(response.status).toBe(200);
    const text = await pdfText(response);
    expect(text).toContain("Draft: not published to the client");
    expect(text).toContain("April 2025");
  });

  it("is a 404 for a client on a draft or another organization's report, for another tenant, and for a bad id", async () => {
    const cases: [{ id: string }, string][] = [
      [w.clientX.user, draft.id],
      [w.clientX.user, otherOrg.id],
      [w.clientY.user, published.id],
      [other.owner.user, published.id],
      [other.clientX.user, published.id],
      [w.manager.user, "no-such-report"],
      [w.manager.user, "../../etc/passwd"],
    ];
    for (const [user, id] of cases) {
      actAs(user);
      const response = await download(id);
      expect(response.status, `${id}`).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    }
  });

  it("asks anonymous callers to sign in", async () => {
    anonymous();
    const response = await download(published.id);
    expect(response.status).toBe(401);
  });
});

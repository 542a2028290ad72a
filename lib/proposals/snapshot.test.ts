import { describe, expect, it } from "vitest";
import { decide } from "@/lib/engine";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "@/lib/engine/test-fixtures";
import { readStoredResult } from "@/lib/domain/assessments/stored-result";
import { CATALOGS, LOCALES } from "@/lib/i18n/catalog";
import { buildProposalSnapshot } from "@/lib/proposals/snapshot";
import { readProposalSnapshot } from "@/lib/proposals/read-snapshot";
import { contentSha256 } from "@/lib/signatures/content-hash";

const facts = {
  currentModel: "BREAK_FIX" as const,
  finalizedAt: new Date("2026-11-20T10:00:00Z"),
  currency: "EUR",
  history: null,
};
const snapshotOf = (input: Parameters<typeof decide>[0]) =>
  buildProposalSnapshot(readStoredResult(JSON.parse(JSON.stringify(decide(input))))!, facts);

const lookup = (tree: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

/** Every catalog key a snapshot's codes name (as the view renders them). */
function keysOf(s: ReturnType<typeof snapshotOf>): string[] {
  const keys = [`proposals.lead.${s.lead}`, `proposals.modelName.${s.model}`];
  for (const item of s.scope) keys.push(`proposals.scope.${item}`);
  for (const r of s.reasons) {
    if (r.code === "situation" || r.code === "need") keys.push(`proposals.reason.${r.code}.${r.item}`);
    else if (r.code === "outgrown" || r.code === "stillFits") {
      keys.push(`proposals.reason.${r.code}`);
      for (const k of r.items)
        keys.push(`proposals.reason.condition.${r.code === "outgrown" ? "outgrown" : "fits"}.${k}`);
    } else if (r.code === "documentation") keys.push(`proposals.reason.documentation.${r.item}`);
    else keys.push(`proposals.reason.${r.code}`);
  }
  for (const a of s.costs?.assumptions ?? [])
    keys.push(`proposals.assumption.${a.key}`, `proposals.source.${a.source}`);
  for (const o of s.costs?.outsideContract ?? []) keys.push(`proposals.outside.${o}`);
  return keys;
}

describe("buildProposalSnapshot", () => {
  it("retells the seed's three examples in the client's words, every code with its message in every catalog", () => {
    const one = snapshotOf(EXAMPLE_1);
    expect(one).toMatchObject({ model: "BREAK_FIX", lead: "BREAK_FIX", scope: [] });
    expect(one.reasons.find((r) => r.code === "stillFits")).toBeTruthy();
    const two = snapshotOf(EXAMPLE_2);
    expect(two).toMatchObject({ model: "MANAGED", lead: "MANAGED" });
    expect(two.scope).toContain("endpoints");
    expect(two.reasons).toContainEqual({ code: "situation", item: "remoteAccess" });
    expect(two.reasons.find((r) => r.code === "outgrown")).toBeTruthy();
    const three = snapshotOf(EXAMPLE_3);
    expect(three.model).toBe("HYBRID");
    expect(three.scope).toEqual(expect.arrayContaining(["backups", "microsoft365"]));
    for (const s of [one, two, three]) {
      expect(s.reasons.at(-1)).toEqual({ code: "notOnlyCost" });
      for (const locale of LOCALES)
        for (const key of keysOf(s)) expect(typeof lookup(CATALOGS[locale], key), `${locale}: ${key}`).toBe("string");
    }
  });

  it("carries the cost comparison with its band, its assumptions and their sources, and when it was computed", () => {
    const s = snapshotOf(EXAMPLE_2);
    expect(s.assessedOn).toBe("2026-11-20");
    for (const m of ["BREAK_FIX", "HYBRID", "MANAGED"] as const) {
      const c = s.costs!.models[m];
      expect(c.low!).toBeLessThanOrEqual(c.total);
      expect(c.high!).toBeGreaterThanOrEqual(c.total);
    }
    expect(s.costs!.assumptions.length).toBeGreaterThan(5);
    expect(
      s.costs!.assumptions.every((a) =>
        ["assessment", "priceList", "default", "history", "estimate"].includes(a.source),
      ),
    ).toBe(true);
  });

  it("holds no engine text and is deterministic: the same result gives the same snapshot and hash", () => {
    const a = snapshotOf(EXAMPLE_3);
    const b = snapshotOf(EXAMPLE_3);
    expect(JSON.stringify(a)).not.toMatch(/engine\./);
    expect(contentSha256(a)).toBe(contentSha256(b));
    expect(readProposalSnapshot(JSON.parse(JSON.stringify(a)))).toEqual(a);
    expect(readProposalSnapshot({ v: 2, model: "HYBRID" })).toBeNull();
  });
});

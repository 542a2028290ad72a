import { describe, expect, it } from "vitest";
import { currentCatalog } from "@/lib/posture/catalog";
import { ENGINE_INPUT_QUESTIONS, engineInputsFromPosture } from "@/lib/posture/engine-inputs";
import type { AnswerLevel } from "@/lib/posture/vocabulary";

const answers = (pairs: Record<string, AnswerLevel | null>) => new Map(Object.entries(pairs));

describe("the decision engine's inputs read from a posture assessment", () => {
  it("reads only questions of the current catalog", () => {
    const ids = new Set(currentCatalog().questions.map((q) => q.id));
    for (const id of Object.values(ENGINE_INPUT_QUESTIONS).flat()) expect(ids.has(id), id).toBe(true);
  });

  it("backups: none when nothing is backed up; checked with someone acting on failures is monitored", () => {
    expect(engineInputsFromPosture(answers({ "pr-backups": "not_in_place" })).backups).toEqual({
      value: "none",
      questionIds: ["pr-backups"],
    });
    for (const checked of ["in_place", "verified"] as const)
      expect(
        engineInputsFromPosture(answers({ "pr-backups": "partial", "de-backup-checks": checked })).backups?.value,
      ).toBe("monitored");
    for (const checked of ["not_in_place", "partial"] as const)
      expect(
        engineInputsFromPosture(answers({ "pr-backups": "in_place", "de-backup-checks": checked })).backups,
      ).toEqual({
        value: "unmonitored",
        questionIds: ["pr-backups", "de-backup-checks"],
      });
  });

  it("suggests nothing it cannot tell: unanswered or not applicable questions", () => {
    expect(engineInputsFromPosture(answers({}))).toEqual({});
    expect(engineInputsFromPosture(answers({ "pr-backups": "in_place" })).backups).toBeUndefined();
    expect(
      engineInputsFromPosture(answers({ "pr-backups": "not_applicable", "de-backup-checks": "in_place" })).backups,
    ).toBeUndefined();
    expect(
      engineInputsFromPosture(answers({ "pr-backups": "in_place", "de-backup-checks": "not_applicable" })).backups,
    ).toBeUndefined();
    expect(engineInputsFromPosture(answers({ "id-devices": "in_place" })).documentation).toBeUndefined();
  });

  it("documentation: both inventories kept is up to date, neither is none, anything between is scattered", () => {
    const doc = (devices: AnswerLevel, software: AnswerLevel) =>
      engineInputsFromPosture(answers({ "id-devices": devices, "id-software": software })).documentation?.value;
    expect(doc("in_place", "verified")).toBe("current");
    expect(doc("not_in_place", "not_in_place")).toBe("none");
    expect(doc("partial", "in_place")).toBe("scattered");
    expect(doc("not_in_place", "verified")).toBe("scattered");
  });
});

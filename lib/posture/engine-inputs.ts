import type { AnswerLevel } from "@/lib/posture/vocabulary";

/**
 * Where the security posture answers what the decision engine asks (issue 19): the state of the
 * backups (backed up at all, then checked with someone acting on failures) and of the
 * documentation (the inventories of devices and of software). Only those two inputs: the posture
 * measures how well the client is protected, not how much continuity its business requires or
 * how long it can live without IT, so `continuityRequirement` and `interruptionTolerance` stay the
 * account manager's answers. Each suggestion names the questions it comes from.
 */
export type EngineSuggestion<V extends string> = { value: V; questionIds: string[] };
export type PostureEngineInputs = {
  backups?: EngineSuggestion<"none" | "unmonitored" | "monitored">;
  documentation?: EngineSuggestion<"none" | "scattered" | "current">;
};

/** The catalog questions each suggestion reads (lib/posture/catalog/v1.json). */
export const ENGINE_INPUT_QUESTIONS = {
  backups: ["pr-backups", "de-backup-checks"],
  documentation: ["id-devices", "id-software"],
} as const;

const done = (level: AnswerLevel | null | undefined) => level === "in_place" || level === "verified";

export function engineInputsFromPosture(levels: ReadonlyMap<string, AnswerLevel | null>): PostureEngineInputs {
  const out: PostureEngineInputs = {};
  const [backedUp, checked] = ENGINE_INPUT_QUESTIONS.backups.map((id) => levels.get(id) ?? null);
  if (backedUp === "not_in_place") out.backups = { value: "none", questionIds: ["pr-backups"] };
  else if (backedUp === "partial" || done(backedUp)) {
    if (checked !== null && checked !== "not_applicable")
      out.backups = {
        value: done(checked) ? "monitored" : "unmonitored",
        questionIds: [...ENGINE_INPUT_QUESTIONS.backups],
      };
  }
  const docs = ENGINE_INPUT_QUESTIONS.documentation.map((id) => levels.get(id) ?? null);
  if (docs.every((l) => l !== null && l !== "not_applicable")) {
    const value = docs.every(done) ? "current" : docs.every((l) => l === "not_in_place") ? "none" : "scattered";
    out.documentation = { value, questionIds: [...ENGINE_INPUT_QUESTIONS.documentation] };
  }
  return out;
}

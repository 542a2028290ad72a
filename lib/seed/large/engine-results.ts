import { decide, type AssessmentInput, type Economics, type EngineResult } from "@/lib/engine";
import type { ServiceModel } from "@/lib/generated/prisma/enums";
import { monthlyCostGap } from "@/lib/domain/assessments/cost-gap";
import { MODELS } from "@/lib/vocabulary";

/**
 * A handful of real decision-engine results, computed once and reused by
 * thousands of assessment rows (`decide()` per row would dominate the seed's
 * time). Each stored assessment carries the input its result was computed from,
 * so every FINAL row is exactly what finalizing that input would have stored.
 */
export type PrecomputedResult = {
  input: AssessmentInput;
  result: EngineResult;
  /** JSON of `result`, serialised once. */
  json: string;
  /** monthlyCostGap against each current model. */
  costGap: Record<ServiceModel, number>;
};

/** The price list of a tenant as the schema creates it: every price blank (the engine's documented defaults). */
export const DEFAULT_TENANT_PRICING: Partial<Economics> = {};

type Profile = Omit<AssessmentInput, "headcount" | "endpoints" | "sites" | "remoteUsers"> & { remoteShare: number };

/** From the least to the most pressure toward managed services. */
const PROFILES: Profile[] = [
  {
    cloudServices: [],
    centralFileSharing: false,
    backups: "none",
    businessAppDependency: "none",
    continuityRequirement: "none",
    interruptionTolerance: "high",
    digitalDependence: "low",
    needsPredictableBudget: false,
    needsMonthlySteering: false,
    remoteShare: 0,
  },
  {
    cloudServices: ["microsoft365"],
    centralFileSharing: false,
    backups: "unmonitored",
    businessAppDependency: "none",
    continuityRequirement: "none",
    interruptionTolerance: "high",
    digitalDependence: "low",
    needsPredictableBudget: false,
    needsMonthlySteering: false,
    remoteShare: 0,
  },
  {
    cloudServices: ["microsoft365"],
    centralFileSharing: true,
    backups: "unmonitored",
    businessAppDependency: "low",
    continuityRequirement: "none",
    interruptionTolerance: "medium",
    digitalDependence: "medium",
    needsPredictableBudget: false,
    needsMonthlySteering: false,
    remoteShare: 0.1,
  },
  {
    cloudServices: ["microsoft365"],
    centralFileSharing: true,
    backups: "monitored",
    businessAppDependency: "low",
    continuityRequirement: "moderate",
    interruptionTolerance: "medium",
    digitalDependence: "medium",
    needsPredictableBudget: false,
    needsMonthlySteering: false,
    remoteShare: 0.1,
  },
  {
    cloudServices: ["microsoft365", "saas"],
    centralFileSharing: true,
    backups: "monitored",
    businessAppDependency: "high",
    continuityRequirement: "strong",
    interruptionTolerance: "low",
    digitalDependence: "high",
    needsPredictableBudget: true,
    needsMonthlySteering: true,
    remoteShare: 0.4,
  },
];
const SIZES = [4, 8, 15, 30, 60];

export type ResultCatalog = {
  all: PrecomputedResult[];
  /** A result recommending `model`, for an organization of about `headcount` people. */
  pick: (model: ServiceModel, headcount: number) => PrecomputedResult;
};

export function buildResultCatalog(pricing: Partial<Economics> = {}): ResultCatalog {
  const all: PrecomputedResult[] = [];
  for (const { remoteShare, ...profile } of PROFILES) {
    for (const headcount of SIZES) {
      const input: AssessmentInput = {
        ...profile,
        headcount,
        endpoints: Math.round(headcount * 1.4),
        sites: headcount > 30 ? 2 : 1,
        remoteUsers: Math.round(headcount * remoteShare),
      };
      const result = decide(input, { defaults: pricing });
      const costGap = Object.fromEntries(MODELS.map((m) => [m, monthlyCostGap(result, m)])) as Record<
        ServiceModel,
        number
      >;
      all.push({ input, result, json: JSON.stringify(result), costGap });
    }
  }
  const byModel = new Map<ServiceModel, PrecomputedResult[]>();
  for (const r of all) byModel.set(r.result.recommendation, [...(byModel.get(r.result.recommendation) ?? []), r]);
  const pick = (model: ServiceModel, headcount: number) => {
    const candidates = byModel.get(model) ?? all;
    let best = candidates[0]!;
    for (const c of candidates) {
      if (Math.abs(c.input.headcount - headcount) < Math.abs(best.input.headcount - headcount)) best = c;
    }
    return best;
  };
  return { all, pick };
}

import { MODELS, PROPOSAL_SNAPSHOT_VERSION, type ProposalSnapshot } from "@/lib/proposals/snapshot";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A stored snapshot as the pages read it: exactly as shared (never rebuilt from today's engine).
 * Null when it is not a snapshot this version can show.
 */
export function readProposalSnapshot(json: unknown): ProposalSnapshot | null {
  if (!isObject(json) || json.v !== PROPOSAL_SNAPSHOT_VERSION) return null;
  if (!(MODELS as readonly unknown[]).includes(json.model)) return null;
  if (!Array.isArray(json.reasons) || !Array.isArray(json.scope)) return null;
  return json as unknown as ProposalSnapshot;
}

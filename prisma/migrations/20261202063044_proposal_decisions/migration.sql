-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "moveRecordedAt" TIMESTAMP(3);

-- ───────────────────────── hand-written below ─────────────────────────
-- Closing the move (lib/domain/model-changes/record-model-change.ts): once the move is recorded
-- from an approved proposal, its decision is final; only staff set moveRecordedAt, once.
CREATE OR REPLACE FUNCTION proposal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."snapshot" IS DISTINCT FROM OLD."snapshot"
     OR NEW."snapshotSha256" IS DISTINCT FROM OLD."snapshotSha256"
     OR NEW."tenantId" IS DISTINCT FROM OLD."tenantId"
     OR NEW."organizationId" IS DISTINCT FROM OLD."organizationId"
     OR NEW."assessmentId" IS DISTINCT FROM OLD."assessmentId"
     OR NEW."sharedById" IS DISTINCT FROM OLD."sharedById"
     OR NEW."sharedAt" IS DISTINCT FROM OLD."sharedAt"
     OR NEW."message" IS DISTINCT FROM OLD."message" THEN
    RAISE EXCEPTION 'a shared proposal is immutable' USING ERRCODE = 'check_violation';
  END IF;
  IF (SELECT app_is_client()) AND (NEW."withdrawnAt" IS DISTINCT FROM OLD."withdrawnAt"
     OR NEW."withdrawnById" IS DISTINCT FROM OLD."withdrawnById"
     OR NEW."moveRecordedAt" IS DISTINCT FROM OLD."moveRecordedAt") THEN
    RAISE EXCEPTION 'a client cannot withdraw or close a proposal' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD."moveRecordedAt" IS NOT NULL AND (NEW."moveRecordedAt" IS DISTINCT FROM OLD."moveRecordedAt"
     OR NEW.status IS DISTINCT FROM OLD.status) THEN
    RAISE EXCEPTION 'the move was recorded: this proposal is closed' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."moveRecordedAt" IS NOT NULL AND NEW.status <> 'APPROVED' THEN
    RAISE EXCEPTION 'only an approved proposal is closed by a move' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

-- Only an approver of the organization signs (lib/domain/decisions/assert-approver.ts says the
-- same in the domain): the client's own membership, visible to them under Membership's policies.
DROP POLICY proposal_decision_client_signs ON "ProposalDecision";
CREATE POLICY proposal_decision_client_signs ON "ProposalDecision" FOR INSERT
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client()) AND "decidedById" = (SELECT app_user())
         AND EXISTS (SELECT 1 FROM "Proposal" p WHERE p."tenantId" = "ProposalDecision"."tenantId" AND p.id = "ProposalDecision"."proposalId"
                     AND p."snapshotSha256" = "ProposalDecision"."snapshotSha256" AND p."moveRecordedAt" IS NULL)
         AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."tenantId" = "ProposalDecision"."tenantId"
                     AND m."userId" = (SELECT app_user()) AND m.role = 'CLIENT' AND m."removedAt" IS NULL
                     AND m."clientAccess" = 'APPROVER'));

-- CreateIndex
CREATE INDEX "ProposalDecision_tenantId_decidedAt_idx" ON "ProposalDecision"("tenantId", "decidedAt");

-- ───────────────────────── hand-written below ─────────────────────────
-- The staff digest lists client decisions (lib/mail/outbox/client-decisions.ts, ARCHITECTURE.md
-- "E-mail"): the mail worker's system context, in its one tenant, reads (never writes) the
-- decisions on report items and on proposals, and the proposals they are about.
CREATE POLICY client_decision_system_reads ON "ClientDecision" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));
CREATE POLICY proposal_system_reads ON "Proposal" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));
CREATE POLICY proposal_decision_system_reads ON "ProposalDecision" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));

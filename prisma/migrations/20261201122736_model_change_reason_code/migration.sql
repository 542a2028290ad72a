-- CreateEnum
CREATE TYPE "ModelChangeReasonCode" AS ENUM ('EXISTING_CLIENT');

-- AlterTable
ALTER TABLE "ServiceModelChange" ADD COLUMN     "reasonCode" "ModelChangeReasonCode",
ALTER COLUMN "reason" DROP NOT NULL;

-- Rows written before this migration stored the English sentence of the system-made reason
-- (orgs.create.existingClientReason): keep them as the code, so they render in the reader's locale.
UPDATE "ServiceModelChange"
SET "reasonCode" = 'EXISTING_CLIENT', "reason" = NULL
WHERE "reason" = 'Already a client when added to Mainstay.';

-- A person's words or a system code, never both, never neither.
ALTER TABLE "ServiceModelChange" ADD CONSTRAINT "ServiceModelChange_reason_or_code"
  CHECK (("reason" IS NULL) <> ("reasonCode" IS NULL));

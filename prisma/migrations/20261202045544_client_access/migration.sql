-- CreateEnum
CREATE TYPE "ClientAccess" AS ENUM ('READER', 'APPROVER');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "clientAccess" "ClientAccess" NOT NULL DEFAULT 'READER';

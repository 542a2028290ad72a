-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'fr');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" "Locale";

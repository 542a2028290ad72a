-- AlterTable
ALTER TABLE "ClientOrganization" ADD COLUMN     "reportLocale" "Locale";

import { getTranslations } from "next-intl/server";
import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";

export default async function Loading() {
  const t = await getTranslations("dashboard");
  return <DashboardSkeleton label={t("loading")} />;
}

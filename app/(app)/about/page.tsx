import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/access/page";
import pkg from "@/package.json";

export async function generateMetadata() {
  const t = await getTranslations("profile.about");
  return { title: t("title") };
}

/**
 * About Mainstay: which version is running, in one line. Also the benchmark's floor
 * (issue 20): the same shell, guards and session handling as every page, with nothing
 * else, so `npm run bench` compares each page with what any signed-in page costs.
 */
export default async function AboutPage() {
  await requirePage("profile.update");
  const t = await getTranslations("profile.about");
  return <PageHeader title={t("title")} description={t("line", { version: pkg.version })} />;
}

import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/access/page";

export default async function DataExportPage() {
  await requirePage("export.tenant");
  const t = await getTranslations("export");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardBody className="space-y-3 text-sm text-slate-700">
          <p>{t("formats")}</p>
          <p>
            {t("scope")} {t("audited")}
          </p>
          {/* A plain link: the browser shows its own download progress for the ZIP. */}
          <a href="/api/export" download className={buttonClass("primary")} data-testid="download-export">
            {t("download")}
          </a>
        </CardBody>
      </Card>
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/access/page";
import { DATASETS } from "@/lib/domain/export/datasets";

export default async function DataExportPage() {
  await requirePage("export.tenant");
  const t = await getTranslations("export");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardBody className="space-y-3 text-sm text-slate-700">
          <h2 className="font-medium text-slate-900">{t("contents")}</h2>
          {/* The same list the archive is written from (lib/domain/export/datasets.ts). */}
          <ul className="list-disc space-y-1 pl-5" data-testid="export-datasets">
            {DATASETS.map((d) => (
              <li key={d.name}>{t(`datasets.${d.name}`)}</li>
            ))}
          </ul>
          <p>{t("formats")}</p>
          <p>{t("scope")}</p>
          {/* A plain link: the browser shows its own download progress for the ZIP. */}
          <a href="/api/export" download className={buttonClass("primary")} data-testid="download-export">
            {t("download")}
          </a>
        </CardBody>
      </Card>
    </>
  );
}

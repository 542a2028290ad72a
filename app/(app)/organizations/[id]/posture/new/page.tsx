import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { formAnswers, formQuestions } from "@/components/posture/form-data";
import { PostureForm } from "@/components/posture/posture-form";
import { ScaleLegend } from "@/components/posture/scale-legend";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { getOrganization } from "@/lib/domain/organizations/get-organization";
import { isoDay, todayUtc } from "@/lib/domain/organizations/today";
import { postureDefaults } from "@/lib/domain/posture/posture-defaults";
import { currentCatalog } from "@/lib/posture/catalog";

export async function generateMetadata() {
  const t = await getTranslations("posture.form");
  return { title: t("newTitle") };
}

/** A new security-posture assessment, starting from the organization's latest finalized one. */
export default async function NewPosturePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("posture.create");
  const { id } = await params;
  const { org, defaults } = await orNotFound(
    scoped(actor, async (tx) => {
      const org = await getOrganization(tx, actor, id);
      return { org, defaults: await postureDefaults(tx, actor, org.id) };
    }),
  );
  const [t, format, locale] = await Promise.all([getTranslations("posture"), getFormatter(), getLocale()]);
  const catalog = currentCatalog();
  const today = isoDay(todayUtc());
  return (
    <ClientMessages
      namespaces={[
        "posture.form",
        "posture.functions",
        "posture.levels",
        "posture.weight",
        "posture.references",
        "posture.referencesNoAnssi",
      ]}
    >
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${org.id}`} className="hover:underline">
            {org.name}
          </Link>
        }
        title={t("form.newTitle")}
        description={t("form.newDescription", { count: catalog.questions.length })}
      />
      <Notice className="mb-4">
        {defaults.from
          ? t("form.prefilledFrom", { date: format.dateTime(defaults.from.finalizedAt, { dateStyle: "long" }) })
          : t("form.startEmpty")}
      </Notice>
      <details className="mb-6 rounded-md border border-slate-200 bg-white px-4 py-3">
        <summary className="cursor-pointer text-sm font-medium text-slate-900">{t("form.level")}</summary>
        <div className="mt-3">
          <ScaleLegend />
        </div>
      </details>
      <PostureForm
        organizationId={org.id}
        saved={null}
        questions={formQuestions(catalog, locale)}
        initial={formAnswers(catalog, defaults.answers, defaults.from ? null : today)}
        today={today}
      />
    </ClientMessages>
  );
}

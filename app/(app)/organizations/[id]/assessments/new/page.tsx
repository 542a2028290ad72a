import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { HistoryLogNote } from "@/components/assessments/history-log-note";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { assessmentDefaults } from "@/lib/domain/assessments/assessment-defaults";
import { tenantPricing } from "@/lib/domain/assessments/tenant-pricing";
import { getOrganization } from "@/lib/domain/organizations/get-organization";

export async function generateMetadata() {
  const t = await getTranslations("assessments.form");
  return { title: t("newTitle") };
}

export default async function NewAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("assessment.create");
  const { id } = await params;
  const { org, defaults, pricing } = await orNotFound(
    scoped(actor, async (tx) => {
      const org = await getOrganization(tx, actor, id);
      return {
        org,
        defaults: await assessmentDefaults(tx, actor, org, {}),
        pricing: await tenantPricing(tx, actor.tenantId!),
      };
    }),
  );
  const [t, format] = await Promise.all([getTranslations("assessments.form"), getFormatter()]);
  // Where the latest security posture assessment answers an engine question: its value and its source.
  const posture = defaults.posture;
  const notes: Partial<Record<keyof NonNullable<typeof posture>["fields"], React.ReactNode>> = {};
  if (posture) {
    const date = format.dateTime(posture.finalizedAt, { dateStyle: "medium" });
    const link = (chunks: React.ReactNode) => (
      <Link href={`/organizations/${org.id}/posture/${posture.id}`} className="underline">
        {chunks}
      </Link>
    );
    for (const field of ["backups", "documentation"] as const) {
      const s = posture.fields[field];
      if (!s) continue;
      const value = t(`fields.${field}.options.${s.value}.label`);
      const kind = s.applied ? "applied" : defaults.fields[field] === s.value ? "same" : "differs";
      notes[field] = (
        <span data-testid={`from-posture-${field}`} data-kind={kind}>
          {t.rich(`fromPosture.${kind}`, { date, value, link })}
        </span>
      );
    }
  }
  return (
    <ClientMessages namespaces={["assessments.form"]}>
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${org.id}`} className="hover:underline">
            {org.name}
          </Link>
        }
        title={t("newTitle")}
        description={t("newDescription")}
      />
      <Notice className="mb-6">
        {defaults.from?.finalizedAt
          ? t("prefilledFromFinal", { date: format.dateTime(defaults.from.finalizedAt, { dateStyle: "medium" }) })
          : defaults.from
            ? t("prefilledFromDraft")
            : t("prefilledFacts")}
      </Notice>
      <AssessmentForm
        organizationId={org.id}
        saved={null}
        initial={defaults.fields}
        pricing={pricing}
        currency={actor.currency}
        historyNote={
          <HistoryLogNote organizationId={org.id} log={defaults.log} current={defaults.fields.incidentHistory} />
        }
        notes={notes}
      />
    </ClientMessages>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { PostureListRow } from "@/lib/domain/posture/list-posture-assessments";
import { CSF_FUNCTIONS } from "@/lib/posture/vocabulary";

/**
 * The organization page's security-posture card: the latest finalized scores per CSF function
 * (as figures and plain bars, no chart code), a draft in progress, earlier assessments, and the
 * way to start a new one.
 */
export async function OrganizationPosture({
  organizationId,
  drafts,
  finals,
  canCreate,
}: {
  organizationId: string;
  drafts: PostureListRow[];
  finals: PostureListRow[];
  canCreate: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("posture"), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const href = (id: string) => `/organizations/${organizationId}/posture/${id}`;
  const latest = finals[0];
  const score = (v: number | null) => (v === null ? t("noScore") : t("scoreOutOf", { score: v }));
  return (
    <div data-testid="org-posture">
      <Card className="mb-6">
        <CardHeader
          title={t("organization.title")}
          description={latest ? t("organization.description") : undefined}
          actions={
            canCreate ? (
              <ButtonLink href={`/organizations/${organizationId}/posture/new`} data-testid="new-posture">
                {t("organization.new")}
              </ButtonLink>
            ) : null
          }
        />
        <CardBody className="space-y-4">
          {drafts[0] ? (
            <Notice testId="posture-draft">
              {t("organization.draft", { date: day(drafts[0].updatedAt) })}{" "}
              <Link href={href(drafts[0].id)} className="font-medium underline">
                {t("organization.continueDraft")}
              </Link>
            </Notice>
          ) : null}
          {latest?.finalizedAt ? (
            <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
              <div>
                <p className="text-sm text-slate-600">{t("page.overall")}</p>
                <p
                  className="mt-1 text-3xl font-semibold tabular-nums text-slate-900"
                  data-testid="org-posture-overall"
                >
                  {score(latest.score)}
                </p>
                <Link
                  href={href(latest.id)}
                  className="mt-1 inline-block text-sm underline"
                  data-testid="org-posture-latest"
                >
                  {t("organization.open", { date: day(latest.finalizedAt) })}
                </Link>
              </div>
              <dl className="grid gap-2 sm:grid-cols-2">
                {CSF_FUNCTIONS.map((fn) => {
                  const value = latest.result?.functions[fn].score ?? null;
                  return (
                    <div key={fn} className="text-sm">
                      <dt className="flex justify-between text-slate-700">
                        <span>{t(`functions.${fn}.name`)}</span>
                        <span className="tabular-nums text-slate-900">{score(value)}</span>
                      </dt>
                      <dd aria-hidden="true" className="mt-1 h-2 rounded-full bg-slate-100">
                        <div className="h-2 rounded-full bg-brand-700" style={{ width: `${value ?? 0}%` }} />
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </div>
          ) : (
            <p className="text-sm text-slate-700">{t("organization.none")}</p>
          )}
          {finals.length > 1 ? (
            <div>
              <h3 className="text-sm font-semibold text-slate-900">{t("organization.history")}</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {finals.slice(1, 6).map((f) => (
                  <li key={f.id}>
                    <Link href={href(f.id)} className="underline">
                      {t("organization.open", { date: day(f.finalizedAt!) })}
                    </Link>{" "}
                    <span className="tabular-nums text-slate-700">{score(f.score)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </CardBody>
      </Card>
    </div>
  );
}

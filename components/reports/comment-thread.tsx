import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ReportActivity } from "@/lib/domain/reports/get-report-activity";

/** The comments of a report, oldest first, each marked as from the MSP or from the client. */
export function CommentThread({
  comments,
  truncated,
  organizationName,
  mspName,
}: {
  comments: ReportActivity["comments"];
  truncated: boolean;
  organizationName: string;
  mspName: string;
}) {
  const t = useTranslations("reports.comments");
  const format = useFormatter();
  if (comments.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <>
      {truncated ? <p className="mb-2 text-xs text-slate-600">{t("truncated")}</p> : null}
      <ol className="space-y-3" data-testid="comments">
        {comments.map((c) => (
          <li
            key={c.id}
            className={`rounded-md border p-3 ${c.fromMsp ? "border-brand-100 bg-brand-50" : "border-slate-200 bg-white"}`}
            data-testid="comment"
          >
            <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
              <span className="font-semibold text-slate-900">
                {c.mine ? t("you") : (c.authorName ?? t("colleague"))}
              </span>
              <Badge tone={c.fromMsp ? "brand" : "neutral"}>{c.fromMsp ? mspName : organizationName}</Badge>
              <time dateTime={c.createdAt.toISOString()}>
                {format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </div>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{c.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

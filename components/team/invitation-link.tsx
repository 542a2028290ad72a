"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export type DeliveryResult = { delivered: boolean; link: string | null; email: string; expiresAt: string };

/**
 * What happened to a link the user just asked for: emailed (the link itself is
 * not shown), or — no mail server configured — the link, said plainly, with a
 * copy button. Only a platform administrator, who runs the installation, is told which
 * setting is missing (`forPlatformAdmin`); everyone else reads that e-mail is not configured.
 */
export function InvitationLink({
  result,
  kind = "INVITE",
  forPlatformAdmin = false,
}: {
  result: DeliveryResult;
  kind?: "INVITE" | "PASSWORD_RESET";
  forPlatformAdmin?: boolean;
}) {
  const t = useTranslations("team.link");
  const format = useFormatter();
  const [copied, setCopied] = useState(false);
  const expires = format.dateTime(new Date(result.expiresAt), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  if (result.delivered || !result.link) {
    return (
      <Notice tone="success" testId="invitation-emailed">
        {kind === "INVITE"
          ? t("emailed", { email: result.email })
          : t("resetEmailed", { email: result.email, expires })}
      </Notice>
    );
  }
  const link = result.link;
  return (
    <Notice tone="warning" testId="invitation-not-emailed">
      <p className="font-semibold">{t("notEmailedTitle")}</p>
      <p className="mt-1">
        {kind === "INVITE"
          ? t(forPlatformAdmin ? "notEmailedSetup" : "notEmailed", { email: result.email, expires })
          : t("resetNotEmailed", { email: result.email, expires })}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor={`link-${result.email}`}>
          {t("label", { email: result.email })}
        </label>
        <input
          id={`link-${result.email}`}
          readOnly
          value={link}
          data-testid="invitation-link"
          className={`${controlClass} min-w-0 flex-1 font-mono text-xs`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </Notice>
  );
}

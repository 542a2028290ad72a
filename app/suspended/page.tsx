import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { currentActorState } from "@/lib/access/page";
import { Notice } from "@/components/ui/notice";

/** Where a signed-in user of a suspended tenant lands: the reason, and a way out. */
export default async function SuspendedPage() {
  const [t, state] = await Promise.all([getTranslations("errors"), currentActorState()]);
  if (state.kind !== "suspended") redirect("/");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-lg flex-col justify-center gap-4 px-4">
      <h1 className="text-2xl font-semibold">{t("suspendedTitle")}</h1>
      <Notice tone="warning" testId="suspended-reason">
        {t("SUSPENDED", { reason: state.reason })}
      </Notice>
      <div>
        <SignOutButton />
      </div>
    </main>
  );
}

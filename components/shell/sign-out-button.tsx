"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { signOutAction } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={pending}
      data-testid="sign-out"
      onClick={() =>
        start(async () => {
          await signOutAction({}).catch(() => null);
          router.replace("/login");
          router.refresh();
        })
      }
    >
      {t("signOut")}
    </Button>
  );
}

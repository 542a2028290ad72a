"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const tc = useTranslations("common");
  return (
    <Button variant="ghost" onClick={() => window.print()}>
      {tc("print")}
    </Button>
  );
}

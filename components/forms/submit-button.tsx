"use client";

import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export function SubmitButton({
  pending,
  children,
  pendingLabel,
  variant = "primary",
  testId,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingLabel: string;
  variant?: "primary" | "danger" | "secondary";
  testId?: string;
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending} data-testid={testId}>
      {pending ? (
        <>
          <Spinner />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </Button>
  );
}

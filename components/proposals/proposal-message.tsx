import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

/** The account manager's note shared with a proposal, as the client and staff both read it. */
export function ProposalMessage({ message, sharedByName }: { message: string | null; sharedByName: string }) {
  const t = useTranslations("proposals.view");
  if (!message) return null;
  return (
    <Card className="mb-6">
      <CardHeader title={t("message", { name: sharedByName })} />
      <CardBody>
        <p className="whitespace-pre-line text-sm text-slate-800" data-testid="proposal-message">
          {message}
        </p>
      </CardBody>
    </Card>
  );
}

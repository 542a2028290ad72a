import { redirect } from "next/navigation";
import { requirePage } from "@/lib/access/page";

export default async function IntegrationsPage() {
  await requirePage("webhook.read");
  redirect("/integrations/webhooks");
}

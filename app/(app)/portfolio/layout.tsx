import { ClientMessages } from "@/components/i18n/client-messages";
import { Providers } from "@/components/providers";
import { requirePage } from "@/lib/access/page";

/**
 * The whole section's access, checked here as well as by the page (the actor is read once per
 * request): 404 without it. The dashboard's messages for its client components are
 * given here too, so that error.tsx (the dashboard's error panel, which titles itself with
 * dashboard.title) gets them, with the report vocabulary its decision panels show (item kinds,
 * priorities, roadmap statuses: one translation, the reports'). TanStack Query is provided here, not in the root layout: the
 * dashboard is its only user, and other pages then do not load it.
 */
export default async function PortfolioLayout({ children }: { children: React.ReactNode }) {
  await requirePage("dashboard.read");
  return (
    <ClientMessages namespaces={["dashboard", "decisions.kind", "reports.priority", "reports.roadmapStatus"]}>
      <Providers>{children}</Providers>
    </ClientMessages>
  );
}

import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * The dashboard's messages for its client components, as a layout so that error.tsx
 * (the dashboard's error panel, which titles itself with dashboard.title) gets them
 * too. A layout adds no loading boundary: loading.tsx stays the only one here.
 */
export default function PortfolioLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["dashboard"]}>{children}</ClientMessages>;
}

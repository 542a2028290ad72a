import { requirePage } from "@/lib/access/page";

/** The whole section's access, checked here as well as by each page (the actor is read once per request): 404 without it. */
export default async function OrganizationsLayout({ children }: { children: React.ReactNode }) {
  await requirePage("org.read");
  return children;
}

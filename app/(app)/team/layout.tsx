import { requirePage } from "@/lib/access/page";

/** Access is checked here, above loading.tsx, so a role without it gets a real 404 (not a 200 streamed under the skeleton). */
export default async function TeamLayout({ children }: { children: React.ReactNode }) {
  await requirePage("team.read");
  return children;
}

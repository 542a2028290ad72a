import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { currentActorState } from "@/lib/access/page";

/** Signed-in area. Pages still guard themselves (requirePage): this only draws the frame. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const state = await currentActorState();
  if (state.kind === "anonymous") redirect("/login");
  if (state.kind === "ended") redirect("/login?ended=1");
  if (state.kind === "suspended") redirect("/suspended");
  return <AppShell actor={state.actor}>{children}</AppShell>;
}

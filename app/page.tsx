import { redirect } from "next/navigation";
import { currentActorState } from "@/lib/access/page";
import { HOME } from "@/lib/access/permissions";

/** "/" sends each role to its own home. */
export default async function Root() {
  const state = await currentActorState();
  if (state.kind === "actor") redirect(HOME[state.actor.role]);
  if (state.kind === "suspended") redirect("/suspended");
  redirect(state.kind === "ended" ? "/login?ended=1" : "/login");
}

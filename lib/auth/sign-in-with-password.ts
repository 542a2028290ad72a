import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { getSessionClaims } from "@/lib/auth/session";
import { endReplacedSession } from "@/lib/auth/sessions";

/**
 * Signs this browser in from a server action (sets the session cookie), after
 * a password was set or changed: the same Credentials path as the sign-in form,
 * so throttling, suspension and auditing apply. False when Auth.js refuses
 * (the caller then sends the user to the sign-in page). The session this browser
 * had before is ended: the new cookie replaces it.
 */
export async function signInWithPassword(email: string, password: string): Promise<boolean> {
  const previous = await getSessionClaims();
  try {
    await signIn("credentials", { email, password, redirect: false });
    await endReplacedSession(previous);
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}

import { inject } from "vitest";
import { unsafeOwnerDb } from "@/lib/db/owner";

/** True when the tests run on the embedded PGlite (no DATABASE_URL given). */
export const onEmbedded = () => inject("embedded");

let owner: ReturnType<typeof unsafeOwnerDb> | undefined;
/** The owner connection: builds fixtures and checks the database behind the app's back. */
export function ownerDb() {
  owner ??= unsafeOwnerDb(inject("migrateDatabaseUrl"));
  return owner;
}

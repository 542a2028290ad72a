import type { ActorRole, Permission } from "@/lib/access/permissions";
import type { Row } from "@/tests/access/rows";

/**
 * Where a permission matrix and the suites' own oracle (each row's hand-written `roles`)
 * disagree: one line per entry point whose permission grants other roles than its row says.
 * The access matrix runs it on lib/access/permissions.ts (must be empty) and on a copy with
 * one grant flipped (must not be), so the expectations are shown not to come from the matrix.
 */
export function grantMismatches(
  entries: readonly { name: string; permission: Permission | null }[],
  rows: Readonly<Record<string, Pick<Row, "roles">>>,
  matrix: Readonly<Record<Permission, readonly ActorRole[]>>,
): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const row = rows[entry.name];
    if (!row || entry.permission === null) continue;
    const granted = [...matrix[entry.permission]].sort();
    const oracle = [...row.roles].sort();
    if (granted.join(",") !== oracle.join(","))
      out.push(`${entry.name} (${entry.permission}): the matrix grants [${granted}], the test data says [${oracle}]`);
  }
  return out;
}

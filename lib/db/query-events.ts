/**
 * Query counting for tests and diagnostics (N+1 regressions fail a test).
 * Enabled when NODE_ENV=test or DB_QUERY_EVENTS=1; otherwise the client emits nothing.
 */
type Listener = (query: string) => void;
const listeners = new Set<Listener>();

export const queryEventsEnabled = () => process.env.NODE_ENV === "test" || process.env.DB_QUERY_EVENTS === "1";

export function emitQuery(query: string): void {
  for (const listener of listeners) listener(query);
}

/** Runs `fn` and returns its result with the SQL statements it issued (BEGIN/COMMIT/set_config excluded). */
export async function recordQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const listener: Listener = (q) => {
    if (!/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(q) && !/^SELECT\s+set_config\('app\.tenant_id'/i.test(q.trim()))
      queries.push(q);
  };
  listeners.add(listener);
  try {
    return { result: await fn(), queries };
  } finally {
    listeners.delete(listener);
  }
}

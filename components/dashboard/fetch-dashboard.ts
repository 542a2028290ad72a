import type { DashboardData } from "@/lib/domain/dashboard/types";

/** An error from GET /api/dashboard, with the message the server wrote for the user. */
export class DashboardFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** True when the message is the server's (translated) one, not the HTTP status text. */
    readonly fromServer: boolean,
  ) {
    super(message);
  }
}

export async function fetchDashboard(query: string, signal?: AbortSignal): Promise<DashboardData> {
  const response = await fetch(`/api/dashboard${query ? `?${query}` : ""}`, {
    signal,
    headers: { accept: "application/json" },
    cache: "no-store",
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    const message = body?.error?.message;
    throw new DashboardFetchError(message ?? response.statusText, response.status, typeof message === "string");
  }
  return (await response.json()) as DashboardData;
}

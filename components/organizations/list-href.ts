import type { OrgListQuery } from "@/lib/domain/organizations/schemas";

/** The list's URL for a query (defaults left out, so URLs stay short and shareable). */
export function listHref(query: OrgListQuery, patch: Partial<OrgListQuery> = {}): string {
  const q = { ...query, ...patch };
  const params = new URLSearchParams();
  if (q.q) params.set("q", q.q);
  if (q.model) params.set("model", q.model);
  if (q.status) params.set("status", q.status);
  if (q.manager) params.set("manager", q.manager);
  if (q.sort !== "name") params.set("sort", q.sort);
  const defaultDir = q.sort === "updated" ? "desc" : "asc";
  if (q.dir !== defaultDir) params.set("dir", q.dir);
  if (q.page > 1) params.set("page", String(q.page));
  const s = params.toString();
  return s ? `/organizations?${s}` : "/organizations";
}

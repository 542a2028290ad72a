/**
 * The only forms that submit by GET: search and filter forms, whose parameters are harmless
 * (a search text, a status, a month) and belong in a URL one can bookmark and share. Each
 * carries `data-search-form="<name>"`. Every other form is a PostForm
 * (components/forms/post-form.tsx) or has a server action as its action, so it posts.
 *
 * The one list both checks read: tests/unit/forms-post.test.ts (the source) and
 * tests/e2e/forms.spec.ts (every form on every page of every role, as the server sends it).
 */
export const SEARCH_FORMS = [
  "organizations",
  "tenants",
  "audit",
  "reports",
  "report-month",
  "webhook-deliveries",
  "posture-compare",
  "dashboard",
  "interventions",
] as const;

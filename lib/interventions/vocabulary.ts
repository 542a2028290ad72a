/** A category is the same free label as a report's "tickets by category" (lib/reports/content.ts). */
export const CATEGORY_MAX = 60;

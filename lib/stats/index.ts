/**
 * Transition statistics: pure functions over a portfolio's model history, with no
 * framework and no database. The dashboard aggregates in SQL and uses these to
 * finish (running sums, rates, revenue); the tests use the history versions as the
 * reference the SQL must agree with.
 */
export * from "@/lib/stats/types";
export * from "@/lib/stats/months";
export * from "@/lib/stats/history";
export * from "@/lib/stats/monthly-counts";
export * from "@/lib/stats/median";
export * from "@/lib/stats/transitions";
export * from "@/lib/stats/revenue";
export * from "@/lib/stats/period";

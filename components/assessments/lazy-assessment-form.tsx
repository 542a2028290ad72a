"use client";

import dynamic from "next/dynamic";

/**
 * The wizard for a page that shows it only sometimes (the assessment page: drafts only). The
 * bundler gives a page's client components one chunk group, so importing AssessmentForm there
 * would load its code (Zod schemas, the engine's vocabulary) on every finalized result too.
 * Through this module it is a chunk of its own, fetched when a draft renders it (still
 * server-rendered).
 */
export const LazyAssessmentForm = dynamic(() =>
  import("@/components/assessments/assessment-form").then((m) => m.AssessmentForm),
);

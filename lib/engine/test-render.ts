/** Test-only: the engine's texts in English, as a reader sees them (the edge renders them, never the engine). */
import { issueLines, renderText, type StoredText } from "@/lib/i18n/engine-text";
import { textRenderer } from "@/lib/i18n/translate";
import type { ValidationIssue } from "./validate";

const en = textRenderer("en");

export const english = (value: StoredText): string => renderText(value, en);

export const formatIssues = (issues: readonly ValidationIssue[], options: { pathPrefix?: string } = {}): string =>
  issueLines(issues, en, options.pathPrefix ?? "");

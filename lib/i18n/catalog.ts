import admin from "@/messages/en/admin.json";
import assessments from "@/messages/en/assessments.json";
import audit from "@/messages/en/audit.json";
import auth from "@/messages/en/auth.json";
import calls from "@/messages/en/calls.json";
import common from "@/messages/en/common.json";
import dashboard from "@/messages/en/dashboard.json";
import engine from "@/messages/en/engine.json";
import errors from "@/messages/en/errors.json";
import exportMessages from "@/messages/en/export.json";
import home from "@/messages/en/home.json";
import integrations from "@/messages/en/integrations.json";
import interventions from "@/messages/en/interventions.json";
import nav from "@/messages/en/nav.json";
import orgs from "@/messages/en/orgs.json";
import portal from "@/messages/en/portal.json";
import posture from "@/messages/en/posture.json";
import profile from "@/messages/en/profile.json";
import reports from "@/messages/en/reports.json";
import settings from "@/messages/en/settings.json";
import team from "@/messages/en/team.json";
import validation from "@/messages/en/validation.json";

/**
 * The message catalogs, one JSON file per namespace under messages/<locale>/.
 * Add a namespace: create messages/en/<name>.json and import it here.
 * A French catalog will sit beside English with the same keys.
 */
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const en = {
  admin,
  assessments,
  audit,
  auth,
  calls,
  common,
  dashboard,
  engine,
  errors,
  export: exportMessages,
  home,
  integrations,
  interventions,
  nav,
  orgs,
  portal,
  posture,
  profile,
  reports,
  settings,
  team,
  validation,
};

export type Messages = typeof en;
export const CATALOGS: Record<Locale, Messages> = { en };

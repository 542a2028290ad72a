import adminEn from "@/messages/en/admin.json";
import assessmentsEn from "@/messages/en/assessments.json";
import auditEn from "@/messages/en/audit.json";
import authEn from "@/messages/en/auth.json";
import callsEn from "@/messages/en/calls.json";
import commonEn from "@/messages/en/common.json";
import dashboardEn from "@/messages/en/dashboard.json";
import decisionsEn from "@/messages/en/decisions.json";
import engineEn from "@/messages/en/engine.json";
import errorsEn from "@/messages/en/errors.json";
import exportMessagesEn from "@/messages/en/export.json";
import homeEn from "@/messages/en/home.json";
import importsEn from "@/messages/en/imports.json";
import integrationsEn from "@/messages/en/integrations.json";
import interventionsEn from "@/messages/en/interventions.json";
import mailEn from "@/messages/en/mail.json";
import navEn from "@/messages/en/nav.json";
import orgsEn from "@/messages/en/orgs.json";
import portalEn from "@/messages/en/portal.json";
import postureEn from "@/messages/en/posture.json";
import profileEn from "@/messages/en/profile.json";
import proposalsEn from "@/messages/en/proposals.json";
import reportsEn from "@/messages/en/reports.json";
import settingsEn from "@/messages/en/settings.json";
import teamEn from "@/messages/en/team.json";
import trailEn from "@/messages/en/trail.json";
import validationEn from "@/messages/en/validation.json";
import adminFr from "@/messages/fr/admin.json";
import assessmentsFr from "@/messages/fr/assessments.json";
import auditFr from "@/messages/fr/audit.json";
import authFr from "@/messages/fr/auth.json";
import callsFr from "@/messages/fr/calls.json";
import commonFr from "@/messages/fr/common.json";
import dashboardFr from "@/messages/fr/dashboard.json";
import decisionsFr from "@/messages/fr/decisions.json";
import engineFr from "@/messages/fr/engine.json";
import errorsFr from "@/messages/fr/errors.json";
import exportMessagesFr from "@/messages/fr/export.json";
import homeFr from "@/messages/fr/home.json";
import importsFr from "@/messages/fr/imports.json";
import integrationsFr from "@/messages/fr/integrations.json";
import interventionsFr from "@/messages/fr/interventions.json";
import mailFr from "@/messages/fr/mail.json";
import navFr from "@/messages/fr/nav.json";
import orgsFr from "@/messages/fr/orgs.json";
import portalFr from "@/messages/fr/portal.json";
import postureFr from "@/messages/fr/posture.json";
import profileFr from "@/messages/fr/profile.json";
import proposalsFr from "@/messages/fr/proposals.json";
import reportsFr from "@/messages/fr/reports.json";
import settingsFr from "@/messages/fr/settings.json";
import teamFr from "@/messages/fr/team.json";
import trailFr from "@/messages/fr/trail.json";
import validationFr from "@/messages/fr/validation.json";

/**
 * The message catalogs, one JSON file per namespace under messages/<locale>/, the same keys in
 * every locale (tests/unit/catalog-parity.test.ts; the type below refuses a missing namespace).
 * Add a namespace: create messages/<locale>/<name>.json for every locale and import it here.
 * Add a locale: add it to LOCALES, write its files, and add it to the Prisma enum `Locale`
 * (the user's stored choice; a test checks both lists match).
 */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const en = {
  admin: adminEn,
  assessments: assessmentsEn,
  audit: auditEn,
  auth: authEn,
  calls: callsEn,
  common: commonEn,
  dashboard: dashboardEn,
  decisions: decisionsEn,
  engine: engineEn,
  errors: errorsEn,
  export: exportMessagesEn,
  home: homeEn,
  imports: importsEn,
  integrations: integrationsEn,
  interventions: interventionsEn,
  mail: mailEn,
  nav: navEn,
  orgs: orgsEn,
  portal: portalEn,
  posture: postureEn,
  profile: profileEn,
  proposals: proposalsEn,
  reports: reportsEn,
  settings: settingsEn,
  team: teamEn,
  trail: trailEn,
  validation: validationEn,
};

export type Messages = typeof en;

const fr: Messages = {
  admin: adminFr,
  assessments: assessmentsFr,
  audit: auditFr,
  auth: authFr,
  calls: callsFr,
  common: commonFr,
  dashboard: dashboardFr,
  decisions: decisionsFr,
  engine: engineFr,
  errors: errorsFr,
  export: exportMessagesFr,
  home: homeFr,
  imports: importsFr,
  integrations: integrationsFr,
  interventions: interventionsFr,
  mail: mailFr,
  nav: navFr,
  orgs: orgsFr,
  portal: portalFr,
  posture: postureFr,
  profile: profileFr,
  proposals: proposalsFr,
  reports: reportsFr,
  settings: settingsFr,
  team: teamFr,
  trail: trailFr,
  validation: validationFr,
};

export const CATALOGS: Record<Locale, Messages> = { en, fr };

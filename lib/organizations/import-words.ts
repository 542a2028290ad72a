import { CATALOGS, LOCALES, type Locale } from "@/lib/i18n/catalog";
import { wordReader } from "@/lib/import/words";
import { LIFECYCLES, MODELS, type Lifecycle, type Model } from "@/lib/vocabulary";

/**
 * The words an organizations file may use for a service model, a lifecycle and a report language:
 * the code, the label in every catalog (English and French, so a file exported in either reads),
 * and what PSA exports and spreadsheets commonly write.
 */
const labels = <C extends string>(codes: readonly C[], label: (locale: Locale, code: C) => string) =>
  Object.fromEntries(codes.map((c) => [c, LOCALES.map((l) => label(l, c))])) as Record<C, string[]>;

const modelLabels = labels(MODELS, (l, m) => CATALOGS[l].common.serviceModel[m]);
const lifecycleLabels = labels(LIFECYCLES, (l, s) => CATALOGS[l].common.lifecycle[s]);
const localeLabels = labels(LOCALES, (l, code) => CATALOGS[l].common.locales[code]);

export const readModel = wordReader<Model>({
  BREAK_FIX: [
    ...modelLabels.BREAK_FIX,
    "break fix",
    "breakfix",
    "time and materials",
    "time & materials",
    "t&m",
    "pay as you go",
    "ad hoc",
    "on demand",
    "hourly",
    "a l acte",
    "depannage",
    "regie",
    "au temps passe",
  ],
  HYBRID: [...modelLabels.HYBRID, "block hours", "block of hours", "prepaid hours", "co managed", "banque d heures"],
  MANAGED: [
    ...modelLabels.MANAGED,
    "managed",
    "managed service",
    "fully managed",
    "all inclusive",
    "msp",
    "infogere",
    "forfait",
  ],
});

export const readLifecycle = wordReader<Lifecycle>({
  PROSPECT: [...lifecycleLabels.PROSPECT, "lead", "opportunity", "potential", "prospective", "suspect"],
  ACTIVE: [...lifecycleLabels.ACTIVE, "client", "customer", "current", "active client", "sous contrat", "en cours"],
  FORMER: [
    ...lifecycleLabels.FORMER,
    "inactive",
    "inactif",
    "ancien",
    "cancelled",
    "canceled",
    "cancellation",
    "lost",
    "churned",
    "ex client",
    "resilie",
    "perdu",
  ],
});

export const readLocale = wordReader<Locale>({
  en: [...localeLabels.en, "english", "anglais", "en us", "en gb"],
  fr: [...localeLabels.fr, "french", "fr fr", "fr be", "fr ch", "fr ca"],
});

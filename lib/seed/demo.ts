import type { ServiceModel, LifecycleStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/catalog";
import type { AssessmentInput, Economics } from "@/lib/engine";
import { DEMO_PRICE_LISTS } from "@/lib/seed/price-lists";
import type { ReportContent } from "@/lib/reports/content";
import { defaultAsOf } from "@/lib/reports/figure-dates";
import { organizationMonthlyFee, type Pricing } from "@/lib/stats/revenue";
import { earlierDay } from "@/lib/validation/dates";
import { seededItemId } from "@/lib/seed/item-ids";
import {
  addMember,
  createFinalAssessment,
  createOrganization,
  createReport,
  createScopingCall,
  createUser,
  recordModelChange,
  type OwnerDb,
} from "@/lib/seed/factories";

/** Deterministic pseudo-random numbers (mulberry32), so the demo is the same on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
type Rng = ReturnType<typeof prng>;

const DAY = 86_400_000;
export function monthStart(base: Date, offset: number): Date {
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + offset, 1));
}
export function periodOf(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The story of one demo client: its path across models, month offsets from today. */
type Journey = { steps: { month: number; to: ServiceModel | null }[]; lifecycle: LifecycleStatus };

/** Northwind's clients: mostly climbing from break-fix, one managed client stepping back to hybrid, two churned. */
const NORTHWIND_JOURNEYS: Journey[] = [
  { lifecycle: "ACTIVE", steps: [{ month: -18, to: "BREAK_FIX" }] },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -17, to: "BREAK_FIX" },
      { month: -9, to: "HYBRID" },
    ],
  },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -18, to: "BREAK_FIX" },
      { month: -12, to: "HYBRID" },
      { month: -4, to: "MANAGED" },
    ],
  },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -16, to: "HYBRID" },
      { month: -7, to: "MANAGED" },
    ],
  },
  { lifecycle: "ACTIVE", steps: [{ month: -18, to: "MANAGED" }] },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -15, to: "MANAGED" },
      { month: -5, to: "HYBRID" },
    ],
  },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -14, to: "BREAK_FIX" },
      { month: -6, to: "MANAGED" },
    ],
  },
  { lifecycle: "ACTIVE", steps: [{ month: -13, to: "BREAK_FIX" }] },
  { lifecycle: "ACTIVE", steps: [{ month: -12, to: "HYBRID" }] },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -11, to: "BREAK_FIX" },
      { month: -2, to: "HYBRID" },
    ],
  },
  { lifecycle: "ACTIVE", steps: [{ month: -10, to: "MANAGED" }] },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -8, to: "BREAK_FIX" },
      { month: -3, to: "MANAGED" },
    ],
  },
  {
    lifecycle: "FORMER",
    steps: [
      { month: -18, to: "BREAK_FIX" },
      { month: -10, to: "HYBRID" },
      { month: -3, to: null },
    ],
  },
  {
    lifecycle: "FORMER",
    steps: [
      { month: -17, to: "BREAK_FIX" },
      { month: -6, to: null },
    ],
  },
  { lifecycle: "PROSPECT", steps: [] },
  { lifecycle: "PROSPECT", steps: [] },
  { lifecycle: "ACTIVE", steps: [{ month: -6, to: "HYBRID" }] },
];

/**
 * Bluepeak's clients: a managed-first MSP — most came in on a hybrid or managed contract, fewer
 * climbed from break-fix, one managed client left. Its move statistics differ from Northwind's.
 */
const BLUEPEAK_JOURNEYS: Journey[] = [
  { lifecycle: "ACTIVE", steps: [{ month: -16, to: "MANAGED" }] },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -18, to: "HYBRID" },
      { month: -8, to: "MANAGED" },
    ],
  },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -14, to: "BREAK_FIX" },
      { month: -7, to: "HYBRID" },
    ],
  },
  { lifecycle: "ACTIVE", steps: [{ month: -12, to: "MANAGED" }] },
  { lifecycle: "ACTIVE", steps: [{ month: -18, to: "HYBRID" }] },
  {
    lifecycle: "FORMER",
    steps: [
      { month: -15, to: "MANAGED" },
      { month: -4, to: null },
    ],
  },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -10, to: "HYBRID" },
      { month: -3, to: "MANAGED" },
    ],
  },
  { lifecycle: "ACTIVE", steps: [{ month: -17, to: "BREAK_FIX" }] },
  { lifecycle: "ACTIVE", steps: [{ month: -9, to: "MANAGED" }] },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -13, to: "BREAK_FIX" },
      { month: -5, to: "MANAGED" },
    ],
  },
  { lifecycle: "PROSPECT", steps: [] },
  { lifecycle: "ACTIVE", steps: [{ month: -11, to: "HYBRID" }] },
  { lifecycle: "ACTIVE", steps: [{ month: -6, to: "MANAGED" }] },
  {
    lifecycle: "ACTIVE",
    steps: [
      { month: -16, to: "BREAK_FIX" },
      { month: -11, to: "HYBRID" },
      { month: -2, to: "MANAGED" },
    ],
  },
  { lifecycle: "PROSPECT", steps: [] },
  { lifecycle: "ACTIVE", steps: [{ month: -7, to: "BREAK_FIX" }] },
];

/** The price list's fees the dashboard's recurring revenue reads, so a report's fee is the same figure. */
const pricingOf = (p: Economics): Pricing => ({
  managedPerUser: p.managedPerUser ?? null,
  suitePerUser: p.suitePerUser ?? null,
  backupPerEndpoint: p.backupPerEndpoint ?? null,
});

/**
 * What account managers write after a call, varied per client so the demo reads like a real
 * portfolio (picked with the tenant's second random stream: the main one, which decides sizes,
 * dates and figures, is untouched).
 */
const FIRST_NEEDS = [
  "Understand what breaks most often; a clearer monthly budget.",
  "Stop losing half a day whenever the file server stalls.",
  "Someone who answers the phone before the office opens.",
  "Know whether last year's laptops are still covered by warranty.",
  "A second pair of eyes on the firewall the previous provider installed.",
  "Backups they can prove work, for their insurer.",
];
const FIRST_STEPS = [
  "Assessment of backups, Microsoft 365 and the business applications.",
  "Inventory of endpoints and licences before the assessment.",
  "Walk through the last twelve months of invoices together.",
  "Visit the site and map the network cabinet.",
];
const CHECKIN_SUMMARIES = [
  "Quarterly check-in on incidents, backups and the roadmap.",
  "Reviewed the month's tickets: most were password resets and printer queues.",
  "Went through the restore test and the storage growth with the office manager.",
  "Discussed the new hires starting next month and their equipment.",
  "Looked at the two outages of the line-of-business application and their causes.",
  "Budget review for next year: renewals, licences and the network project.",
];
const CHECKIN_NEEDS = [
  "Fewer repeated incidents on the ERP server.",
  "Faster onboarding for new staff.",
  "A plan for the laptops that fall out of warranty this year.",
  "Clarity on what the contract covers after hours.",
  "Better Wi-Fi in the meeting rooms.",
  "Multi-factor authentication without slowing the front desk down.",
];
const CHECKIN_STEPS = [
  "Send the updated cost comparison.",
  "Quote the replacement of the three oldest laptops.",
  "Schedule the restore test with the office manager.",
  "Share the draft of next quarter's roadmap.",
  "Propose a date for the multi-factor authentication roll-out.",
  "Check the licence count against the staff list.",
];
const ATTENDEES = [
  "Managing director, office manager",
  "Practice manager",
  "Operations director, IT lead",
  "Owner, accountant",
  "Head of administration",
];
const HIGHLIGHTS = [
  "Backups completed on schedule and the quarterly restore test succeeded.",
  "All new starters were set up before their first day.",
  "The slow file share was traced to a failing disk and replaced.",
  "Patching caught up after last month's backlog.",
  "No major incident this month; the help desk closed every ticket within a day.",
];
const DECISIONS = [
  "Approve the replacement of the three oldest laptops before year end.",
  "Choose a date for the multi-factor authentication roll-out.",
  "Decide whether the meeting-room Wi-Fi upgrade goes into next quarter.",
  "Confirm the budget line for the network redesign.",
  null,
];

/** Engine input that fits a client of this size and model. */
function assessmentFor(rng: Rng, org: { headcount: number; sites: number }, model: ServiceModel): AssessmentInput {
  const heavy = model === "MANAGED";
  const mid = model === "HYBRID";
  return {
    headcount: org.headcount,
    endpoints: Math.round(org.headcount * (1.2 + rng.next() * 0.6)),
    sites: org.sites,
    remoteUsers: heavy ? Math.round(org.headcount * 0.4) : mid ? 0 : 0,
    cloudServices: heavy ? ["microsoft365", "saas"] : mid ? ["microsoft365"] : [],
    centralFileSharing: heavy || mid,
    backups: heavy || mid ? "monitored" : "none",
    businessAppDependency: heavy ? "high" : mid ? "low" : "none",
    continuityRequirement: heavy ? "strong" : mid ? "moderate" : "none",
    interruptionTolerance: heavy ? "low" : mid ? "medium" : "high",
    digitalDependence: heavy ? "high" : mid ? "medium" : "low",
    needsPredictableBudget: heavy,
    needsMonthlySteering: heavy,
  };
}

/**
 * What an account manager writes in a review, in the organization's report language (the demo's
 * French-speaking clients read theirs in French). The same keys in each language.
 */
const REPORT_TEXT = {
  en: {
    psa: "PSA ticketing",
    backupConsole: "Backup console",
    restoreLog: "Restore test log",
    rmm: "RMM",
    monitoring: "Monitoring",
    categories: ["Accounts & access", "Hardware", "Microsoft 365", "Network"],
    highlights: HIGHLIGHTS,
    risksBackups: "Several backup jobs failed this month; the storage target is close to capacity.",
    noRisks: "No new risks this month.",
    decisions: DECISIONS,
    mfa: "Enable multi-factor authentication for all remote users",
    mfaDetail: "Remote access is the main exposure today.",
    erp: "Document the ERP recovery procedure",
    sharepoint: "Migrate file shares to SharePoint",
    network: "Network redesign (project, outside the contract)",
    fee: "Managed services fee",
    hybridFee: "Hybrid plan: Microsoft 365 and backups",
    inside: "Inside the contract",
    laptops: "Laptop renewal",
    outside: "Outside the contract: own budget line",
  },
  fr: {
    psa: "Outil de tickets (PSA)",
    backupConsole: "Console de sauvegarde",
    restoreLog: "Journal des tests de restauration",
    rmm: "Outil de supervision des postes (RMM)",
    monitoring: "Supervision",
    categories: ["Comptes et accès", "Matériel", "Microsoft 365", "Réseau"],
    highlights: [
      "Les sauvegardes se sont déroulées comme prévu et le test de restauration trimestriel a réussi.",
      "Tous les nouveaux arrivants étaient équipés avant leur premier jour.",
      "La lenteur du partage de fichiers venait d’un disque défaillant, remplacé depuis.",
      "Les correctifs ont rattrapé le retard du mois dernier.",
      "Aucun incident majeur ce mois-ci\u202f; le support a clos chaque ticket en moins d’une journée.",
    ],
    risksBackups: "Plusieurs sauvegardes ont échoué ce mois-ci\u202f; l’espace de stockage cible est presque plein.",
    noRisks: "Aucun nouveau risque ce mois-ci.",
    decisions: [
      "Valider le remplacement des trois ordinateurs portables les plus anciens avant la fin de l’année.",
      "Choisir une date pour le déploiement de l’authentification multifacteur.",
      "Décider si la mise à niveau du Wi-Fi de la salle de réunion passe au trimestre prochain.",
      "Confirmer la ligne budgétaire de la refonte du réseau.",
      null,
    ],
    mfa: "Activer l’authentification multifacteur pour tous les utilisateurs à distance",
    mfaDetail: "L’accès à distance est aujourd’hui la principale exposition.",
    erp: "Documenter la procédure de reprise de l’ERP",
    sharepoint: "Migrer les partages de fichiers vers SharePoint",
    network: "Refonte du réseau (projet, hors contrat)",
    fee: "Forfait d’infogérance",
    hybridFee: "Offre hybride\u00a0: Microsoft 365 et sauvegardes",
    inside: "Inclus dans le contrat",
    laptops: "Renouvellement des portables",
    outside: "Hors contrat\u00a0: ligne budgétaire propre",
  },
} as const satisfies Record<Locale, Record<string, string | readonly (string | null)[]>>;

function reportContent({
  rng,
  notes,
  org,
  period,
  model,
  now,
  locale = "en",
  pricing,
}: {
  rng: Rng;
  /** The second random stream: words only. */
  notes: Rng;
  org: { id: string; headcount: number; endpoints: number };
  period: string;
  model: ServiceModel;
  now: Date;
  locale?: Locale;
  pricing: Economics;
}): ReportContent {
  const text = REPORT_TEXT[locale];
  // The same items month after month keep their id (decisions and trails follow them).
  const item = (key: string) => seededItemId(`${org.id}:${key}`);
  // Figures are as of the end of the month, or today while the month is not over (never later).
  const asOf = defaultAsOf(period, now);
  const opened = rng.int(2, Math.max(4, Math.round(org.headcount / 4)));
  const failed = rng.int(0, model === "MANAGED" ? 1 : 4);
  const metric = (value: number, source: string) => ({ value, source, asOf });
  const [accounts, hardware, m365, network] = text.categories;
  return {
    metrics: {
      incidentsOpened: metric(opened, text.psa),
      incidentsResolved: metric(Math.max(0, opened - rng.int(0, 2)), text.psa),
      majorIncidents: metric(rng.int(0, 1), text.psa),
      mttrHours: metric(Math.round((2 + rng.next() * 10) * 10) / 10, text.psa),
      backupJobsSucceeded: metric(rng.int(55, 62), text.backupConsole),
      backupJobsFailed: metric(failed, text.backupConsole),
      lastRestoreTest: {
        value: earlierDay(`${period}-${String(rng.int(3, 25)).padStart(2, "0")}`, asOf),
        source: text.restoreLog,
        asOf,
      },
      // Hybrid clients' patching is outside the contract: no data, never zero.
      ...(model === "MANAGED"
        ? { patchCompliancePct: metric(Math.round((88 + rng.next() * 11) * 10) / 10, text.rmm) }
        : {}),
      availabilityPct: metric(Math.round((99 + rng.next()) * 100) / 100, text.monitoring),
      ticketsByCategory: {
        value: [
          { category: accounts, count: rng.int(1, 8) },
          { category: hardware, count: rng.int(0, 5) },
          { category: m365, count: rng.int(1, 9) },
          { category: network, count: rng.int(0, 4) },
        ],
        source: text.psa,
        asOf,
      },
    },
    narrative: {
      highlights: notes.pick(text.highlights),
      risks: failed > 2 ? text.risksBackups : text.noRisks,
      decisionsNeeded: notes.pick(text.decisions),
    },
    recommendations: [
      { id: item("mfa"), title: text.mfa, detail: text.mfaDetail, priority: "high" },
      { id: item("erp-recovery"), title: text.erp, detail: null, priority: "medium" },
    ],
    roadmap: [
      {
        id: item("sharepoint"),
        title: text.sharepoint,
        status: "in_progress",
        targetQuarter: `${period.slice(0, 4)}-Q4`,
      },
      {
        id: item("network-redesign"),
        title: text.network,
        status: "planned",
        targetQuarter: `${Number(period.slice(0, 4)) + 1}-Q1`,
      },
    ],
    budget: [
      // The monthly fee is the one the portfolio dashboard counts (lib/stats/revenue.ts).
      {
        label: model === "MANAGED" ? text.fee : text.hybridFee,
        kind: "run",
        amount: organizationMonthlyFee(model, org, pricingOf(pricing)) ?? 0,
        note: text.inside,
      },
      { label: text.laptops, kind: "project", amount: 4200, note: text.outside },
    ],
  };
}

export type DemoTenantSpec = {
  name: string;
  slug: string;
  seed: number;
  owner: { email: string; name: string };
  managers: { email: string; name: string }[];
  /** Each client with the industry its name says. */
  orgs: { name: string; industry: string }[];
  /** The clients' paths across models (the tenant's own history); cycled over the clients. */
  journeys: Journey[];
  /** The MSP's price list (Settings → Price list); blanks take the engine's documented defaults. */
  priceList: Economics;
  /** A French-speaking client (one of `orgNames`): its reviews are in French, so is its contact. */
  frenchClient: { name: string; contact: string };
  /**
   * A client (one of `orgs`) that also has a read-only user, `reader.<organization-slug>@<tenant-slug>.test`.
   * Every client's contact is an approver (decides for their organization); this one shows the other level.
   */
  readerClient?: string;
};

/** Builds one demo MSP: staff, clients with 18 months of history, calls, assessments, reports. */
export async function seedDemoTenant(db: OwnerDb, spec: DemoTenantSpec, now = new Date()) {
  const rng = prng(spec.seed);
  const notes = prng(spec.seed + 1);
  const tenant = await db.tenant.create({ data: { name: spec.name, slug: spec.slug, ...spec.priceList } });
  const owner = await createUser(db, spec.owner);
  await addMember(db, { tenantId: tenant.id, userId: owner.id, role: "OWNER" });
  const managers = [];
  for (const m of spec.managers) {
    const user = await createUser(db, m);
    await addMember(db, { tenantId: tenant.id, userId: user.id, role: "ACCOUNT_MANAGER" });
    managers.push(user);
  }
  const staff = [owner, ...managers];

  for (const [index, { name, industry }] of spec.orgs.entries()) {
    const journey = spec.journeys[index % spec.journeys.length] as Journey;
    const manager = managers[index % managers.length] ?? owner;
    const headcount = rng.pick([8, 12, 18, 25, 32, 40, 55, 70]);
    const sites = headcount > 30 ? rng.int(1, 3) : 1;
    const last = journey.steps[journey.steps.length - 1];
    const currentModel: ServiceModel = [...journey.steps].reverse().find((s) => s.to !== null)?.to ?? "BREAK_FIX";
    const firstMonth = journey.steps[0]?.month ?? -1;
    const reportLocale: Locale | null = name === spec.frenchClient.name ? "fr" : null;
    const org = await createOrganization(db, {
      tenantId: tenant.id,
      name,
      industry,
      headcount,
      sites,
      endpoints: Math.round(headcount * 1.4),
      currentModel,
      targetModel: currentModel === "MANAGED" ? null : journey.lifecycle === "ACTIVE" ? "MANAGED" : null,
      lifecycleStatus: journey.lifecycle,
      accountManagerId: manager.id,
      reportLocale,
      createdAt: monthStart(now, firstMonth - 1),
    });

    // Scoping calls: one at the start, one recent with a follow-up (some due, some ahead).
    await createScopingCall(db, {
      tenantId: tenant.id,
      organizationId: org.id,
      authorId: manager.id,
      occurredAt: new Date(monthStart(now, firstMonth - 1).getTime() + 10 * DAY + 14 * 3_600_000),
      attendees: notes.pick(ATTENDEES),
      summary: `First scoping call with ${name}: ${headcount} people on ${sites} site(s), support bought per incident so far.`,
      needs: notes.pick(FIRST_NEEDS),
      nextSteps: notes.pick(FIRST_STEPS),
      followUpDone: true,
      followUpDate: monthStart(now, firstMonth),
    });
    if (journey.lifecycle !== "FORMER") {
      await createScopingCall(db, {
        tenantId: tenant.id,
        organizationId: org.id,
        authorId: manager.id,
        occurredAt: new Date(now.getTime() - rng.int(3, 40) * DAY),
        attendees: notes.pick(ATTENDEES),
        summary: notes.pick(CHECKIN_SUMMARIES),
        needs: notes.pick(CHECKIN_NEEDS),
        nextSteps: notes.pick(CHECKIN_STEPS),
        followUpDate: new Date(now.getTime() + rng.int(-10, 20) * DAY),
        followUpDone: false,
      });
    }

    // Assessments: one that motivated each move (or a recent one for prospects).
    let previous: ServiceModel | null = null;
    for (const step of journey.steps) {
      const effectiveDate = monthStart(now, step.month);
      let assessmentId: string | null = null;
      if (step.to !== null && previous !== null) {
        const assessment = await createFinalAssessment(db, {
          tenantId: tenant.id,
          organizationId: org.id,
          authorId: manager.id,
          input: assessmentFor(rng, { headcount, sites }, step.to),
          currentModel: previous,
          finalizedAt: new Date(effectiveDate.getTime() - 12 * DAY),
          defaults: { defaults: spec.priceList },
        });
        assessmentId = assessment.id;
      }
      await recordModelChange(db, {
        tenantId: tenant.id,
        organizationId: org.id,
        recordedById: manager.id,
        fromModel: previous,
        toModel: step.to,
        effectiveDate,
        assessmentId,
        reason:
          step.to === null
            ? "The client ended the contract."
            : previous === null
              ? "Start of the relationship."
              : "Agreed with the client after the assessment.",
      });
      previous = step.to;
    }
    // An open opportunity: the latest final assessment recommends more than the current model.
    if (journey.lifecycle !== "FORMER" && currentModel !== "MANAGED" && index % 2 === 0) {
      await createFinalAssessment(db, {
        tenantId: tenant.id,
        organizationId: org.id,
        authorId: manager.id,
        input: assessmentFor(rng, { headcount, sites }, currentModel === "BREAK_FIX" ? "HYBRID" : "MANAGED"),
        currentModel,
        finalizedAt: new Date(now.getTime() - rng.int(5, 30) * DAY),
        defaults: { defaults: spec.priceList },
      });
    }

    // Monthly steering reports for the last 6 months (hybrid and managed clients);
    // the current month is still a draft for half of them.
    if (journey.lifecycle === "ACTIVE" && currentModel !== "BREAK_FIX") {
      for (let offset = -6; offset <= 0; offset++) {
        const month = monthStart(now, offset);
        if (offset < last!.month) continue;
        const period = periodOf(month);
        const isCurrent = offset === 0;
        if (isCurrent && index % 2 === 1) continue; // missing this month
        // A month's review is published on the 4th of the next month; until then it is a draft.
        const publishAt = new Date(monthStart(now, offset + 1).getTime() + 3 * DAY + 9 * 3_600_000);
        const published = !isCurrent && publishAt <= now;
        await createReport(db, {
          tenantId: tenant.id,
          organizationId: org.id,
          authorId: manager.id,
          period,
          status: published ? "PUBLISHED" : "DRAFT",
          publishedAt: published ? publishAt : null,
          content: reportContent({
            rng,
            notes,
            org: { id: org.id, headcount, endpoints: org.endpoints ?? headcount },
            period,
            model: currentModel,
            now: published ? publishAt : now,
            locale: reportLocale ?? "en",
            pricing: spec.priceList,
          }),
        });
      }
    }

    // A client user for every client organization that is not a prospect.
    if (journey.lifecycle !== "PROSPECT") {
      const client = await createUser(db, {
        email: `client.${slugify(name)}@${spec.slug}.test`,
        name: reportLocale ? spec.frenchClient.contact : `${name} contact`,
        locale: reportLocale,
      });
      await addMember(db, {
        tenantId: tenant.id,
        userId: client.id,
        role: "CLIENT",
        organizationId: org.id,
        clientAccess: "APPROVER",
      });
      if (name === spec.readerClient) {
        const reader = await createUser(db, {
          email: `reader.${slugify(name)}@${spec.slug}.test`,
          name: `${name} reader`,
          locale: reportLocale,
        });
        await addMember(db, { tenantId: tenant.id, userId: reader.id, role: "CLIENT", organizationId: org.id });
      }
    }
  }
  return { tenant, staff };
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const DEMO_TENANTS: DemoTenantSpec[] = [
  {
    name: "Northwind IT Services",
    slug: "northwind",
    priceList: DEMO_PRICE_LISTS.northwind,
    frenchClient: { name: "Iris Opticians", contact: "Camille Lefèvre" },
    readerClient: "Cedar Logistics",
    seed: 20261126,
    owner: { email: "owner@northwind.test", name: "Nora Whitfield" },
    managers: [
      { email: "alice@northwind.test", name: "Alice Martin" },
      { email: "bruno@northwind.test", name: "Bruno Keller" },
    ],
    journeys: NORTHWIND_JOURNEYS,
    orgs: [
      { name: "Acme Dental", industry: "Dental practice" },
      { name: "Birch & Co Accountants", industry: "Accounting" },
      { name: "Cedar Logistics", industry: "Logistics" },
      { name: "Delta Architects", industry: "Architecture" },
      { name: "Elm Street Legal", industry: "Legal services" },
      { name: "Fjord Retail", industry: "Retail" },
      { name: "Granite Engineering", industry: "Engineering" },
      { name: "Harbor Non-profit", industry: "Non-profit" },
      { name: "Iris Opticians", industry: "Opticians" },
      { name: "Juniper Realty", industry: "Real estate" },
      { name: "Kestrel Manufacturing", industry: "Manufacturing" },
      { name: "Lumen Studio", industry: "Design studio" },
      { name: "Maple Veterinary", industry: "Veterinary clinic" },
      { name: "Nimbus Travel", industry: "Travel agency" },
      { name: "Oak Valley School", industry: "Education" },
      { name: "Pine Bakery", industry: "Bakery" },
      { name: "Quarry Builders", industry: "Construction" },
    ],
  },
  {
    name: "Bluepeak Managed IT",
    slug: "bluepeak",
    priceList: DEMO_PRICE_LISTS.bluepeak,
    frenchClient: { name: "Indigo Print", contact: "Julien Marchand" },
    seed: 424242,
    owner: { email: "owner@bluepeak.test", name: "Omar Haddad" },
    managers: [{ email: "carol@bluepeak.test", name: "Carol Nguyen" }],
    journeys: BLUEPEAK_JOURNEYS,
    orgs: [
      { name: "Alder Clinic", industry: "Healthcare" },
      { name: "Beacon Insurance", industry: "Insurance" },
      { name: "Copper Foods", industry: "Food distribution" },
      { name: "Dune Surveyors", industry: "Land surveying" },
      { name: "Ember Marketing", industry: "Marketing agency" },
      { name: "Falcon Freight", industry: "Freight and logistics" },
      { name: "Garnet Pharmacy", industry: "Pharmacy" },
      { name: "Heron Hotels", industry: "Hospitality" },
      { name: "Indigo Print", industry: "Printing" },
      { name: "Jade Interiors", industry: "Interior design" },
      { name: "Kite Software", industry: "Software" },
      { name: "Lark Consulting", industry: "Consulting" },
      { name: "Moss Landscaping", industry: "Landscaping" },
      { name: "North Coast Dental", industry: "Dental practice" },
      { name: "Orchid Florists", industry: "Florist" },
      { name: "Pebble Accounting", industry: "Accounting" },
    ],
  },
];

export const DEMO_ADMIN = { email: "admin@mainstay.test", name: "Platform Admin" };

import type { ServiceModel } from "@/lib/generated/prisma/enums";
import type { ReportMetrics, ReportContent } from "@/lib/reports/content";
import type { Rng } from "@/lib/seed/large/chains";
import { titleItemId } from "@/lib/seed/item-ids";

/**
 * Report content and call texts for the large seed. Metrics vary per report
 * (they drive trends and charts); the narrative, recommendations, roadmap and
 * budget come from a few templates, serialised once, so that 180,000 reports
 * cost little to generate. Everything matches lib/reports/content.ts
 * (reportContentSchema; the integration test parses samples with it).
 */
const lastDay = (period: string) => {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

export function reportMetrics(rng: Rng, headcount: number, period: string, model: ServiceModel): ReportMetrics {
  const asOf = `${period}-${String(Math.min(28, lastDay(period))).padStart(2, "0")}`;
  const metric = (value: number, source: string) => ({ value, source, asOf });
  const opened = rng.int(1, Math.max(3, Math.round(headcount / 4)));
  const failed = rng.int(0, model === "MANAGED" ? 1 : 4);
  const metrics: ReportMetrics = {
    incidentsOpened: metric(opened, "PSA ticketing"),
    incidentsResolved: metric(Math.max(0, opened - rng.int(0, 2)), "PSA ticketing"),
    majorIncidents: metric(rng.next() < 0.15 ? 1 : 0, "PSA ticketing"),
    mttrHours: metric(Math.round((2 + rng.next() * 10) * 10) / 10, "PSA ticketing"),
    backupJobsSucceeded: metric(rng.int(55, 62), "Backup console"),
    backupJobsFailed: metric(failed, "Backup console"),
    lastRestoreTest: {
      value: `${period}-${String(rng.int(3, 25)).padStart(2, "0")}`,
      source: "Restore test log",
      asOf,
    },
    availabilityPct: metric(Math.round((99 + rng.next()) * 100) / 100, "Monitoring"),
    ticketsByCategory: {
      value: [
        { category: "Accounts & access", count: rng.int(1, 8) },
        { category: "Hardware", count: rng.int(0, 5) },
        { category: "Microsoft 365", count: rng.int(1, 9) },
        { category: "Network", count: rng.int(0, 4) },
      ],
      source: "PSA ticketing",
      asOf,
    },
  };
  // Patching is in the managed contract only: for the others, no data (absent), never zero.
  if (model === "MANAGED") metrics.patchCompliancePct = metric(Math.round((88 + rng.next() * 11) * 10) / 10, "RMM");
  // Now and then a source was not available this month: absent, never zero.
  if (rng.next() < 0.03) delete metrics.mttrHours;
  return metrics;
}

type Template = Omit<ReportContent, "metrics">;

const TEMPLATES: ((year: number) => Template)[] = [
  (year) => ({
    narrative: {
      highlights: "Backups completed on schedule and the quarterly restore test succeeded.",
      risks: "No new risks this month.",
      decisionsNeeded: "Approve the replacement of the three oldest laptops before year end.",
    },
    recommendations: [
      {
        title: "Enable multi-factor authentication for all remote users",
        detail: "Remote access is the main exposure today.",
        priority: "high",
      },
      { title: "Document the ERP recovery procedure", detail: null, priority: "medium" },
    ],
    roadmap: [
      { title: "Migrate file shares to SharePoint", status: "in_progress", targetQuarter: `${year}-Q4` },
      { title: "Network redesign (project, outside the contract)", status: "planned", targetQuarter: `${year + 1}-Q1` },
    ],
    budget: [
      { label: "Managed services fee", kind: "run", amount: 2550, note: "Inside the contract" },
      { label: "Laptop renewal", kind: "project", amount: 4200, note: "Outside the contract: own budget line" },
    ],
  }),
  (year) => ({
    narrative: {
      highlights: "Ticket volume fell after the printer fleet was replaced; no major incident.",
      risks: "The firewall firmware is two versions behind; an update window is needed.",
      decisionsNeeded: null,
    },
    recommendations: [
      {
        title: "Schedule the firewall firmware update",
        detail: "A 30-minute window outside business hours.",
        priority: "high",
      },
    ],
    roadmap: [
      { title: "Firewall firmware update", status: "planned", targetQuarter: `${year}-Q3` },
      { title: "Endpoint encryption rollout", status: "done", targetQuarter: `${year}-Q1` },
    ],
    budget: [{ label: "Support contract", kind: "run", amount: 1200, note: null }],
  }),
  (year) => ({
    narrative: {
      highlights: "Microsoft 365 licences were reviewed: eleven unused licences removed.",
      risks: "Several backup jobs failed this month; the storage target is close to capacity.",
      decisionsNeeded: "Decide between extending the backup storage and archiving old projects.",
    },
    recommendations: [
      { title: "Extend backup storage", detail: "Two terabytes cover the next eighteen months.", priority: "high" },
      { title: "Archive closed projects", detail: null, priority: "low" },
    ],
    roadmap: [{ title: "Backup storage extension", status: "blocked", targetQuarter: `${year}-Q2` }],
    budget: [
      { label: "Managed services fee", kind: "run", amount: 3400, note: "Inside the contract" },
      { label: "Backup storage", kind: "project", amount: 900, note: "Outside the contract" },
    ],
  }),
];

const templateCache = new Map<string, { narrative: string; budget: string; template: Template }>();

/**
 * The non-metric columns of a report, as JSON text (one of a few templates). Recommendations and
 * roadmap items carry their stable id (lib/reports/item-id.ts) as the app gives one: the same item
 * of an organization has the same id in every month's report (titleItemId: organization, list and
 * title, the form the item-id migration gave items written before ids), another organization's
 * item another id. The narrative and budget are serialised once per template and year.
 */
export function reportTemplate(rng: Rng, period: string, organizationId: string) {
  const index = rng.int(0, TEMPLATES.length - 1);
  const year = Number(period.slice(0, 4));
  const key = `${index}:${year}`;
  let cached = templateCache.get(key);
  if (!cached) {
    const template = TEMPLATES[index]!(year);
    cached = { narrative: JSON.stringify(template.narrative), budget: JSON.stringify(template.budget), template };
    templateCache.set(key, cached);
  }
  const { template } = cached;
  return {
    narrative: cached.narrative,
    recommendations: JSON.stringify(
      template.recommendations.map((r) => ({ id: titleItemId(organizationId, "recommendation", r.title), ...r })),
    ),
    roadmap: JSON.stringify(
      template.roadmap.map((r) => ({ id: titleItemId(organizationId, "roadmap", r.title), ...r })),
    ),
    budget: cached.budget,
  };
}

export const CALL_TEXTS = {
  first: {
    attendees: "Managing director, office manager",
    summary: "First scoping call: support bought per incident so far, no monitoring, backups to a USB disk.",
    needs: "Understand what breaks most often; a clearer monthly budget.",
    nextSteps: "Assessment of backups, Microsoft 365 and the business applications.",
  },
  review: {
    attendees: "Client director, IT lead",
    summary: "Quarterly check-in on incidents, backups and the roadmap.",
    needs: "Fewer repeated incidents on the ERP server.",
    nextSteps: "Send the updated cost comparison.",
  },
} as const;

export const INDUSTRIES = [
  "Accounting",
  "Architecture",
  "Dental practice",
  "Logistics",
  "Legal",
  "Retail",
  "Manufacturing",
  "Non-profit",
  "Engineering",
  "Real estate",
  "Hospitality",
  "Insurance",
  "Veterinary",
  "Education",
];

const NAME_A = [
  "Acme",
  "Alder",
  "Amber",
  "Apex",
  "Arbor",
  "Aspen",
  "Atlas",
  "Aurora",
  "Beacon",
  "Birch",
  "Blue",
  "Bridge",
  "Brook",
  "Canyon",
  "Cedar",
  "Clear",
  "Cobalt",
  "Copper",
  "Coral",
  "Crest",
  "Delta",
  "Dune",
  "Eagle",
  "Echo",
  "Elm",
  "Ember",
  "Falcon",
  "Fern",
  "Fjord",
  "Garnet",
  "Glacier",
  "Granite",
  "Harbor",
  "Hazel",
  "Heron",
  "Horizon",
  "Indigo",
  "Iris",
  "Ivory",
  "Jade",
  "Juniper",
  "Kestrel",
  "Lake",
  "Lark",
  "Linden",
  "Lumen",
  "Maple",
  "Meadow",
  "Mesa",
  "Moss",
  "Nimbus",
  "North",
  "Oak",
  "Onyx",
  "Orchid",
  "Pebble",
  "Pine",
  "Prairie",
  "Quarry",
  "Raven",
  "Ridge",
  "River",
  "Sage",
  "Sequoia",
  "Silver",
  "Slate",
  "Spruce",
  "Stone",
  "Summit",
  "Tidal",
  "Timber",
  "Valley",
  "Vista",
  "Willow",
  "Zephyr",
];
const NAME_B = [
  "Accountants",
  "Architects",
  "Bakery",
  "Builders",
  "Clinic",
  "Consulting",
  "Dental",
  "Design",
  "Engineering",
  "Foods",
  "Freight",
  "Hotels",
  "Insurance",
  "Interiors",
  "Landscaping",
  "Legal",
  "Logistics",
  "Manufacturing",
  "Marketing",
  "Opticians",
  "Pharmacy",
  "Print",
  "Realty",
  "Retail",
  "School",
  "Software",
  "Studio",
  "Surveyors",
  "Travel",
  "Veterinary",
];

/** A plausible, unique organization name for index `i` (a number is appended once the combinations run out). */
export function organizationName(i: number): string {
  const a = NAME_A[i % NAME_A.length]!;
  const b = NAME_B[Math.floor(i / NAME_A.length) % NAME_B.length]!;
  const round = Math.floor(i / (NAME_A.length * NAME_B.length));
  return round === 0 ? `${a} ${b}` : `${a} ${b} ${round + 1}`;
}

const MSP_A = [
  "Copperline",
  "Bluewater",
  "Northgate",
  "Ironbridge",
  "Redwood",
  "Skyline",
  "Brightpath",
  "Keystone",
  "Lighthouse",
  "Silverleaf",
  "Clearwave",
  "Stonegate",
  "Greenfield",
];
const MSP_B = ["IT", "Managed IT", "Technology Partners", "Systems", "IT Services"];

export function mspName(i: number): string {
  return `${MSP_A[i % MSP_A.length]} ${MSP_B[Math.floor(i / MSP_A.length) % MSP_B.length]}${i >= MSP_A.length * MSP_B.length ? ` ${i}` : ""}`;
}

const FIRST = [
  "Alex",
  "Sam",
  "Jordan",
  "Taylor",
  "Morgan",
  "Casey",
  "Robin",
  "Jamie",
  "Charlie",
  "Avery",
  "Riley",
  "Quinn",
  "Noa",
  "Elena",
  "Marco",
  "Ines",
  "Yusuf",
  "Mei",
  "Lars",
  "Amara",
];
const LAST = [
  "Martin",
  "Keller",
  "Nguyen",
  "Haddad",
  "Silva",
  "Novak",
  "Okafor",
  "Larsen",
  "Moreau",
  "Rossi",
  "Schmidt",
  "Kowalski",
  "Duarte",
  "Tanaka",
  "Byrne",
];

export function personName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}

import { prng } from "@/lib/seed/demo";
import { mspName } from "@/lib/seed/large/content";

/**
 * What `npm run db:seed:large` builds: one large MSP ("Atlas Managed Services",
 * 5,000 client organizations, three years of history) and 49 smaller ones
 * (20–200 organizations, one to three years). `scale` shrinks every count
 * (0.01 for the integration test); `slugPrefix` isolates a test's tenants and
 * users from the real large seed and from each other.
 */
export const BENCH_PASSWORD = "mainstay-bench-password";
export const LARGE_SLUG = "atlas";
export const SMALL_SLUG = "bench-";

export type TenantPlan = {
  slug: string;
  name: string;
  organizations: number;
  managers: number;
  /** Months of history (36 = three years). */
  months: number;
  /** Share of active client organizations that get a client user. */
  clientUserShare: number;
  seed: number;
  /** The large tenant also gets a dedicated account manager who authors the benchmark's drafts. */
  benchWriter: boolean;
};

export type PlanOptions = { scale?: number; slugPrefix?: string; seed?: number };

export const emailDomain = (slug: string) => `${slug}.bench.test`;
export const ownerEmail = (slug: string) => `owner@${emailDomain(slug)}`;
export const managerEmail = (slug: string, i: number) => `am${String(i + 1).padStart(2, "0")}@${emailDomain(slug)}`;
export const clientEmail = (slug: string, i: number) => `client.${String(i + 1).padStart(4, "0")}@${emailDomain(slug)}`;
export const benchWriterEmail = (slug: string) => `bench.writer@${emailDomain(slug)}`;

export function largeSeedPlan(options: PlanOptions = {}): TenantPlan[] {
  const scale = options.scale ?? 1;
  const prefix = options.slugPrefix ?? "";
  const seed = options.seed ?? 20261127;
  const rng = prng(seed);
  const scaled = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  const smallCount = scale >= 1 ? 49 : Math.max(2, Math.round(49 * scale));
  const plans: TenantPlan[] = [];
  for (let i = 0; i < smallCount; i++) {
    plans.push({
      slug: `${prefix}${SMALL_SLUG}${String(i + 1).padStart(2, "0")}`,
      name: mspName(i),
      organizations: scaled(rng.int(20, 200), 3),
      managers: rng.int(1, 4),
      months: rng.int(12, 36),
      clientUserShare: 0.15,
      seed: seed + i + 1,
      benchWriter: false,
    });
  }
  // The large tenant goes last: once it exists, every tenant before it was committed.
  plans.push({
    slug: `${prefix}${LARGE_SLUG}`,
    name: "Atlas Managed Services",
    organizations: scaled(5_000, 10),
    managers: scaled(20, 2),
    months: 36,
    clientUserShare: 0.1,
    seed,
    benchWriter: true,
  });
  return plans;
}

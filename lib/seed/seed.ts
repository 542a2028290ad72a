import { unsafeOwnerDb } from "@/lib/db/owner";
import { DEMO_ADMIN, DEMO_TENANTS, seedDemoTenant } from "@/lib/seed/demo";
import { seedDemoDecisions } from "@/lib/seed/demo-decisions";
import { seedDemoInterventions } from "@/lib/seed/demo-interventions";
import { seedDemoPosture } from "@/lib/seed/demo-posture";
import { createUser } from "@/lib/seed/factories";
import { interventionHourlyRate } from "@/lib/interventions/amount";

/**
 * Seeds the demo (two MSPs, a platform admin). Idempotent: a tenant or user that
 * already exists (by slug / email) is left as it is, so seeding twice adds nothing.
 */
export async function seedDemo(log: (line: string) => void = () => {}, url?: string): Promise<{ created: string[] }> {
  const db = unsafeOwnerDb(url);
  const created: string[] = [];
  try {
    if (!(await db.user.findUnique({ where: { email: DEMO_ADMIN.email } }))) {
      await createUser(db, { ...DEMO_ADMIN, isPlatformAdmin: true });
      created.push(DEMO_ADMIN.email);
    }
    for (const spec of DEMO_TENANTS) {
      if (await db.tenant.findUnique({ where: { slug: spec.slug } })) {
        log(`tenant ${spec.slug} exists, left as it is`);
        continue;
      }
      await db.$transaction(
        async (tx) => {
          await seedDemoTenant(tx as unknown as typeof db, spec);
        },
        { timeout: 120_000 },
      );
      created.push(spec.slug);
      log(`seeded tenant ${spec.slug}`);
    }
    // Security-posture history, also for demo tenants seeded before it existed (once per tenant).
    for (const spec of DEMO_TENANTS) {
      const tenant = await db.tenant.findUnique({ where: { slug: spec.slug }, select: { id: true } });
      if (!tenant) continue;
      const added = await db.$transaction((tx) => seedDemoPosture(tx as unknown as typeof db, tenant.id, spec.seed), {
        timeout: 120_000,
      });
      if (added) log(`seeded ${added} posture assessments for ${spec.slug}`);
      // The interventions log, likewise once per tenant (also for demo databases seeded before it).
      const logged = await db.$transaction(
        (tx) =>
          seedDemoInterventions(tx as unknown as typeof db, {
            id: tenant.id,
            seed: spec.seed,
            hourlyRate: interventionHourlyRate(spec.priceList.hourlyRate ?? null),
          }),
        { timeout: 120_000 },
      );
      if (logged) log(`seeded ${logged} interventions for ${spec.slug}`);
      // Client decisions and proposals (the ledger's story), likewise once per tenant.
      const decided = await db.$transaction(
        (tx) => seedDemoDecisions(tx as unknown as typeof db, { slug: spec.slug }),
        {
          timeout: 120_000,
        },
      );
      if (decided) log(`seeded ${decided} client decisions for ${spec.slug}`);
    }
    return { created };
  } finally {
    await db.$disconnect();
  }
}

/** Seeds only a database that has no tenant at all (first `npm run dev`). */
export async function seedIfEmpty(): Promise<boolean> {
  const db = unsafeOwnerDb();
  try {
    if ((await db.tenant.count()) > 0) return false;
  } finally {
    await db.$disconnect();
  }
  await seedDemo();
  return true;
}

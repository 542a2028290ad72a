import { checkBrandColor } from "@/lib/brand/contrast";
import { withDbContext } from "@/lib/db/context";
import { slug as slugSchema } from "@/lib/domain/tenants/schemas";

export type SignInBrand = { name: string; primaryColor: string | null; logoDataUrl: string | null };

/**
 * The brand on the sign-in page reached from a tenant's link (/login?tenant=<slug>): its name,
 * colour and logo, nothing else. Public: it runs with no context through the database function
 * `sign_in_brand(slug)` (migration *_tenant_brand), which returns only those columns, only for an
 * active tenant that set a brand. An unknown slug, a suspended tenant and a tenant without a
 * brand all get null: the page then looks exactly as without a slug.
 *
 * The logo comes inline as a data: URL (a PNG drawn by resvg, at most 200 KB) so the sign-in page
 * needs no public logo route.
 */
export async function getSignInBrand(raw: string): Promise<SignInBrand | null> {
  // Only a well-formed slug is looked up (lib/domain/tenants/schemas.ts); anything else is "no brand".
  const parsed = slugSchema().safeParse(raw);
  if (!parsed.success) return null;
  const slug = parsed.data;
  const rows = await withDbContext(
    {},
    (tx) => tx.$queryRaw<{ name: string; primaryColor: string | null; logoPng: Uint8Array | null }[]>`
      SELECT name, "primaryColor", "logoPng" FROM sign_in_brand(${slug})`,
  );
  return rows[0] ? signInBrandOf(rows[0]) : null;
}

/**
 * What a public page (the sign-in page of a tenant's link, a client's invitation) shows of a
 * brand row: a colour only if it still passes the contrast check, the logo inline.
 */
export function signInBrandOf(row: {
  name: string;
  primaryColor: string | null;
  logoPng: Uint8Array | null;
}): SignInBrand {
  return {
    name: row.name,
    primaryColor: row.primaryColor && checkBrandColor(row.primaryColor).ok ? row.primaryColor : null,
    logoDataUrl: row.logoPng ? `data:image/png;base64,${Buffer.from(row.logoPng).toString("base64")}` : null,
  };
}

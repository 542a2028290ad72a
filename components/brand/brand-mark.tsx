/**
 * The brand's logo as an image, or Mainstay's "M" square when there is none. `src` is the tenant's
 * logo route (signed-in pages) or a data: URL (the sign-in page). The logo is decorative next to
 * the name it is shown with (empty alt), so screen readers read the name once.
 */
export function BrandMark({ src, size }: { src: string | null; size: "sm" | "lg" }) {
  if (src) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a small same-origin PNG (or data: URL), no optimizer needed
      <img
        src={src}
        alt=""
        data-testid="brand-logo"
        className={
          size === "sm" ? "h-8 w-auto max-w-40 object-contain" : "mx-auto mb-3 h-12 w-auto max-w-60 object-contain"
        }
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={
        size === "sm"
          ? "flex h-8 w-8 items-center justify-center rounded-md bg-brand-700 text-sm font-bold text-white"
          : "mx-auto mb-3 flex h-11 w-11 items-center justify-center rounded-lg bg-brand-700 text-lg font-bold text-white"
      }
    >
      M
    </span>
  );
}

/** The logo route's address for a brand's logo, with its hash so a new logo is a new URL. */
export function logoUrl(tenantId: string, sha256: string): string {
  return `/api/brand/${encodeURIComponent(tenantId)}/logo?v=${sha256.slice(0, 16)}`;
}

/**
 * The mark above a public page's title (sign-in page of a tenant's link, a client's invitation):
 * the MSP's logo when its brand has one, nothing when the brand has none (its name says it), and
 * Mainstay's "M" when there is no brand at all.
 */
export function PublicBrandMark({ brand }: { brand: { logoDataUrl: string | null } | null }) {
  if (!brand) return <BrandMark src={null} size="lg" />;
  return brand.logoDataUrl ? <BrandMark src={brand.logoDataUrl} size="lg" /> : null;
}

import type { ReactNode } from "react";
import { PublicBrandMark } from "@/components/brand/brand-mark";
import { BrandStyle } from "@/components/brand/brand-style";
import type { SignInBrand } from "@/lib/domain/brand/get-sign-in-brand";

/**
 * The frame of the public invitation and password-reset pages (the sign-in page's look). With a
 * brand (a client's invitation from an MSP that set one), its colour, its logo and, below, who
 * powers the portal — as on the sign-in page of the tenant's link.
 */
export function PublicFrame({
  title,
  subtitle,
  brand = null,
  footer,
  titleTestId,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  brand?: SignInBrand | null;
  footer?: ReactNode;
  titleTestId?: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      {brand ? <BrandStyle color={brand.primaryColor} /> : null}
      <div className="w-full max-w-md">
        <div className="mb-8 text-center">
          <PublicBrandMark brand={brand} />
          <h1 className="text-2xl font-semibold tracking-tight" data-testid={titleTestId}>
            {title}
          </h1>
          {subtitle ? <p className="mt-1 text-sm text-slate-600">{subtitle}</p> : null}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
        {footer ? <p className="mt-6 text-center text-xs text-slate-600">{footer}</p> : null}
      </div>
    </main>
  );
}

import { getTranslations } from "next-intl/server";
import type { Brand } from "@/lib/domain/brand/get-brand";

/** The MSP's support e-mail and phone, in the client's shell (nothing when neither is set). */
export async function SupportContact({ brand }: { brand: Brand }) {
  if (!brand.supportEmail && !brand.supportPhone) return null;
  const t = await getTranslations("nav.support");
  return (
    <section
      aria-labelledby="support-heading"
      className="rounded-md bg-slate-100 px-3 py-2 text-xs"
      data-testid="support-contact"
    >
      <h2 id="support-heading" className="font-semibold text-slate-900">
        {t("title", { msp: brand.name })}
      </h2>
      <ul className="mt-1 space-y-0.5">
        {brand.supportEmail ? (
          <li>
            <span className="sr-only">{t("email")}</span>
            <a href={`mailto:${brand.supportEmail}`} className="break-all font-medium text-brand-800 underline">
              {brand.supportEmail}
            </a>
          </li>
        ) : null}
        {brand.supportPhone ? (
          <li>
            <span className="sr-only">{t("phone")}</span>
            <a href={`tel:${telNumber(brand.supportPhone)}`} className="font-medium text-brand-800 underline">
              {brand.supportPhone}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** "+33 1 23 45 67 89 ext. 12" → "+33123456789" (the extension is read from the text). */
function telNumber(phone: string): string {
  return (phone.split(/\s*(?:ext\.?|x)\s*/i)[0] ?? phone).replace(/[^0-9+]/g, "");
}

"use client";

import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { IntentLink } from "@/components/ui/intent-link";

/** Highlights the current section; the longest matching href wins (/admin vs /admin/tenants). */
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const active = items
    .filter((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <ul className="flex flex-col gap-0.5">
      {items.map((item) => (
        <li key={item.href}>
          <IntentLink
            href={item.href}
            aria-current={item.href === active ? "page" : undefined}
            className={cn(
              "block rounded-md px-3 py-2 text-sm font-medium",
              item.href === active
                ? "bg-brand-50 text-brand-800"
                : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
            )}
          >
            {item.label}
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}

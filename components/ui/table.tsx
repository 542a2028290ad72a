import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import { ScrollFrame } from "@/components/ui/scroll-frame";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <ScrollFrame>
      <table className={cn("min-w-full divide-y divide-slate-200 text-sm", className)} {...props} />
    </ScrollFrame>
  );
}
export function Th({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn("px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600", className)}
      {...props}
    />
  );
}
export function Td({ className, ...props }: ComponentProps<"td">) {
  // A floor per column, so a narrow screen scrolls the table (in its frame) rather than cutting words in pieces.
  return <td className={cn("min-w-20 px-4 py-3 align-top text-slate-800", className)} {...props} />;
}
export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-t border-slate-100 hover:bg-slate-50", className)} {...props} />;
}

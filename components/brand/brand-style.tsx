import { brandCssVariables } from "@/lib/brand/contrast";

/**
 * Re-colours Mainstay's `--color-brand-*` (app/globals.css) with the MSP's colour on `:root`, so
 * everything drawn in the brand colour follows, dialogs rendered outside the shell included. Only a
 * colour that passes the contrast check yields anything (lib/brand/contrast.ts), and the values are
 * hex colours computed here, never text from the database.
 */
export function BrandStyle({ color }: { color: string | null }) {
  const vars = color ? brandCssVariables(color) : null;
  if (!vars) return null;
  const css = `:root{${Object.entries(vars)
    .map(([name, value]) => `${name}:${value}`)
    .join(";")}}`;
  return <style data-testid="brand-style">{css}</style>;
}

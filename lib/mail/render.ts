import { render } from "@react-email/render";
import type { ReactElement } from "react";

/**
 * An e-mail's two bodies from one react-email element: the HTML (inline styles, e-mail-safe
 * markup) and the plain-text twin (react-email's own html-to-text: links become "label URL",
 * the preview line is left out). Both are built from the same tree, so they cannot drift.
 */
export async function renderMail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}

import type { MetadataRoute } from "next";

/**
 * /robots.txt. Mainstay is a private portal: every page needs a session, and the
 * invitation and password-reset pages carry one-time tokens that must never reach an
 * index, so crawlers are kept out of everything (`Disallow: /`). The one exception is
 * the bare sign-in page (`/login`, not its `?next=` variants): it shows nothing private,
 * it is where users are sent, and a search for the portal's sign-in should find the
 * real page rather than a look-alike. Served without a session (proxy.ts's matcher).
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/login$", disallow: "/" } };
}

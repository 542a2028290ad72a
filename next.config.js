import { readFileSync } from "node:fs";
import { hostname, networkInterfaces } from "node:os";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * The hosts `next dev` may be opened from (besides localhost, always allowed): 127.0.0.1, ::1,
 * this machine's name and every address of its network interfaces — the "Network" address the
 * dev server prints included. Without them Next.js refuses its development scripts to that
 * origin, the page never hydrates and forms are sent by the browser alone. Hosts only (no scheme,
 * no port; IPv6 in brackets, as a URL spells them). More with ALLOWED_DEV_ORIGINS=host1,host2.
 * Development only: a production server serves its scripts to any origin.
 */
export function devOrigins(interfaces = networkInterfaces(), extra = process.env.ALLOWED_DEV_ORIGINS ?? "") {
  const addresses = Object.values(interfaces)
    .flat()
    .filter((i) => i && !i.internal)
    .map((i) => (i.family === "IPv6" || i.family === 6 ? `[${i.address.split("%")[0]}]` : i.address));
  const named = extra
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return [...new Set(["localhost", "127.0.0.1", "[::1]", hostname(), ...addresses, ...named])];
}

/** Query parameters never logged (lib/http/secret-params.ts; proxy.ts answers them with a 303). */
const SECRET_PARAMS = JSON.parse(readFileSync(new URL("./lib/http/secret-params.json", import.meta.url), "utf8"));
const SECRET_IN_URL = new RegExp(`[?&](${SECRET_PARAMS.join("|")})=`, "i");

/**
 * Static security headers. The Content-Security-Policy carries a per-request
 * nonce, so it is set in proxy.ts.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  // NEXT_DIST_DIR lets parallel builds (several worktrees of work, benchmarks) not share .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // NEXT_SKIP_TYPECHECK=1 only while several people build one working tree at once;
  // `npm run typecheck` (and CI's plain `next build`) still type-check everything.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  poweredByHeader: false,
  allowedDevOrigins: devOrigins(),
  // The dev server's request log never shows a URL carrying a password or a token.
  logging: { incomingRequests: { ignore: [SECRET_IN_URL] } },
  serverExternalPackages: [
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@react-pdf/renderer",
    // Native (a prebuilt .node binary): loaded by Node, never bundled.
    "@resvg/resvg-js",
    "pg",
    "pg-boss",
  ],
  experimental: {
    // The interventions CSV import sends a file of up to 5 MB as text (IMPORT_MAX_BYTES, checked in
    // the browser first), which JSON escaping can grow: every other action stays far below this.
    serverActions: { bodySizeLimit: "12mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

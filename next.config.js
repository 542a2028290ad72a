import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

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
  serverExternalPackages: [
    "@node-rs/argon2",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@react-pdf/renderer",
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

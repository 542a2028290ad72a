import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      "tools/prisma-diff/**",
      "playwright-report/**",
      "test-results/**",
      ".data/**",
      "coverage/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The app never reaches the owner connection (it bypasses row-level security).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/db/owner",
              message: "The owner connection bypasses RLS: app code uses lib/access (scoped transactions).",
            },
            { name: "@/lib/db/client", message: "Use the guarded entry points in lib/access, not the raw client." },
          ],
        },
      ],
    },
  },
];

export default config;

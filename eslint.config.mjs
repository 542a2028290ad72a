import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import mainstay from "./tools/eslint/no-text-concat.mjs";

/** Components and lib/ import nothing from app/ (route folders): actions are in lib/actions/<area>.ts. */
const ROUTE_FOLDERS = {
  group: ["@/app/*", "@/app"],
  message: "Route folders hold pages and route handlers only: import actions from lib/actions/<area>.ts.",
};

const DB_BYPASS = [
  {
    name: "@/lib/db/owner",
    message: "The owner connection bypasses RLS: app code uses lib/access (scoped transactions).",
  },
  { name: "@/lib/db/client", message: "Use the guarded entry points in lib/access, not the raw client." },
];

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
      ".lighthouse/**",
      "coverage/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A function with more than four positional parameters takes an object (house rule, issue 14).
      "max-params": "off",
      "@typescript-eslint/max-params": ["error", { max: 4 }],
    },
  },
  {
    // A search matches what was typed: Prisma's `contains` passes % and _ through as LIKE
    // wildcards, so anything but a string literal goes through containsLiteral (lib/db/like.ts).
    files: ["lib/**/*.ts", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["lib/db/like.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Property[key.name=/^(contains|startsWith|endsWith)$/]:not([value.type='Literal'])",
          message: "Wrap user text with containsLiteral() from lib/db/like.ts: % and _ are LIKE wildcards.",
        },
      ],
    },
  },
  {
    // UI text is whole catalog messages: nothing built by concatenation in pages and components
    // (tools/eslint/no-text-concat.mjs; tests/unit/no-text-concat.test.ts).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    plugins: { mainstay },
    rules: { "mainstay/no-text-concat": "error" },
  },
  {
    // The app never reaches the owner connection (it bypasses row-level security).
    files: ["app/**/*.{ts,tsx}", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", { paths: DB_BYPASS }] },
  },
  {
    // Components: no owner connection either, and nothing from a route folder.
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: DB_BYPASS, patterns: [ROUTE_FOLDERS] }] },
  },
  {
    // Shared code never reaches into a route folder: server actions live in lib/actions/<area>.ts.
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [ROUTE_FOLDERS] }] },
  },
];

export default config;

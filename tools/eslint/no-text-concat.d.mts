// Types for the test that imports the rule (tests/unit/no-text-concat.test.ts); the rule is plain
// JavaScript because eslint.config.mjs loads it without a TypeScript step.
import type { ESLint, Rule } from "eslint";

export declare const noTextConcat: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;

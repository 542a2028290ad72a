import { test as base, type Browser, type BrowserContext } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * next-intl reports a message a client component cannot find (its namespace was not
 * given to the client: components/i18n/client-messages.tsx) with console.error
 * ("MISSING_MESSAGE: …") and shows the key instead of the text. Other codes are
 * formatting mistakes. Any of them in any page of a test fails the test.
 */
const INTL_ERROR =
  /\b(MISSING_MESSAGE|INSUFFICIENT_PATH|INVALID_MESSAGE|INVALID_KEY|FORMATTING_ERROR|ENVIRONMENT_FALLBACK)\b/;

/** Where the listeners of every context put what they see: the running test's list. */
let current: string[] = [];

function watch(context: BrowserContext) {
  const record = (text: string, where: string) => {
    if (INTL_ERROR.test(text)) current.push(`${where}: ${text.split("\n")[0]}`);
  };
  context.on("console", (message) => record(message.text(), message.page()?.url() ?? message.location().url));
  context.on("weberror", (error) => record(String(error.error()), error.page()?.url() ?? ""));
}

const watched = new WeakSet<Browser>();

export const test = base.extend<{ intlErrors: void }, { watchContexts: void }>({
  // Every context: the default one and those a test makes with browser.newContext(),
  // including contexts kept across the tests of a serial file.
  watchContexts: [
    async ({ browser }, use) => {
      if (!watched.has(browser)) {
        watched.add(browser);
        const newContext = browser.newContext.bind(browser);
        browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
          const context = await newContext(...args);
          watch(context);
          return context;
        };
      }
      await use();
    },
    { scope: "worker" },
  ],
  intlErrors: [
    async ({ watchContexts: _watching }, use) => {
      const seen: string[] = [];
      current = seen;
      await use();
      current = [];
      if (seen.length)
        throw new Error(
          `next-intl errors in the browser (a client component's messages are missing?):\n${[...new Set(seen)].join("\n")}`,
        );
    },
    { auto: true },
  ],
});

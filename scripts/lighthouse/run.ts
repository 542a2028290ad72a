import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";
import puppeteer, { type Browser } from "puppeteer-core";

/**
 * One browser per role (Debian's chromium through chrome-launcher, as the
 * Lighthouse CLI does), signed in by putting the Auth.js session cookie in its
 * cookie jar (Lighthouse's storage reset clears caches and service workers,
 * never cookies), then Lighthouse's own defaults: the mobile profile with
 * simulated throttling, or its desktop config.
 */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = "desktop" | "mobile";

export type PageScore = {
  scores: Record<Category, number | null>;
  /** Milliseconds. */
  tbt: number | null;
  lcp: number | null;
  /** Bytes of JavaScript loaded and not used (Lighthouse's estimate). */
  unusedJs: number | null;
  /** Audits below 1 in the categories other than performance (what keeps them under 100). */
  failing: Record<Exclude<Category, "performance">, string[]>;
  finalUrl: string;
  warnings: string[];
  /** 1-minute load average when the measurement started. */
  load: number;
  lhr: Result;
};

export type Session = { name: string; value: string } | null;

export class RoleBrowser {
  private constructor(
    private readonly chrome: LaunchedChrome,
    private readonly browser: Browser,
  ) {}

  static async open(chromePath: string, baseUrl: string, session: Session): Promise<RoleBrowser> {
    const chrome = await launch({
      chromePath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"],
      logLevel: "silent",
    });
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    if (session) {
      const url = new URL(baseUrl);
      await browser.setCookie({
        name: session.name,
        value: session.value,
        domain: url.hostname,
        path: "/",
        httpOnly: true,
        sameSite: "Lax",
        secure: url.protocol === "https:",
      });
    }
    return new RoleBrowser(chrome, browser);
  }

  async audit(url: string, formFactor: FormFactor, load: number): Promise<PageScore> {
    const page = await this.browser.newPage();
    try {
      const flags: Flags = { logLevel: "error", output: "json", onlyCategories: [...CATEGORIES] };
      const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined, page);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      return summarize(lhr, load);
    } finally {
      await page.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await this.browser.disconnect().catch(() => {});
    this.chrome.kill();
  }
}

function summarize(lhr: Result, load: number): PageScore {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const score = lhr.categories[c]?.score;
      return [c, typeof score === "number" ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const failing = Object.fromEntries(
    CATEGORIES.filter((c) => c !== "performance").map((c) => [
      c,
      (lhr.categories[c]?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (a): a is NonNullable<typeof a> =>
            !!a && typeof a.score === "number" && a.score < 1 && a.scoreDisplayMode !== "informative",
        )
        .map((a) => a.id),
    ]),
  ) as PageScore["failing"];
  const numeric = (id: string) => {
    const v = lhr.audits[id]?.numericValue;
    return typeof v === "number" ? v : null;
  };
  const unused = lhr.audits["unused-javascript"]?.details;
  const unusedJs =
    unused && "overallSavingsBytes" in unused && typeof unused.overallSavingsBytes === "number"
      ? unused.overallSavingsBytes
      : 0;
  return {
    scores,
    tbt: numeric("total-blocking-time"),
    lcp: numeric("largest-contentful-paint"),
    unusedJs,
    failing,
    finalUrl: lhr.finalDisplayedUrl,
    warnings: lhr.runWarnings,
    load,
    lhr,
  };
}

/** Of several runs of one page, the one with the median performance score (Lighthouse's advice for noisy machines). */
export function medianRun(runs: PageScore[]): PageScore {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

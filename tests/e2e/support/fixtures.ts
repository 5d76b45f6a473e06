import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** The WCAG rule sets every page must pass. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Fixtures {
  /** Every URL the page requested, recorded from the start of the test. */
  requests: string[];
  /** MapLibre and page errors seen so far. */
  pageErrors: string[];
}

/** Playwright's `test` with request and error recording on every page. */
export const test = base.extend<Fixtures>({
  requests: async ({ page }, use) => {
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await use(urls);
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

/** Waits for the map to report `ready`, failing at once with MapLibre's own error text if it reports `error`. */
export async function waitForMap(page: Page): Promise<void> {
  const map = page.locator("[data-map-state]");
  await expect(map).toHaveAttribute("data-map-state", /ready|error/, { timeout: 30_000 });
  if ((await map.getAttribute("data-map-state")) === "error") {
    throw new Error(`the map reported errors: ${await page.getByRole("alert").innerText()}`);
  }
}

/** Runs axe with the project's WCAG tags and returns the violations, summarised for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** The screen sizes every view is reviewed at. */
export const SCREENS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
} as const;

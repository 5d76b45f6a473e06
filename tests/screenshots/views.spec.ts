/**
 * Pictures of every view at the sizes it is reviewed at (desktop 1440×900, phone 390×844, projector 1920×1080,
 * and the slides at 1280×720 too), written to test-results/screenshots/ by `npm run screenshots`. They are for
 * eyes: nothing compares them and `npm test` does not run this file. What a user relies on in these views (no
 * sideways scrolling, the details sheet on a phone, the fallback without WebGL) is tested in tests/e2e/.
 */
import { chromium, type Page } from "@playwright/test";
import { allDecks } from "../../lib/briefing";
import { CHROMIUM_ARGS } from "../../playwright.config";
import { dataset } from "../e2e/support/dataset";
import { expect, SCREENS, test, waitForMap } from "../e2e/support/fixtures";
import { mapSettled } from "../e2e/support/map";
import { siteWithEvents } from "../e2e/support/picks";

test.use({ reducedMotion: "reduce" });

const story = allDecks(dataset)[0]!;
const SLIDE_SCREENS = { "1920x1080": { width: 1920, height: 1080 }, "1280x720": { width: 1280, height: 720 } };
const save = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` });

for (const [name, viewport] of Object.entries(SCREENS)) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport });

    test("the home page", async ({ page }) => {
      await page.goto("/");
      await waitForMap(page);
      await page.waitForLoadState("networkidle");
      await save(page, `home-${name}`);
    });

    test("the dashboard with a site selected", async ({ page }) => {
      await page.goto(`/?site=${siteWithEvents().site.id}`);
      await mapSettled(page);
      await save(page, `dashboard-${name}`);
    });

    test("the story at its fourth chapter", async ({ page }) => {
      await page.goto(`/story#${dataset.chapters[3]!.id}`);
      await mapSettled(page);
      await save(page, `story-${name}`);
    });
  });
}

for (const [name, viewport] of Object.entries(SLIDE_SCREENS)) {
  test.describe(`at ${name}`, () => {
    test.use({ viewport });

    test("the third slide", async ({ page }) => {
      await page.goto(`/brief/${story.id}/3`);
      await mapSettled(page);
      await save(page, `brief-${name}`);
    });

    test("the presenter view", async ({ page }) => {
      await page.goto(`/brief/${story.id}/presenter`);
      await expect(page.getByRole("heading", { name: "Speaker notes" })).toBeVisible();
      await save(page, `presenter-${name}`);
    });
  });
}

test("a slide on the dark background at 1440x900", async ({ page }) => {
  await page.goto(`/brief/${story.id}/2?theme=dark`);
  await mapSettled(page);
  await save(page, "brief-dark");
});

test("the dashboard where WebGL is unavailable, with an event selected, at 1440x900", async ({ baseURL }) => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--disable-webgl", "--disable-webgl2", "--disable-3d-apis"],
  });
  try {
    const page = await browser.newPage({ baseURL, viewport: SCREENS.desktop });
    const event = dataset.events.find((e) => e.interval.start.getUTCFullYear() >= 2020)!;
    await page.goto(`/?event=${event.id}`);
    await expect(page.locator('[data-map-state="static"]')).toBeVisible();
    await save(page, "dashboard-no-webgl");
  } finally {
    await browser.close();
  }
});

/**
 * What a user relies on at each screen size the views are reviewed at: nothing scrolls sideways, a slide fits the
 * projector, and on a phone a selection's details are a sheet over the bottom of the screen. The pictures of the
 * same views are taken by `npm run screenshots` (tests/screenshots/), which is for eyes and not counted.
 */
import type { Page } from "@playwright/test";
import { allDecks } from "../../lib/briefing";
import { dataset } from "./support/dataset";
import { expect, SCREENS, test } from "./support/fixtures";
import { mapSettled } from "./support/map";
import { siteWithEvents } from "./support/picks";

test.use({ reducedMotion: "reduce" });

const story = allDecks(dataset)[0]!;

/** How far the page scrolls beyond the screen, sideways and down, in CSS pixels. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    return { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight };
  });

for (const [name, viewport] of Object.entries(SCREENS)) {
  test(`at ${name} size (${viewport.width}×${viewport.height}) neither the dashboard with a selection nor the story scrolls sideways`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const { site } = siteWithEvents();
    await page.goto(`/?site=${site.id}`);
    await mapSettled(page);
    await expect(page.getByRole("heading", { level: 2, name: site.name })).toBeVisible();
    expect((await overflow(page)).x).toBe(0);

    await page.goto(`/story#${dataset.chapters[3]!.id}`);
    await mapSettled(page);
    expect((await overflow(page)).x).toBe(0);
  });
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`at ${viewport.width}×${viewport.height} a slide fits the screen and the presenter view does not scroll sideways`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/brief/${story.id}/3`);
    await mapSettled(page);
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });

    await page.goto(`/brief/${story.id}/presenter`);
    await expect(page.getByRole("heading", { name: "Speaker notes" })).toBeVisible();
    expect((await overflow(page)).x).toBe(0);
  });
}

test("on a phone a selection's details are a sheet across the bottom of the screen, below the map, and Close clears it", async ({ page }) => {
  const { width, height } = SCREENS.phone;
  await page.setViewportSize(SCREENS.phone);
  const { site } = siteWithEvents();
  await page.goto(`/?site=${site.id}`);
  await mapSettled(page);
  const sheet = page.getByRole("region", { name: "Site details" });
  await expect(sheet.getByRole("heading", { level: 2, name: site.name })).toBeInViewport();
  const box = (await sheet.boundingBox())!;
  expect([box.x, box.width, Math.round(box.y + box.height)]).toEqual([0, width, height]);
  const map = (await page.getByRole("region", { name: "Map of sites" }).boundingBox())!;
  expect(box.y - Math.max(0, map.y), "pixels of map left in view above the sheet").toBeGreaterThan(200);
  await sheet.getByRole("button", { name: /^Close details/ }).click();
  await expect(page).not.toHaveURL(/site=/);
  await expect(sheet).toHaveCount(0);
});

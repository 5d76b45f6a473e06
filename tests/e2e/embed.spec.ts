/**
 * Issue 13: the embeds of the story and of a slide (the dashboard's embed is tested from another origin in
 * export.spec.ts, against the static export) and the dashboard's "Embed" button.
 */
import { dataset } from "./support/dataset";
import { axeViolations, expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";

test.use({ reducedMotion: "reduce" });

test("the story's embed shows the chapters without the site navigation", async ({ page }) => {
  await page.goto("/embed/story");
  await expect(page.getByRole("heading", { level: 1, name: /How Belarus became/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: dataset.chapters[0]!.title })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Views" })).toHaveCount(0);
  await mapSettled(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("a slide's embed presents the slide without the site navigation, and moving on keeps the embed's address", async ({ page }) => {
  await page.goto("/embed/brief/story/2");
  await mapSettled(page);
  await expect(page.getByText(/slide 2 of/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Views" })).toHaveCount(0);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/embed\/brief\/story\/3(#|$)/);
  await expect(page.getByText(/slide 3 of/)).toBeVisible();
});

test("Embed on the dashboard copies an iframe for the current view and announces it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const event = dataset.events.find((e) => !e.context)!;
  await page.goto(`/?event=${event.id}`);
  await mapSettled(page);
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Embed code for this view copied to the clipboard." })).toHaveCount(1);
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toMatch(
    new RegExp(`^<iframe src="http://127\\.0\\.0\\.1:\\d+/embed\\?event=${event.id}(#map=[^"]+)?" title="[^"]+" style="[^"]*height: \\d+px[^"]*"`),
  );
});

import { dataset, shippedVersion } from "./support/dataset";
import { expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";
import { siteWithEvents } from "./support/picks";

test.use({ reducedMotion: "reduce" });

const windowLabel = (page: import("@playwright/test").Page) => page.locator(".timeline-window");

test("the zoom buttons narrow and widen the window and the URL records it", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  await page.getByRole("button", { name: "Zoom in on the timeline" }).click();
  await expect(windowLabel(page)).not.toHaveText("1 Jan 2020 – 31 Dec 2025");
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await page.getByRole("button", { name: "2020–2025" }).click();
  await expect(windowLabel(page)).toHaveText("1 Jan 2020 – 31 Dec 2025");
  await expect(page).not.toHaveURL(/from=/);
});

test("the timeline answers the keyboard: + zooms, Page Down pans, arrows and Enter select", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  const timeline = page.getByRole("listbox", { name: /^Timeline/ });
  await timeline.focus();
  await page.keyboard.press("+");
  await expect(page).toHaveURL(/[?&]from=/);
  const zoomed = await windowLabel(page).innerText();
  await page.keyboard.press("PageDown");
  await expect(windowLabel(page)).not.toHaveText(zoomed);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]event=[a-z0-9-]+/);
  const id = new URL(page.url()).searchParams.get("event")!;
  await expect(page.locator(`.timeline [data-event-id="${id}"]`)).toHaveAttribute("aria-selected", "true");
});

test("wheel over the timeline zooms around the pointer: the date under it stays under it", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  const box = (await page.locator(".timeline-plot svg").boundingBox())!;
  // The lanes scroll inside their box, so the pointer goes to the middle of what is visible of them.
  const lanes = (await page.locator(".timeline-body").boundingBox())!;
  // A quarter of the way across the default window, 2020–2025: zooming around the centre would move it.
  const at = 0.25;
  const start = Date.UTC(2020, 0, 1);
  const under = start + at * (Date.UTC(2026, 0, 1) - start);
  await page.mouse.move(box.x + at * box.width, lanes.y + lanes.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(page).toHaveURL(/[?&]from=/);
  const query = new URL(page.url()).searchParams;
  const from = Date.parse(query.get("from")!);
  const to = Date.parse(query.get("to")!) + 86_400_000;
  expect(to - from).toBeLessThan(0.7 * (Date.UTC(2026, 0, 1) - start));
  expect((under - from) / (to - from)).toBeCloseTo(at, 2);
});

test.describe("under a fake clock", () => {
  // Playwright's fake Date loses date-fns' UTC context, so the window label would read in local time; in UTC the
  // two agree. The time-zone cases are covered by the tests above, which run on the real clock in Los Angeles.
  test.use({ timezoneId: "UTC" });

  test("Play moves the window forward a quarter of its length every 1.5 seconds under reduced motion, and Pause stops it", async ({ page }) => {
    await page.clock.install();
    await page.goto("/?from=2020-01-01&to=2020-12-31");
    await mapSettled(page);
    // From here on the page's clock moves only when the test moves it.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    await page.getByRole("button", { name: "Play" }).click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();

    await page.clock.runFor(1500);
    // A 366-day window moves 91.5 days a step and stays 366 days long (it used to grow a day at every step).
    await expect(page).toHaveURL(/[?&]from=2020-04-01&to=2021-04-01(&|#|$)/);
    await expect(windowLabel(page)).toHaveText("1 Apr 2020 – 1 Apr 2021");
    await page.clock.runFor(1500);
    await expect(page).toHaveURL(/[?&]from=2020-07-01&to=2021-07-01(&|#|$)/);
    await expect(windowLabel(page)).toHaveText("1 Jul 2020 – 1 Jul 2021");

    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
    await page.clock.runFor(15_000);
    await expect(windowLabel(page)).toHaveText("1 Jul 2020 – 1 Jul 2021");
    await expect(page).toHaveURL(/[?&]from=2020-07-01&to=2021-07-01(&|#|$)/);
  });
});

test("lanes switch from categories to actors", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  const lanes = page.locator(".lane-labels");
  await expect(lanes).toContainText("Military");
  await page.getByRole("radio", { name: "By actor" }).check();
  await expect(lanes).toContainText("Belarus");
  await expect(lanes).not.toContainText("Military");
});

test("hovering a site in the list previews its events on the timeline without selecting", async ({ page }) => {
  const { site, events } = siteWithEvents();
  await page.goto("/");
  await mapSettled(page);
  await page.getByRole("button", { name: /^Sites/ }).click();
  await page.locator(`[data-site-id="${site.id}"]`).hover();
  for (const event of events) await expect(page.locator(`.timeline [data-event-id="${event.id}"]`)).toHaveClass(/is-preview/);
  await expect(page).not.toHaveURL(/site=/);
});

test("Copy link puts the exact view on the clipboard, with the dataset version", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const event = dataset.events.find((e) => e.siteIds.length > 0)!;
  await page.goto(`/?event=${event.id}#map=6/53.5/28`);
  await mapSettled(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Link copied" })).toBeVisible();
  const url = new URL(page.url());
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url.origin}/?event=${event.id}&v=${shippedVersion}${url.hash}`);
});

/**
 * The briefing slides, their keys, the presenter view, the dark theme and the printed handout. Not yet covered
 * (and not yet built): the static export.
 */
import type { Page } from "@playwright/test";
import { allDecks } from "../../lib/briefing";
import { dataset } from "./support/dataset";
import { axeViolations, expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";

test.use({ reducedMotion: "reduce" });

const decks = allDecks(dataset);
const story = decks[0]!;
const slideUrl = (deck: string, n: number) => new RegExp(`/brief/${deck}/${n}(#|$)`);
const title = (page: Page) => page.getByRole("heading", { level: 1 });

test("the briefing index lists the deck made from the chapters and the analysts' decks", async ({ page }) => {
  await page.goto("/brief");
  for (const deck of decks) await expect(page.getByRole("link", { name: deck.title, exact: true })).toHaveAttribute("href", `/brief/${deck.id}/1`);
});

test("presenter keys move through the deck and the URL follows", async ({ page }) => {
  await page.goto(`/brief/${story.id}/1`);
  await mapSettled(page);
  await expect(title(page)).toHaveText(story.slides[0]!.title);
  const steps: [string, number][] = [
    ["ArrowRight", 2],
    ["Space", 3],
    ["PageDown", 4],
    ["ArrowDown", 5],
    ["PageUp", 4],
    ["ArrowLeft", 3],
    ["ArrowUp", 2],
    ["End", story.slides.length],
    ["Home", 1],
  ];
  for (const [key, n] of steps) {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(slideUrl(story.id, n));
    await expect(title(page)).toHaveText(story.slides[n - 1]!.title);
  }
  await page.goBack();
  await expect(page).toHaveURL(slideUrl(story.id, story.slides.length));
});

test("a number then Enter jumps to that slide", async ({ page }) => {
  await page.goto(`/brief/${story.id}/1`);
  await mapSettled(page);
  await page.keyboard.press("3");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(slideUrl(story.id, 3));
  await expect(title(page)).toHaveText(story.slides[2]!.title);
});

test("B blanks the screen to black and back", async ({ page }) => {
  await page.goto(`/brief/${story.id}/2`);
  await mapSettled(page);
  await page.keyboard.press("b");
  await expect(page.locator("[data-blank]")).toBeVisible();
  const shot = await page.screenshot();
  const { PNG } = await import("pngjs");
  const png = PNG.sync.read(shot);
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 30) dark += 1;
  expect(dark / (png.width * png.height)).toBeGreaterThan(0.99);
  await page.keyboard.press("b");
  await expect(page.locator("[data-blank]")).toHaveCount(0);
});

test("each slide lights up its events on the timeline and moves the map to its camera", async ({ page }) => {
  await page.goto(`/brief/${story.id}/1`);
  await mapSettled(page);
  for (const [i, slide] of story.slides.entries()) {
    if (i > 0) await page.keyboard.press("ArrowRight");
    await expect(title(page)).toHaveText(slide.title);
    const [lon, lat] = slide.camera.center;
    await expect(page).toHaveURL(new RegExp(`/brief/${story.id}/${i + 1}#map=${slide.camera.zoom}/${lat}/${lon}$`));
    for (const id of slide.eventIds) await expect(page.locator(`.timeline [data-event-id="${id}"]`)).toHaveAttribute("aria-selected", "true");
  }
});

test("slides have no axe violations", async ({ page }) => {
  await page.goto(`/brief/${story.id}/1`);
  await mapSettled(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("P opens the presenter view; advancing in either window moves both", async ({ page, context }) => {
  await context.clock.install();
  await page.goto(`/brief/${story.id}/1`);
  await mapSettled(page);
  const [presenter] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("p")]);
  await expect(presenter).toHaveURL(new RegExp(`/brief/${story.id}/presenter`));
  await expect(presenter.getByText(`Slide 1 of ${story.slides.length}`)).toBeVisible();
  await expect(presenter.getByRole("heading", { name: "Speaker notes" })).toBeVisible();
  await expect(presenter.getByText(story.slides[0]!.notes.slice(0, 40))).toBeVisible();
  await expect(presenter.getByRole("heading", { name: `Next: ${story.slides[1]!.title}` })).toBeVisible();
  // The clock ticking shows the presenter page is hydrated and listening for keys, not just server-rendered.
  await expect(async () => {
    await context.clock.runFor(1000);
    await expect(presenter.locator(".elapsed")).not.toHaveText("0:00", { timeout: 500 });
  }).toPass();

  await presenter.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(slideUrl(story.id, 2));
  await expect(title(page)).toHaveText(story.slides[1]!.title);

  await page.keyboard.press("ArrowRight");
  await expect(presenter.getByText(`Slide 3 of ${story.slides.length}`)).toBeVisible();
  await expect(presenter.getByRole("heading", { name: `Now: ${story.slides[2]!.title}` })).toBeVisible();
});

test("the presenter's clock counts minutes and seconds since the talk began, and Restart clock sets it back to 0:00", async ({ page }) => {
  await page.clock.install();
  await page.goto(`/brief/${story.id}/presenter`);
  const elapsed = page.locator(".elapsed");
  await expect(elapsed).toHaveText("0:00");
  // From here on the page's clock moves only when the test moves it. Once the clock has ticked, the page is
  // hydrated and the Restart button is listening.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await expect(async () => {
    await page.clock.runFor(1000);
    await expect(elapsed).not.toHaveText("0:00", { timeout: 500 });
  }).toPass();
  await page.getByRole("button", { name: "Restart clock" }).click();
  await expect(elapsed).toHaveText("0:00");
  await page.clock.runFor(59_000);
  await expect(elapsed).toHaveText("0:59");
  await page.clock.runFor(1000);
  await expect(elapsed).toHaveText("1:00");
  await page.clock.runFor(9 * 60_000 + 5000);
  await expect(elapsed).toHaveText("10:05");
});

test("the presenter view has no axe violations", async ({ page }) => {
  await page.goto(`/brief/${story.id}/presenter`);
  await expect(page.getByRole("heading", { name: "Speaker notes" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

for (const deck of decks) {
  test(`the printed handout of "${deck.id}" has one A4 landscape page per slide plus a page of sources`, async ({ page }) => {
    await page.goto(`/brief/${deck.id}/print`);
    const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(deck.slides.length + 1);
  });
}

test("the handout's first map is a real render, not a blank box", async ({ page }) => {
  await page.goto(`/brief/${story.id}/print`);
  await page.emulateMedia({ media: "print" });
  const shot = await page.locator(".handout-map").first().screenshot();
  const { PNG } = await import("pngjs");
  const png = PNG.sync.read(shot);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 16) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  expect(colours.size).toBeGreaterThan(20);
});

test("D switches the slides to a dark background and back, and the URL keeps it", async ({ page }) => {
  await page.goto(`/brief/${story.id}/1`);
  await mapSettled(page);
  const background = () => page.locator(".slide-show").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe("rgb(255, 255, 255)");
  await page.keyboard.press("d");
  await expect(page).toHaveURL(/[?&]theme=dark/);
  await expect.poll(background).toBe("rgb(11, 15, 20)");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/brief/${story.id}/2\\?theme=dark`));
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("d");
  await expect(page).not.toHaveURL(/theme=dark/);
});

test.describe("with motion allowed", () => {
  test.use({ reducedMotion: "no-preference" });

  test("A turns camera flights off: the next slide's camera is reached without passing through other views", async ({ page }) => {
    await page.goto(`/brief/${story.id}/1`);
    await mapSettled(page);
    await page.keyboard.press("a");
    await expect(page.getByText("A camera animation off")).toBeVisible();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __views: string[] }).__views = seen;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History["replaceState"]>) => {
        replace(...args);
        seen.push(/map=([^&]+)/.exec(location.hash)?.[1] ?? "");
      };
    });
    await page.keyboard.press("ArrowRight");
    const next = story.slides[1]!;
    const target = `${next.camera.zoom}/${next.camera.center[1]}/${next.camera.center[0]}`;
    await expect(page).toHaveURL(new RegExp(`#map=${target}$`));
    await mapSettled(page);
    const first = story.slides[0]!;
    const start = `${first.camera.zoom}/${first.camera.center[1]}/${first.camera.center[0]}`;
    const views = await page.evaluate(() => (window as unknown as { __views: string[] }).__views.filter(Boolean));
    expect(views.filter((v) => v !== target && v !== start)).toEqual([]);
  });
});

test("F puts the slides in full screen and F again leaves it", async ({ page }) => {
  await page.goto(`/brief/${story.id}/1`);
  await mapSettled(page);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test("/brief/<deck> presents the deck from its first slide", async ({ page }) => {
  await page.goto(`/brief/${story.id}`);
  await mapSettled(page);
  await expect(title(page)).toHaveText(story.slides[0]!.title);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(slideUrl(story.id, 2));
});

import { dataset } from "./support/dataset";
import { axeViolations, expect, test } from "./support/fixtures";
import { mapSettled, mapView, screenPosition } from "./support/map";
import { viewOfChapter } from "../../lib/guided-view";
import { formatWindow } from "../../lib/window-label";

test.use({ reducedMotion: "reduce" });

const near = (a: number, b: number) => Math.abs(a - b) < 0.02;

test("scrolling to each chapter moves the map to its camera, the timeline to its period and lights up its events", async ({ page }) => {
  await page.goto("/story");
  await mapSettled(page);
  for (const chapter of dataset.chapters) {
    await page.locator(`#${chapter.id}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await expect(page).toHaveURL(new RegExp(`#${chapter.id}(&|$)`));
    await expect
      .poll(async () => {
        const view = await mapView(page);
        const [lon, lat] = chapter.camera.center;
        return near(view.zoom, chapter.camera.zoom) && near(view.lat, lat) && near(view.lon, lon);
      })
      .toBe(true);
    const { window } = viewOfChapter(chapter);
    await expect(page.locator(".story-views .timeline-window")).toHaveText(formatWindow(window.start, window.end));
    for (const id of chapter.eventIds) await expect(page.locator(`.story-views [data-event-id="${id}"]`)).toHaveAttribute("aria-selected", "true");
  }
});

test("a link to /story#chapter opens on that chapter with its view applied", async ({ page }) => {
  const chapter = dataset.chapters.at(-2)!;
  await page.goto(`/story#${chapter.id}`);
  await mapSettled(page);
  await expect(page.getByRole("navigation", { name: "Chapters" }).locator('[aria-current="step"]')).toContainText(chapter.title);
  await expect.poll(async () => near((await mapView(page)).zoom, chapter.camera.zoom)).toBe(true);
  for (const id of chapter.eventIds) await expect(page.locator(`.story-views [data-event-id="${id}"]`)).toHaveAttribute("aria-selected", "true");
});

test("the progress rail scrolls to a chapter", async ({ page }) => {
  const chapter = dataset.chapters[2]!;
  await page.goto("/story");
  await mapSettled(page);
  await page
    .getByRole("navigation", { name: "Chapters" })
    .getByRole("link", { name: new RegExp(chapter.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
    .click();
  await expect(page).toHaveURL(new RegExp(`#${chapter.id}(&|$)`));
  await expect(page.getByRole("heading", { level: 2, name: chapter.title })).toBeInViewport();
});

test("choosing an event in a chapter selects it on the timeline and the map frames its sites", async ({ page }) => {
  const chapter = dataset.chapters.find((c) => c.eventIds.length > 1 && dataset.eventById.get(c.eventIds[0]!)!.siteIds.length > 0)!;
  const event = dataset.eventById.get(chapter.eventIds[0]!)!;
  await page.goto(`/story#${chapter.id}`);
  await mapSettled(page);
  const before = await mapView(page);
  await page.locator(`#${chapter.id} [data-story-event="${event.id}"]`).click();
  await expect(page.locator(`.story-views [data-event-id="${event.id}"]`)).toHaveAttribute("aria-selected", "true");
  for (const other of chapter.eventIds.slice(1))
    await expect(page.locator(`.story-views [data-event-id="${other}"]`)).toHaveAttribute("aria-selected", "false");
  await expect(page).toHaveURL(/\/story#/);

  await expect.poll(() => mapView(page)).not.toEqual(before);
  await mapSettled(page);
  const map = (await page.locator(".story-views canvas.maplibregl-canvas").boundingBox())!;
  for (const id of event.siteIds) {
    const at = await screenPosition(page, ...dataset.siteById.get(id)!.coordinates);
    expect(at.x > map.x && at.x < map.x + map.width && at.y > map.y && at.y < map.y + map.height, `${id} is on the map`).toBe(true);
  }
});

test("Explore this on the dashboard opens / with the chapter's events and window in the URL", async ({ page }) => {
  const chapter = dataset.chapters[2]!;
  await page.goto(`/story#${chapter.id}`);
  await mapSettled(page);
  await page.locator(`#${chapter.id}`).getByRole("link", { name: "Explore this on the dashboard" }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?chapter=${chapter.id}&from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}`));
  await mapSettled(page);
  const { window } = viewOfChapter(chapter);
  await expect(page.locator(".timeline-window")).toHaveText(formatWindow(window.start, window.end));
  for (const id of chapter.eventIds) await expect(page.locator(`.timeline [data-event-id="${id}"]`)).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("region", { name: "Story chapter" })).toContainText(chapter.title);
});

test("a chapter with conflicting figures shows them side by side, each with its source", async ({ page }) => {
  const disagrees = (ids: readonly string[]) => {
    const figures = dataset.figures.filter((f) => ids.includes(f.id) && f.quantity);
    return figures.some((f) => figures.some((g) => g.quantity === f.quantity && g.value !== f.value));
  };
  const chapter = dataset.chapters.find((c) => disagrees(c.figureIds ?? []))!;
  await page.goto(`/story#${chapter.id}`);
  const table = page.locator(`#${chapter.id} .figure-ledger table`).filter({ hasText: "the sources disagree" }).first();
  await expect(table).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBeGreaterThan(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the story is an unrolled article with every chapter's text and static map", async ({ page }) => {
    await page.goto("/story");
    for (const chapter of dataset.chapters) {
      const section = page.locator(`#${chapter.id}`);
      await expect(section.getByRole("heading", { level: 2, name: chapter.title })).toBeVisible();
      await expect(section.getByRole("img", { name: new RegExp(`^Map of ${chapter.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })).toBeVisible();
      await expect(section.getByText(chapter.body.slice(0, 40))).toBeVisible();
    }
  });
});

test("with reduced motion the camera jumps to the next chapter without a flight", async ({ page }) => {
  const [first, second] = dataset.chapters;
  await page.goto(`/story#${first!.id}`);
  await mapSettled(page);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __views: string[] }).__views = seen;
    const record = () => seen.push(/map=([^&]+)/.exec(location.hash)?.[1] ?? "");
    new MutationObserver(record).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-map-moving"] });
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History["replaceState"]>) => {
      replace(...args);
      record();
    };
  });
  await page.locator(`#${second!.id}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect.poll(async () => near((await mapView(page)).zoom, second!.camera.zoom)).toBe(true);
  await mapSettled(page);
  const views = await page.evaluate(() => (window as unknown as { __views: string[] }).__views.filter(Boolean));
  const [lon, lat] = second!.camera.center;
  const target = `${second!.camera.zoom}/${lat}/${lon}`;
  const firstTarget = `${first!.camera.zoom}/${first!.camera.center[1]}/${first!.camera.center[0]}`;
  expect(views.filter((v) => v !== target && v !== firstTarget)).toEqual([]);
});

test("the story has no axe violations", async ({ page }) => {
  await page.goto("/story");
  await mapSettled(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("printed, the story is the unrolled article with a static map per chapter", async ({ page }) => {
  await page.goto("/story");
  await mapSettled(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".story-views-wrap")).toBeHidden();
  for (const chapter of dataset.chapters) await expect(page.locator(`#${chapter.id} .chapter-static-map svg`)).toBeVisible();
});

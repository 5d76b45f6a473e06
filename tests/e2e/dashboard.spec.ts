import { dataset } from "./support/dataset";
import { axeViolations, expect, test } from "./support/fixtures";
import { areaShot, differingPixels, mapSettled, mapView, screenPosition } from "./support/map";
import { eventAtOneSite, inDefaultWindow, siteWithEvents, windowAround } from "./support/picks";

test.use({ reducedMotion: "reduce" });

const timelineMark = (id: string) => `.timeline [data-event-id="${id}"]`;
const listRow = (id: string) => `.row-list [data-event-id="${id}"]`;

test("clicking a timeline mark selects the event, opens its details and lights up its site on the map", async ({ page }) => {
  const { event, site } = eventAtOneSite();
  const { from, to } = windowAround(event);
  await page.goto(`/?from=${from}&to=${to}`);
  await mapSettled(page);

  await page.locator(timelineMark(event.id)).click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|#|$)`));
  await expect(page.locator(timelineMark(event.id))).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await mapSettled(page);
  const selected = await areaShot(page, await screenPosition(page, ...site.coordinates));

  const { hash } = new URL(page.url());
  await page.goto(`/?from=${from}&to=${to}${hash}`);
  await mapSettled(page);
  const unselected = await areaShot(page, await screenPosition(page, ...site.coordinates));
  expect(differingPixels(selected, unselected)).toBeGreaterThan(40);
});

test("clicking a site on the map selects it and marks each of its events on the timeline and in the list", async ({ page }) => {
  const { site, events } = siteWithEvents();
  const [lon, lat] = site.coordinates;
  await page.goto(`/#map=8/${lat}/${lon}`);
  await mapSettled(page);
  const at = await screenPosition(page, lon, lat);
  await page.mouse.click(at.x, at.y);

  await expect(page).toHaveURL(new RegExp(`[?&]site=${site.id}(&|#|$)`));
  await expect(page.getByRole("heading", { level: 2, name: site.name })).toBeVisible();
  for (const event of events) {
    await expect(page.locator(timelineMark(event.id))).toHaveAttribute("aria-selected", "true");
    await expect(page.locator(listRow(event.id))).toHaveAttribute("aria-selected", "true");
  }
  const others = dataset.events.filter((e) => inDefaultWindow(e) && !events.includes(e)).slice(0, 3);
  for (const other of others) await expect(page.locator(timelineMark(other.id))).toHaveAttribute("aria-selected", "false");
});

test("a link with a selection, a window, filters and a map view restores that state, and Back undoes a selection", async ({ page }) => {
  const event = dataset.events.find((e) => e.interval.start.getTime() >= Date.UTC(2021, 0, 1) && e.interval.end.getTime() <= Date.UTC(2024, 0, 1))!;
  const url = `/?event=${event.id}&from=2021-01-01&to=2023-12-31&cat=${event.category}&conf=${event.confidence}#map=6.5/53.5/28.1`;
  await page.goto(url);
  await mapSettled(page);

  expect(await mapView(page)).toEqual({ zoom: 6.5, lat: 53.5, lon: 28.1 });
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expect(page.locator(timelineMark(event.id))).toHaveAttribute("aria-selected", "true");
  await expect(page.locator(".timeline-window")).toHaveText("1 Jan 2021 – 31 Dec 2023");
  const expected = dataset.events.filter(
    (e) =>
      e.category === event.category &&
      e.confidence === event.confidence &&
      e.interval.start.getTime() < Date.UTC(2024, 0, 1) &&
      e.interval.end.getTime() > Date.UTC(2021, 0, 1),
  );
  await expect(page.locator(".row-list [data-event-id]")).toHaveCount(expected.length);
  await page.locator("summary", { hasText: "Filters" }).click();
  await expect(page.getByRole("checkbox", { name: new RegExp(`^${event.category}`, "i") })).toBeChecked();
  await page.locator("summary", { hasText: "Filters" }).click();

  const other = expected.find((e) => e.id !== event.id);
  expect(other, "the dataset needs two events with the same category and confidence in 2021–2023").toBeDefined();
  await page.locator(listRow(other!.id)).click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${other!.id}(&|#|$)`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|#|$)`));
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
});

test("malformed URL values fall back to defaults without an error", async ({ page, pageErrors }) => {
  await page.goto("/?event=NOT%20AN%20ID&from=2024-13-45&to=yesterday&cat=rockets,military&conf=sure");
  await mapSettled(page);
  await expect(page.locator(".timeline-window")).toHaveText("1 Jan 2020 – 31 Dec 2025");
  await expect(page.getByRole("region", { name: "Event details" })).toHaveCount(0);
  await page.locator("summary", { hasText: "Filters" }).click();
  await expect(page.getByRole("checkbox", { name: /^military/i })).toBeChecked();
  expect(pageErrors).toEqual([]);
});

test("search tolerates transliteration: Baranavichi finds the Baranovichi sites", async ({ page }) => {
  const targets = dataset.sites.filter((s) => /baranovichi/i.test(s.name + s.aliases.join(" ")));
  expect(targets.length).toBeGreaterThan(0);
  await page.goto("/");
  await mapSettled(page);
  await page.getByRole("searchbox", { name: "Search events and sites" }).fill("Baranavichi");
  await expect(page).toHaveURL(/[?&]q=Baranavichi/);
  await page.getByRole("button", { name: /^Sites/ }).click();
  for (const site of targets) await expect(page.locator(`[data-site-id="${site.id}"]`)).toBeVisible();
  await expect(page.locator("[data-site-id]")).not.toHaveCount(dataset.sites.length);
});

test("a filter changes the counts, the list and the map", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  const canvas = page.locator("canvas.maplibregl-canvas");
  const mapBefore = await canvas.screenshot();
  const rowsBefore = await page.locator(".row-list [data-event-id]").count();

  await page.locator("summary", { hasText: "Filters" }).click();
  const exercises = page.getByRole("checkbox", { name: /^exercises/i });
  const count = Number(await exercises.locator("xpath=..").locator(".count").innerText());
  await exercises.check();
  await page.locator("summary", { hasText: "Filters" }).click();

  await expect(page).toHaveURL(/[?&]cat=exercises/);
  await expect(page.locator(".row-list [data-event-id]")).toHaveCount(count);
  expect(count).toBeLessThan(rowsBefore);
  await expect(page.getByRole("button", { name: /^Events/ })).toHaveText(new RegExp(`Events\\s*${count}`));
  await mapSettled(page);
  expect(differingPixels(mapBefore, await canvas.screenshot())).toBeGreaterThan(100);
});

test("with the keyboard alone a user reaches an event, selects it, and reaches its sources", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  for (let i = 0; i < 40 && !(await focusedLabel()).startsWith("Events,"); i += 1) await page.keyboard.press("Tab");
  expect(await focusedLabel()).toMatch(/^Events, \d+ shown/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]event=[a-z0-9-]+/);
  const id = new URL(page.url()).searchParams.get("event")!;
  const event = dataset.eventById.get(id)!;
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();

  const inSources = () => page.evaluate(() => Boolean(document.activeElement?.closest(".source-list")));
  for (let i = 0; i < 30 && !(await inSources()); i += 1) await page.keyboard.press("Shift+Tab");
  expect(await inSources()).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/sources/(${event.sources.map((c) => c.sourceId).join("|")})/?$`));
});

test("Escape clears the selection", async ({ page }) => {
  const { event } = eventAtOneSite();
  await page.goto(`/?event=${event.id}`);
  await mapSettled(page);
  await expect(page.getByRole("region", { name: "Event details" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/event=/);
  await expect(page.getByRole("region", { name: "Event details" })).toHaveCount(0);
});

test("has no axe violations with a selection open and requests nothing beyond its origin", async ({ page, requests, baseURL }) => {
  const { event } = eventAtOneSite();
  await page.goto(`/?event=${event.id}`);
  await mapSettled(page);
  expect(await axeViolations(page)).toEqual([]);
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin)).toEqual([]);
});

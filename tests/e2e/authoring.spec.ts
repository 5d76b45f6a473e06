/**
 * Building a briefing from what you see (issue 14): "Add to briefing" on the dashboard and the story, the deck
 * editor, presenting, the presenter view and the handout of a deck kept in the browser, export and import.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { Page } from "@playwright/test";
import { DEFAULT_STATE, href } from "../../lib/links";
import { loadRawDataset } from "../../lib/load";
import { briefingsFileText, captureSlide, liveViewHref, newDeck, type LocalDeck } from "../../lib/local-deck";
import { Briefing } from "../../lib/schema";
import { dataset } from "./support/dataset";
import { axeViolations, expect, SCREENS, test, waitForMap } from "./support/fixtures";
import { eventAtOneSite, siteWithEvents } from "./support/picks";

test.use({ reducedMotion: "reduce" });

const raw = loadRawDataset();
const { event } = eventAtOneSite();
const { site } = siteWithEvents();

/** Opens the dashboard at `path`, adds the view as a slide, into a new deck named `newDeck` or the one preselected. */
async function addView(page: Page, path: string, options: { newDeck?: string; slideTitle?: string } = {}) {
  await page.goto(path);
  await waitForMap(page);
  await page.getByRole("button", { name: "Add to briefing" }).click();
  const dialog = page.getByRole("dialog", { name: "Add this view to a briefing" });
  await expect(dialog).toBeVisible();
  if (options.newDeck) {
    await dialog.getByRole("radio", { name: "New deck" }).check();
    await dialog.getByLabel("New deck title").fill(options.newDeck);
  }
  if (options.slideTitle) await dialog.getByLabel("Slide title").fill(options.slideTitle);
  const title = await dialog.getByLabel("Slide title").inputValue();
  await dialog.getByRole("button", { name: "Add slide" }).click();
  await expect(dialog).toBeHidden();
  return title;
}

/** A deck of three slides, as captured views, for the tests that start from a saved deck. */
function threeSlideDeck(title: string): LocalDeck {
  const lit = (ids: string[]) => ({
    state: { ...DEFAULT_STATE, from: "2022-01-01", to: "2022-12-31" },
    camera: { center: [27.5, 53.7] as [number, number], zoom: 6 },
    litEvents: ids,
    litSites: [],
  });
  const in2022 = dataset.events.filter((e) => e.date.startsWith("2022")).map((e) => e.id);
  const slides = [0, 1, 2].map((n) => {
    const local = captureSlide(raw, lit(in2022.slice(n * 3, n * 3 + 3)));
    return { ...local, slide: { ...local.slide, title: `Slide ${"ABC"[n]}`, notes: `Notes for ${"ABC"[n]}` } };
  });
  return { ...newDeck(title, []), slides };
}

/** Saves `deck` in the browser through the import control of /brief, as a user would. */
async function seed(page: Page, deck: LocalDeck) {
  const file = join(mkdtempSync(join(tmpdir(), "tyl-seed-")), `${deck.id}.json`);
  writeFileSync(file, briefingsFileText([deck]));
  await page.goto(href.briefings());
  await page.getByLabel(/^Import a deck file/).setInputFiles(file);
  await expect(page.getByText(`Imported “${deck.title}” (${deck.slides.length} slides)`)).toBeVisible();
}

const headings = (page: Page) => page.locator(".slide-editor h3");

test("a deck built from three dashboard views is listed on /brief and kept over a reload", async ({ page }) => {
  // Several dashboard loads, each starting MapLibre on software WebGL.
  test.slow();
  const first = await addView(page, href.dashboard({ event: event.id }), { newDeck: "Rail and air" });
  expect(first).toBe(event.title);
  await expect(page.getByRole("status").filter({ hasText: `added to “Rail and air”, slide 1 of 1` })).toBeAttached();
  const second = await addView(page, href.dashboard({ site: site.id }));
  expect(second).toBe(site.name);
  const third = await addView(page, href.dashboard({ from: "2022-01-01", to: "2022-12-31", q: "rail" }), { slideTitle: "Rail in 2022" });
  expect(third).toBe("Rail in 2022");
  await expect(page.getByRole("status").filter({ hasText: "slide 3 of 3" })).toBeAttached();

  await page.goto(href.briefings());
  await page.reload();
  const local = page.getByRole("region", { name: "Your decks, kept in this browser" });
  await expect(local.getByRole("heading", { name: "Rail and air" })).toBeVisible();
  await expect(local.getByText("3 slides")).toBeVisible();
  await expect(local.getByRole("link", { name: "Present “Rail and air”" })).toHaveAttribute("href", href.localSlide("rail-and-air"));
  await expect(local.getByRole("link", { name: "Handout of “Rail and air”" })).toHaveAttribute("href", href.localHandout("rail-and-air"));
  await local.getByRole("link", { name: "Edit “Rail and air”" }).click();
  await expect(headings(page)).toHaveText([`Slide 1 of 3: ${event.title}`, `Slide 2 of 3: ${site.name}`, "Slide 3 of 3: Rail in 2022"]);
  // The third slide keeps the search, which the slide schema has no room for, in its live view.
  await expect(page.getByRole("link", { name: "Open the live view" }).nth(2)).toHaveAttribute("href", /[?&]q=rail/);
});

test("the story's Add to briefing captures a chapter, titled after it", async ({ page }) => {
  const chapter = dataset.chapters[1]!;
  await page.goto(href.story());
  const section = page.locator(`section#${chapter.id}`);
  await section.getByRole("button", { name: "Add to briefing" }).click();
  const dialog = page.getByRole("dialog", { name: "Add this view to a briefing" });
  await expect(dialog.getByLabel("Slide title")).toHaveValue(chapter.title);
  await dialog.getByLabel("New deck title").fill("From the story");
  await dialog.getByRole("button", { name: "Add slide" }).click();
  await expect(section.getByRole("status")).toContainText(`“${chapter.title}” added to “From the story”`);
  await page.goto(href.localEdit("from-the-story"));
  await expect(headings(page)).toHaveText([`Slide 1 of 1: ${chapter.title}`]);
});

test("the editor reorders by keyboard and by drag, edits, duplicates, deletes with undo, keeps it all over a reload, and passes axe", async ({ page }) => {
  await seed(page, threeSlideDeck("Editing"));
  await page.goto(href.localEdit("editing"));
  await expect(headings(page)).toHaveText(["Slide 1 of 3: Slide A", "Slide 2 of 3: Slide B", "Slide 3 of 3: Slide C"]);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Move “Slide A” down" }).click();
  await expect(headings(page)).toHaveText(["Slide 1 of 3: Slide B", "Slide 2 of 3: Slide A", "Slide 3 of 3: Slide C"]);
  await expect(page.getByRole("status").filter({ hasText: "“Slide A” moved to slide 2 of 3." })).toBeAttached();
  // Focus follows the slide, so pressing again keeps moving it.
  await expect(page.getByRole("button", { name: "Move “Slide A” down" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(headings(page)).toHaveText(["Slide 1 of 3: Slide B", "Slide 2 of 3: Slide C", "Slide 3 of 3: Slide A"]);

  // The drag's own events, as the browser sends them; Playwright's mouse drag does not start an HTML drag here.
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await page.locator(".slide-editor").nth(2).locator(".drag-handle").dispatchEvent("dragstart", { dataTransfer });
  await page.locator(".slide-editor").nth(0).dispatchEvent("dragover", { dataTransfer });
  await page.locator(".slide-editor").nth(0).dispatchEvent("drop", { dataTransfer });
  await expect(headings(page)).toHaveText(["Slide 1 of 3: Slide A", "Slide 2 of 3: Slide B", "Slide 3 of 3: Slide C"]);

  await page.getByLabel("Title", { exact: true }).first().fill("Opening the rail corridor");
  await page.getByLabel("Point 1").first().fill("Rail carried the build-up");
  await page.getByLabel("Speaker notes").first().fill("Pause on the map.");
  await page.getByRole("button", { name: "Duplicate “Opening the rail corridor”" }).click();
  await expect(headings(page)).toHaveText([
    "Slide 1 of 4: Opening the rail corridor",
    "Slide 2 of 4: Opening the rail corridor (copy)",
    "Slide 3 of 4: Slide B",
    "Slide 4 of 4: Slide C",
  ]);
  await page.getByRole("button", { name: "Delete “Slide B”" }).click();
  await expect(headings(page)).toHaveCount(3);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(headings(page).nth(2)).toHaveText("Slide 3 of 4: Slide B");
  await page.getByRole("button", { name: "Delete “Opening the rail corridor (copy)”" }).click();
  await page.getByLabel("Deck title").fill("Edited deck");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Edit “Edited deck”" })).toBeVisible();
  await expect(headings(page)).toHaveText(["Slide 1 of 3: Opening the rail corridor", "Slide 2 of 3: Slide B", "Slide 3 of 3: Slide C"]);
  await expect(page.getByLabel("Point 1").first()).toHaveValue("Rail carried the build-up");
  await expect(page.getByLabel("Speaker notes").first()).toHaveValue("Pause on the map.");
  await expect(page.getByRole("img", { name: /^Map preview of slide 1/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a local deck presents with the presenter keys, and the presenter view stays in step", async ({ page, context }) => {
  await seed(page, threeSlideDeck("Presenting"));
  await page.goto(href.localSlide("presenting"));
  await waitForMap(page);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText("Slide A");
  await page.keyboard.press("ArrowRight");
  await expect(title).toHaveText("Slide B");
  await expect(page).toHaveURL(/\/brief\/local\/?\?deck=presenting&n=2(#|$)/);
  await page.keyboard.press("End");
  await expect(title).toHaveText("Slide C");
  await page.goBack();
  await expect(title).toHaveText("Slide B");
  await page.keyboard.press("Home");
  await expect(title).toHaveText("Slide A");

  const [presenter] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("p")]);
  await expect(presenter).toHaveURL(/\/brief\/local\/presenter\/?\?deck=presenting$/);
  await expect(presenter.getByRole("heading", { name: "Now: Slide A" })).toBeVisible();
  await expect(presenter.getByText("Notes for A")).toBeVisible();
  await expect(presenter.getByRole("heading", { name: "Next: Slide B" })).toBeVisible();
  await expect(presenter.getByRole("img", { name: "Map of slide 1: Slide A" })).toBeVisible();
  await presenter.keyboard.press("ArrowRight");
  await expect(title).toHaveText("Slide B");
  await expect(page).toHaveURL(/n=2(#|$)/);
  await page.keyboard.press("ArrowRight");
  await expect(presenter.getByRole("heading", { name: "Now: Slide C" })).toBeVisible();
});

test("the handout prints a title card, a page per slide and the sources, each slide's QR code opening its live view", async ({ page }) => {
  await seed(page, threeSlideDeck("Printing"));
  await page.goto(href.localEdit("printing"));
  await page.getByRole("checkbox", { name: "Begin with a title card" }).check();
  await page.getByLabel("Author").fill("Analysis desk");
  await page.getByLabel(/^Classification or handling line/).fill("Official, for internal use");
  await page.getByRole("link", { name: "Handout" }).click();
  await expect(page.getByText("Official, for internal use")).toBeVisible();
  await expect(page.getByRole("img", { name: "Map of slide 1: Slide A" })).toBeVisible();
  await expect(page.getByText(/Dataset version [0-9a-f]{12}/).first()).toBeVisible();

  const qr = page.getByRole("img", { name: /^QR code that opens this slide's live view/ }).first();
  const shot = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  const origin = new URL(page.url()).origin;
  const deck = threeSlideDeck("Printing");
  // The import keeps the slide's window and camera; its live view is what a shipped slide's would be.
  expect(decoded?.data).toBe(`${origin}${liveViewHref({ ...deck.slides[0]!, view: `?from=2022-01-01&to=2022-12-31` })}`);

  const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1 + 3 + 1);
});

test("the shipped decks' handout has a QR code and the dataset version on every slide page", async ({ page }) => {
  const story = dataset.chapters;
  await page.goto(href.handout("story"));
  await expect(page.getByRole("img", { name: /^QR code that opens this slide's live view/ })).toHaveCount(story.length);
  await expect(page.getByText(/Dataset version [0-9a-f]{12}/)).toHaveCount(story.length);
});

test("an exported deck passes data:check in a copy of the data", async ({ page }) => {
  await addView(page, href.dashboard({ event: event.id }), { newDeck: "To ship" });
  await page.goto(href.localEdit("to-ship"));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export deck as JSON" }).click()]);
  expect(download.suggestedFilename()).toBe("to-ship.briefings.json");
  const text = readFileSync((await download.path())!, "utf8");
  expect(Briefing.safeParse(JSON.parse(text).briefings[0]).success).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), "tyl-export-"));
  try {
    cpSync(process.env.TYL_DATA_DIR ?? "data", dir, { recursive: true });
    writeFileSync(join(dir, "briefings.json"), text);
    const tsx = createRequire(import.meta.url).resolve("tsx/cli");
    const result = spawnSync(process.execPath, [tsx, "scripts/data-check.ts"], { encoding: "utf8", env: { ...process.env, TYL_DATA_DIR: dir } });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a malformed deck file shows its problems by JSON pointer and leaves the saved decks as they were", async ({ page }) => {
  const deck = threeSlideDeck("Kept safe");
  await seed(page, deck);
  const bad = briefingsFileText([{ ...deck, id: "broken" }]).replace(`"${deck.slides[0]!.slide.eventIds[0]}"`, '"no-such-event"');
  const file = join(mkdtempSync(join(tmpdir(), "tyl-bad-")), "bad-deck.json");
  writeFileSync(file, bad);
  await page.getByLabel(/^Import a deck file/).setInputFiles(file);
  await expect(page.getByText("bad-deck.json was not imported: 1 problem. Your saved decks have not changed.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Problems in the deck file" })).toContainText(
    /bad-deck\.json:\d+:\d+: \/briefings\/0\/slides\/0\/eventIds\/0: unknown event "no-such-event"/,
  );
  await page.reload();
  const local = page.getByRole("region", { name: "Your decks, kept in this browser" });
  await expect(local.getByRole("heading", { level: 3 })).toHaveText(["Kept safe"]);
  await expect(local.getByText("3 slides")).toBeVisible();
});

for (const [name, size] of Object.entries({ desktop: SCREENS.desktop, projector: SCREENS.projector, phone: SCREENS.phone })) {
  test(`the editor and a captured slide fit the ${name} screen without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize(size);
    await addView(page, href.dashboard({ site: site.id }), { newDeck: "Screens" });
    await page.goto(href.localEdit("screens"));
    await expect(page.getByRole("img", { name: /^Map preview of slide 1/ })).toBeVisible();
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await wide()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/authoring-editor-${size.width}x${size.height}.png`, fullPage: false });
    await page.goto(href.localSlide("screens"));
    await waitForMap(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(site.name);
    expect(await wide()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/authoring-slide-${size.width}x${size.height}.png` });
  });
}

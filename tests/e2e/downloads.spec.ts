import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { buildSearchIndex, applyFilters } from "../../lib/filter";
import { shownData } from "../../lib/downloads";
import { parseViewState } from "../../lib/links";
import { dataset, shippedVersion } from "./support/dataset";
import { axeViolations, expect, test, waitForMap } from "./support/fixtures";
import type { Download, Page } from "@playwright/test";

/**
 * Issue 12, part 4: the Download menu gives exactly what is on screen, and each file opens again through
 * "Open your data" as the same events and sites. Part 2 of the same issue: links carry the version as `v=`.
 */

test.use({ reducedMotion: "reduce", acceptDownloads: true });

const VIEW = "?from=2021-01-01&to=2024-12-31&cat=logistics,military";
const state = parseViewState(VIEW);
const filtered = applyFilters(dataset, buildSearchIndex(dataset), state);
const expected = shownData(dataset, filtered.inWindow, filtered.sites);

const banner = (page: Page) => page.getByRole("region", { name: "Dataset on screen" });

async function download(page: Page, label: string): Promise<Download> {
  await page.locator("summary", { hasText: "Download" }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: new RegExp(`^${label} \\(`) }).click()]);
  return file;
}

async function reopen(page: Page, file: string) {
  await banner(page).getByRole("button", { name: "Open your data" }).click();
  const dialog = page.getByRole("dialog", { name: "Open your data" });
  await dialog.getByLabel("Choose files, or drop them here").setInputFiles(file);
  await expect(dialog.getByRole("status")).toContainText(`${expected.events.length} events at ${expected.sites.length} sites`);
  await dialog.getByRole("button", { name: "Close" }).click();
}

/** The number of events the list shows and the ids of the sites the site list shows, as a reader sees them. */
async function onScreen(page: Page) {
  const events = Number((await page.getByRole("button", { name: /^Events \d+$/ }).innerText()).replace(/\D+/g, ""));
  await page.getByRole("button", { name: /^Sites \d+$/ }).click();
  const sites = await page.locator(".side-panel [data-site-id]").evaluateAll((els) => els.map((el) => el.getAttribute("data-site-id")));
  await page.getByRole("button", { name: /^Events \d+$/ }).click();
  return { events, sites: [...new Set(sites)].sort() };
}

/** The time window of VIEW without its filters: a re-opened download holds only what passed them. */
const WINDOW = "?from=2021-01-01&to=2024-12-31";

for (const format of ["CSV", "JSON", "GeoJSON"] as const) {
  test(`the ${format} download holds the view and re-opens as the same events and sites`, async ({ page }, info) => {
    await page.goto(`/${VIEW}`);
    await waitForMap(page);
    const before = await onScreen(page);
    expect(before.events).toBe(expected.events.length);

    const file = await download(page, format);
    const name = file.suggestedFilename();
    expect(name).toMatch(new RegExp(`^tyl-belarus-as-russia-s-rear-base-shipped-${shippedVersion}\\.(csv\\.zip|json|geojson)$`));
    await expect(page.getByRole("status").filter({ hasText: `Downloaded ${name}: ${expected.events.length} events` })).toHaveCount(1);
    const saved = path.join(info.outputDir, name);
    await file.saveAs(saved);

    const bytes = readFileSync(saved);
    const meta = format === "CSV" ? strFromU8(unzipSync(bytes)["README.txt"]!) : JSON.stringify((JSON.parse(bytes.toString("utf8")) as { meta: unknown }).meta);
    expect(meta).toContain(shippedVersion);
    expect(meta).toContain("1 Jan 2021 – 31 Dec 2024; category: Military, Logistics");
    expect(meta).toContain("shipped with Tyl");
    expect(meta).toContain(`v=${shippedVersion}`);

    await reopen(page, saved);
    await expect(banner(page)).toContainText(`Your data: ${name}`);
    // Over a reload, in the same window with no filters: every event and site of the download, and nothing else.
    await page.goto(`/${WINDOW}`);
    await expect(banner(page)).toContainText(`Your data: ${name}`);
    await waitForMap(page);
    expect(await onScreen(page)).toEqual({ events: expected.events.length, sites: expected.sites.map((s) => s.id).sort() });
    for (const event of expected.events) await expect(page.locator(`.timeline [data-event-id="${event.id}"]`)).toHaveCount(1);
  });
}

test("the Download menu is reached and closed from the keyboard, and passes axe", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  const summary = page.locator("summary", { hasText: "Download" });
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /^GeoJSON \(/ })).toBeVisible();
  await expect(page.locator(".download-body")).toContainText(`dataset version ${shippedVersion}`);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: /^GeoJSON \(/ })).toBeHidden();
  await expect(summary).toBeFocused();
});

test("a link carries the version; one made with other data says so, with both versions, and still opens its view", async ({ page }, info) => {
  // Several dashboard loads, each starting MapLibre on software WebGL.
  test.slow();
  const event = dataset.events.find((e) => e.siteIds.length > 0 && e.date >= "2021")!;
  await page.goto(`/?event=${event.id}&v=${shippedVersion}`);
  await waitForMap(page);
  await expect(page.getByText(/This link was made with dataset version/)).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/event=/);
  await expect(page).toHaveURL(new RegExp(`[?&]v=${shippedVersion}(&|#|$)`));

  await page.goto(`/?event=${event.id}&v=0123456789ab`);
  await waitForMap(page);
  const notice = page.getByRole("status").filter({ hasText: "This link was made with dataset version" });
  await expect(notice).toContainText(`This link was made with dataset version 0123456789ab; the data on screen is version ${shippedVersion}.`);
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await page.screenshot({ path: path.join(info.outputDir, "version-notice.png") });
  expect(await axeViolations(page)).toEqual([]);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);

  // A malformed version is no claim about the data: no notice, and the view opens.
  await page.goto(`/?event=${event.id}&v=not-a-version`);
  await waitForMap(page);
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  await expect(page.getByText(/This link was made with dataset version/)).toHaveCount(0);
});

test("a link made with the reader's own data opens against it without a notice, and against the shipped data with one", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  await banner(page).getByRole("button", { name: "Open your data" }).click();
  const dialog = page.getByRole("dialog", { name: "Open your data" });
  await dialog.getByLabel("Choose files, or drop them here").setInputFiles(["templates/sources.csv", "templates/sites.csv", "templates/events.csv"]);
  await expect(dialog.getByRole("status")).toContainText("Opened");
  await dialog.getByRole("button", { name: "Close" }).click();
  const own = (await banner(page).locator(".dataset-banner-version").innerText()).replace("version ", "");
  expect(own).toMatch(/^[0-9a-f]{12}$/);
  await page.goto(`/?v=${own}`);
  await expect(banner(page)).toContainText("Your data");
  await expect(page.getByText(/This link was made with dataset version/)).toHaveCount(0);

  await banner(page).getByRole("button", { name: "Return to the shipped dataset" }).click();
  await page.goto(`/?v=${own}`);
  await expect(banner(page)).toContainText("shipped with Tyl");
  await expect(page.getByRole("status").filter({ hasText: `dataset version ${own}; the data on screen is version ${shippedVersion}` })).toHaveCount(1);
});

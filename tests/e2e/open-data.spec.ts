import { readFileSync } from "node:fs";
import { importFiles } from "../../lib/import";
import { dataset } from "./support/dataset";
import { inDefaultWindow } from "./support/picks";
import { axeViolations, expect, test, waitForMap } from "./support/fixtures";
import type { Page } from "@playwright/test";

test.use({ reducedMotion: "reduce" });

const SET = ["sources.csv", "sites.csv", "events.csv"];
const templates = SET.map((n) => `templates/${n}`);
const fixtureSet = (dir: string) => SET.map((n) => `tests/fixtures/import/${dir}/${n}`);
const ACLED = "tests/fixtures/import/acled/acled-export.csv";
const expected = (paths: readonly string[]) => importFiles(paths.map((p) => ({ name: p.split("/").pop()!, content: new Uint8Array(readFileSync(p)) })));

async function openFiles(page: Page, paths: readonly string[]) {
  const dialog = page.getByRole("dialog", { name: "Open your data" });
  if (!(await dialog.isVisible())) await page.getByRole("button", { name: "Open your data" }).click();
  await dialog.getByLabel("Choose files, or drop them here").setInputFiles([...paths]);
  return dialog;
}

/** Events the default window (2020–2025) shows, by id: earlier context events are outside it. */
const shownByDefault = (events: readonly { id: string; date: string }[]) => events.filter((e) => e.date >= "2020" && e.date < "2026");
const shippedEvent = dataset.events.find(inDefaultWindow)!;

const banner = (page: Page) => page.getByRole("region", { name: "Dataset on screen" });

test("the template CSV set opens: its events on the timeline and in the list, its sites on the map's list, kept over a reload", async ({ page }) => {
  const { data } = expected(templates);
  await page.goto("/");
  await waitForMap(page);
  await expect(banner(page)).toContainText("shipped with Tyl");
  await expect(banner(page)).toContainText(/version [0-9a-f]{12}/);
  const dialog = await openFiles(page, templates);
  await expect(dialog.getByRole("status")).toContainText(`${data.events.length} events at ${data.sites.length} sites`);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(banner(page)).toContainText("Your data: sources.csv, sites.csv, events.csv");
  for (const event of shownByDefault(data.events)) await expect(page.locator(`.timeline [data-event-id="${event.id}"]`)).toHaveCount(1);
  await expect(page.locator(`.timeline [data-event-id="${shippedEvent.id}"]`)).toHaveCount(0);
  await waitForMap(page);

  await page.reload();
  await expect(banner(page)).toContainText("Your data: sources.csv, sites.csv, events.csv");
  await expect(page.locator(`.timeline [data-event-id="${shownByDefault(data.events)[0]!.id}"]`)).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  await banner(page).getByRole("button", { name: "Return to the shipped dataset" }).click();
  await expect(banner(page)).toContainText("shipped with Tyl");
  await page.reload();
  await expect(banner(page)).toContainText("shipped with Tyl");
  await expect(page.locator(`.timeline [data-event-id="${shownByDefault(data.events)[0]!.id}"]`)).toHaveCount(0);
});

test("an ACLED export opens: its events on the timeline and its places in the site list", async ({ page }) => {
  const { data } = expected([ACLED]);
  await page.goto("/?from=2020-01-01&to=2025-12-31");
  await waitForMap(page);
  const dialog = await openFiles(page, [ACLED]);
  await expect(dialog.getByRole("status")).toContainText(`${data.events.length} events`);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(banner(page)).toContainText("Your data: acled-export.csv");
  for (const event of shownByDefault(data.events)) await expect(page.locator(`.timeline [data-event-id="${event.id}"]`)).toHaveCount(1);
  await page.getByRole("button", { name: /^Sites \d+$/ }).click();
  for (const site of data.sites) await expect(page.locator(`[data-site-id="${site.id}"]`).first()).toBeAttached();
});

const MALFORMED = ["ambiguous-date", "missing-column", "non-numeric-coordinate", "swapped-coordinates", "duplicate-id", "empty-file", "binary"];

test("each malformed file lists its file, row and column, and the data on screen stays", async ({ page }) => {
  const { data } = expected(templates);
  await page.goto("/");
  await waitForMap(page);
  const dialog = await openFiles(page, templates);
  await expect(dialog.getByRole("status")).toContainText("Opened");
  for (const kind of MALFORMED) {
    const { problems } = expected(fixtureSet(kind));
    expect(problems.length, kind).toBeGreaterThan(0);
    await openFiles(page, fixtureSet(kind));
    await expect(dialog.getByRole("status")).toContainText(`Not opened: ${problems.length} problem`);
    const first = problems[0]!;
    const row = dialog
      .getByRole("row")
      .filter({ hasText: first.message.slice(0, 40) })
      .first();
    await expect(row.getByRole("cell").nth(0)).toHaveText(first.file);
    await expect(row.getByRole("cell").nth(1)).toHaveText(first.row === undefined ? "whole file" : String(first.row));
    await expect(row.getByRole("cell").nth(2)).toHaveText(first.column ?? "—");
    await expect(banner(page)).toContainText("Your data: sources.csv, sites.csv, events.csv");
    await expect(page.locator(`.timeline [data-event-id="${shownByDefault(data.events)[0]!.id}"]`)).toHaveCount(1);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test("a byte-order mark, semicolons, tabs and quoted newlines open", async ({ page }) => {
  await page.goto("/");
  await waitForMap(page);
  for (const kind of ["bom", "semicolon", "tab", "quoted-newline"]) {
    const { data } = expected(fixtureSet(kind));
    const dialog = await openFiles(page, fixtureSet(kind));
    await expect(dialog.getByRole("status")).toContainText(`Opened sources.csv, sites.csv, events.csv: ${data.events.length} events`);
  }
});

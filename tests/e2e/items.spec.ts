/**
 * Issue 13: a citable page for every event, site and source, and the figures ledger. The pages are read with
 * JavaScript off, as a reader behind a strict proxy or a print pipeline would; "Cite this" is then checked with
 * JavaScript on, since the access date is the reader's day. Screenshots under test-results/screenshots are for
 * review by eye and compared with nothing.
 */
import { bySource } from "../../lib/citations";
import { dayOf, formatDay } from "../../lib/citation";
import { CONFIDENCE_TEXT, formatFigure, formatWhen } from "../../lib/format";
import { claimsOf, eventsAtSite } from "../../lib/items";
import { dataset } from "./support/dataset";
import { axeViolations, expect, SCREENS, test } from "./support/fixtures";

/** An event at a site with at least two sources, one cited at a section: the fullest page to read. */
const event = dataset.events.find((e) => e.siteIds.length > 0 && new Set(e.sources.map((c) => c.sourceId)).size > 1 && e.sources.some((c) => c.section))!;
const site = dataset.siteById.get(event.siteIds[0]!)!;
const source = dataset.sourceById.get(event.sources[0]!.sourceId)!;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an event's page shows its date, confidence, attribution, sources with sections, sites, a map and the way to the dashboard", async ({ page }) => {
    await page.goto(`/events/${event.id}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
    await expect(main.getByText(formatWhen(event), { exact: true })).toBeVisible();
    await expect(main.getByText(CONFIDENCE_TEXT[event.confidence].label, { exact: true })).toBeVisible();
    await expect(main.getByText(/^Who says so: /)).toBeVisible();
    for (const { sourceId, sections } of bySource(event.sources)) {
      const item = main.locator(".source-list li").filter({ has: page.getByRole("link", { name: dataset.sourceById.get(sourceId)!.title, exact: true }) });
      await expect(item).toBeVisible();
      for (const section of sections) await expect(item).toContainText(section);
    }
    await expect(main.getByRole("link", { name: site.name, exact: true })).toHaveAttribute("href", `/sites/${site.id}`);
    await expect(main.getByRole("img", { name: /^Map of where it happened/ })).toBeVisible();
    await expect(main.getByRole("link", { name: "Open on the dashboard" })).toHaveAttribute("href", `/?event=${event.id}`);
    await expect(main.getByText(/^Dataset version [0-9a-f]{12}, accessed on the day you read this\.$/)).toBeVisible();
  });

  test("a site's page shows where it is, its events in order, its sources and a map", async ({ page }) => {
    await page.goto(`/sites/${site.id}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: site.name })).toBeVisible();
    await expect(main.getByText(`within about ${site.precisionKm} km`)).toBeVisible();
    const events = eventsAtSite(site.id, dataset);
    await expect(main.locator(".item-links li")).toHaveText(events.map((e) => `${formatWhen(e)} ${e.title}`));
    await expect(main.locator(".source-list li")).toHaveCount(bySource(site.sources).length);
    await expect(main.getByRole("img", { name: `Map of ${site.name} and the sites around it` })).toBeVisible();
    await expect(main.getByRole("link", { name: "Open on the dashboard" })).toHaveAttribute("href", `/?site=${site.id}`);
  });

  test("a source's page shows what it is and every claim resting on it, with the section cited, and a map", async ({ page }) => {
    await page.goto(`/sources/${source.id}`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: source.title })).toBeVisible();
    const claims = claimsOf(source.id, dataset);
    await expect(main.getByRole("heading", { name: `Events citing it (${claims.events.length})` })).toBeVisible();
    const row = main.locator(".item-links li").filter({ has: page.getByRole("link", { name: event.title }) });
    for (const section of bySource(event.sources).find((c) => c.sourceId === source.id)!.sections) await expect(row).toContainText(section);
    await expect(main.getByRole("img", { name: /^Map of / })).toBeVisible();
    await expect(main.getByRole("link", { name: "This source in the list of all sources" })).toHaveAttribute("href", `/sources#${source.id}`);
  });

  test("the figures ledger shows every figure with its source, conflicting numbers side by side, and a map", async ({ page }) => {
    await page.goto("/figures");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "Every figure the documents give" })).toBeVisible();
    await expect(main.locator(".figure-ledger tbody tr")).toHaveCount(dataset.figures.length);
    const figure = dataset.figures.find((f) => f.section)!;
    const row = main
      .locator(".figure-ledger tbody tr")
      .filter({ hasText: formatFigure(figure) })
      .first();
    await expect(row.getByRole("link", { name: dataset.sourceById.get(figure.sourceId)!.title })).toHaveAttribute("href", `/sources/${figure.sourceId}`);
    const conflicting = main.locator("caption", { hasText: "the sources disagree" });
    expect(await conflicting.count()).toBeGreaterThan(0);
    await expect(main.getByRole("img", { name: /^Map of / })).toBeVisible();
  });

  test("the list of all sources links each entry to its page and keeps its anchor", async ({ page }) => {
    await page.goto(`/sources#${source.id}`);
    const entry = page.locator(`li#${source.id}`);
    await expect(entry).toBeVisible();
    await entry.getByRole("link", { name: source.title }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${source.id}/?$`));
    await expect(page.getByRole("heading", { level: 2, name: source.title })).toBeVisible();
  });

  test("printed, an item page keeps its map and citation and drops the dashboard link and downloads", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto(`/events/${event.id}`);
    await expect(page.getByRole("img", { name: /^Map of where it happened/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Cite this" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Open on the dashboard" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Download BibTeX" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Views" })).toBeHidden();
  });

  test("screenshots of the item pages at desktop and phone size, for review", async ({ page }) => {
    for (const [name, path] of [
      ["event", `/events/${event.id}`],
      ["site", `/sites/${site.id}`],
      ["figures", "/figures"],
    ] as const) {
      for (const screen of ["desktop", "phone"] as const) {
        await page.setViewportSize(SCREENS[screen]);
        await page.goto(path);
        await expect(page.getByRole("img", { name: /^Map of / })).toBeVisible();
        await page.screenshot({ path: `test-results/screenshots/item-${name}-${screen}.png`, fullPage: screen === "phone" });
      }
    }
  });
});

for (const path of [`/events/${event.id}`, `/sites/${site.id}`, `/sources/${source.id}`, "/figures"]) {
  test(`${path} (with JavaScript, which axe needs) is axe-clean, fits a phone without scrolling sideways and says what it is to search engines`, async ({
    page,
  }) => {
    await page.setViewportSize(SCREENS.phone);
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREENS.phone.width);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path.replace(/[/]/g, "\\/")}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", / — Tyl$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S/);
  });
}

test("Cite this fills in today's date and offers CSL-JSON and BibTeX that name the page, its URL and the dataset version", async ({ page }) => {
  await page.goto(`/events/${event.id}`);
  const today = dayOf(new Date());
  const cite = page.getByRole("region", { name: "Cite this" });
  await expect(cite.getByText(new RegExp(`^Dataset version [0-9a-f]{12}, accessed ${formatDay(today)}\\.$`))).toBeVisible();
  const version = (await cite.locator("code").innerText()).trim();
  await expect(cite.getByText(/^Tyl\. “/)).toContainText(`${event.title}`);
  await expect(cite.getByText(/^Tyl\. “/)).toContainText(`/events/${event.id}. Accessed `);
  await expect(cite.getByText(/^Tyl\. \(n\.d\.\)/)).toContainText(`dataset version ${version}`);

  const [csl] = await Promise.all([page.waitForEvent("download"), cite.getByRole("link", { name: "Download CSL-JSON" }).click()]);
  expect(csl.suggestedFilename()).toBe(`tyl-event-${event.id}.json`);
  const entry = JSON.parse(await streamText(await csl.createReadStream()))[0];
  expect(entry).toMatchObject({ title: event.title, version, accessed: { "date-parts": [[today.year, today.month, today.day]] } });
  expect(entry.URL).toMatch(new RegExp(`/events/${event.id}$`));

  const [bib] = await Promise.all([page.waitForEvent("download"), cite.getByRole("link", { name: "Download BibTeX" }).click()]);
  expect(bib.suggestedFilename()).toBe(`tyl-event-${event.id}.bib`);
  expect(await streamText(await bib.createReadStream())).toMatch(new RegExp(`^@misc\\{tyl-event-${event.id},[\\s\\S]*version = \\{${version}\\}`));
});

for (const kind of ["event", "site"] as const) {
  test(`every link in the dashboard's ${kind} details reaches a page`, async ({ page, request }) => {
    await page.goto(kind === "event" ? `/?event=${event.id}` : `/?site=${site.id}`);
    const panel = page.getByRole("region", { name: kind === "event" ? "Event details" : "Site details" });
    await expect(panel.getByRole("link", { name: kind === "event" ? "Page for this event" : "Page for this site" })).toBeVisible();
    const hrefs = await panel.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const own = hrefs.filter((h) => h.startsWith("/"));
    expect(own).toEqual(
      expect.arrayContaining([
        kind === "event" ? `/events/${event.id}` : `/sites/${site.id}`,
        ...bySource((kind === "event" ? event : site).sources).map((c) => `/sources/${c.sourceId}`),
      ]),
    );
    for (const path of own) expect((await request.get(path)).status(), path).toBe(200);
    await panel.getByRole("link", { name: kind === "event" ? "Page for this event" : "Page for this site" }).click();
    await expect(page.getByRole("heading", { level: 2, name: kind === "event" ? event.title : site.name })).toBeVisible();
  });
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

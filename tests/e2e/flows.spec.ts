import type { Page } from "@playwright/test";
import { activeFlows, arcPoints, lanesOf } from "../../lib/flows";
import { windowOf } from "../../lib/filter";
import { dataset } from "./support/dataset";
import { axeViolations, expect, test } from "./support/fixtures";
import { areaShot, differingPixels, mapSettled, screenPosition } from "./support/map";

test.use({ reducedMotion: "reduce" });

/** The 65,000-tonne ammunition flow of March–September 2022, Minsk to Moscow, and a window it runs in. */
const FLOW = dataset.flowById.get("ammunition-to-russia-mar-sep-2022")!;
const IN_WINDOW = "from=2022-03-01&to=2022-09-30";
/** 2020: no flow in the data runs then. */
const NO_FLOWS = "from=2020-01-01&to=2020-12-31";
const VIEW = "#map=5/54.6/32.5";

/** Where on the page the middle of the flow's arc is drawn, with the lane the map gives it in that window. */
async function arcMiddle(page: Page): Promise<{ x: number; y: number }> {
  const shown = activeFlows(dataset.flows, windowOf({ from: "2022-03-01", to: "2022-09-30" }));
  const lane = lanesOf(shown).get(FLOW.id) ?? 0;
  const points = arcPoints(dataset.siteById.get(FLOW.from)!.coordinates, dataset.siteById.get(FLOW.to)!.coordinates, lane);
  const [lon, lat] = points[Math.floor(points.length / 2)]!;
  return screenPosition(page, lon, lat);
}

test("flows appear and disappear with the time window, on the map and in the Flows list", async ({ page }) => {
  await page.goto(`/?${NO_FLOWS}${VIEW}`);
  await mapSettled(page);
  await expect(page.getByRole("button", { name: /^Network 0 flows in the time window/ })).toBeVisible();
  const at = await arcMiddle(page);
  const without = await areaShot(page, at, 24);
  await page.getByRole("button", { name: /^Flows/ }).click();
  await expect(page.getByText("No flows run in this time window.")).toBeVisible();

  await page.goto(`/?${IN_WINDOW}${VIEW}`);
  await mapSettled(page);
  const count = activeFlows(dataset.flows, windowOf({ from: "2022-03-01", to: "2022-09-30" })).length;
  await expect(page.getByRole("button", { name: new RegExp(`^Network ${count} flows in the time window, shown`) })).toBeVisible();
  expect(differingPixels(without, await areaShot(page, at, 24)), "the arc is drawn where it runs").toBeGreaterThan(20);
  await page.getByRole("button", { name: /^Flows/ }).click();
  await expect(page.getByRole("list", { name: "Flows in the time window" })).toContainText(FLOW.what);
});

test("selecting a flow lights its sites and events, and a site or event leads back to its flows", async ({ page }) => {
  await page.goto(`/?${IN_WINDOW}${VIEW}`);
  await mapSettled(page);
  await page.mouse.click(...(Object.values(await arcMiddle(page)) as [number, number]));
  await expect(page).toHaveURL(new RegExp(`[?&]flow=${FLOW.id}(&|#|$)`));
  const details = page.getByRole("region", { name: "Flow details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(FLOW.what);
  await expect(details).toContainText("65,000");
  await expect(page.getByRole("status").filter({ hasText: "Selected flow:" })).toHaveCount(1);

  const event = dataset.eventById.get(FLOW.eventIds![0]!)!;
  await details.getByRole("button", { name: new RegExp(event.title) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|#|$)`));
  await expect(page.getByRole("heading", { level: 2, name: event.title })).toBeVisible();
  // …and the event leads back to the flow it reports.
  const eventDetails = page.getByRole("region", { name: "Event details" });
  await expect(eventDetails.getByRole("heading", { level: 3, name: /^Flows it reports/ })).toBeVisible();
  await eventDetails.getByRole("button", { name: new RegExp(FLOW.what) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]flow=${FLOW.id}(&|#|$)`));

  await page.goto("/?site=peleng");
  const site = page.getByRole("region", { name: "Site details" });
  const peleng = dataset.flowById.get("shenzhen-5g-parts-to-peleng")!;
  await site.getByRole("button", { name: new RegExp(peleng.what) }).click();
  await expect(page).toHaveURL(/[?&]flow=shenzhen-5g-parts-to-peleng(&|#|$)/);
  await page.getByRole("region", { name: "Flow details" }).getByRole("button", { name: "Shenzhen" }).click();
  await expect(page).toHaveURL(/[?&]site=shenzhen(&|#|$)/);
});

test("the server-drawn static map draws a site's flows", async ({ page }) => {
  await page.goto("/sites/peleng");
  const map = page.locator("svg.static-map, svg[role=img]").first();
  await expect(map.locator('[data-flow="shenzhen-5g-parts-to-peleng"] path').first()).toBeAttached();
  await expect(map.locator('[data-flow="shenzhen-5g-parts-to-peleng"] title')).toHaveText(dataset.flowById.get("shenzhen-5g-parts-to-peleng")!.what);
});

test("the Network toggle hides and shows the flows from the keyboard, and the URL keeps it", async ({ page }) => {
  await page.goto(`/?${IN_WINDOW}${VIEW}`);
  await mapSettled(page);
  const at = await arcMiddle(page);
  const shown = await areaShot(page, at, 24);
  const toggle = page.getByRole("button", { name: /^Network/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page).toHaveURL(/[?&]network=off(&|#|$)/);
  await expect(page.getByRole("status").filter({ hasText: /^Supply network hidden\.$/ })).toHaveCount(1);
  await mapSettled(page);
  expect(differingPixels(shown, await areaShot(page, at, 24)), "the arc is gone").toBeGreaterThan(20);
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page).not.toHaveURL(/network=off/);
});

test("the dashboard with a flow selected passes axe", async ({ page }) => {
  await page.goto(`/?flow=${FLOW.id}&${IN_WINDOW}`);
  await mapSettled(page);
  await page.getByRole("button", { name: /^Flows/ }).click();
  expect(await axeViolations(page)).toEqual([]);
});

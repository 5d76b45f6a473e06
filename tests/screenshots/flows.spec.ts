/**
 * Pictures of the supply network (issue 15) for eyes, written to /work/shots/flows/ (or SHOTS_DIR): the
 * dashboard with a flow selected at desktop and phone size, and a slide that names flows on a projector.
 * Nothing compares them; tests/e2e/flows.spec.ts tests what a user relies on.
 */
import type { Page } from "@playwright/test";
import { SCREENS, test } from "../e2e/support/fixtures";
import { mapSettled } from "../e2e/support/map";

test.use({ reducedMotion: "reduce" });

const dir = process.env.SHOTS_DIR ?? "test-results/screenshots";
const save = (page: Page, name: string) => page.screenshot({ path: `${dir}/${name}.png` });

test("the dashboard with the 2022 ammunition flow selected, desktop", async ({ page }) => {
  await page.setViewportSize(SCREENS.desktop);
  await page.goto("/?flow=ammunition-to-russia-mar-sep-2022&from=2022-01-01&to=2023-02-28#map=5.2/54.2/31.5");
  await mapSettled(page);
  await save(page, "flows-dashboard-1440x900");
  await page.goto("/?from=2022-01-01&to=2024-12-31#map=4.6/54/31");
  await mapSettled(page);
  await save(page, "flows-network-1440x900");
});

test("the dashboard with a flow selected, phone", async ({ page }) => {
  await page.setViewportSize(SCREENS.phone);
  await page.goto("/?flow=helicopters-to-baranovichi-for-repair&from=2024-01-01&to=2024-12-31");
  await mapSettled(page);
  await save(page, "flows-dashboard-390x844");
});

test("a slide that names flows, projector", async ({ page }) => {
  await page.setViewportSize(SCREENS.projector);
  await page.goto("/brief/arms-industry/1");
  await mapSettled(page);
  await save(page, "flows-slide-1920x1080");
  await page.goto("/brief/arms-industry/2");
  await mapSettled(page);
  await save(page, "flows-slide2-1920x1080");
});

import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config";
import { dataset } from "./support/dataset";
import { expect, test } from "./support/fixtures";

test("where WebGL is unavailable the dashboard shows the static map and keeps every view working", async ({ baseURL }) => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--disable-webgl", "--disable-webgl2", "--disable-3d-apis"],
  });
  try {
    const page = await browser.newPage({ baseURL, viewport: { width: 1440, height: 900 } });
    await page.goto("/");
    await expect(page.locator('[data-map-state="static"]')).toBeVisible();
    await expect(page.getByRole("note")).toContainText("WebGL is unavailable");
    await expect(page.getByRole("img", { name: `Static map of the ${dataset.sites.length} sites` })).toBeVisible();
    const event = dataset.events.find((e) => e.interval.start.getUTCFullYear() >= 2020)!;
    await page.locator(`.row-list [data-event-id="${event.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
  } finally {
    await browser.close();
  }
});

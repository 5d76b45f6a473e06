import { axeViolations, expect, test, waitForMap } from "./support/fixtures";

test.describe("the home page", () => {
  test("draws the map with WebGL2 and reports no map error", async ({ page, pageErrors }) => {
    await page.goto("/");
    await waitForMap(page);
    const webgl2 = await page.locator("canvas.maplibregl-canvas").evaluate((canvas: HTMLCanvasElement) => canvas.getContext("webgl2") !== null);
    expect(webgl2).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  test("keeps the map view in the URL hash", async ({ page }) => {
    await page.goto("/#map=7/53.9/27.56");
    await waitForMap(page);
    await expect(page).toHaveURL(/#map=7(\.\d+)?\/53\.9\d*\/27\.56\d*/);
  });

  test("has no axe violations", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("requests nothing from beyond its own origin", async ({ page, requests, baseURL }) => {
    await page.goto("/");
    await waitForMap(page);
    await page.waitForLoadState("networkidle");
    const origin = new URL(baseURL!).origin;
    const foreign = requests.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin);
    expect(requests.length).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
  });
});

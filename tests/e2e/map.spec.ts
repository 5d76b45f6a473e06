import { dataset } from "./support/dataset";
import { expect, test } from "./support/fixtures";
import { mapSettled, screenPosition } from "./support/map";
import { siteWithEvents } from "./support/picks";

test.use({ reducedMotion: "reduce" });

test("hovering a site on the map shows its name, kind and number of events", async ({ page }) => {
  const { site } = siteWithEvents();
  const [lon, lat] = site.coordinates;
  await page.goto(`/#map=8/${lat}/${lon}`);
  await mapSettled(page);
  const at = await screenPosition(page, lon, lat);
  await page.mouse.move(at.x, at.y);
  await expect(page.locator(".map-tooltip")).toContainText(site.name);
  await expect(page.locator(".map-tooltip")).toContainText(`${dataset.eventsBySite.get(site.id)?.length ?? 0} event`);
});

test("sites that share a point stay reachable: the cluster offers each of them", async ({ page }) => {
  const groups = new Map<string, typeof dataset.sites>();
  for (const s of dataset.sites) groups.set(s.coordinates.join(","), [...(groups.get(s.coordinates.join(",")) ?? []), s]);
  const stack = [...groups.values()].find((g) => g.length > 1);
  expect(stack, "the dataset should have sites sharing a point").toBeDefined();
  const [lon, lat] = stack![0]!.coordinates;
  await page.goto(`/#map=12/${lat}/${lon}`);
  await mapSettled(page);
  const at = await screenPosition(page, lon, lat);
  await page.mouse.click(at.x, at.y);
  const chooser = page.locator(".cluster-chooser");
  await expect(chooser).toContainText(`${stack!.length} sites share this point`);
  const target = stack![1]!;
  await chooser.getByRole("button", { name: target.name }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]site=${target.id}(&|#|$)`));
  await expect(page.getByRole("heading", { level: 2, name: target.name })).toBeVisible();
});

test("a selection is announced to screen readers through a polite live region", async ({ page }) => {
  const { site } = siteWithEvents();
  await page.goto("/");
  await mapSettled(page);
  await page.getByRole("button", { name: /^Sites/ }).click();
  await page.locator(`[data-site-id="${site.id}"]`).click();
  await expect(page.getByRole("status").filter({ hasText: "Selected site" })).toHaveText(
    new RegExp(`Selected site: ${site.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );
});

test("dragging the timeline pans the window", async ({ page }) => {
  await page.goto("/?from=2022-01-01&to=2022-12-31");
  await mapSettled(page);
  const box = (await page.locator(".timeline-plot svg").boundingBox())!;
  const y = box.y + 12;
  await page.mouse.move(box.x + box.width * 0.6, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2022-0[4-6]/);
});

import { expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";

test.use({ reducedMotion: "reduce" });

const DAY = 86_400_000;
const urlWindow = (page: import("@playwright/test").Page) => {
  const query = new URL(page.url()).searchParams;
  return { from: Date.parse(`${query.get("from")}T00:00:00Z`), to: Date.parse(`${query.get("to")}T00:00:00Z`) };
};
const brushBox = async (page: import("@playwright/test").Page) => (await page.locator(".overview .selection").boundingBox())!;

test("dragging the overview's brush pans the window and the URL records it", async ({ page }) => {
  await page.goto("/?from=2022-01-01&to=2022-12-31");
  await mapSettled(page);
  const box = await brushBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + box.width, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(/from=2022-01-01/);
  const { from, to } = urlWindow(page);
  expect(Math.abs(from - Date.UTC(2023, 0, 1)) / DAY, "moved by about its own length").toBeLessThan(20);
  expect(Math.abs(to - from - 364 * DAY) / DAY, "kept its length").toBeLessThan(3);
  await expect(page.locator(".timeline-window")).not.toHaveText("1 Jan 2022 – 31 Dec 2022");
});

test("dragging an edge of the brush resizes the window", async ({ page }) => {
  await page.goto("/?from=2022-01-01&to=2022-12-31");
  await mapSettled(page);
  const box = await brushBox(page);
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 2 * box.width, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(/to=2022-12-31/);
  const { from, to } = urlWindow(page);
  expect(from).toBe(Date.UTC(2022, 0, 1));
  expect(Math.abs(to - Date.UTC(2023, 11, 31)) / DAY, "the end followed the edge by about a year").toBeLessThan(30);
});

test("the brush follows the window when the URL, the buttons or the keys move it", async ({ page }) => {
  await page.goto("/?from=2021-01-01&to=2021-12-31");
  await mapSettled(page);
  const first = await brushBox(page);
  await page.goto("/?from=2023-01-01&to=2023-12-31");
  await mapSettled(page);
  const later = await brushBox(page);
  expect(later.x - first.x).toBeCloseTo(2 * first.width, -1);
  await page.getByRole("button", { name: "Later" }).click();
  await expect.poll(async () => (await brushBox(page)).x).toBeGreaterThan(later.x + first.width / 8);
  await page.getByRole("listbox", { name: /^Timeline/ }).focus();
  await page.keyboard.press("-");
  await expect.poll(async () => (await brushBox(page)).width).toBeGreaterThan(first.width * 1.5);
});

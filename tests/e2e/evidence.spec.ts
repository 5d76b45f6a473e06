/**
 * What the second evidence pass (issue 11) shows a reader: how a date is known, who asserts a claim, how many
 * independent sources it rests on, and the filter that keeps only events with two or more.
 */
import { expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";

test.use({ reducedMotion: "reduce" });

test("an event known only by a report's date says so in its details, on the timeline and in the list", async ({ page }) => {
  await page.goto("/?event=baranovichi-558-kamikaze-drone-project");
  await mapSettled(page);
  const details = page.getByRole("region", { name: "Event details" });
  await expect(details.getByText(/^When: known by 2023.*when it happened is not stated\.$/)).toBeVisible();
  await expect(details.getByText(/^Who says so: according to observers, monitors or the media · \d+ independent sources?$/)).toBeVisible();
  await expect(details.locator("time")).toHaveText("by 2023");
  const mark = page.locator('.timeline [data-event-id="baranovichi-558-kamikaze-drone-project"]');
  await expect(mark).toHaveAttribute("aria-label", /, by 2023$/);
  await expect(mark).toHaveClass(/mark-known-by/);
  await expect(page.locator("#event-row-baranovichi-558-kamikaze-drone-project time")).toHaveText("by 2023");
});

test("the independent-sources filter narrows every view, is counted, kept in the URL and cleared", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  const events = page.getByRole("button", { name: /^Events \d+/ });
  const before = Number((await events.innerText()).replace(/\D/g, ""));
  await page.locator("summary", { hasText: "Filters" }).click();
  const box = page.getByRole("checkbox", { name: /^At least 2 independent sources/ });
  const counted = Number((await box.locator("xpath=..").innerText()).match(/(\d+)\s*$/)![1]);
  await box.check();
  await expect(page).toHaveURL(/[?&]sources=2/);
  await expect(events).toHaveText(new RegExp(`^Events ${counted}$`));
  expect(counted).toBeLessThan(before);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/sources=/);
  await expect(events).toHaveText(new RegExp(`^Events ${before}$`));
});

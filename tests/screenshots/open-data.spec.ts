/**
 * Pictures of "Open your data" (issue 12): the open dialog, a list of problems, an imported ACLED export and
 * the Download menu, at desktop and phone size. For eyes only: written to test-results/screenshots/ (or
 * SHOTS_DIR), compared by nothing; tests/e2e/open-data.spec.ts and downloads.spec.ts test them.
 */
import { SCREENS, test, waitForMap } from "../e2e/support/fixtures";

test.use({ reducedMotion: "reduce" });

const dir = process.env.SHOTS_DIR ?? "test-results/screenshots";
const set = (kind: string) => ["sources.csv", "sites.csv", "events.csv"].map((n) => `tests/fixtures/import/${kind}/${n}`);

for (const name of ["desktop", "phone"] as const) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport: SCREENS[name] });

    test("the open dialog, an error list, an imported ACLED export and the Download menu", async ({ page }) => {
      await page.goto("/");
      await waitForMap(page);
      await page.getByRole("button", { name: "Open your data" }).click();
      const dialog = page.getByRole("dialog", { name: "Open your data" });
      await page.screenshot({ path: `${dir}/open-data-dialog-${name}.png` });
      await dialog.getByLabel("Choose files, or drop them here").setInputFiles(set("ambiguous-date"));
      await dialog.getByRole("region", { name: "Problems" }).waitFor();
      await page.screenshot({ path: `${dir}/open-data-errors-${name}.png` });
      await dialog.getByLabel("Choose files, or drop them here").setInputFiles("tests/fixtures/import/acled/acled-export.csv");
      await dialog.getByRole("status").filter({ hasText: "Opened" }).waitFor();
      await dialog.getByRole("button", { name: "Close" }).click();
      await page.goto("/?from=2020-01-01&to=2025-12-31");
      await page.locator(".dataset-banner.own").waitFor();
      await page.waitForTimeout(3000);
      await page.screenshot({ path: `${dir}/open-data-acled-${name}.png` });
      await page.locator("summary", { hasText: "Download" }).click();
      await page.screenshot({ path: `${dir}/download-menu-${name}.png` });
    });
  });
}

/**
 * Pictures of the basemap's context (country names, capitals and regional centres, the Ukraine–Belarus border)
 * on the dashboard and on a slide, light and dark, at the sizes each view is reviewed at. For eyes only:
 * written to test-results/screenshots/ (or SHOTS_DIR), compared by nothing; tests/e2e/basemap.spec.ts tests it.
 */
import { allDecks } from "../../lib/briefing";
import { dataset } from "../e2e/support/dataset";
import { SCREENS, test } from "../e2e/support/fixtures";
import { mapSettled } from "../e2e/support/map";

test.use({ reducedMotion: "reduce" });

const dir = process.env.SHOTS_DIR ?? "test-results/screenshots";
const deck = allDecks(dataset)[0]!;

for (const [name, viewport] of Object.entries(SCREENS)) {
  test.describe(`at ${name} size`, () => {
    test.use({ viewport });

    test("the dashboard's basemap", async ({ page }) => {
      await page.goto("/");
      await mapSettled(page);
      await page.screenshot({ path: `${dir}/basemap-dashboard-${name}.png` });
    });

    test("the dashboard's basemap zoomed out to the neighbours", async ({ page }) => {
      await page.goto("/#map=5/53.4/27.6");
      await mapSettled(page);
      await page.screenshot({ path: `${dir}/basemap-dashboard-region-${name}.png` });
    });

    for (const theme of ["light", "dark"] as const) {
      test(`a slide's basemap, ${theme}`, async ({ page }) => {
        await page.goto(`/brief/${deck.id}/1${theme === "dark" ? "?theme=dark" : ""}`);
        await mapSettled(page);
        await page.screenshot({ path: `${dir}/basemap-slide-${theme}-${name}.png` });
      });
    }
  });
}

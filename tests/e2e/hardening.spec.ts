/**
 * The boundary hardening of issue 9: every page runs under a Content-Security-Policy that names no other
 * origin, with no violation reported, and a rendering fault shows a message and a way back, never a blank page.
 */
import { expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";

const PAGES: { path: string; hasMap: boolean }[] = [
  { path: "/", hasMap: true },
  { path: "/story", hasMap: true },
  { path: "/sources", hasMap: false },
  { path: "/brief", hasMap: false },
  { path: "/brief/story/2", hasMap: true },
  { path: "/brief/story/presenter", hasMap: false },
  { path: "/brief/story/print", hasMap: false },
  { path: "/no-such-page", hasMap: false },
];

for (const { path, hasMap } of PAGES) {
  test(`${path} loads under a self-only CSP with no violation`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/https?:\/\//);
    if (hasMap) await mapSettled(page);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
}

test("a page that fails while drawing shows what happened and the way back", async ({ page }) => {
  // The story's views ask the browser about reduced motion while they render; failing that is a fault inside
  // the page's tree, as any rendering bug would be.
  await page.addInitScript(() => {
    const matchMedia = window.matchMedia.bind(window);
    window.matchMedia = (query: string) => {
      if (query.includes("reduced-motion")) throw new Error("media queries unavailable");
      return matchMedia(query);
    };
  });
  await page.goto("/story");
  const alert = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "This view could not be drawn" }) });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("media queries unavailable");
  await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(alert.getByRole("link", { name: "Open the dashboard" })).toHaveAttribute("href", "/");
  await expect(alert.getByRole("link", { name: "See the sources" })).toHaveAttribute("href", "/sources");
});

test("an unknown address offers the ways back", async ({ page }) => {
  await page.goto("/brief/story/99");
  await expect(page.getByRole("heading", { name: "Nothing is at this address" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See the briefing decks" })).toHaveAttribute("href", "/brief");
});

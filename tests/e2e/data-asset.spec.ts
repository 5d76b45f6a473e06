import { axeViolations, expect, test, waitForMap } from "./support/fixtures";

test.describe("the dashboard's data as its own file", () => {
  test("the HTML carries no events; the data is one cacheable file the page preloads", async ({ page, request }) => {
    const html = await (await request.get("/")).text();
    // A summary only the data holds is not in the page; the address of the data file is, as a preload.
    const data = html.match(/<link rel="preload" href="(\/data\/[0-9a-f]{12}\.json)" as="fetch"/);
    expect(data, "the page preloads its data file").not.toBeNull();
    const response = await request.get(data![1]!);
    expect(response.headers()["cache-control"]).toContain("immutable");
    const raw = (await response.json()) as { events: { summary: string }[] };
    expect(raw.events.length).toBeGreaterThan(50);
    for (const event of raw.events.slice(0, 10)) expect(html).not.toContain(event.summary.slice(0, 60));
    expect(html).toContain("Loading the events and sites");

    await page.goto("/");
    await expect(page.locator(".timeline[data-ready]")).toBeVisible();
    await expect(page.getByRole("listbox", { name: /Timeline, \d+ events/ })).toBeVisible();
    await waitForMap(page);
  });

  test("the map starts only once the timeline is usable", async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __order: string[] }).__order = seen;
      new MutationObserver(() => {
        const timeline = document.querySelector(".timeline[data-ready]");
        const map = document.querySelector(".maplibregl-map");
        if (timeline && !seen.includes("timeline")) seen.push("timeline");
        if (map && !seen.includes("map")) seen.push("map");
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto("/");
    await waitForMap(page);
    expect(await page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual(["timeline", "map"]);
  });

  test("a data file that cannot be fetched says so and offers a reload, never a blank page", async ({ page }) => {
    await page.route(/\/data\/[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 503, body: "down" }));
    await page.goto("/");
    const alert = page.getByRole("alert").filter({ hasText: "could not be loaded" });
    await expect(alert).toContainText("could not be loaded");
    await expect(alert).toContainText("503");
    await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

// Chromium with scripts disabled by Playwright still parses <noscript> as if scripts ran, so the page's HTML is
// read as a browser without JavaScript would show it.
test("without JavaScript the dashboard says where to read instead", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const noscript = html.match(/<noscript>(.*?)<\/noscript>/s)?.[1] ?? "";
  expect(noscript).toContain("The dashboard needs JavaScript");
  for (const path of ["/story", "/sources", "/figures"]) expect(noscript).toContain(`href="${path}"`);
});

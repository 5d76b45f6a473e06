import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { mapSettled } from "./support/map";

test.use({ reducedMotion: "reduce" });

type Box = { id: string; x: number; y: number; w: number; h: number; point: boolean };

/** The drawn boxes of every mark and every label on the dashboard's timeline, as the browser lays them out. */
async function drawn(page: Page) {
  return page.locator(".timeline-plot svg").evaluate((svg) => {
    const box = (el: Element, id: string, point: boolean) => {
      const r = el.getBoundingClientRect();
      return { id, x: r.x, y: r.y, w: r.width, h: r.height, point };
    };
    const plot = svg.getBoundingClientRect();
    const marks = [...svg.querySelectorAll("[data-event-id]")];
    const inView = marks.filter((m) => {
      const r = m.querySelector(".mark-shape")!.getBoundingClientRect();
      return r.right > plot.left && r.left < plot.right;
    });
    return {
      events: inView.length,
      labels: inView.flatMap((m) => [...m.querySelectorAll(".mark-label")].map((t) => box(t, m.getAttribute("data-event-id")!, false))),
      shapes: inView.map((m) => box(m.querySelector(".mark-shape")!, m.getAttribute("data-event-id")!, m.getAttribute("data-shape") === "point")),
    };
  });
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

for (const [name, query, share] of [
  ["the full 2020–2025 window", "", 0.5],
  ["one year", "?from=2022-01-01&to=2022-12-31", 1],
  ["one quarter", "?from=2023-01-01&to=2023-03-31", 1],
] as const) {
  test(`at ${name} no label overlaps another label or another mark, no point is covered, and ${share === 1 ? "every" : "at least half of the"} events are labelled`, async ({
    page,
  }) => {
    await page.goto(`/${query}`);
    await mapSettled(page);
    const { events, labels, shapes } = await drawn(page);
    expect(events).toBeGreaterThan(5);
    for (const a of labels) {
      for (const b of [...labels, ...shapes])
        if (a !== b && a.id !== b.id) expect(overlap(a, b), `label of ${JSON.stringify(a)} against ${JSON.stringify(b)}`).toBe(false);
    }
    for (const a of shapes) {
      for (const b of shapes) if (a !== b && b.point) expect(overlap(a, b), `${a.id} covers point ${b.id}`).toBe(false);
    }
    expect(new Set(labels.map((l) => l.id)).size).toBeGreaterThanOrEqual(Math.ceil(events * share));
  });
}

test("a label cut short keeps the whole title in the mark's accessible name", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  const cut = page
    .locator('.timeline [data-event-id]:not([data-date-basis="known-by"])')
    .filter({ has: page.locator(".mark-label", { hasText: "…" }) })
    .first();
  const label = (await cut.locator(".mark-label").textContent())!.replace("…", "");
  await expect(cut).toHaveAttribute("aria-label", new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  expect((await cut.getAttribute("aria-label"))!.length).toBeGreaterThan(label.length + 3);
});

import type { Locator, Page } from "@playwright/test";
import { PNG } from "pngjs";
import { expect, test } from "./support/fixtures";
import { differingPixels, mapSettled } from "./support/map";

test.use({ reducedMotion: "reduce" });

/** A screenshot of an element's box, padded so thin lines and outlines are inside it. */
async function shot(page: Page, element: Locator, pad = 3): Promise<Buffer> {
  await element.scrollIntoViewIfNeeded();
  const box = (await element.boundingBox())!;
  return page.screenshot({ clip: { x: box.x - pad, y: box.y - pad, width: Math.max(8, box.width + 2 * pad), height: box.height + 2 * pad } });
}

/** How dark the left and right thirds of a picture's middle row are on average (0 white, 1 black). */
function inkByThird(png: Buffer): [number, number] {
  const { width, height, data } = PNG.sync.read(png);
  const y = Math.floor(height / 2);
  const ink = (from: number, to: number) => {
    let sum = 0;
    for (let x = from; x < to; x += 1) sum += 1 - (data[(y * width + x) * 4]! + data[(y * width + x) * 4 + 1]! + data[(y * width + x) * 4 + 2]!) / 765;
    return sum / (to - from);
  };
  return [ink(0, Math.floor(width / 3)), ink(Math.ceil((2 * width) / 3), width)];
}

const KINDS = {
  "exact day": '[data-shape="point"][data-date-basis="stated"]',
  span: '[data-shape="span"][data-date-basis="stated"]',
  "month or year": '[data-shape="bracket"][data-date-basis="stated"]',
  "vague date": '[data-shape="fuzzy"]',
  "worked out from a document's date": '[data-shape="point"][data-date-basis="inferred"]',
  "known by": '[data-shape="known-by"]',
} as const;

test("the key explains every kind of date, each with a swatch unlike the others", async ({ page }) => {
  await page.goto("/");
  await mapSettled(page);
  const key = page.locator(".timeline-key");
  for (const text of ["Exact day", "Span of days", "Month or year", "Vague date", "Worked out from a document's date", "Known only by a date"])
    await expect(key).toContainText(text);
  const swatches = await key.locator(".key-swatch").all();
  const pictures = await Promise.all(swatches.map((s) => s.screenshot()));
  for (let i = 0; i < pictures.length; i += 1)
    for (let j = i + 1; j < pictures.length; j += 1) expect(differingPixels(pictures[i]!, pictures[j]!), `swatch ${i} against ${j}`).toBeGreaterThan(8);
});

test("each kind of date has a mark on the timeline, drawn and distinct", async ({ page }) => {
  await page.goto("/?from=2022-01-01&to=2023-12-31");
  await mapSettled(page);
  const pictures: Record<string, Buffer> = {};
  for (const [kind, selector] of Object.entries(KINDS)) {
    const mark = page.locator(`.timeline ${selector}`).first();
    await expect(mark, kind).toBeAttached();
    pictures[kind] = await shot(page, mark.locator(".mark-shape"));
    const [left, right] = inkByThird(pictures[kind]);
    expect(left + right, `${kind} is drawn`).toBeGreaterThan(0.02);
    if (kind === "known by") expect(right, "a known-by bar fades in towards its date").toBeGreaterThan(left * 1.5);
    if (kind === "vague date") expect(Math.abs(left - right), "a vague date fades at both ends alike").toBeLessThan(0.2);
  }
  const day = pictures["exact day"]!;
  const inferred = pictures["worked out from a document's date"]!;
  expect(differingPixels(day, inferred), "an inferred day is drawn unlike a stated one").toBeGreaterThan(10);
});

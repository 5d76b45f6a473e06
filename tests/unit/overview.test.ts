import { describe, expect, it } from "vitest";
import { brushToWindow, overviewBins, overviewExtent, windowToBrush } from "../../lib/overview";
import { MIN_SPAN_MS } from "../../lib/timeline";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (start: string, end = start) => ({ written: { start: d(start), end: d(end) } });
const extent = { start: d("2020-01-01"), end: d("2026-01-01") };

describe("overviewExtent", () => {
  it("reaches the whole years the written dates touch", () => {
    expect(overviewExtent([at("2019-05-03"), at("2024-02-01", "2024-03-01")])).toEqual({ start: d("2019-01-01"), end: d("2025-01-01") });
  });
});

describe("overviewBins", () => {
  it("counts every event in the extent once, by where its date starts", () => {
    const events = [at("2020-01-05"), at("2020-02-01"), at("2025-12-30"), at("2019-01-01")];
    const bins = overviewBins(events, extent, 6);
    expect(bins).toHaveLength(6);
    expect(bins.map((b) => b.count)).toEqual([2, 0, 0, 0, 0, 1]);
    expect(bins[0]!.start).toEqual(extent.start);
    expect(bins.at(-1)!.end).toEqual(extent.end);
  });
});

describe("the brush and the window", () => {
  it("round-trips a window through the brush's pixels", () => {
    const window = { start: d("2022-01-01"), end: d("2023-01-01") };
    const pixels = windowToBrush(window, extent, 600);
    const back = brushToWindow(pixels, extent, 600);
    expect(Math.abs(back.start.getTime() - window.start.getTime())).toBeLessThan(86_400_000);
    expect(Math.abs(back.end.getTime() - window.end.getTime())).toBeLessThan(86_400_000);
  });

  it("keeps a tiny window wide enough on the strip to be grabbed, and inside it", () => {
    const [a, b] = windowToBrush({ start: d("2025-12-25"), end: d("2026-01-01") }, extent, 600);
    expect(b - a).toBeGreaterThanOrEqual(6);
    expect(b).toBeLessThanOrEqual(600);
  });

  it("never makes a window shorter than the timeline's smallest", () => {
    const w = brushToWindow([100, 100.5], extent, 600);
    expect(w.end.getTime() - w.start.getTime()).toBe(MIN_SPAN_MS);
  });
});

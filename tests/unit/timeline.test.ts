import { describe, expect, it } from "vitest";
import { markShape, MIN_SPAN_MS, panWindow, visibleEvents, windowToDays, zoomWindow } from "../../lib/timeline";
import { toDataset } from "../../lib/dataset";
import { loadRawDataset } from "../../lib/load";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("markShape", () => {
  it("draws a known day as a point", () => {
    expect(markShape({ date: "2022-02-24", datePrecision: "day" })).toBe("point");
  });

  it("draws a span with an end as a bar", () => {
    expect(markShape({ date: "2022-03", end: "2022-09", datePrecision: "month" })).toBe("span");
  });

  it("draws a month or a year as a bracket across it, never as a false exact day", () => {
    expect(markShape({ date: "2023-03", datePrecision: "month" })).toBe("bracket");
    expect(markShape({ date: "2021", datePrecision: "year" })).toBe("bracket");
  });

  it("draws an approximate date with faded ends", () => {
    expect(markShape({ date: "2023-02-17", datePrecision: "approximate" })).toBe("fuzzy");
  });
});

describe("zoomWindow", () => {
  it("halves the window around its centre", () => {
    expect(zoomWindow(d("2020-01-01"), d("2020-01-31"), 0.5)).toEqual({ start: new Date(Date.UTC(2020, 0, 8, 12)), end: new Date(Date.UTC(2020, 0, 23, 12)) });
  });

  it("keeps the date under the pointer in place", () => {
    const next = zoomWindow(d("2020-01-01"), d("2021-01-01"), 0.5, 0);
    expect(next.start).toEqual(d("2020-01-01"));
  });

  it("never zooms in past two weeks", () => {
    const next = zoomWindow(d("2022-02-20"), d("2022-02-28"), 0.1);
    expect(next.end.getTime() - next.start.getTime()).toBe(MIN_SPAN_MS);
  });
});

describe("panWindow", () => {
  it("moves the window by a fraction of its length", () => {
    expect(panWindow(d("2020-01-01"), d("2020-01-21"), 0.5)).toEqual({ start: d("2020-01-11"), end: d("2020-01-31") });
  });

  it("stops at the start of 1990", () => {
    expect(panWindow(d("1990-06-01"), d("1991-06-01"), -1).start).toEqual(d("1990-01-01"));
  });
});

describe("windowToDays", () => {
  it("writes the inclusive first and last day a window covers", () => {
    expect(windowToDays(d("2020-01-01"), d("2026-01-01"))).toEqual({ from: "2020-01-01", to: "2025-12-31" });
  });

  it("keeps a window's length when it starts part-way through a day, so step-by-step panning never widens it", () => {
    const start = d("2020-01-01");
    const end = d("2021-01-01");
    let window = { start, end };
    for (let step = 0; step < 8; step += 1) {
      const days = windowToDays(window.start, window.end);
      const from = d(days.from);
      const to = new Date(d(days.to).getTime() + 86_400_000);
      expect((to.getTime() - from.getTime()) / 86_400_000).toBe(366);
      window = panWindow(from, to, 0.25);
    }
  });
});

describe("visibleEvents", () => {
  it("keeps exactly the events that overlap the window", () => {
    const { events } = toDataset(loadRawDataset("tests/fixtures/minimal"));
    expect(visibleEvents(events, d("2022-02-24"), d("2022-03-02")).map((e) => e.id)).toEqual(["fixture-day", "fixture-span"]);
  });
});

import { describe, expect, it } from "vitest";
import { advancePlayhead, buildUpLit, litAt } from "../../lib/build-up";
import { toDataset } from "../../lib/dataset";
import { loadRawDataset } from "../../lib/load";
import { markShape } from "../../lib/timeline";

const { events } = toDataset(loadRawDataset("data"));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const byShape = (test: (e: (typeof events)[number]) => boolean) => events.find(test)!;

describe("build-up playback", () => {
  it("lights a day from its date on, and keeps it lit", () => {
    const day = byShape((e) => e.datePrecision === "day" && !e.end && e.dateBasis === "stated");
    expect(litAt(day, new Date(day.interval.start.getTime() - 1))).toBe(false);
    expect(litAt(day, day.interval.start)).toBe(true);
    expect(litAt(day, d("2030-01-01"))).toBe(true);
  });

  it("lights a span only while it lasts", () => {
    const span = byShape((e) => e.end !== undefined && e.datePrecision !== "approximate" && e.dateBasis === "stated");
    const middle = new Date((span.interval.start.getTime() + span.interval.end.getTime()) / 2);
    expect([litAt(span, new Date(span.interval.start.getTime() - 1)), litAt(span, middle), litAt(span, span.interval.end)]).toEqual([false, true, false]);
  });

  it("lights nothing before the first event and everything that has started by the end", () => {
    expect(buildUpLit(events, d("1980-01-01")).size).toBe(0);
    const ended = new Set(events.filter((e) => markShape(e) === "span").map((e) => e.id));
    expect([...buildUpLit(events, d("2031-01-01"))].sort()).toEqual(
      events
        .filter((e) => !ended.has(e.id))
        .map((e) => e.id)
        .sort(),
    );
  });

  it("moves the playhead by a share of the window and stops at its end", () => {
    const window = { start: d("2022-01-01"), end: d("2023-01-01") };
    expect(advancePlayhead(window, window.start, 0.5).getTime()).toBe((window.start.getTime() + window.end.getTime()) / 2);
    expect(advancePlayhead(window, d("2022-12-01"), 0.5)).toEqual(window.end);
    expect(advancePlayhead(window, d("2010-01-01"), 0)).toEqual(window.start);
  });
});

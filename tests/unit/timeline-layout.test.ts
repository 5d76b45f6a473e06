import { describe, expect, it } from "vitest";
import { toDataset } from "../../lib/dataset";
import { FIRST_YEAR, LAST_YEAR } from "../../lib/defaults";
import { loadRawDataset } from "../../lib/load";
import { canvasPaint, markStyle, MARK_OPACITY, svgFill } from "../../lib/mark-style";
import {
  AXIS_HEIGHT,
  CANVAS_THRESHOLD,
  drawnSpan,
  EXTENT,
  hitTest,
  KNOWN_BY_FADE_MS,
  layoutMetrics,
  markShape,
  placeLandmarks,
  timelineLayout,
} from "../../lib/timeline";

const { events } = toDataset(loadRawDataset("tests/fixtures/minimal"));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const year2022 = { start: d("2022-01-01"), end: d("2023-01-01") };

describe("timelineLayout", () => {
  it("gives a lane to each category the data uses, whatever the filters leave", () => {
    const layout = timelineLayout(events, [], year2022, "category", 1000);
    expect(layout.lanes.length).toBe(new Set(events.map((e) => e.category)).size);
    expect(layout.visible).toEqual([]);
    const { lanePad, rowHeight } = layoutMetrics(1000);
    expect(layout.laneBoxes.map((b) => b.height)).toEqual(layout.lanes.map(() => 2 * lanePad + rowHeight));
    expect(layout.height).toBe(AXIS_HEIGHT + layout.lanes.length * (2 * lanePad + rowHeight) + 6);
  });

  it("draws the events overlapping the window at their dates, in their lane", () => {
    const layout = timelineLayout(events, events, year2022, "category", 1000);
    expect(layout.visible.map((e) => e.id)).toEqual(["fixture-day", "fixture-span"]);
    const day = layout.visible[0]!;
    expect(layout.x(day.interval.start)).toBeCloseTo((1000 * (31 + 23)) / 365, 5);
    const lane = layout.laneBoxes.find((b) => b.key === day.category)!;
    expect(layout.laneY(day)).toBe(lane.top + layoutMetrics(1000).lanePad + layoutMetrics(1000).rowHeight / 2);
    expect(layout.dense).toBe(layout.visible.length > CANVAS_THRESHOLD);
  });

  it("reaches exactly the years the data check allows", () => {
    expect([EXTENT.start.getUTCFullYear(), EXTENT.end.getUTCFullYear() - 1]).toEqual([FIRST_YEAR, LAST_YEAR]);
  });
});

describe("hitTest", () => {
  const layout = timelineLayout(events, events, year2022, "category", 1000);
  const day = layout.visible[0]!;
  const at = { x: layout.x(day.interval.start), y: layout.laneY(day) };

  it("finds the mark under a point, within a few pixels", () => {
    expect(hitTest(layout, at.x, at.y)).toBe("fixture-day");
    expect(hitTest(layout, at.x + 5, at.y - 7)).toBe("fixture-day");
  });

  it("finds nothing in another lane or away from every mark", () => {
    expect(hitTest(layout, at.x, at.y + 2 * layoutMetrics(1000).rowHeight)).not.toBe("fixture-day");
    expect(hitTest(layout, 999, at.y)).toBeNull();
  });
});

describe("markStyle", () => {
  const event = (confidence: "confirmed" | "reported" | "claimed" | "disputed", context = false) => ({ category: "military" as const, confidence, context });

  it("paints confidence the same way for the SVG and the canvas", () => {
    expect(svgFill(markStyle(event("confirmed"), false), "military")).toBe("#B3261E");
    expect(svgFill(markStyle(event("reported"), false), "military")).toBe("#B3261E99");
    expect(svgFill(markStyle(event("claimed"), false), "military")).toBe("#ffffff");
    expect(svgFill(markStyle(event("disputed"), false), "military")).toBe("url(#hatch-military)");
    expect(canvasPaint(markStyle(event("reported"), false))).toEqual({ alpha: MARK_OPACITY.tint, stroke: false });
    expect(canvasPaint(markStyle(event("claimed"), false)).stroke).toBe(true);
  });

  it("fades background events and dims marks a selection elsewhere leaves out, dimming winning", () => {
    expect(markStyle(event("confirmed", true), false).opacity).toBe(MARK_OPACITY.context);
    expect(markStyle(event("confirmed", true), true).opacity).toBe(MARK_OPACITY.dim);
    expect(canvasPaint(markStyle(event("confirmed"), true)).alpha).toBe(MARK_OPACITY.dim);
  });
});

describe("known-by events", () => {
  const knownBy = { date: "2023", datePrecision: "year" as const, dateBasis: "known-by" as const, interval: { start: d("1994-01-01"), end: d("2024-01-01") } };

  it("are drawn as an open bar over the last year before the known-by date, never from the start of the data", () => {
    expect(markShape(knownBy)).toBe("known-by");
    expect(drawnSpan(knownBy)).toEqual({ start: new Date(d("2024-01-01").getTime() - KNOWN_BY_FADE_MS), end: d("2024-01-01") });
  });

  it("start no earlier than their notBefore date", () => {
    expect(drawnSpan({ ...knownBy, interval: { start: d("2023-09-01"), end: d("2024-01-01") } }).start).toEqual(d("2023-09-01"));
  });

  it("leave every other event drawn over its own interval", () => {
    const stated = { ...knownBy, dateBasis: "stated" as const };
    expect(drawnSpan(stated)).toBe(stated.interval);
    expect(markShape(stated)).toBe("bracket");
  });
});

describe("placeLandmarks", () => {
  const landmark = (id: string, label: string, start: string, end: string) => ({
    ...events[0]!,
    id,
    landmark: label,
    interval: { start: d(start), end: d(end) },
  });
  const window = { start: d("2020-01-01"), end: d("2026-01-01") };
  const x = timelineLayout(events, [], window, "category", 1000).x;

  it("takes the landmarks from the data's flagged events inside the window", () => {
    const list = [landmark("a", "Zapad 2021", "2021-09-10", "2021-09-17"), landmark("b", "Old", "2004-01-01", "2004-01-02"), events[1]!];
    expect(placeLandmarks(list, x, window).map((l) => l.label)).toEqual(["Zapad 2021"]);
  });

  it("puts a label on the left of its band when the next landmark leaves no room on the right", () => {
    const placed = placeLandmarks(
      [
        landmark("a", "Zapad 2021", "2021-09-10", "2021-09-17"),
        landmark("b", "Full-scale invasion", "2022-02-24", "2022-02-25"),
        landmark("c", "Zapad 2025", "2025-09-12", "2025-09-17"),
      ],
      x,
      window,
    );
    expect(placed.map((l) => l.anchor)).toEqual(["end", "start", "start"]);
  });
});

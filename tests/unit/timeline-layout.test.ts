import { describe, expect, it } from "vitest";
import { toDataset } from "../../lib/dataset";
import { FIRST_YEAR, LAST_YEAR } from "../../lib/defaults";
import { loadRawDataset } from "../../lib/load";
import { canvasPaint, markStyle, MARK_OPACITY, svgFill } from "../../lib/mark-style";
import { AXIS_HEIGHT, CANVAS_THRESHOLD, EXTENT, hitTest, timelineLayout } from "../../lib/timeline";

const { events } = toDataset(loadRawDataset("tests/fixtures/minimal"));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const year2022 = { start: d("2022-01-01"), end: d("2023-01-01") };

describe("timelineLayout", () => {
  it("gives a lane to each category the data uses, whatever the filters leave", () => {
    const layout = timelineLayout(events, [], year2022, "category", 1000);
    expect(layout.lanes.length).toBe(new Set(events.map((e) => e.category)).size);
    expect(layout.visible).toEqual([]);
    expect(layout.height).toBe(AXIS_HEIGHT + layout.lanes.length * layout.laneHeight + 6);
  });

  it("draws the events overlapping the window at their dates, in their lane", () => {
    const layout = timelineLayout(events, events, year2022, "category", 1000);
    expect(layout.visible.map((e) => e.id)).toEqual(["fixture-day", "fixture-span"]);
    const day = layout.visible[0]!;
    expect(layout.x(day.interval.start)).toBeCloseTo((1000 * (31 + 23)) / 365, 5);
    expect(layout.laneY(day)).toBe(AXIS_HEIGHT + layout.lanes.indexOf(day.category) * layout.laneHeight + layout.laneHeight / 2);
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
    expect(hitTest(layout, at.x, at.y + layout.laneHeight)).not.toBe("fixture-day");
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

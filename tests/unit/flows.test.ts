import { describe, expect, it } from "vitest";
import { activeFlows, ARC_POINTS, arcPoints, endBearing, FLOW_WIDTH, flowSiteIds, flowWidth, isDashed, lanesOf, largestVolumes } from "../../lib/flows";
import type { Figure } from "../../lib/schema";

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe("arcPoints", () => {
  it("runs from one end to the other along a curve bent to the left of travel", () => {
    const points = arcPoints([0, 0], [10, 0]);
    expect(points).toHaveLength(ARC_POINTS + 1);
    expect(points[0]).toEqual([0, 0]);
    expect(points.at(-1)).toEqual([10, 0]);
    const middle = points[ARC_POINTS / 2]!;
    expect(middle[0]).toBeCloseTo(5);
    expect(middle[1]).toBeGreaterThan(0.5);
  });

  it("puts the way back on the other side, and a second lane further out", () => {
    const there = arcPoints([0, 0], [10, 0])[ARC_POINTS / 2]![1];
    const back = arcPoints([10, 0], [0, 0])[ARC_POINTS / 2]![1];
    const second = arcPoints([0, 0], [10, 0], 1)[ARC_POINTS / 2]![1];
    expect(back).toBeLessThan(0);
    expect(second).toBeGreaterThan(there);
  });

  it("passes through the via site", () => {
    const points = arcPoints([0, 0], [10, 0], 0, [5, 5]);
    expect(points).toContainEqual([5, 5]);
    expect(points).toHaveLength(2 * ARC_POINTS + 1);
  });
});

describe("endBearing", () => {
  it("points the arrowhead along the last stretch: north is 0, east 90", () => {
    expect(
      endBearing([
        [0, 0],
        [0, 1],
      ]),
    ).toBeCloseTo(0);
    expect(
      endBearing([
        [0, 0],
        [1, 0],
      ]),
    ).toBeCloseTo(90);
    expect(
      endBearing([
        [0, 1],
        [0, 0],
      ]),
    ).toBeCloseTo(180);
  });
});

describe("activeFlows", () => {
  const flows = [
    { id: "a", interval: { start: utc(2022, 3), end: utc(2022, 10) } },
    { id: "b", interval: { start: utc(2024), end: utc(2025) } },
  ];
  it("keeps the flows that overlap the window, as events do, and drops those that only touch it", () => {
    expect(activeFlows(flows, { start: utc(2022, 9), end: utc(2023) }).map((f) => f.id)).toEqual(["a"]);
    expect(activeFlows(flows, { start: utc(2022, 10), end: utc(2024) }).map((f) => f.id)).toEqual([]);
    expect(activeFlows(flows, { start: utc(2020), end: utc(2026) }).map((f) => f.id)).toEqual(["a", "b"]);
  });
});

describe("flowWidth", () => {
  const figure = (value: number | null, unit = "tonnes") => ({ value, unit }) as Pick<Figure, "value" | "unit">;
  const largest = new Map([["tonnes", 130582]]);
  it("widens with the volume on a log scale, the largest of a unit at the widest", () => {
    expect(flowWidth(figure(130582), largest)).toBeCloseTo(FLOW_WIDTH.max);
    const w65 = flowWidth(figure(65000), largest);
    expect(w65).toBeGreaterThan(FLOW_WIDTH.min);
    expect(w65).toBeLessThan(FLOW_WIDTH.max);
  });
  it("keeps the thinnest width when there is no figure or no number", () => {
    expect(flowWidth(undefined, largest)).toBe(FLOW_WIDTH.min);
    expect(flowWidth(figure(null), largest)).toBe(FLOW_WIDTH.min);
  });
  it("finds the largest volume of each unit", () => {
    const figures = new Map([
      ["t", { value: 10, unit: "tonnes" } as Figure],
      ["u", { value: 60, unit: "vehicles" } as Figure],
      ["n", { value: null, unit: "tanks" } as Figure],
    ]);
    expect(largestVolumes([{ volume: "t" }, { volume: "u" }, { volume: "n" }, {}], figures)).toEqual(
      new Map([
        ["tonnes", 10],
        ["vehicles", 60],
      ]),
    );
  });
});

describe("flow style and lanes", () => {
  it("dashes every flow that is not confirmed", () => {
    expect(isDashed({ confidence: "confirmed" })).toBe(false);
    expect(isDashed({ confidence: "reported" })).toBe(true);
    expect(isDashed({ confidence: "claimed" })).toBe(true);
  });
  it("numbers flows between the same pair of sites, in either direction", () => {
    const lanes = lanesOf([
      { id: "a", from: "x", to: "y" },
      { id: "b", from: "y", to: "x" },
      { id: "c", from: "x", to: "z" },
    ]);
    expect([...lanes]).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
  });
  it("lists a flow's sites in travel order", () => {
    expect(flowSiteIds({ from: "a", to: "c", via: "b" })).toEqual(["a", "b", "c"]);
    expect(flowSiteIds({ from: "a", to: "c" })).toEqual(["a", "c"]);
  });
});

import { describe, expect, it } from "vitest";
import { checkDataset } from "../../lib/check";
import { FILES, type FileName } from "../../lib/schema";
import { syntheticDataset } from "../../lib/synthetic";

const texts = (events: number, sites: number, flows = 0) => {
  const data = syntheticDataset(events, sites, 1, flows);
  return Object.fromEntries((Object.keys(FILES) as FileName[]).map((name) => [name, JSON.stringify({ [FILES[name].key]: data[name] })])) as Record<
    FileName,
    string
  >;
};

describe("syntheticDataset", () => {
  it("passes every data check at benchmark size", () => {
    expect(checkDataset(texts(10_000, 300, 1000), (n) => n).problems).toEqual([]);
  });

  it("writes the flows asked for, solid and dashed, between different sites", () => {
    const flows = syntheticDataset(200, 20, 1, 100).flows;
    expect(flows).toHaveLength(100);
    expect(flows.every((f) => f.from !== f.to)).toBe(true);
    expect(new Set(flows.map((f) => f.confidence === "confirmed")).size).toBe(2);
  });

  it("gives the same data for the same seed", () => {
    expect(syntheticDataset(50, 5, 7)).toEqual(syntheticDataset(50, 5, 7));
  });

  it("draws every date precision the timeline has to render", () => {
    const precisions = new Set(syntheticDataset(500, 10).events.map((e) => e.datePrecision));
    expect([...precisions].sort()).toEqual(["approximate", "day", "month", "year"]);
  });
});

import { describe, expect, it } from "vitest";
import { bySource, citationCounts } from "../../lib/citations";
import { toDataset } from "../../lib/dataset";
import { loadRawDataset } from "../../lib/load";
import { labelGroups, paintOrder } from "../../lib/static-map";

describe("bySource", () => {
  it("groups citations by source in the order first cited, each section once", () => {
    const groups = bySource([{ sourceId: "b", section: "Rail" }, { sourceId: "a" }, { sourceId: "b", section: "Plants" }, { sourceId: "b", section: "Rail" }]);
    expect(groups).toEqual([
      { sourceId: "b", sections: ["Rail", "Plants"] },
      { sourceId: "a", sections: [] },
    ]);
  });
});

describe("citationCounts", () => {
  it("counts each event, site and figure once per source, including a site's location source", () => {
    const dataset = toDataset(loadRawDataset("tests/fixtures/minimal"));
    const counts = citationCounts(dataset);
    const total = (key: "events" | "sites" | "figures") => [...counts.values()].reduce((sum, c) => sum + c[key], 0);
    const expectedEvents = dataset.events.reduce((sum, e) => sum + new Set(e.sources.map((c) => c.sourceId)).size, 0);
    expect(total("events")).toBe(expectedEvents);
    expect(total("figures")).toBe(dataset.figures.length);
    for (const site of dataset.sites) expect(counts.get(site.locationSourceId)!.sites).toBeGreaterThan(0);
  });
});

describe("static map labels", () => {
  const site = (id: string, x: number, y: number, highlighted: boolean) => ({ id, name: id.toUpperCase(), kind: "plant" as const, x, y, highlighted });

  it("name lit-up sites that share a point once, together, and leave unlit sites unnamed", () => {
    expect(labelGroups([site("maz", 100, 100, true), site("mzkt", 102, 101, true), site("far", 300, 40, true), site("dim", 100, 100, false)])).toEqual([
      { x: 100, y: 100, names: ["MAZ", "MZKT"] },
      { x: 300, y: 40, names: ["FAR"] },
    ]);
  });

  it("paint lit-up sites last, so they sit on top", () => {
    expect(paintOrder([site("a", 0, 0, true), site("b", 0, 0, false)]).map((s) => s.id)).toEqual(["b", "a"]);
  });
});

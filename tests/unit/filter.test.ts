import { describe, expect, it } from "vitest";
import { toDataset } from "../../lib/dataset";
import { applyFilters, buildSearchIndex } from "../../lib/filter";
import { loadRawDataset } from "../../lib/load";
import { linkedTo } from "../../lib/selection";
import { DEFAULT_STATE } from "../../lib/links";

const dataset = toDataset(loadRawDataset("tests/fixtures/minimal"));
const index = buildSearchIndex(dataset);
const run = (patch: Partial<typeof DEFAULT_STATE>) => applyFilters(dataset, index, { ...DEFAULT_STATE, ...patch });

describe("applyFilters", () => {
  it("shows every event in the default window and keeps background events on the timeline", () => {
    const result = run({});
    expect(result.inWindow.map((e) => e.id)).toEqual(["fixture-day", "fixture-span", "fixture-approximate"]);
    expect(result.events.map((e) => e.id)).toContain("fixture-background");
  });

  it("filters by category and counts the other categories as if chosen", () => {
    const result = run({ cat: ["military"] });
    expect(result.inWindow.map((e) => e.id)).toEqual(["fixture-day"]);
    expect(result.counts.cat.industry).toBe(1);
  });

  it("dims sites with no event in the window", () => {
    const result = run({ from: "2023-01-01", to: "2023-12-31" });
    expect([...result.activeSites]).toEqual([]);
    expect(result.sites).toHaveLength(3);
  });

  it("filters events by the kind of their sites", () => {
    expect(run({ kind: ["plant"] }).inWindow.map((e) => e.id)).toEqual(["fixture-span"]);
  });

  it("finds events through their sites' aliases", () => {
    expect(run({ q: "Fiktivny" }).inWindow.map((e) => e.id)).toEqual(["fixture-day"]);
  });
});

describe("linkedTo", () => {
  it("lights up an event's sites", () => {
    expect([...linkedTo(dataset, { type: "event", id: "fixture-day" }).sites]).toEqual(["fixture-airfield", "fixture-city"]);
  });

  it("lights up all of a site's events", () => {
    expect([...linkedTo(dataset, { type: "site", id: "mzkt" }).events]).toEqual(["fixture-span"]);
  });

  it("lights up nothing for an unknown id", () => {
    expect(linkedTo(dataset, { type: "site", id: "nowhere" }).events.size).toBe(0);
  });
});

describe("the independent-sources filter", () => {
  it("keeps only events resting on at least two independent sources, and counts them with the other filters as they are", () => {
    const all = run({});
    const strict = run({ sources: 2 });
    const expected = all.inWindow.filter((e) => index.independent.get(e.id)! >= 2).map((e) => e.id);
    expect(strict.inWindow.map((e) => e.id)).toEqual(expected);
    expect(all.counts.sources).toBe(expected.length);
    expect(strict.inWindow.length).toBeLessThan(all.inWindow.length);
  });
});

describe("the event list's order", () => {
  it("puts an event known only by a date at that date, not at the start of the interval it may lie in", () => {
    const written = run({}).inWindow.map((e) => e.written.start.getTime());
    expect(written).toEqual([...written].sort((a, b) => a - b));
  });
});

describe("a site's events", () => {
  it("are listed in the order their written dates fall", () => {
    for (const ids of dataset.eventsBySite.values()) {
      const starts = ids.map((id) => dataset.eventById.get(id)!.written.start.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

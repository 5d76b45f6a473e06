import { describe, expect, it } from "vitest";
import { hasIndependentSources, independentSourceCount } from "../../lib/independence";

const sources = (list: { id: string; derivedFrom?: string[] }[]) => new Map(list.map((s) => [s.id, s]));
const cite = (...ids: string[]) => ids.map((sourceId) => ({ sourceId }));

describe("independentSourceCount", () => {
  it("counts distinct sources once however often they are cited", () => {
    expect(independentSourceCount(cite("a", "a", "b"), sources([{ id: "a" }, { id: "b" }]))).toBe(2);
  });

  it("counts a source that restates another together with it (issue 11: the arms-supplier article)", () => {
    const byId = sources([{ id: "network" }, { id: "supplier", derivedFrom: ["network"] }]);
    expect(independentSourceCount(cite("network", "supplier"), byId)).toBe(1);
  });

  it("follows a chain of restatements to the original", () => {
    const byId = sources([{ id: "a" }, { id: "b", derivedFrom: ["a"] }, { id: "c", derivedFrom: ["b"] }]);
    expect(independentSourceCount(cite("c", "a"), byId)).toBe(1);
  });

  it("counts a restatement alone as the source it rests on", () => {
    const byId = sources([{ id: "a" }, { id: "b", derivedFrom: ["a"] }, { id: "x" }]);
    expect(independentSourceCount(cite("b", "x"), byId)).toBe(2);
  });

  it("stops at a cycle rather than looping", () => {
    const byId = sources([
      { id: "a", derivedFrom: ["b"] },
      { id: "b", derivedFrom: ["a"] },
    ]);
    expect(independentSourceCount(cite("a", "b"), byId)).toBe(0);
  });

  it("is zero for no citations", () => {
    expect(independentSourceCount([], sources([]))).toBe(0);
  });
});

describe("hasIndependentSources", () => {
  it("passes the 'at least 2 independent sources' filter only with two independent ones", () => {
    const byId = sources([{ id: "network" }, { id: "supplier", derivedFrom: ["network"] }, { id: "rusi" }]);
    expect(hasIndependentSources(cite("network", "supplier"), byId)).toBe(false);
    expect(hasIndependentSources(cite("network", "rusi"), byId)).toBe(true);
  });
});

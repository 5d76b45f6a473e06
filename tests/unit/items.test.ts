import { describe, expect, it } from "vitest";
import { toDataset } from "../../lib/dataset";
import { canonicalJson, datasetVersion } from "../../lib/dataset-version";
import { allPagePaths, cameraAround, claimsOf, howEventCites, sitesOfClaims } from "../../lib/items";
import { loadRawDataset } from "../../lib/load";
import { sitemapEntries } from "../../lib/metadata";
import { allDecks } from "../../lib/briefing";
import { MINIMAL_DIR } from "./support/fixture";

const raw = loadRawDataset(MINIMAL_DIR);
const dataset = toDataset(raw);
const fallback = { center: [28, 53.6] as [number, number], zoom: 5.4 };

describe("cameraAround", () => {
  it("gives the fallback for no sites", () => {
    expect(cameraAround([], fallback)).toEqual(fallback);
  });

  it("shows a lone site at zoom 6, a little left of centre so its name fits beside it", () => {
    const camera = cameraAround([{ coordinates: [27.5, 53.9] }], fallback);
    expect(camera.zoom).toBe(6);
    expect(camera.center[1]).toBeCloseTo(53.9, 6);
    expect(camera.center[0]).toBeGreaterThan(27.5);
    expect(camera.center[0]).toBeLessThan(28.5);
  });

  it("zooms out to show sites far apart, and further for a wider spread", () => {
    const near = cameraAround([{ coordinates: [27, 53] }, { coordinates: [29, 54] }], fallback);
    const far = cameraAround([{ coordinates: [20, 50] }, { coordinates: [40, 56] }], fallback);
    expect(near.center[0]).toBeGreaterThan(28);
    expect(far.zoom).toBeLessThan(near.zoom);
    expect(far.zoom).toBeGreaterThanOrEqual(3);
  });
});

describe("claimsOf", () => {
  it("lists every event, site and figure resting on a source, and the sites they concern", () => {
    const source = dataset.sources[0]!;
    const claims = claimsOf(source.id, dataset);
    expect(claims.events.map((e) => e.id)).toEqual(
      dataset.events.filter((e) => e.sources.some((c) => c.sourceId === source.id) || e.dateSource?.sourceId === source.id).map((e) => e.id),
    );
    expect(claims.figures.every((f) => f.sourceId === source.id)).toBe(true);
    const ids = sitesOfClaims(claims, dataset).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("howEventCites", () => {
  it("gives the sections an event cites a source at", () => {
    expect(
      howEventCites(
        {
          sources: [
            { sourceId: "a", section: "Arms" },
            { sourceId: "a", section: "Rail" },
          ],
        },
        "a",
      ),
    ).toBe("Sections: Arms; Rail");
  });

  it("says when a source is cited only for the date", () => {
    expect(howEventCites({ sources: [{ sourceId: "a" }], dateSource: { sourceId: "ref", section: "History" } }, "ref")).toBe("for the date · Section: History");
  });

  it("is null for a citation without a section", () => {
    expect(howEventCites({ sources: [{ sourceId: "a" }] }, "a")).toBeNull();
  });
});

describe("the sitemap", () => {
  const paths = allPagePaths(dataset, allDecks(dataset));

  it("lists every view, slide, event, site and source page once", () => {
    expect(paths).toEqual(
      expect.arrayContaining(["/", "/story", "/brief", "/sources", "/figures", "/brief/story/1", "/brief/story/presenter", "/brief/story/print"]),
    );
    for (const e of dataset.events) expect(paths).toContain(`/events/${e.id}`);
    for (const s of dataset.sites) expect(paths).toContain(`/sites/${s.id}`);
    for (const s of dataset.sources) expect(paths).toContain(`/sources/${s.id}`);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("writes each page as an absolute URL on the base", () => {
    expect(sitemapEntries(["/", "/events/a", "/events/a"], "https://tyl.example.org")).toEqual([
      { url: "https://tyl.example.org/" },
      { url: "https://tyl.example.org/events/a" },
    ]);
  });
});

describe("datasetVersion", () => {
  it("is twelve hex digits", () => {
    expect(datasetVersion(raw)).toMatch(/^[0-9a-f]{12}$/);
  });

  it("does not change with the order keys are written in", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(datasetVersion({ b: 1, a: 2 })).toBe(datasetVersion({ a: 2, b: 1 }));
  });

  it("changes when the content does", () => {
    expect(datasetVersion({ ...raw, events: raw.events.slice(1) })).not.toBe(datasetVersion(raw));
  });
});

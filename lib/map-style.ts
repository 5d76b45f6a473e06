import type { StyleSpecification } from "maplibre-gl";

/** Colours of the embedded basemap, chosen for contrast on a projector as well as a laptop. */
export const BASEMAP_COLOURS = {
  water: "#dfe7ee",
  land: "#f6f4ef",
  belarus: "#fff3cf",
  border: "#9aa3ad",
  belarusBorder: "#7a4f00",
  label: "#4a5560",
  belarusLabel: "#5c3b00",
} as const;

/** Local font stack for labels: the style has no `glyphs`, so MapLibre draws text with these fonts itself. */
export const LABEL_FONTS = ["Inter Variable", "Arial", "sans-serif"];

/**
 * The embedded basemap style: water, land, Belarus emphasised, borders and country names, all from
 * files this app serves itself (public/basemap/, built from Natural Earth by scripts/build-basemap.ts).
 */
export function embeddedStyle(origin: string): StyleSpecification {
  const url = (name: string) => `${origin}/basemap/${name}.json`;
  return {
    version: 8,
    name: "Tyl embedded basemap",
    sources: {
      countries: { type: "geojson", data: url("countries"), attribution: "Natural Earth" },
      borders: { type: "geojson", data: url("borders") },
      labels: { type: "geojson", data: url("labels") },
    },
    layers: [
      { id: "water", type: "background", paint: { "background-color": BASEMAP_COLOURS.water } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": BASEMAP_COLOURS.land } },
      {
        id: "belarus",
        type: "fill",
        source: "countries",
        filter: ["==", ["get", "belarus"], true],
        paint: { "fill-color": BASEMAP_COLOURS.belarus },
      },
      {
        id: "borders",
        type: "line",
        source: "borders",
        filter: ["==", ["get", "belarus"], false],
        paint: { "line-color": BASEMAP_COLOURS.border, "line-width": 0.8 },
      },
      {
        id: "belarus-border",
        type: "line",
        source: "borders",
        filter: ["==", ["get", "belarus"], true],
        paint: { "line-color": BASEMAP_COLOURS.belarusBorder, "line-width": 2 },
      },
      {
        id: "country-labels",
        type: "symbol",
        source: "labels",
        filter: [">", ["get", "area"], 20],
        layout: {
          "text-field": ["get", "name"],
          "text-font": LABEL_FONTS,
          "text-size": ["interpolate", ["linear"], ["zoom"], 3, 11, 7, 16],
          "text-transform": "uppercase",
          "text-letter-spacing": 0.08,
          "symbol-sort-key": ["-", 0, ["get", "area"]],
        },
        paint: {
          "text-color": ["case", ["get", "belarus"], BASEMAP_COLOURS.belarusLabel, BASEMAP_COLOURS.label],
          "text-halo-color": "#ffffff",
          "text-halo-width": 1.2,
        },
      },
    ],
  };
}

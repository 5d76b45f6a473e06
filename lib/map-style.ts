import type { CircleLayerSpecification, ExpressionSpecification, StyleSpecification, SymbolLayerSpecification } from "maplibre-gl";

import type { SlideTheme } from "./links";

/** The colours one variant of the embedded basemap uses. */
export interface BasemapColours {
  water: string;
  land: string;
  belarus: string;
  border: string;
  belarusBorder: string;
  /** The Ukraine–Belarus border, drawn apart from the rest of Belarus's border. */
  ukraineBorder: string;
  label: string;
  belarusLabel: string;
  /** Names of capitals and regional centres, and their dots. */
  place: string;
  halo: string;
}

/**
 * The basemap's colours: light for a laptop, dark for the slides' projector theme. Every label colour keeps
 * WCAG AA contrast (4.5:1) on the land and water it is written over; tests/unit/map-style.test.ts checks it.
 */
export const BASEMAP_THEMES: Record<SlideTheme, BasemapColours> = {
  light: {
    water: "#dfe7ee",
    land: "#f6f4ef",
    belarus: "#fff3cf",
    border: "#9aa3ad",
    belarusBorder: "#7a4f00",
    ukraineBorder: "#b3261e",
    label: "#4a5560",
    belarusLabel: "#5c3b00",
    place: "#3b4651",
    halo: "#ffffff",
  },
  dark: {
    water: "#0d1620",
    land: "#1c2430",
    belarus: "#2f2a1c",
    border: "#5b6775",
    belarusBorder: "#d9a53c",
    ukraineBorder: "#ff7a70",
    label: "#b7c2cc",
    belarusLabel: "#f0cf86",
    place: "#d3dbe3",
    halo: "#0b0f14",
  },
};

/** Colours of the light basemap, which the server-drawn static map also uses. */
export const BASEMAP_COLOURS = BASEMAP_THEMES.light;

/** Local font stack for labels: the style has no `glyphs`, so MapLibre draws text with these fonts itself. */
export const LABEL_FONTS = ["Inter Variable", "Arial", "sans-serif"];

/** The basemap's layer ids that other modules refer to. */
export const UKRAINE_BORDER_LAYER = "ukraine-border";
export const PLACE_LABEL_LAYER = "place-labels";
export const COUNTRY_LABEL_LAYER = "country-labels";
export const NEIGHBOUR_LABEL_LAYER = "neighbour-labels";

/** Who the basemap's data comes from, shown in the map's attribution control. */
export const BASEMAP_ATTRIBUTION = {
  countries: "Natural Earth",
  places: '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
} as const;

/** Where the app serves a basemap file (public/basemap/), on `origin` or, by default, its own. */
export const basemapUrl = (name: string, origin = ""): string => `${origin}/basemap/${name}.json`;

/**
 * The embedded basemap style: water, land, Belarus emphasised, borders (Ukraine's with Belarus apart), country
 * names, and capitals and regional centres, all from files this app serves itself (public/basemap/, built by
 * scripts/build-basemap.ts), in the light or the dark variant.
 */
export function embeddedStyle(origin: string, theme: SlideTheme = "light"): StyleSpecification {
  const url = (name: string) => basemapUrl(name, origin);
  const c = BASEMAP_THEMES[theme];
  const countryText: SymbolLayerSpecification["layout"] = {
    "text-field": ["get", "name"],
    "text-font": LABEL_FONTS,
    "text-size": ["interpolate", ["linear"], ["zoom"], 3, 11, 7, 16],
    "text-transform": "uppercase",
    "text-letter-spacing": 0.12,
  };
  const countryPaint: SymbolLayerSpecification["paint"] = {
    "text-color": ["case", ["get", "belarus"], c.belarusLabel, c.label],
    "text-halo-color": c.halo,
    "text-halo-width": 1.2,
  };
  return {
    version: 8,
    name: `Tyl embedded basemap (${theme})`,
    sources: {
      // The basemap is never drawn above zoom 8 from its own tiles (it is overzoomed past that) and is simplified
      // a little more than MapLibre's default, which keeps software-rendered frames and re-tiling cheap.
      countries: { type: "geojson", data: url("countries"), attribution: BASEMAP_ATTRIBUTION.countries, maxzoom: 8, tolerance: 0.8 },
      borders: { type: "geojson", data: url("borders"), maxzoom: 8, tolerance: 0.8 },
      labels: { type: "geojson", data: url("labels"), maxzoom: 8 },
      places: { type: "geojson", data: url("places"), attribution: BASEMAP_ATTRIBUTION.places, maxzoom: 8 },
    },
    layers: [
      { id: "water", type: "background", paint: { "background-color": c.water } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": c.land } },
      {
        id: "belarus",
        type: "fill",
        source: "countries",
        filter: ["==", ["get", "belarus"], true],
        paint: { "fill-color": c.belarus },
      },
      {
        id: "borders",
        type: "line",
        source: "borders",
        filter: ["==", ["get", "kind"], "other"],
        paint: { "line-color": c.border, "line-width": 0.8 },
      },
      {
        id: "belarus-border",
        type: "line",
        source: "borders",
        filter: ["==", ["get", "kind"], "belarus"],
        paint: { "line-color": c.belarusBorder, "line-width": 2 },
      },
      {
        id: UKRAINE_BORDER_LAYER,
        type: "line",
        source: "borders",
        filter: ["==", ["get", "kind"], "ukraine"],
        layout: { "line-join": "round", "line-cap": "round" },
        paint: { "line-color": c.ukraineBorder, "line-width": ["interpolate", ["linear"], ["zoom"], 4, 2.5, 8, 4] },
      },
      {
        id: "place-dots",
        type: "circle",
        source: "places",
        minzoom: 4,
        paint: {
          "circle-radius": ["case", ["get", "capital"], 3.5, 2.5],
          "circle-color": ["case", ["get", "capital"], c.place, c.halo],
          "circle-stroke-color": c.place,
          "circle-stroke-width": 1.2,
        },
      },
      {
        id: PLACE_LABEL_LAYER,
        type: "symbol",
        source: "places",
        minzoom: 4,
        layout: {
          "text-field": ["get", "name"],
          "text-font": LABEL_FONTS,
          "text-size": ["case", ["get", "capital"], 13, 11.5],
          "text-variable-anchor": ["left", "right", "top", "bottom"],
          "text-radial-offset": 0.55,
          "text-justify": "auto",
          "symbol-sort-key": ["-", 0, ["get", "population"]],
        },
        paint: { "text-color": c.place, "text-halo-color": c.halo, "text-halo-width": 1.4 },
      },
      {
        id: COUNTRY_LABEL_LAYER,
        type: "symbol",
        source: "labels",
        filter: ["all", ["==", ["get", "placement"], "centre"], ["any", ["get", "belarus"], [">", ["get", "area"], 20]]],
        layout: { ...countryText, "symbol-sort-key": ["case", ["get", "belarus"], -1e6, ["-", 0, ["get", "area"]]] },
        paint: countryPaint,
      },
      // A neighbour is named once beside Belarus when the region is in view, and along the shared border closer in.
      {
        id: "neighbour-labels-far",
        type: "symbol",
        source: "labels",
        maxzoom: 5,
        filter: ["==", ["get", "placement"], "far"],
        layout: countryText,
        paint: countryPaint,
      },
      {
        id: NEIGHBOUR_LABEL_LAYER,
        type: "symbol",
        source: "labels",
        minzoom: 5,
        filter: ["==", ["get", "placement"], "border"],
        layout: countryText,
        paint: countryPaint,
      },
    ],
  };
}

/** The site layers: selection rings under the symbols, the symbols, cluster badges and labels. */
export const SITE_SOURCE = "sites";
/** The same sites, never clustered, so a lit-up site shows even when its symbol sits inside a cluster. */
export const HIGHLIGHT_SOURCE = "site-highlights";
export const CLUSTER_LAYER = "site-clusters";
export const SYMBOL_LAYER = "site-symbols";

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const previewed: ExpressionSpecification = ["boolean", ["feature-state", "preview"], false];
const dimmed: ExpressionSpecification = ["boolean", ["feature-state", "dim"], false];

type SourcedLayer<T> = Omit<T, "source"> & { source: string };

export const siteLayers: {
  ring: SourcedLayer<CircleLayerSpecification>;
  symbols: SourcedLayer<SymbolLayerSpecification>;
  clusters: SourcedLayer<CircleLayerSpecification>;
  clusterCounts: SourcedLayer<SymbolLayerSpecification>;
} = {
  ring: {
    id: "site-rings",
    type: "circle",
    source: SITE_SOURCE,
    filter: ["!", ["has", "point_count"]],
    paint: {
      // The selection ring comes from the highlight layers; this one shows a hover preview from another view.
      "circle-radius": ["case", previewed, 15, 0],
      "circle-color": "rgba(0,0,0,0)",
      "circle-stroke-width": ["case", previewed, 3, 0],
      "circle-stroke-color": "#0b57d0",
    },
  },
  symbols: {
    id: SYMBOL_LAYER,
    type: "symbol",
    source: SITE_SOURCE,
    filter: ["!", ["has", "point_count"]],
    layout: {
      "icon-image": ["concat", "site-", ["get", "kind"]],
      "icon-size": ["interpolate", ["linear"], ["zoom"], 3, 0.75, 8, 1.05],
      "icon-allow-overlap": true,
      // Drawn whatever else is there, but they keep the basemap's place and country names off the sites.
      "icon-ignore-placement": false,
      "text-field": ["get", "name"],
      "text-font": LABEL_FONTS,
      "text-size": 12,
      "text-offset": [0, 1.3],
      "text-anchor": "top",
      "text-optional": true,
      "text-max-width": 10,
    },
    paint: {
      "icon-opacity": ["case", selected, 1, previewed, 1, dimmed, 0.3, 1],
      // Zoom may only drive a top-level step: names appear from zoom 6.5, earlier only for lit-up sites.
      "text-opacity": ["step", ["zoom"], ["case", selected, 1, previewed, 1, 0], 6.5, ["case", selected, 1, previewed, 1, dimmed, 0.35, 1]],
      "text-color": "#1f2933",
      "text-halo-color": "#ffffff",
      "text-halo-width": 1.4,
    },
  },
  clusters: {
    id: CLUSTER_LAYER,
    type: "circle",
    source: SITE_SOURCE,
    filter: ["has", "point_count"],
    paint: {
      "circle-color": "#1f2933",
      "circle-radius": ["interpolate", ["linear"], ["get", "point_count"], 2, 12, 10, 18],
      "circle-stroke-color": ["case", selected, "#ffcc00", "#ffffff"],
      "circle-stroke-width": 2,
    },
  },
  clusterCounts: {
    id: "site-cluster-counts",
    type: "symbol",
    source: SITE_SOURCE,
    filter: ["has", "point_count"],
    layout: {
      "text-field": ["to-string", ["get", "point_count"]],
      "text-font": LABEL_FONTS,
      "text-size": 12,
      "text-allow-overlap": true,
      // Padded to the cluster's circle, so a basemap name is not written underneath it.
      "text-padding": 10,
    },
    paint: { "text-color": "#ffffff" },
  },
};

/** The symbol layer scaled for the screen: a projector needs symbols and names a back row can read. */
export function scaledSymbols(scale: number): SourcedLayer<SymbolLayerSpecification> {
  if (scale === 1) return siteLayers.symbols;
  return {
    ...siteLayers.symbols,
    layout: {
      ...siteLayers.symbols.layout,
      "icon-size": ["interpolate", ["linear"], ["zoom"], 3, 0.75 * scale, 8, 1.05 * scale],
      "text-size": Math.round(12 * scale),
    },
  };
}

/** Rings and names for the lit-up sites, drawn from the unclustered copy and filtered to their ids. */
export function highlightLayers(ids: readonly string[]): { rings: SourcedLayer<CircleLayerSpecification>; labels: SourcedLayer<SymbolLayerSpecification> } {
  const filter: ExpressionSpecification = ["in", ["get", "id"], ["literal", [...ids]]];
  return {
    rings: {
      id: "site-highlight-rings",
      type: "circle",
      source: HIGHLIGHT_SOURCE,
      filter,
      paint: { "circle-radius": 17, "circle-color": "rgba(0,0,0,0)", "circle-stroke-width": 4, "circle-stroke-color": "#111111" },
    },
    labels: {
      id: "site-highlight-labels",
      type: "symbol",
      source: HIGHLIGHT_SOURCE,
      filter,
      layout: {
        "text-field": ["get", "name"],
        "text-font": LABEL_FONTS,
        "text-size": 13,
        "text-offset": [0, 1.5],
        "text-anchor": "top",
        "text-max-width": 12,
        "text-optional": true,
      },
      paint: { "text-color": "#111111", "text-halo-color": "#ffffff", "text-halo-width": 2 },
    },
  };
}

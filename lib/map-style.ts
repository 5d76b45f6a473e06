import type { CircleLayerSpecification, ExpressionSpecification, StyleSpecification, SymbolLayerSpecification } from "maplibre-gl";

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
      // The basemap is never drawn above zoom 8 from its own tiles (it is overzoomed past that) and is simplified
      // a little more than MapLibre's default, which keeps software-rendered frames and re-tiling cheap.
      countries: { type: "geojson", data: url("countries"), attribution: "Natural Earth", maxzoom: 8, tolerance: 0.8 },
      borders: { type: "geojson", data: url("borders"), maxzoom: 8, tolerance: 0.8 },
      labels: { type: "geojson", data: url("labels"), maxzoom: 8 },
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
      "icon-ignore-placement": true,
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

import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { ExpressionSpecification, LineLayerSpecification, SymbolLayerSpecification } from "maplibre-gl";
import type { DatedFlow } from "./dataset";
import { arcPoints, endBearing, flowWidth, isDashed, lanesOf, largestVolumes } from "./flows";
import type { Figure, Site } from "./schema";

/**
 * The flows as MapLibre draws them: one GeoJSON source holding each flow's curved line and its arrowhead
 * point under the flow's id, so one feature-state call lights or dims both. Kept apart from lib/map-style.ts
 * (the basemap and sites) so the two can change independently.
 */

export const FLOW_SOURCE = "flows";
export const FLOW_SOLID_LAYER = "flow-lines";
export const FLOW_DASHED_LAYER = "flow-lines-dashed";
export const FLOW_HEAD_LAYER = "flow-heads";
export const FLOW_ARROW_IMAGE = "flow-arrow";

/** The flows' ink: a deep purple no site symbol or category uses, dark enough for 3:1 on the basemap. */
export const FLOW_COLOUR = "#6a1b9a";

/** Properties of a flow's features. */
export interface FlowFeatureProps {
  id: string;
  what: string;
  width: number;
  dashed: boolean;
  /** Arrowhead only: the direction of travel at the end, degrees clockwise from north. */
  bearing?: number;
}

/** Each flow's line and arrowhead, for the flows given (already filtered to the window). */
export function flowFeatures(
  flows: readonly DatedFlow[],
  siteById: ReadonlyMap<string, Site>,
  figureById: ReadonlyMap<string, Figure>,
): FeatureCollection<LineString | Point, FlowFeatureProps> {
  const lanes = lanesOf(flows);
  const largest = largestVolumes(flows, figureById);
  const features: Feature<LineString | Point, FlowFeatureProps>[] = [];
  for (const flow of flows) {
    const from = siteById.get(flow.from);
    const to = siteById.get(flow.to);
    if (!from || !to) continue;
    const via = flow.via === undefined ? undefined : siteById.get(flow.via)?.coordinates;
    const points = arcPoints(from.coordinates, to.coordinates, lanes.get(flow.id) ?? 0, via);
    const props = {
      id: flow.id,
      what: flow.what,
      width: flowWidth(flow.volume === undefined ? undefined : figureById.get(flow.volume), largest),
      dashed: isDashed(flow),
    };
    features.push({ type: "Feature", properties: props, geometry: { type: "LineString", coordinates: points.map((p) => [...p]) } });
    // The head sits one step short of the end, so the site symbol drawn over the end does not hide it.
    const tip = points.slice(0, -1);
    features.push({ type: "Feature", properties: { ...props, bearing: endBearing(tip) }, geometry: { type: "Point", coordinates: [...tip.at(-1)!] } });
  }
  return { type: "FeatureCollection", features };
}

const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const previewed: ExpressionSpecification = ["boolean", ["feature-state", "preview"], false];
const dimmed: ExpressionSpecification = ["boolean", ["feature-state", "dim"], false];
const opacity: ExpressionSpecification = ["case", selected, 1, previewed, 1, dimmed, 0.18, 0.8];
const width: ExpressionSpecification = ["case", selected, ["+", ["get", "width"], 2], ["get", "width"]];

type SourcedLayer<T> = Omit<T, "source"> & { source?: string };

const line = (id: string, dashed: boolean): SourcedLayer<LineLayerSpecification> => ({
  id,
  type: "line",
  filter: ["all", ["==", ["geometry-type"], "LineString"], ["==", ["get", "dashed"], dashed]],
  layout: { "line-cap": dashed ? "butt" : "round", "line-join": "round" },
  paint: {
    "line-color": FLOW_COLOUR,
    "line-width": width,
    "line-opacity": opacity,
    // Dash lengths are in line widths; a short gap keeps a claimed flow readable as a line.
    ...(dashed ? { "line-dasharray": [2, 1.5] } : {}),
  },
});

/** The three flow layers: solid (confirmed) lines, dashed (reported, claimed, disputed) lines, arrowheads. */
export const flowLayers: {
  solid: SourcedLayer<LineLayerSpecification>;
  dashed: SourcedLayer<LineLayerSpecification>;
  heads: SourcedLayer<SymbolLayerSpecification>;
} = {
  solid: line(FLOW_SOLID_LAYER, false),
  dashed: line(FLOW_DASHED_LAYER, true),
  heads: {
    id: FLOW_HEAD_LAYER,
    type: "symbol",
    filter: ["==", ["geometry-type"], "Point"],
    layout: {
      "icon-image": FLOW_ARROW_IMAGE,
      "icon-rotate": ["get", "bearing"],
      "icon-rotation-alignment": "map",
      "icon-allow-overlap": true,
      "icon-ignore-placement": true,
      "icon-size": ["interpolate", ["linear"], ["get", "width"], 1.5, 0.55, 7, 1],
    },
    paint: { "icon-color": FLOW_COLOUR, "icon-opacity": opacity },
  },
};

/** The arrowhead as an SDF image (a triangle pointing up, i.e. north before rotation) that `icon-color` tints. */
export function arrowImage(size = 24): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    const half = ((y + 0.5) / size) * (size / 2);
    for (let x = 0; x < size; x++) {
      const inside = Math.abs(x + 0.5 - size / 2) <= half;
      data[(y * size + x) * 4 + 3] = inside ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}

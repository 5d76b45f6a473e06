import type { DatedFlow } from "./dataset";
import type { Interval } from "./dates";
import type { Figure, LonLat } from "./schema";

/**
 * Flows as the map draws them: pure geometry and rules, no MapLibre. An arrow is a quadratic curve from one
 * site to the other, bent to one side so that flows both ways between two places, or several accounts of one
 * flow, stay apart instead of lying on top of each other.
 */

/** Points along each arc; enough for a smooth curve at country scale, few enough for a thousand flows. */
export const ARC_POINTS = 24;

/** The thinnest and widest arrow, in pixels; a flow without a number is drawn at the thinnest. */
export const FLOW_WIDTH = { min: 1.5, max: 7 } as const;

/**
 * A curved arc from `from` to `to` through `via` (when given), as [lon, lat] points. `lane` 0 bends least;
 * each further lane bends more, so flows between the same pair are drawn side by side.
 */
export function arcPoints(from: LonLat, to: LonLat, lane = 0, via?: LonLat): LonLat[] {
  if (via) {
    const first = arcPoints(from, via, lane);
    return [...first, ...arcPoints(via, to, lane).slice(1)];
  }
  const [x0, y0] = from;
  const [x1, y1] = to;
  const dx = x1 - x0;
  const dy = y1 - y0;
  // Bend to the left of the direction of travel, so A→B and B→A lie on opposite sides.
  const bend = 0.14 + 0.04 * lane;
  const cx = (x0 + x1) / 2 - dy * bend;
  const cy = (y0 + y1) / 2 + dx * bend;
  const points: LonLat[] = [];
  for (let i = 0; i <= ARC_POINTS; i++) {
    const t = i / ARC_POINTS;
    const u = 1 - t;
    points.push([u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1]);
  }
  return points;
}

/** The direction of travel at the end of an arc, in degrees clockwise from north, for the arrowhead. */
export function endBearing(points: readonly LonLat[]): number {
  const [x0, y0] = points.at(-2)!;
  const [x1, y1] = points.at(-1)!;
  // Longitude degrees shrink with latitude; without this the heads of east-west arrows point askew.
  const east = (x1 - x0) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  return (Math.atan2(east, y1 - y0) * 180) / Math.PI;
}

/** True while the flow runs during the window: the same overlap rule as events (lib/filter.ts). */
export const isActive = (flow: Pick<DatedFlow, "interval">, window: Interval): boolean => flow.interval.start < window.end && flow.interval.end > window.start;

/** The flows active in the window, in their order. */
export const activeFlows = <T extends Pick<DatedFlow, "interval">>(flows: readonly T[], window: Interval): T[] => flows.filter((f) => isActive(f, window));

/**
 * Arrow width from a volume figure: a log scale between the thinnest and widest arrow, so 60 vehicles and
 * 130,000 tonnes both read, with the largest volume of the same unit at the widest. A figure with no number
 * (a vague word such as "hundreds") or no figure keeps the thinnest width: no width is made up.
 */
export function flowWidth(figure: Pick<Figure, "value" | "unit"> | undefined, largestByUnit: ReadonlyMap<string, number>): number {
  if (!figure || figure.value === null || figure.value <= 0) return FLOW_WIDTH.min;
  const largest = largestByUnit.get(figure.unit) ?? figure.value;
  const share = largest <= 1 ? 1 : Math.log10(Math.max(1, figure.value)) / Math.log10(largest);
  return FLOW_WIDTH.min + (FLOW_WIDTH.max - FLOW_WIDTH.min) * Math.min(1, Math.max(0, share));
}

/** The largest volume of each unit among the flows' figures, for `flowWidth`. */
export function largestVolumes(flows: readonly Pick<DatedFlow, "volume">[], figureById: ReadonlyMap<string, Figure>): Map<string, number> {
  const largest = new Map<string, number>();
  for (const flow of flows) {
    const figure = flow.volume === undefined ? undefined : figureById.get(flow.volume);
    if (figure?.value != null) largest.set(figure.unit, Math.max(largest.get(figure.unit) ?? 0, figure.value));
  }
  return largest;
}

/** Dashed unless confirmed: a reported, claimed or disputed flow must not look like a fact. */
export const isDashed = (flow: Pick<DatedFlow, "confidence">): boolean => flow.confidence !== "confirmed";

/**
 * The lane of each flow: 0 for the first flow between a pair of sites (in either direction), 1 for the
 * second, and so on, so `arcPoints` draws them apart.
 */
export function lanesOf(flows: readonly Pick<DatedFlow, "id" | "from" | "to">[]): Map<string, number> {
  const seen = new Map<string, number>();
  const lanes = new Map<string, number>();
  for (const flow of flows) {
    const key = flow.from < flow.to ? `${flow.from}|${flow.to}` : `${flow.to}|${flow.from}`;
    const lane = seen.get(key) ?? 0;
    seen.set(key, lane + 1);
    lanes.set(flow.id, lane);
  }
  return lanes;
}

/** A flow's sites: where it leaves, where it passes, where it arrives. */
export const flowSiteIds = (flow: Pick<DatedFlow, "from" | "to" | "via">): string[] => (flow.via ? [flow.from, flow.via, flow.to] : [flow.from, flow.to]);

import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay } from "d3-time";
import type { DatedEvent } from "./dataset";
import { parsePartialDate, type Interval } from "./dates";
import { FIRST_YEAR, LAST_YEAR } from "./defaults";
import { byPriority, estimateTextWidth, stackInOrder, type MeasureText, type Stacking, type StackItem, type Track } from "./timeline-layout";
import { ACTORS, CATEGORIES, type Actor, type Category } from "./vocabulary";

/** How lanes are split. */
export type LaneMode = "category" | "actor";

/** The lane keys in display order for a mode. */
export const laneKeys = (mode: LaneMode): readonly (Category | Actor)[] => (mode === "category" ? CATEGORIES : ACTORS);

/** The lane an event sits in: its category, or its first-named actor. */
export const laneOf = (event: DatedEvent, mode: LaneMode): Category | Actor => (mode === "category" ? event.category : (event.actors[0] ?? "belarus"));

/**
 * How an event is drawn, so a date is never shown as more exact than it is:
 * `point` a known day; `span` a known start and end; `bracket` a month or year drawn across its length;
 * `fuzzy` a vague date ("late 1990s"), drawn across its period with faded ends; `known-by` an event known only
 * to have happened by its date, drawn as an open bar that fades in from the left and ends at that date.
 */
export type MarkShape = "point" | "span" | "bracket" | "fuzzy" | "known-by";

export function markShape(event: Pick<DatedEvent, "date" | "end" | "datePrecision"> & Partial<Pick<DatedEvent, "dateBasis">>): MarkShape {
  if (event.dateBasis === "known-by") return "known-by";
  if (event.datePrecision === "approximate") return "fuzzy";
  if (event.end !== undefined) return "span";
  return parsePartialDate(event.date)?.granularity === "day" ? "point" : "bracket";
}

/** How far back the open bar of a `known-by` event reaches before it has faded out. */
export const KNOWN_BY_FADE_MS = 365 * 86_400_000;

/**
 * The stretch of time a mark covers: the event's interval, except that a `known-by` event, which may lie
 * anywhere in its long interval, is drawn over its last year only (or less, from `notBefore`), fading out.
 */
export function drawnSpan(event: Pick<DatedEvent, "interval" | "dateBasis">): Interval {
  if (event.dateBasis !== "known-by") return event.interval;
  const { start, end } = event.interval;
  return { start: new Date(Math.max(start.getTime(), end.getTime() - KNOWN_BY_FADE_MS)), end };
}

/** What the timeline draws of an event, worked out once per event: every zoom step and frame reads it again. */
interface Drawn {
  shape: MarkShape;
  /** The drawn span, in milliseconds. */
  start: number;
  end: number;
  label: string;
}

const drawnCache = new WeakMap<DatedEvent, Drawn>();

function drawn(event: DatedEvent): Drawn {
  let known = drawnCache.get(event);
  if (!known) {
    const span = drawnSpan(event);
    known = { shape: markShape(event), start: span.start.getTime(), end: span.end.getTime(), label: markLabel(event) };
    drawnCache.set(event, known);
  }
  return known;
}

/**
 * An events list as the timeline reads it at every zoom step and frame: its columns worked out once per list,
 * as typed arrays, and its marks in the order stacking takes them (confirmed first, then by date and id), so
 * a stacking walks the list instead of sorting it again.
 */
interface Prepared {
  ids: string[];
  /** Each event's interval (where it may lie), and the span its mark covers, in milliseconds. */
  from: Float64Array;
  to: Float64Array;
  start: Float64Array;
  end: Float64Array;
  shapes: MarkShape[];
  labels: string[];
  confirmed: Uint8Array;
  order: Int32Array;
  lanes: Map<LaneMode, (Category | Actor)[]>;
  /** Label widths at a font size, by the default estimate. */
  widths: Map<number, Float64Array>;
}

const preparedCache = new WeakMap<readonly DatedEvent[], Prepared>();

function prepare(events: readonly DatedEvent[]): Prepared {
  let p = preparedCache.get(events);
  if (p) return p;
  const n = events.length;
  p = {
    ids: new Array<string>(n),
    from: new Float64Array(n),
    to: new Float64Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    shapes: new Array<MarkShape>(n),
    labels: new Array<string>(n),
    confirmed: new Uint8Array(n),
    order: new Int32Array(n),
    lanes: new Map(),
    widths: new Map(),
  };
  events.forEach((event, i) => {
    const d = drawn(event);
    p!.ids[i] = event.id;
    p!.from[i] = event.interval.start.getTime();
    p!.to[i] = event.interval.end.getTime();
    p!.start[i] = d.start;
    p!.end[i] = d.end;
    p!.shapes[i] = d.shape;
    p!.labels[i] = d.label;
    p!.confirmed[i] = event.confidence === "confirmed" ? 1 : 0;
  });
  const { ids, start, confirmed } = p;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => confirmed[b]! - confirmed[a]! || start[a]! - start[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
  );
  p.order.set(order);
  preparedCache.set(events, p);
  return p;
}

const lanesOf = (p: Prepared, events: readonly DatedEvent[], mode: LaneMode) => {
  let lanes = p.lanes.get(mode);
  if (!lanes) p.lanes.set(mode, (lanes = events.map((e) => laneOf(e, mode))));
  return lanes;
};

/** Indices of the events (sorted by start) whose interval overlaps [from, to), found by bisection and one scan. */
function indicesInWindow(p: Prepared, from: number, to: number): number[] {
  let lo = 0;
  let hi = p.from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.from[mid]! < to) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = 0; i < lo; i += 1) if (p.to[i]! > from) out.push(i);
  return out;
}

/** A time scale for the window over a pixel width, in UTC. */
export const timeScale = (start: Date, end: Date, width: number): ScaleTime<number, number> =>
  scaleUtc()
    .domain([start, end])
    .range([0, Math.max(1, width)]);

/** The smallest window the timeline zooms to: two weeks. */
export const MIN_SPAN_MS = 14 * 86_400_000;
/** The earliest and latest dates the timeline reaches: the years the data check allows events in. */
export const EXTENT = { start: new Date(Date.UTC(FIRST_YEAR, 0, 1)), end: new Date(Date.UTC(LAST_YEAR + 1, 0, 1)) };

const clampWindow = (start: number, end: number): [number, number] => {
  const span = Math.min(Math.max(end - start, MIN_SPAN_MS), EXTENT.end.getTime() - EXTENT.start.getTime());
  let s = start;
  if (s < EXTENT.start.getTime()) s = EXTENT.start.getTime();
  if (s + span > EXTENT.end.getTime()) s = EXTENT.end.getTime() - span;
  return [s, s + span];
};

/** Zooms the window by `factor` (< 1 zooms in) around the date at `anchor` (0 = left edge, 1 = right edge). */
export function zoomWindow(start: Date, end: Date, factor: number, anchor = 0.5): { start: Date; end: Date } {
  const a = start.getTime();
  const span = end.getTime() - a;
  const pivot = a + span * anchor;
  const next = span * factor;
  const [s, e] = clampWindow(pivot - next * anchor, pivot - next * anchor + next);
  return { start: new Date(s), end: new Date(e) };
}

/** Pans the window by a fraction of its own length (negative moves back in time). */
export function panWindow(start: Date, end: Date, fraction: number): { start: Date; end: Date } {
  const span = end.getTime() - start.getTime();
  const [s, e] = clampWindow(start.getTime() + span * fraction, end.getTime() + span * fraction);
  return { start: new Date(s), end: new Date(e) };
}

/**
 * A window as the URL's inclusive `from`/`to` days: from the day the window starts in, for as many whole days
 * as the window is long (rounded). Keeping the length, rather than widening to cover both ends, means a window
 * panned step by step (Play, Page Down) stays the length it was instead of growing by a day at every step.
 */
export function windowToDays(start: Date, end: Date): { from: string; to: string } {
  const first = utcDay.floor(start);
  const days = Math.max(1, Math.round((end.getTime() - start.getTime()) / 86_400_000));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { from: iso(first), to: iso(utcDay.offset(first, days - 1)) };
}

/**
 * The events whose interval overlaps [start, end): only these are drawn. A known-by event counts wherever it
 * may have happened, so a chapter that lists it shows it, even when its bar near its date is off to the right.
 * Events must be sorted by start.
 */
export function visibleEvents(events: readonly DatedEvent[], start: Date, end: Date): DatedEvent[] {
  return indicesInWindow(prepare(events), start.getTime(), end.getTime()).map((i) => events[i]!);
}

/** A landmark annotated on the axis: an event the data flags with a short label. */
export interface Landmark {
  id: string;
  label: string;
  /** Which side of the band the label sits on, so neighbouring labels do not collide. */
  anchor: "start" | "end";
  start: Date;
  end: Date;
}

/** Roughly how wide a landmark label is drawn, in pixels per character. */
const LABEL_CHAR_PX = 6.2;

/**
 * The landmarks inside a window, each label on the side of its band where it does not run into the next one:
 * to the right when there is room before the next landmark, else to the left.
 */
export function placeLandmarks(events: readonly DatedEvent[], x: ScaleTime<number, number>, window: Interval): Landmark[] {
  const marked = events
    .filter((e) => e.landmark && e.interval.end > window.start && e.interval.start < window.end)
    .sort((a, b) => a.interval.start.getTime() - b.interval.start.getTime());
  return marked.map((event, i) => {
    const label = event.landmark!;
    const next = marked[i + 1];
    const room = next ? x(next.interval.start) - x(event.interval.end) : Infinity;
    return { id: event.id, label, anchor: room > label.length * LABEL_CHAR_PX + 12 ? "start" : "end", start: event.interval.start, end: event.interval.end };
  });
}

/** Height of the axis strip above the lanes, in pixels. */
export const AXIS_HEIGHT = 26;
/** Above this many marks in the window, marks are drawn to a canvas and only lit-up ones stay in the DOM. */
export const CANVAS_THRESHOLD = 1500;
/** A mark drawn at least this wide is a background range: a thin line in the rows beneath the point marks. */
export const BACKGROUND_PX = 96;

/** The sizes the layout works in: larger type and rows on a projector-sized plot, fewer rows on a phone. */
export function layoutMetrics(width: number) {
  const big = width > 1500;
  const phone = width < 500;
  return {
    fontPx: big ? 13 : 11,
    rowHeight: big ? 24 : 20,
    backgroundRowHeight: big ? 19 : 16,
    lanePad: 3,
    maxRows: phone ? { point: 2, background: 3 } : { point: 5, background: 12 },
  };
}

/** One lane's box: where it starts, how tall its rows make it, and the events it had no room for in the window. */
export interface LaneBox {
  key: Category | Actor;
  top: number;
  height: number;
  pointRows: number;
  backgroundRows: number;
  /** Ids of events in the window that the lane could not show within its row limit. */
  hidden: string[];
  expanded: boolean;
}

/** Where one mark and its label are drawn, in the window's pixels. */
export interface MarkGeometry {
  shape: MarkShape;
  track: Track;
  x0: number;
  x1: number;
  /** The centre of a point row, or the line of a background row. */
  y: number;
  /** The label as drawn (maybe cut short with an ellipsis), or empty. */
  label: string;
  labelX: number;
  labelY: number;
  labelWidth: number;
}

/** Where everything on the timeline goes, for one window at one width. */
export interface TimelineLayout {
  width: number;
  height: number;
  lanes: readonly (Category | Actor)[];
  laneBoxes: readonly LaneBox[];
  fontPx: number;
  x: ScaleTime<number, number>;
  /** The events drawn: those overlapping the window and given a row, in time order. */
  visible: DatedEvent[];
  /** True when `visible` is drawn to a canvas. */
  dense: boolean;
  /** The vertical centre of an event's mark. */
  laneY: (event: DatedEvent) => number;
  geometry: (event: DatedEvent) => MarkGeometry;
  ticks: Date[];
  tickFormat: (date: Date) => string;
  /** The landmarks overlapping the window. */
  landmarks: readonly Landmark[];
}

/** What the layout gives priority to, and how it measures text. */
export interface LayoutOptions {
  /** The selection: labelled first. */
  selected?: ReadonlySet<string>;
  /** The current chapter's or slide's events: labelled next. */
  lit?: ReadonlySet<string>;
  /** Lanes shown with all their rows. */
  expanded?: ReadonlySet<string>;
  measure?: MeasureText;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A mark's label: its title, and for an event known only by a date, that date first ("by Sep 2025 · …"). */
export function markLabel(event: Pick<DatedEvent, "title" | "date" | "dateBasis">): string {
  if (event.dateBasis !== "known-by") return event.title;
  const [y, m, d] = event.date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return `by ${[d && Number(d), month, y].filter(Boolean).join(" ")} · ${event.title}`;
}

const POINT_R = 6;

/**
 * Stacks `events` in their lanes at the scale of a window `spanMs` long drawn `width` pixels wide. Positions
 * count from a fixed origin, so the result depends on the zoom and not on where the window is: panning never
 * moves a mark to another row. Exposed so a view can keep it while only the window's start changes.
 */
export function stackTimeline(events: readonly DatedEvent[], mode: LaneMode, spanMs: number, width: number, options: LayoutOptions = {}): Stacking {
  const { fontPx, maxRows } = layoutMetrics(width);
  const p = prepare(events);
  const lanes = lanesOf(p, events, mode);
  let widths = options.measure ? undefined : p.widths.get(fontPx);
  if (!widths && !options.measure) p.widths.set(fontPx, (widths = Float64Array.from(p.labels, (label) => estimateTextWidth(label, fontPx))));
  const measure = options.measure ?? ((text: string) => estimateTextWidth(text, fontPx));
  const perMs = Math.max(1, width) / spanMs;
  const origin = EXTENT.start.getTime();
  const selected = options.selected ?? new Set<string>();
  const lit = options.lit ?? new Set<string>();
  const item = (i: number, tier: number): StackItem => {
    const shape = p.shapes[i]!;
    const x0 = (p.start[i]! - origin) * perMs;
    const x1 = Math.max(x0, (p.end[i]! - origin) * perMs);
    const background = shape === "known-by" || (shape !== "point" && x1 - x0 >= BACKGROUND_PX);
    const markX0 = shape === "point" ? x0 - POINT_R - 2 : x0;
    const markX1 = shape === "point" ? x0 + POINT_R + 2 : Math.max(x1, x0 + 2);
    return {
      id: p.ids[i]!,
      lane: lanes[i]!,
      track: background ? "background" : "point",
      x0: markX0,
      x1: markX1,
      labelX: background ? x0 + 2 : markX1 + 2,
      label: p.labels[i]!,
      labelWidth: widths?.[i],
      tier,
      time: p.start[i]!,
    };
  };
  // The selection and the lit events go first (few, so sorted here); the rest keep the prepared order.
  const first: StackItem[] = [];
  const ahead = new Set<number>();
  if (selected.size + lit.size > 0)
    p.ids.forEach((id, i) => {
      const tier = selected.has(id) ? 0 : lit.has(id) ? 1 : -1;
      if (tier < 0) return;
      first.push(item(i, tier));
      ahead.add(i);
    });
  const items = first.sort(byPriority);
  for (const i of p.order) if (!ahead.has(i)) items.push(item(i, p.confirmed[i] ? 2 : 3));
  return stackInOrder(items, { measure, maxRows, expanded: options.expanded });
}

const landmarkCache = new WeakMap<readonly DatedEvent[], DatedEvent[]>();

/** The events flagged as landmarks, picked out once per dataset. */
function landmarkEvents(events: readonly DatedEvent[]): DatedEvent[] {
  let marked = landmarkCache.get(events);
  if (!marked) landmarkCache.set(events, (marked = events.filter((e) => e.landmark)));
  return marked;
}

const lanesCache = new WeakMap<readonly DatedEvent[], Map<LaneMode, ReadonlySet<string>>>();

/** The lanes a dataset's events fall in, worked out once per dataset and mode. */
function lanesUsed(events: readonly DatedEvent[], mode: LaneMode): ReadonlySet<string> {
  let byMode = lanesCache.get(events);
  if (!byMode) lanesCache.set(events, (byMode = new Map()));
  let used = byMode.get(mode);
  if (!used) byMode.set(mode, (used = new Set(events.map((e) => laneOf(e, mode)))));
  return used;
}

/**
 * Lays out a window: lanes come from `allEvents` (so filtering never changes which lanes there are), the marks
 * from `events` (those passing the filters, in time order), stacked by `stackTimeline` unless a stacking made
 * at the same zoom is passed in. A lane is as tall as the rows its marks in the window use.
 */
export function timelineLayout(
  allEvents: readonly DatedEvent[],
  events: readonly DatedEvent[],
  window: Interval,
  mode: LaneMode,
  width: number,
  options: LayoutOptions = {},
  stacking: Stacking = stackTimeline(events, mode, window.end.getTime() - window.start.getTime(), width, options),
): TimelineLayout {
  const metrics = layoutMetrics(width);
  const used = lanesUsed(allEvents, mode);
  const lanes = laneKeys(mode).filter((key) => used.has(key));
  const x = timeScale(window.start, window.end, width);
  const prepared = prepare(events);
  const laneOfIndex = lanesOf(prepared, events, mode);
  const visible: DatedEvent[] = [];
  const hidden = new Map<string, string[]>();
  const rowsUsed = new Map<string, { point: number; background: number }>();
  for (const i of indicesInWindow(prepared, window.start.getTime(), window.end.getTime())) {
    const id = prepared.ids[i]!;
    const key = laneOfIndex[i]!;
    const p = stacking.placed.get(id);
    if (!p) {
      const list = hidden.get(key);
      if (list) list.push(id);
      else hidden.set(key, [id]);
      continue;
    }
    visible.push(events[i]!);
    let r = rowsUsed.get(key);
    if (!r) rowsUsed.set(key, (r = { point: 0, background: 0 }));
    r[p.track] = Math.max(r[p.track], p.row + 1);
  }
  let top = AXIS_HEIGHT;
  const laneBoxes: LaneBox[] = lanes.map((key) => {
    const r = rowsUsed.get(key) ?? { point: 0, background: 0 };
    const pointRows = r.point === 0 && r.background === 0 ? 1 : r.point;
    // Never shorter than one point row, so the lane's name beside it always fits.
    const height = metrics.lanePad * 2 + Math.max(metrics.rowHeight, pointRows * metrics.rowHeight + r.background * metrics.backgroundRowHeight);
    const box = {
      key,
      top,
      height,
      pointRows,
      backgroundRows: r.background,
      hidden: hidden.get(key) ?? [],
      expanded: options.expanded?.has(key) ?? false,
    };
    top += height;
    return box;
  });
  const laneIndex = new Map<string, LaneBox>(laneBoxes.map((b) => [b.key, b]));
  const geometry = (event: DatedEvent): MarkGeometry => {
    const lane = laneIndex.get(laneOf(event, mode)) ?? laneBoxes[0]!;
    const p = stacking.placed.get(event.id) ?? { row: 0, track: "point" as const, label: "", labelWidth: 0, labelRoom: 0 };
    const { shape, start, end } = drawn(event);
    const x0 = x(start);
    const x1 = Math.max(x0, x(end));
    if (p.track === "point") {
      const y = lane.top + metrics.lanePad + p.row * metrics.rowHeight + metrics.rowHeight / 2;
      const labelX = (shape === "point" ? x0 + POINT_R + 2 : Math.max(x1, x0 + 2)) + 2;
      return { shape, track: p.track, x0, x1, y, label: p.label, labelX, labelY: y + metrics.fontPx * 0.36, labelWidth: p.labelWidth };
    }
    const rowTop = lane.top + metrics.lanePad + lane.pointRows * metrics.rowHeight + p.row * metrics.backgroundRowHeight;
    const boxEnd = x0 + 2 + p.labelRoom;
    return {
      shape,
      track: p.track,
      x0,
      x1,
      y: rowTop + metrics.backgroundRowHeight - 4,
      label: p.label,
      labelX: Math.min(Math.max(x0, 0) + 2, boxEnd - p.labelWidth),
      labelY: rowTop + 1 + metrics.fontPx * 0.95,
      labelWidth: p.labelWidth,
    };
  };
  return {
    width,
    height: top + 6,
    lanes,
    laneBoxes,
    fontPx: metrics.fontPx,
    x,
    visible,
    dense: visible.length > CANVAS_THRESHOLD,
    laneY: (event) => geometry(event).y,
    geometry,
    ticks: x.ticks(Math.max(2, Math.floor(width / 140))),
    tickFormat: x.tickFormat(),
    landmarks: placeLandmarks(landmarkEvents(allEvents), x, window),
  };
}

/** The event whose mark is under a point of the plot, nearest first; null when none is within a few pixels. */
export function hitTest(layout: Pick<TimelineLayout, "visible" | "x" | "laneY">, px: number, py: number): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const event of layout.visible) {
    if (Math.abs(layout.laneY(event) - py) > 8) continue;
    const { start, end } = drawn(event);
    const x0 = layout.x(start);
    const x1 = Math.max(x0, layout.x(end));
    const distance = px < x0 ? x0 - px : px > x1 ? px - x1 : 0;
    if (distance <= 6 && (!best || distance < best.distance)) best = { id: event.id, distance };
  }
  return best?.id ?? null;
}

import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay } from "d3-time";
import type { DatedEvent } from "./dataset";
import { parsePartialDate, type Interval } from "./dates";
import { FIRST_YEAR, LAST_YEAR } from "./defaults";
import { ACTORS, CATEGORIES, type Actor, type Category } from "./vocabulary";

/** How lanes are split. */
export type LaneMode = "category" | "actor";

/** The lane keys in display order for a mode. */
export const laneKeys = (mode: LaneMode): readonly (Category | Actor)[] => (mode === "category" ? CATEGORIES : ACTORS);

/** The lane an event sits in: its category, or its first-named actor. */
export const laneOf = (event: DatedEvent, mode: LaneMode): Category | Actor =>
  mode === "category" ? event.category : (event.actors[0] ?? "belarus");

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

/** A time scale for the window over a pixel width, in UTC. */
export const timeScale = (start: Date, end: Date, width: number): ScaleTime<number, number> =>
  scaleUtc().domain([start, end]).range([0, Math.max(1, width)]);

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

/** The events whose interval overlaps [start, end): only these are drawn. Events must be sorted by start. */
export function visibleEvents(events: readonly DatedEvent[], start: Date, end: Date): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const event of events) {
    if (event.interval.start >= end) break;
    if (event.interval.end > start) out.push(event);
  }
  return out;
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

/** Where everything on the timeline goes, for one window at one width. */
export interface TimelineLayout {
  width: number;
  height: number;
  lanes: readonly (Category | Actor)[];
  laneHeight: number;
  x: ScaleTime<number, number>;
  /** The events drawn: those overlapping the window, in time order. */
  visible: DatedEvent[];
  /** True when `visible` is drawn to a canvas. */
  dense: boolean;
  laneY: (event: DatedEvent) => number;
  ticks: Date[];
  tickFormat: (date: Date) => string;
  /** The landmarks overlapping the window. */
  landmarks: readonly Landmark[];
}

/**
 * Lays out a window: lanes come from `allEvents` (so filtering never changes the timeline's height), the marks
 * from `events` (those passing the filters, in time order).
 */
export function timelineLayout(allEvents: readonly DatedEvent[], events: readonly DatedEvent[], window: Interval, mode: LaneMode, width: number): TimelineLayout {
  const used = new Set(allEvents.map((e) => laneOf(e, mode)));
  const lanes = laneKeys(mode).filter((key) => used.has(key));
  const laneIndex = new Map<string, number>(lanes.map((key, i) => [key, i]));
  const laneHeight = width > 1500 ? 28 : 22;
  const x = timeScale(window.start, window.end, width);
  const visible = visibleEvents(events, window.start, window.end);
  return {
    width,
    height: AXIS_HEIGHT + Math.max(1, lanes.length) * laneHeight + 6,
    lanes,
    laneHeight,
    x,
    visible,
    dense: visible.length > CANVAS_THRESHOLD,
    laneY: (event) => AXIS_HEIGHT + (laneIndex.get(laneOf(event, mode)) ?? 0) * laneHeight + laneHeight / 2,
    ticks: x.ticks(Math.max(2, Math.floor(width / 140))),
    tickFormat: x.tickFormat(),
    landmarks: placeLandmarks(allEvents, x, window),
  };
}

/** The event whose mark is under a point of the plot, nearest first; null when none is within a few pixels. */
export function hitTest(layout: Pick<TimelineLayout, "visible" | "x" | "laneY">, px: number, py: number): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const event of layout.visible) {
    if (Math.abs(layout.laneY(event) - py) > 8) continue;
    const span = drawnSpan(event);
    const x0 = layout.x(span.start);
    const x1 = Math.max(x0, layout.x(span.end));
    const distance = px < x0 ? x0 - px : px > x1 ? px - x1 : 0;
    if (distance <= 6 && (!best || distance < best.distance)) best = { id: event.id, distance };
  }
  return best?.id ?? null;
}

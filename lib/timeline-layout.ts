/**
 * Stacking and labels for the timeline, as pure arithmetic on pixel boxes: within a lane, marks whose boxes
 * (the mark and its label) would overlap go to sub-rows; long marks go to thin background rows beneath the
 * point rows; labels that do not fit are cut short with an ellipsis; marks past a lane's row limit are counted
 * as "+N more". Positions are measured from a fixed origin at a given scale (pixels per millisecond), not from
 * the window, so panning only translates the result.
 */

/** Measures a label's width in pixels at the layout's font size. */
export type MeasureText = (text: string) => number;

/** Which rows a mark is stacked in: the point rows, or the thin background rows beneath them. */
export type Track = "point" | "background";

/** One mark to place, in absolute pixels from the layout's origin. */
export interface StackItem {
  id: string;
  lane: string;
  track: Track;
  /** The horizontal extent of the mark itself. */
  x0: number;
  x1: number;
  /** Where the label would start (right of a point mark, at the start of a background line). */
  labelX: number;
  label: string;
  /** Lower places first when space is short: 0 the selection, 1 lit, 2 confirmed, 3 the rest. */
  tier: number;
  /** The event's start, for the order within a tier. */
  time: number;
  /** The label's full width, when the caller has it already; measured otherwise. */
  labelWidth?: number;
}

/** Where a mark went. */
export interface Placement {
  row: number;
  track: Track;
  /** The label as drawn, possibly cut short with an ellipsis; empty when there was no room for one. */
  label: string;
  labelWidth: number;
  /** How far the label may run from where it starts before it meets the next box in its row. */
  labelRoom: number;
}

/** The result of stacking: a placement per shown mark, and how many marks each lane could not show. */
export interface Stacking {
  placed: Map<string, Placement>;
  overflow: Map<string, string[]>;
}

/** How stacking is limited. */
export interface StackOptions {
  measure: MeasureText;
  /** Rows per track in a lane, unless the lane is expanded. */
  maxRows: { point: number; background: number };
  expanded?: ReadonlySet<string>;
  /** The most rows an expanded lane takes, per track. */
  expandedRows?: number;
  /** Pixels kept clear between one box and the next. */
  gap?: number;
  /** A label shorter than this (in pixels) is not drawn. */
  minLabel?: number;
}

const ELLIPSIS = "…";

/** Rough widths of Inter's glyphs in ems, a little generous so a label measured this way is never wider on screen. */
const NARROW = new Set("ijlIft.,;:!'|()[] ");
const WIDE = new Set("mwMW@%");

const estimates = new Map<number, Map<string, number>>();

/**
 * A per-character estimate of a label's width at `px` pixels, for servers and tests where there is no canvas.
 * Remembered per size: the same titles are measured again at every zoom step.
 */
export function estimateTextWidth(text: string, px: number): number {
  let known = estimates.get(px);
  if (!known) estimates.set(px, (known = new Map()));
  let width = known.get(text);
  if (width === undefined) known.set(text, (width = estimate(text, px)));
  return width;
}

function estimate(text: string, px: number): number {
  let ems = 0;
  for (const c of text) {
    if (NARROW.has(c)) ems += 0.33;
    else if (WIDE.has(c)) ems += 0.92;
    else if (c >= "A" && c <= "Z") ems += 0.7;
    else if (c >= "0" && c <= "9") ems += 0.62;
    else ems += 0.58;
  }
  return Math.ceil(ems * px * 1.04);
}

/** The longest start of `text` that, with an ellipsis, measures at most `room`; empty when not even a letter fits. */
export function truncateLabel(text: string, room: number, measure: MeasureText): string {
  if (measure(text) <= room) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join("").trimEnd() + ELLIPSIS) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : chars.slice(0, lo).join("").trimEnd() + ELLIPSIS;
}

/** One row: occupied [start, end) boxes in order, none overlapping, and whose they are. */
type Row = { starts: number[]; ends: number[]; ids: string[] };

/** The index of the first box in the row that ends after `x`. */
function firstEndingAfter(row: Row, x: number): number {
  let lo = 0;
  let hi = row.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row.ends[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when [from, to) is free in the row. */
function isFree(row: Row, from: number, to: number): boolean {
  const next = row.starts[firstEndingAfter(row, from)];
  return next === undefined || next >= to;
}

function occupy(row: Row, start: number, end: number, id: string): void {
  const i = firstEndingAfter(row, start);
  row.starts.splice(i, 0, start);
  row.ends.splice(i, 0, end);
  row.ids.splice(i, 0, id);
}

/** Higher priority first; within a tier, earlier first; ties by id, so the result never depends on input order. */
export const byPriority = (a: StackItem, b: StackItem) => a.tier - b.tier || a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** How much label room a mark reserves when it takes a row, unless it is the selection or lit. */
export const LABEL_RESERVE_PX = 64;

/**
 * A placement whose label is cut to its room only when something reads it: with thousands of marks most are
 * never labelled on screen (the canvas draws none), so the truncation is paid only for the marks that are.
 */
class LazyPlacement implements Placement {
  #cut: string | undefined;
  readonly #text: string;
  readonly #measure: MeasureText;
  readonly #minLabel: number;
  constructor(
    readonly row: number,
    readonly track: Track,
    readonly labelRoom: number,
    text: string,
    measure: MeasureText,
    minLabel: number,
  ) {
    this.#text = text;
    this.#measure = measure;
    this.#minLabel = minLabel;
  }
  get label(): string {
    this.#cut ??= this.labelRoom >= this.#minLabel ? truncateLabel(this.#text, this.labelRoom, this.#measure) : "";
    return this.#cut;
  }
  get labelWidth(): number {
    return this.label ? this.#measure(this.label) : 0;
  }
}

/**
 * Places every item in its lane, then labels it. Marks go in priority order; each takes the first row where it
 * and the start of its label (all of it, for the selection and lit events) are free, opening a row while the
 * lane is under its limit; failing that, the first row where the mark alone fits; failing that, it is counted as
 * overflow for its lane. Each label then runs up to the next mark in its row, cut short with an ellipsis where
 * it does not fit. Sorting costs O(n log n) and each row is searched by bisection.
 */
export function stackMarks(items: readonly StackItem[], options: StackOptions): Stacking {
  return stackInOrder([...items].sort(byPriority), options);
}

/** `stackMarks` for items already in priority order (`byPriority`), for a caller that keeps them sorted. */
export function stackInOrder(items: readonly StackItem[], options: StackOptions): Stacking {
  const { measure, maxRows, expanded, expandedRows = 40, gap = 6, minLabel = 18 } = options;
  const rows = new Map<string, Row[]>();
  const overflow = new Map<string, string[]>();
  const byId = new Map<string, { item: StackItem; row: number }>();
  for (const item of items) {
    const key = `${item.lane}|${item.track}`;
    let lane = rows.get(key);
    if (!lane) rows.set(key, (lane = []));
    const limit = expanded?.has(item.lane) ? Math.max(expandedRows, maxRows[item.track]) : maxRows[item.track];
    const markStart = item.x0 - gap / 2;
    const markEnd = Math.max(item.x1, item.labelX) + gap / 2;
    const full = item.labelWidth ?? measure(item.label);
    const reserve = item.tier <= 1 ? full : Math.min(LABEL_RESERVE_PX, full);
    const wanted = Math.max(markEnd, item.labelX + reserve + gap / 2);
    let row = -1;
    for (let r = 0; r < lane.length; r += 1) if (isFree(lane[r]!, markStart, wanted) && (row = r) >= 0) break;
    let end = wanted;
    if (row < 0 && lane.length < limit) {
      lane.push({ starts: [], ends: [], ids: [] });
      row = lane.length - 1;
    }
    if (row < 0) {
      for (let r = 0; r < lane.length; r += 1) if (isFree(lane[r]!, markStart, markEnd) && (row = r) >= 0) break;
      end = markEnd;
    }
    if (row < 0) {
      const hidden = overflow.get(item.lane);
      if (hidden) hidden.push(item.id);
      else overflow.set(item.lane, [item.id]);
      continue;
    }
    occupy(lane[row]!, markStart, end, item.id);
    byId.set(item.id, { item, row });
  }
  const placed = new Map<string, Placement>();
  for (const lane of rows.values()) {
    for (const row of lane) {
      row.ids.forEach((id, i) => {
        const { item, row: index } = byId.get(id)!;
        const room = (row.starts[i + 1] ?? Infinity) - item.labelX - gap / 2;
        placed.set(id, new LazyPlacement(index, item.track, room, item.label, measure, minLabel));
      });
    }
  }
  return { placed, overflow };
}

import { bin } from "d3-array";
import { utcYear } from "d3-time";
import type { DatedEvent } from "./dataset";
import type { Interval } from "./dates";
import { EXTENT, panWindow, timeScale } from "./timeline";

/**
 * The overview strip's arithmetic: the whole extent of the data, a density histogram of it, and the conversion
 * between the brushed pixels and the timeline's window.
 */

/** One bar of the histogram: how many events start in [start, end). */
export interface OverviewBin {
  start: Date;
  end: Date;
  count: number;
}

/** The whole years the events' written dates reach, within the years the timeline reaches. */
export function overviewExtent(events: readonly Pick<DatedEvent, "written">[]): Interval {
  if (events.length === 0) return EXTENT;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, e.written.start.getTime());
    hi = Math.max(hi, e.written.end.getTime());
  }
  const start = Math.max(EXTENT.start.getTime(), utcYear.floor(new Date(lo)).getTime());
  const end = Math.min(EXTENT.end.getTime(), utcYear.ceil(new Date(hi)).getTime());
  return { start: new Date(start), end: new Date(Math.max(end, start + 1)) };
}

/** Events counted by where their written date starts, in bins of about `count` across the extent (d3's bin). */
export function overviewBins(events: readonly Pick<DatedEvent, "written">[], extent: Interval, count: number): OverviewBin[] {
  const [lo, hi] = [extent.start.getTime(), extent.end.getTime()];
  const step = (hi - lo) / Math.max(1, count);
  const thresholds = Array.from({ length: Math.max(0, count - 1) }, (_, i) => lo + step * (i + 1));
  const bins = bin<Pick<DatedEvent, "written">, number>()
    .value((e) => e.written.start.getTime())
    .domain([lo, hi])
    .thresholds(thresholds)(events.filter((e) => e.written.start.getTime() >= lo && e.written.start.getTime() < hi));
  return bins.map((b) => ({ start: new Date(b.x0 ?? lo), end: new Date(b.x1 ?? hi), count: b.length }));
}

/** Where the window sits on the overview, in pixels clamped to the strip; at least `minPx` wide so it can be grabbed. */
export function windowToBrush(window: Interval, extent: Interval, width: number, minPx = 6): [number, number] {
  const x = timeScale(extent.start, extent.end, width).clamp(true);
  const a = x(window.start);
  const b = Math.max(x(window.end), a + minPx);
  return b > width ? [Math.max(0, width - minPx), width] : [a, b];
}

/** The window a brushed pixel range stands for, clamped as every window is (at least two weeks, within the years). */
export function brushToWindow(selection: readonly [number, number], extent: Interval, width: number): Interval {
  const x = timeScale(extent.start, extent.end, width);
  return panWindow(x.invert(Math.min(...selection)), x.invert(Math.max(...selection)), 0);
}

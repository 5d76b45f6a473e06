"use client";

import { useDeferredValue, useMemo, useRef } from "react";
import type { DatedEvent } from "@/lib/dataset";
import type { Interval } from "@/lib/dates";
import { stackTimeline, timelineLayout, type LaneMode, type LayoutOptions } from "@/lib/timeline";
import { useDataset } from "../shared/data-provider";
import { useElementWidth } from "./use-element-width";

const NONE: ReadonlySet<string> = new Set();
const NONE_EVENTS: readonly DatedEvent[] = [];

/**
 * The plot element to measure and the layout of `events` in `window` at its width; lanes come from the whole
 * dataset. The stacking is kept while only the window's start changes, so a pan moves marks without
 * re-stacking them. `clientOnly` (a timeline never rendered on the server) lays out nothing before the width
 * is measured, so the first layout is the real one; `measured` says when it is.
 */
export function useTimelineLayout(
  events: readonly DatedEvent[],
  window: Interval,
  laneMode: LaneMode,
  priority: Pick<LayoutOptions, "selected" | "lit" | "expanded"> = {},
  clientOnly = false,
) {
  const plotRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(plotRef, clientOnly ? null : 800);
  // A client-only timeline lays nothing out until it knows its width, which it learns before its first paint.
  const width = measured ?? 800;
  const shown = measured === null ? NONE_EVENTS : events;
  const all = useDataset().events;
  const start = window.start.getTime();
  const end = window.end.getTime();
  const span = end - start;
  const { selected = NONE, lit = NONE, expanded = NONE } = priority;
  // Re-stacking every mark is the costly part of a zoom step or a selection. The frame that answers the
  // reader keeps the rows it has (the window moved, the mark selected) and the new rows follow as soon as React
  // is free, so a zoom or a click is on screen before the stacking has been worked out again.
  const stackSpan = useDeferredValue(span);
  const stackSelected = useDeferredValue(selected);
  const stacking = useMemo(
    () => stackTimeline(shown, laneMode, stackSpan, width, { selected: stackSelected, lit, expanded }),
    [shown, laneMode, stackSpan, width, stackSelected, lit, expanded],
  );
  const layout = useMemo(
    () => timelineLayout(all, shown, { start: new Date(start), end: new Date(end) }, laneMode, width, { expanded }, stacking),
    [all, shown, start, end, laneMode, width, expanded, stacking],
  );
  return { plotRef, layout, measured: measured !== null, settled: stackSpan === span && stackSelected === selected };
}

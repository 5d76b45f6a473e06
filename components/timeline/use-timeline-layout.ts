"use client";

import { useMemo, useRef } from "react";
import type { DatedEvent } from "@/lib/dataset";
import type { Interval } from "@/lib/dates";
import { stackTimeline, timelineLayout, type LaneMode, type LayoutOptions } from "@/lib/timeline";
import { useDataset } from "../shared/data-provider";
import { useElementWidth } from "./use-element-width";

const NONE: ReadonlySet<string> = new Set();

/**
 * The plot element to measure and the layout of `events` in `window` at its width; lanes come from the whole
 * dataset. The stacking is kept while only the window's start changes, so a pan moves marks without
 * re-stacking them.
 */
export function useTimelineLayout(
  events: readonly DatedEvent[],
  window: Interval,
  laneMode: LaneMode,
  priority: Pick<LayoutOptions, "selected" | "lit" | "expanded"> = {},
) {
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef);
  const all = useDataset().events;
  const start = window.start.getTime();
  const end = window.end.getTime();
  const span = end - start;
  const { selected = NONE, lit = NONE, expanded = NONE } = priority;
  const stacking = useMemo(
    () => stackTimeline(events, laneMode, span, width, { selected, lit, expanded }),
    [events, laneMode, span, width, selected, lit, expanded],
  );
  const layout = useMemo(
    () => timelineLayout(all, events, { start: new Date(start), end: new Date(end) }, laneMode, width, { expanded }, stacking),
    [all, events, start, end, laneMode, width, expanded, stacking],
  );
  return { plotRef, layout };
}

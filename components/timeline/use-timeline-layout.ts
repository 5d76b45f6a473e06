"use client";

import { useMemo, useRef } from "react";
import type { DatedEvent } from "@/lib/dataset";
import type { Interval } from "@/lib/dates";
import { timelineLayout, type LaneMode } from "@/lib/timeline";
import { useDataset } from "../shared/data-provider";
import { useElementWidth } from "./use-element-width";

/** The plot element to measure and the layout of `events` in `window` at its width; lanes come from the whole dataset. */
export function useTimelineLayout(events: readonly DatedEvent[], window: Interval, laneMode: LaneMode) {
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef);
  const all = useDataset().events;
  const start = window.start.getTime();
  const end = window.end.getTime();
  const layout = useMemo(() => timelineLayout(all, events, { start: new Date(start), end: new Date(end) }, laneMode, width), [all, events, start, end, laneMode, width]);
  return { plotRef, layout };
}

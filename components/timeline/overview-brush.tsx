"use client";

import { useEffect, useMemo, useRef } from "react";
import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";
import type { DatedEvent } from "@/lib/dataset";
import type { Interval } from "@/lib/dates";
import { brushToWindow, overviewBins, overviewExtent, windowToBrush } from "@/lib/overview";
import { useElementWidth } from "./use-element-width";

/** Props of the overview strip. */
export interface OverviewBrushProps {
  /** Events passing the filters, all of time. */
  events: readonly DatedEvent[];
  window: Interval;
  /** The same callback the timeline's gestures use: live while dragging, `final` once released. */
  onWindow: (next: Interval, final: boolean) => void;
}

const HEIGHT = 30;

/**
 * A slim strip over the whole extent of the data: how many events start in each stretch of time, and the
 * current window as a brush. d3-brush owns the gesture (drag to pan, drag an edge to resize); React draws the
 * histogram and tells the brush where the window is whenever it moves by any other means.
 */
export function OverviewBrush({ events, window, onWindow }: OverviewBrushProps) {
  const ref = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const width = useElementWidth(ref);
  const extent = useMemo(() => overviewExtent(events), [events]);
  const bins = useMemo(() => overviewBins(events, extent, Math.max(12, Math.round(width / 8))), [events, extent, width]);
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const latest = useRef(onWindow);
  useEffect(() => {
    latest.current = onWindow;
  });

  const brush = useRef<BrushBehavior<unknown> | null>(null);
  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    const behaviour = brushX<unknown>()
      .extent([
        [0, 0],
        [Math.max(1, width), HEIGHT],
      ])
      .on("brush end", (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        latest.current(brushToWindow(event.selection as [number, number], extent, width), event.type === "end");
      });
    brush.current = behaviour;
    const selection = select(g);
    selection.call(behaviour);
    return () => {
      selection.on(".brush", null);
      brush.current = null;
    };
  }, [width, extent]);

  const [a, b] = windowToBrush(window, extent, width);
  useEffect(() => {
    if (brushRef.current && brush.current) brush.current.move(select(brushRef.current), [a, b]);
  }, [a, b, width, extent]);

  const x = (t: Date) => ((t.getTime() - extent.start.getTime()) / (extent.end.getTime() - extent.start.getTime())) * width;
  return (
    <div className="overview" ref={ref}>
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`Overview of every event from ${extent.start.getUTCFullYear()} to ${extent.end.getUTCFullYear() - 1}; the highlighted stretch is the timeline's window. Drag it to pan, drag its edges to resize.`}
      >
        <g className="overview-bins" aria-hidden="true">
          {bins.map((bin) => {
            const h = (bin.count / peak) * (HEIGHT - 4);
            return <rect key={bin.start.getTime()} x={x(bin.start)} width={Math.max(0, x(bin.end) - x(bin.start) - 1)} y={HEIGHT - h} height={h} />;
          })}
        </g>
        <g className="overview-brush" ref={brushRef} data-from={a.toFixed(1)} data-to={b.toFixed(1)} />
      </svg>
    </div>
  );
}

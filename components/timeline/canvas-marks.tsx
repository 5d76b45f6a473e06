"use client";

import { useEffect, useRef } from "react";
import { drawMarks } from "@/lib/timeline-canvas";
import type { TimelineLayout } from "@/lib/timeline";

/** Props of the canvas layer. */
export interface CanvasMarksProps {
  layout: TimelineLayout;
  /** Events not dimmed when something is focused. */
  linked: ReadonlySet<string>;
  focused: boolean;
}

/**
 * The timeline's marks drawn to a canvas, for windows holding more events than the DOM can redraw quickly.
 * Selected and previewed marks are drawn again in SVG above it, so they keep their `data-event-id`,
 * `aria-selected` and halo.
 */
export function CanvasMarks({ layout, linked, focused }: CanvasMarksProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    // A CPU-backed canvas: thousands of small shapes draw faster there than through a (possibly software) GPU.
    const context = canvas?.getContext("2d", { willReadFrequently: true });
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(layout.width * ratio);
    canvas.height = Math.round(layout.height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawMarks(context, layout, linked, focused);
  }, [layout, linked, focused]);
  return <canvas ref={ref} className="timeline-canvas" style={{ width: layout.width, height: layout.height }} aria-hidden="true" />;
}

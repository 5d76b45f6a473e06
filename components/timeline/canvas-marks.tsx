"use client";

import { useEffect, useRef } from "react";
import type { ScaleTime } from "d3-scale";
import type { DatedEvent } from "@/lib/dataset";
import { CATEGORY_COLOURS } from "@/lib/palette";
import { markShape } from "@/lib/timeline";

/** Props of the canvas layer. */
export interface CanvasMarksProps {
  events: readonly DatedEvent[];
  x: ScaleTime<number, number>;
  laneY: (event: DatedEvent) => number;
  width: number;
  height: number;
  /** Events not dimmed when something is focused. */
  linked: ReadonlySet<string>;
  focused: boolean;
}

/**
 * The timeline's marks drawn to a canvas, for windows holding more events than the DOM can redraw quickly.
 * Same shapes and colours as the SVG marks, simplified; selected and previewed marks are drawn again in SVG
 * above it, so they keep their `data-event-id`, `aria-selected` and halo.
 */
export function CanvasMarks({ events, x, laneY, width, height, linked, focused }: CanvasMarksProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    // A CPU-backed canvas: thousands of small shapes draw faster there than through a (possibly software) GPU.
    const context = canvas?.getContext("2d", { willReadFrequently: true });
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    // One path per colour, opacity and paint style: a few dozen fills instead of one per event.
    const batches = new Map<string, { colour: string; alpha: number; stroke: boolean; path: Path2D }>();
    for (const event of events) {
      const y = laneY(event);
      const x0 = x(event.interval.start);
      const x1 = x(event.interval.end);
      const alpha = focused && !linked.has(event.id) ? 0.2 : event.context ? 0.5 : event.confidence === "confirmed" ? 0.9 : 0.6;
      const shape = markShape(event);
      const stroke = shape === "point" && (event.confidence === "claimed" || event.confidence === "disputed");
      const key = `${event.category}|${alpha}|${stroke}`;
      let batch = batches.get(key);
      if (!batch) {
        batch = { colour: CATEGORY_COLOURS[event.category], alpha, stroke, path: new Path2D() };
        batches.set(key, batch);
      }
      if (shape === "point") {
        batch.path.moveTo(x0 + 4.5, y);
        batch.path.arc(x0, y, 4.5, 0, 2 * Math.PI);
      } else {
        batch.path.rect(x0, y - (shape === "span" ? 3 : 2), Math.max(2, x1 - x0), shape === "span" ? 6 : 4);
      }
    }
    for (const { colour, alpha, stroke, path } of batches.values()) {
      context.globalAlpha = alpha;
      if (stroke) {
        context.strokeStyle = colour;
        context.stroke(path);
      } else {
        context.fillStyle = colour;
        context.fill(path);
      }
    }
  }, [events, x, laneY, width, height, linked, focused]);
  return <canvas ref={ref} className="timeline-canvas" style={{ width, height }} aria-hidden="true" />;
}

/** The event whose mark is under a point, nearest first; null when none is within a few pixels. */
export function hitTest(events: readonly DatedEvent[], x: ScaleTime<number, number>, laneY: (event: DatedEvent) => number, px: number, py: number): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const event of events) {
    if (Math.abs(laneY(event) - py) > 8) continue;
    const x0 = x(event.interval.start);
    const x1 = Math.max(x0, x(event.interval.end));
    const distance = px < x0 ? x0 - px : px > x1 ? px - x1 : 0;
    if (distance <= 6 && (!best || distance < best.distance)) best = { id: event.id, distance };
  }
  return best?.id ?? null;
}

"use client";

import type { Interval } from "@/lib/dates";
import { formatWindow } from "@/lib/window-label";
import { useDataset } from "../shared/data-provider";
import { TimelinePlot } from "./timeline-plot";
import { useTimelineLayout } from "./use-timeline-layout";

const NOTHING: ReadonlySet<string> = new Set();

/** A timeline to look at, not to work: a slide's period with its events lit up, and no controls. */
export function ReadOnlyTimeline({ window, lit }: { window: Interval; lit: ReadonlySet<string> }) {
  const events = useDataset().events;
  const { plotRef, layout } = useTimelineLayout(events, window, "category", { lit });
  const label = formatWindow(window.start, window.end);
  return (
    <section className="timeline timeline-read-only" aria-label={`Timeline, ${label}`}>
      <p className="visually-hidden">{label}</p>
      <TimelinePlot
        layout={layout}
        laneMode="category"
        selected={lit}
        preview={NOTHING}
        focused
        plotRef={plotRef}
        readOnly
        svgProps={{ "aria-label": `${layout.visible.length} events from ${label}; ${lit.size} lit up for this slide.`, "aria-readonly": true }}
      />
    </section>
  );
}

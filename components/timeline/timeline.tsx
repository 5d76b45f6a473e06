"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { buildUpLit } from "@/lib/build-up";
import type { DatedEvent } from "@/lib/dataset";
import type { Interval } from "@/lib/dates";
import { hitTest, panWindow, zoomWindow, type LaneMode } from "@/lib/timeline";
import { formatWindow } from "@/lib/window-label";
import { useReducedMotion } from "../shared/use-reduced-motion";
import { OverviewBrush } from "./overview-brush";
import { TimelineControls, type PlayMode } from "./timeline-controls";
import { TimelineKey } from "./timeline-key";
import { TimelinePlot } from "./timeline-plot";
import { useBuildUp } from "./use-build-up";
import { usePlay } from "./use-play";
import { useTimelineLayout } from "./use-timeline-layout";
import { useWindowGestures } from "./use-window-gestures";

/** Props of the interactive timeline. */
export interface TimelineProps {
  /** Events passing the filters, all of time, in time order. */
  events: readonly DatedEvent[];
  window: Interval;
  /** Events lit up by the selection, and by a hover on another view. */
  selected: ReadonlySet<string>;
  preview: ReadonlySet<string>;
  /** True when something is selected: marks not linked to it are dimmed. */
  focused: boolean;
  onSelectEvent: (id: string) => void;
  onHoverEvent: (id: string | null) => void;
  /** A new window, live while a gesture runs (`final` false) and once when it settles. */
  onWindow: (next: Interval, final: boolean) => void;
  onReset: () => void;
  /** The current chapter's events, labelled before others when space is short. */
  lit?: ReadonlySet<string>;
  /**
   * Set where the timeline is never rendered on the server (the dashboard's arrives with its data): it lays
   * out only at its measured width, then calls `onReady` once and marks itself `data-ready`.
   */
  clientOnly?: boolean;
  onReady?: () => void;
}

/**
 * The timeline to work with: d3 computes the scale and ticks, React draws only the events inside the window.
 * Marks form a listbox: arrow keys move between them, Enter selects, + and − zoom, Page Up and Page Down pan.
 */
export function Timeline(props: TimelineProps) {
  const { events, window, selected, preview, focused, onSelectEvent, onHoverEvent, onWindow, onReset, lit, clientOnly = false, onReady } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const [laneMode, setLaneMode] = useState<LaneMode>("category");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const { plotRef, layout, measured, settled } = useTimelineLayout(events, window, laneMode, { selected, lit, expanded }, clientOnly);
  const ready = clientOnly && measured;
  const reported = useRef(false);
  useEffect(() => {
    if (!ready || reported.current) return;
    reported.current = true;
    onReady?.();
  }, [ready, onReady]);
  const toggleLane = (key: string) => setExpanded((lanes) => new Set(lanes.has(key) ? [...lanes].filter((k) => k !== key) : [...lanes, key]));
  const [activeId, setActiveId] = useState<string | null>(null);
  const hovered = useRef<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const reducedMotion = useReducedMotion();
  useWindowGestures(svgRef, window, onWindow);
  const [playMode, setPlayMode] = useState<PlayMode>("window");
  usePlay(playing && playMode === "window", speed, reducedMotion, window, onWindow, () => setPlaying(false));
  const playhead = useBuildUp(playMode === "build-up", playing, speed, reducedMotion, window, () => setPlaying(false));
  const built = useMemo(() => (playhead ? buildUpLit(layout.visible, playhead) : undefined), [playhead, layout.visible]);

  const { visible } = layout;
  const label = formatWindow(window.start, window.end);
  const zoom = (factor: number) => onWindow(zoomWindow(window.start, window.end, factor), true);
  const pan = (fraction: number) => onWindow(panWindow(window.start, window.end, fraction), true);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const index = visible.findIndex((e) => e.id === activeId);
    const move = (i: number) => {
      const target = visible[Math.max(0, Math.min(visible.length - 1, i))];
      if (target) {
        setActiveId(target.id);
        onHoverEvent(target.id);
      }
    };
    const actions: Record<string, () => void> = {
      ArrowRight: () => move(index + 1),
      ArrowDown: () => move(index + 1),
      ArrowLeft: () => move(index < 0 ? visible.length - 1 : index - 1),
      ArrowUp: () => move(index < 0 ? visible.length - 1 : index - 1),
      Home: () => move(0),
      End: () => move(visible.length - 1),
      Enter: () => activeId && onSelectEvent(activeId),
      " ": () => activeId && onSelectEvent(activeId),
      "+": () => zoom(0.5),
      "=": () => zoom(0.5),
      "-": () => zoom(2),
      PageUp: () => pan(-0.25),
      PageDown: () => pan(0.25),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const markAt = (event: { target: EventTarget; clientX: number; clientY: number }): string | null => {
    const mark = (event.target as Element).closest?.("[data-event-id]")?.getAttribute("data-event-id");
    if (mark || !layout.dense) return mark ?? null;
    const box = svgRef.current!.getBoundingClientRect();
    return hitTest(layout, event.clientX - box.left, event.clientY - box.top);
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading" data-ready={ready || undefined} data-settled={settled}>
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <TimelineControls
        label={label}
        laneMode={laneMode}
        onLaneMode={setLaneMode}
        onZoom={zoom}
        onPan={pan}
        onReset={onReset}
        playing={playing}
        onPlaying={setPlaying}
        speed={speed}
        onSpeed={setSpeed}
        playMode={playMode}
        onPlayMode={(mode) => {
          setPlaying(false);
          setPlayMode(mode);
        }}
      />
      <div className="timeline-overview">
        <span className="overview-label" aria-hidden="true">
          All years
        </span>
        <OverviewBrush events={events} window={window} onWindow={onWindow} />
      </div>
      <TimelinePlot
        layout={layout}
        laneMode={laneMode}
        selected={selected}
        preview={preview}
        focused={focused}
        activeId={activeId}
        plotRef={plotRef}
        svgRef={svgRef}
        onToggleLane={toggleLane}
        playhead={playhead}
        built={built}
        svgProps={{
          "aria-label": `Timeline, ${visible.length} events from ${label}. Arrow keys move between events, Enter selects, plus and minus zoom, Page Up and Page Down pan.`,
          "aria-activedescendant": activeId && visible.some((e) => e.id === activeId) ? `mark-${activeId}` : undefined,
          tabIndex: 0,
          onKeyDown,
          onBlur: () => onHoverEvent(null),
          onClick: (e) => {
            const id = markAt(e);
            if (id) onSelectEvent(id);
          },
          onPointerMove: (e: PointerEvent) => {
            const id = markAt(e);
            if (id !== hovered.current) {
              hovered.current = id;
              onHoverEvent(id);
            }
          },
          onPointerLeave: () => {
            hovered.current = null;
            onHoverEvent(null);
          },
        }}
      />
      <TimelineKey />
    </section>
  );
}

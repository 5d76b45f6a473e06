"use client";

import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { DatedEvent } from "@/lib/dataset";
import { ACTOR_LABELS, CATEGORY_LABELS } from "@/lib/palette";
import type { Actor, Category } from "@/lib/vocabulary";
import { LANDMARKS, laneKeys, laneOf, markShape, panWindow, timeScale, visibleEvents, zoomWindow, type LaneMode } from "@/lib/timeline";
import { CanvasMarks, hitTest } from "./canvas-marks";
import { EventMark } from "./event-mark";
import { MarkPatterns } from "./mark-patterns";
import { TimelineControls } from "./timeline-controls";
import { useElementWidth } from "./use-element-width";
import { usePlay } from "./use-play";
import { useWindowGestures } from "./use-window-gestures";

type Window = { start: Date; end: Date };

/** Props of the timeline. */
export interface TimelineProps {
  /** Events passing the filters, all of time, in time order. */
  events: readonly DatedEvent[];
  /** Every event in the dataset: lanes come from these, so filtering never changes the timeline's height. */
  allEvents: readonly DatedEvent[];
  window: Window;
  windowLabel: string;
  laneMode: LaneMode;
  onLaneMode: (mode: LaneMode) => void;
  /** Events lit up by the selection, and by a hover on another view. */
  selected: ReadonlySet<string>;
  preview: ReadonlySet<string>;
  /** True when something is selected: marks not linked to it are dimmed. */
  focused: boolean;
  reducedMotion: boolean;
  onSelectEvent: (id: string) => void;
  onHoverEvent: (id: string | null) => void;
  /** A new window, live while a gesture runs (`final` false) and once when it settles. */
  onWindow: (next: Window, final: boolean) => void;
  onReset: () => void;
}

const AXIS = 26;
/** Above this many marks in the window, marks are drawn to a canvas and only lit-up ones stay in the DOM. */
export const CANVAS_THRESHOLD = 1500;

/**
 * The timeline: d3 computes the scale and ticks, React draws only the events inside the window. Marks form a
 * listbox: arrow keys move between them, Enter selects, + and − zoom, Page Up and Page Down pan.
 */
export function Timeline(props: TimelineProps) {
  const { events, allEvents, window, windowLabel, laneMode, onLaneMode, selected, preview, focused, reducedMotion, onSelectEvent, onHoverEvent, onWindow, onReset } = props;
  const plotRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(plotRef);
  const [activeId, setActiveId] = useState<string | null>(null);
  const hovered = useRef<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  useWindowGestures(svgRef, window, onWindow);
  usePlay(playing, speed, reducedMotion, window, onWindow, () => setPlaying(false));

  const laneHeight = width > 1500 ? 28 : 22;
  const lanes = useMemo(() => {
    const used = new Set(allEvents.map((e) => laneOf(e, laneMode)));
    return laneKeys(laneMode).filter((key) => used.has(key));
  }, [allEvents, laneMode]);
  const laneIndex = useMemo(() => new Map<string, number>(lanes.map((key, i) => [key, i])), [lanes]);
  const height = AXIS + Math.max(1, lanes.length) * laneHeight + 6;
  const x = useMemo(() => timeScale(window.start, window.end, width), [window.start, window.end, width]);
  const visible = useMemo(() => visibleEvents(events, window.start, window.end), [events, window.start, window.end]);
  const laneY = useMemo(() => (event: DatedEvent) => AXIS + (laneIndex.get(laneOf(event, laneMode)) ?? 0) * laneHeight + laneHeight / 2, [laneIndex, laneMode, laneHeight]);
  const dense = visible.length > CANVAS_THRESHOLD;
  const domMarks = dense ? visible.filter((e) => selected.has(e.id) || preview.has(e.id) || e.id === activeId) : visible;
  const ticks = x.ticks(Math.max(2, Math.floor(width / 140)));
  const tickFormat = x.tickFormat();

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
    if (mark || !dense) return mark ?? null;
    const box = svgRef.current!.getBoundingClientRect();
    return hitTest(visible, x, laneY, event.clientX - box.left, event.clientY - box.top);
  };

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <TimelineControls
        label={windowLabel}
        laneMode={laneMode}
        onLaneMode={onLaneMode}
        onZoom={zoom}
        onPan={pan}
        onReset={onReset}
        playing={playing}
        onPlaying={setPlaying}
        speed={speed}
        onSpeed={setSpeed}
      />
      <div className="timeline-body">
        <ul className="lane-labels" aria-hidden="true" style={{ paddingTop: AXIS, gridAutoRows: laneHeight }}>
          {lanes.map((key) => (
            <li key={key}>{laneMode === "category" ? CATEGORY_LABELS[key as Category] : ACTOR_LABELS[key as Actor]}</li>
          ))}
        </ul>
        <div className="timeline-plot" ref={plotRef}>
          {dense && <CanvasMarks events={visible} x={x} laneY={laneY} width={width} height={height} linked={selected} focused={focused} />}
          <svg
            ref={svgRef}
            width={width}
            height={height}
            role="listbox"
            aria-label={`Timeline, ${visible.length} events from ${windowLabel}. Arrow keys move between events, Enter selects, plus and minus zoom, Page Up and Page Down pan.`}
            aria-activedescendant={activeId && visible.some((e) => e.id === activeId) ? `mark-${activeId}` : undefined}
            tabIndex={0}
            className={focused ? "has-focus" : undefined}
            onKeyDown={onKeyDown}
            onBlur={() => onHoverEvent(null)}
            onClick={(e) => {
              const id = markAt(e);
              if (id) onSelectEvent(id);
            }}
            onPointerMove={(e: PointerEvent) => {
              const id = markAt(e);
              if (id !== hovered.current) {
                hovered.current = id;
                onHoverEvent(id);
              }
            }}
            onPointerLeave={() => {
              hovered.current = null;
              onHoverEvent(null);
            }}
          >
            <MarkPatterns />
            <g className="landmarks">
              {LANDMARKS.filter((l) => l.end > window.start && l.start < window.end).map((l) => {
                const x0 = x(l.start);
                const w = Math.max(2, x(l.end) - x0);
                return (
                  <g key={l.id} className={`landmark landmark-${l.id}`}>
                    <rect x={x0} y={AXIS - 4} width={w} height={height - AXIS + 4} />
                    <text x={l.anchor === "start" ? x0 + w + 3 : x0 - 3} y={AXIS - 8} textAnchor={l.anchor}>
                      {l.label}
                    </text>
                  </g>
                );
              })}
            </g>
            <g className="axis">
              {ticks.map((t) => (
                <g key={t.getTime()} transform={`translate(${x(t)},0)`}>
                  <line y1={AXIS - 4} y2={height} />
                  <text y={12} x={3}>
                    {tickFormat(t)}
                  </text>
                </g>
              ))}
            </g>
            <g className="lane-rules">
              {lanes.map((key, i) => (
                <line key={key} x1={0} x2={width} y1={AXIS + (i + 1) * laneHeight} y2={AXIS + (i + 1) * laneHeight} />
              ))}
            </g>
            <g className="marks">
              {domMarks.map((event) => {
                const shape = markShape(event);
                return (
                  <EventMark
                    key={event.id}
                    event={event}
                    shape={shape}
                    x0={x(event.interval.start)}
                    x1={x(event.interval.end)}
                    y={laneY(event)}
                    selected={selected.has(event.id)}
                    preview={preview.has(event.id)}
                    dim={focused && !selected.has(event.id)}
                    active={event.id === activeId}
                  />
                );
              })}
            </g>
          </svg>
        </div>
      </div>
    </section>
  );
}

"use client";

import type { Ref, SVGProps } from "react";
import { AXIS_HEIGHT, type LaneMode, type TimelineLayout } from "@/lib/timeline";
import { CanvasMarks } from "./canvas-marks";
import { EventMark } from "./event-mark";
import { LaneLabels } from "./lane-labels";
import { MarkPatterns } from "./mark-patterns";

/** Props of the plot. */
export interface TimelinePlotProps {
  layout: TimelineLayout;
  laneMode: LaneMode;
  /** Events lit up by the selection, and by a hover on another view. */
  selected: ReadonlySet<string>;
  preview: ReadonlySet<string>;
  /** True when something is selected: marks not linked to it are dimmed. */
  focused: boolean;
  /** The mark the keyboard cursor is on. */
  activeId?: string | null;
  /** The element whose width the layout was made for. */
  plotRef: Ref<HTMLDivElement>;
  svgRef?: Ref<SVGSVGElement>;
  /** What the interactive timeline adds to the listbox (focus, keys, pointer handlers); none when read-only. */
  svgProps?: SVGProps<SVGSVGElement>;
  /** Expands or folds a lane that has run out of rows; read-only timelines leave it out. */
  onToggleLane?: (key: string) => void;
  /** During build-up playback: where the playhead is, and the events lit by then; every other mark is dimmed. */
  playhead?: Date | null;
  built?: ReadonlySet<string>;
  /** True when nothing inside takes focus, so the scrolling lanes take it themselves for the keyboard. */
  readOnly?: boolean;
}

/**
 * The timeline's picture: lanes, axis, landmarks and a mark per visible event, drawn as what its date is.
 * It draws only; the interactive timeline gives it focus and handlers, a read-only one gives it nothing.
 */
export function TimelinePlot({
  layout,
  laneMode,
  selected,
  preview,
  focused,
  activeId = null,
  plotRef,
  svgRef,
  svgProps,
  onToggleLane,
  playhead,
  built,
  readOnly = false,
}: TimelinePlotProps) {
  const { x, width, height, laneBoxes, dense, visible } = layout;
  const domMarks = dense ? visible.filter((e) => selected.has(e.id) || preview.has(e.id) || e.id === activeId) : visible;
  return (
    <div className="timeline-body" {...(readOnly && { tabIndex: 0, role: "group", "aria-label": "Timeline lanes, scrollable" })}>
      <LaneLabels laneBoxes={laneBoxes} laneMode={laneMode} onToggleLane={onToggleLane} />
      <div className="timeline-plot" ref={plotRef}>
        {dense && <CanvasMarks layout={layout} linked={selected} focused={focused} />}
        <svg ref={svgRef} width={width} height={height} role="listbox" className={focused ? "has-focus" : undefined} {...svgProps}>
          <MarkPatterns />
          <g className="landmarks">
            {layout.landmarks.map((l) => {
              const x0 = x(l.start);
              const w = Math.max(2, x(l.end) - x0);
              return (
                <g key={l.id} className={`landmark landmark-${l.id}`}>
                  <rect x={x0} y={AXIS_HEIGHT - 4} width={w} height={height - AXIS_HEIGHT + 4} />
                  <text x={l.anchor === "start" ? x0 + w + 3 : x0 - 3} y={AXIS_HEIGHT - 8} textAnchor={l.anchor}>
                    {l.label}
                  </text>
                </g>
              );
            })}
          </g>
          <g className="axis">
            {layout.ticks.map((t) => (
              <g key={t.getTime()} transform={`translate(${x(t)},0)`}>
                <line y1={AXIS_HEIGHT - 4} y2={height} />
                <text y={12} x={3}>
                  {layout.tickFormat(t)}
                </text>
              </g>
            ))}
          </g>
          <g className="lane-rules">
            {laneBoxes.map((box) => (
              <line key={box.key} x1={0} x2={width} y1={box.top + box.height} y2={box.top + box.height} />
            ))}
          </g>
          <g className="marks" fontSize={layout.fontPx}>
            {domMarks.map((event) => (
              <EventMark
                key={event.id}
                event={event}
                geometry={layout.geometry(event)}
                selected={selected.has(event.id)}
                preview={preview.has(event.id)}
                dim={built ? !built.has(event.id) : focused && !selected.has(event.id)}
                active={event.id === activeId}
              />
            ))}
          </g>
          {playhead && (
            <line className="playhead" data-playhead={playhead.toISOString().slice(0, 10)} x1={x(playhead)} x2={x(playhead)} y1={AXIS_HEIGHT - 6} y2={height} />
          )}
        </svg>
      </div>
    </div>
  );
}

"use client";

import { memo } from "react";
import type { DatedEvent } from "@/lib/dataset";
import { formatWhen } from "@/lib/format";
import { markStyle, svgFill } from "@/lib/mark-style";
import type { MarkGeometry } from "@/lib/timeline";

/** Props of one timeline mark. */
export interface EventMarkProps {
  event: DatedEvent;
  geometry: MarkGeometry;
  selected: boolean;
  preview: boolean;
  dim: boolean;
  active: boolean;
}

const R = 6;

/**
 * One event on the timeline, drawn as what its date is: a dot for a known day, a bar for a span, a bracket
 * across a month or year, a bar with faded ends for a vague date, an open bar fading in to a known-by date,
 * and a dashed outline when the date was worked out from a document's own date. Long marks sit in the thin
 * background rows as a line. Fill shows confidence: solid confirmed, tinted reported, hollow claimed, hatched
 * disputed. The label beside it may be cut short; the accessible name always carries the whole title.
 */
export const EventMark = memo(function EventMark({ event, geometry, selected, preview, dim, active }: EventMarkProps) {
  const { shape, track, x0, x1, y, label, labelX, labelY } = geometry;
  const style = markStyle(event, dim);
  const colour = style.colour;
  const fill = svgFill(style, event.category);
  const width = Math.max(x1 - x0, 2);
  const thin = track === "background";
  const half = thin ? 1.5 : shape === "span" ? 3 : 2;
  const tick = thin ? 3 : R - 1;
  const inferred = event.dateBasis === "inferred";
  const classes = [
    "mark",
    `mark-${shape}`,
    thin && "is-thin",
    selected && "is-selected",
    preview && "is-preview",
    dim && "is-dim",
    event.context && "is-context",
    active && "is-active",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <g
      id={`mark-${event.id}`}
      role="option"
      aria-selected={selected}
      aria-label={`${event.title}, ${formatWhen(event)}`}
      data-event-id={event.id}
      data-shape={shape}
      data-date-basis={event.dateBasis}
      data-track={track}
      className={classes}
      opacity={style.opacity}
    >
      {(selected || preview) && (
        <rect
          className="mark-halo"
          x={shape === "point" ? x0 - R - 4 : x0 - 4}
          y={y - tick - (thin ? 0 : 3)}
          width={shape === "point" ? 2 * R + 8 : width + 8}
          height={2 * tick + (thin ? 0 : 6)}
          rx={thin ? 2 : 4}
        />
      )}
      {shape === "point" && (
        <circle className="mark-shape" cx={x0} cy={y} r={R} fill={fill} stroke={colour} strokeWidth={2} strokeDasharray={inferred ? "2.5 2" : undefined} />
      )}
      {shape === "point" && inferred && <circle cx={x0} cy={y} r={R - 3.5} fill={colour} />}
      {shape === "span" && (
        <rect
          className="mark-shape"
          x={x0}
          y={y - half}
          width={width}
          height={2 * half}
          rx={half}
          fill={fill}
          stroke={colour}
          strokeWidth={1.2}
          strokeDasharray={inferred ? "3 2" : undefined}
        />
      )}
      {shape === "bracket" && (
        <g className="mark-shape">
          <rect
            x={x0}
            y={y - half}
            width={width}
            height={2 * half}
            fill={fill}
            stroke={colour}
            strokeWidth={0.8}
            strokeDasharray={inferred ? "3 2" : undefined}
          />
          <path
            d={`M${x0 + 1} ${y - tick}V${y + tick}M${x0 + width - 1} ${y - tick}V${y + tick}`}
            stroke={colour}
            strokeWidth={2}
            strokeDasharray={inferred ? "2 1.5" : undefined}
          />
        </g>
      )}
      {shape === "fuzzy" && (
        <rect className="mark-shape" x={x0} y={y - half - 0.5} width={width} height={2 * half + 1} fill={`url(#fade-${event.category})`} stroke="none" />
      )}
      {shape === "known-by" && (
        <g className="mark-shape">
          <rect x={x0} y={y - half} width={width} height={2 * half} fill={`url(#fade-in-${event.category})`} stroke="none" />
          <path d={`M${x0 + width - 1} ${y - tick}V${y + tick}`} stroke={colour} strokeWidth={2} />
        </g>
      )}
      {label && (
        <text className="mark-label" x={labelX} y={labelY} aria-hidden="true">
          {label}
        </text>
      )}
      <rect
        className="mark-hit"
        x={x0 - (shape === "point" ? R + 2 : 2)}
        y={y - tick - 3}
        width={width + (shape === "point" ? 2 * R + 4 : 4)}
        height={2 * tick + 6}
      />
    </g>
  );
});

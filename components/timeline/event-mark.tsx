"use client";

import { memo } from "react";
import type { DatedEvent } from "@/lib/dataset";
import { formatWhen } from "@/lib/format";
import { markStyle, svgFill } from "@/lib/mark-style";
import type { MarkShape } from "@/lib/timeline";

/** Props of one timeline mark. */
export interface EventMarkProps {
  event: DatedEvent;
  shape: MarkShape;
  x0: number;
  x1: number;
  y: number;
  selected: boolean;
  preview: boolean;
  dim: boolean;
  active: boolean;
}

const R = 6;

/**
 * One event on the timeline, drawn as what its date is: a dot for a known day, a bar for a span, a bracket
 * across a month or year, a bar with faded ends for an approximate date. Fill shows confidence: solid for
 * confirmed, tinted for reported, hollow for claimed, hatched for disputed.
 */
export const EventMark = memo(function EventMark({ event, shape, x0, x1, y, selected, preview, dim, active }: EventMarkProps) {
  const style = markStyle(event, dim);
  const colour = style.colour;
  const fill = svgFill(style, event.category);
  const width = Math.max(x1 - x0, 2);
  const classes = ["mark", `mark-${shape}`, selected && "is-selected", preview && "is-preview", dim && "is-dim", event.context && "is-context", active && "is-active"]
    .filter(Boolean)
    .join(" ");
  return (
    <g
      id={`mark-${event.id}`}
      role="option"
      aria-selected={selected}
      aria-label={`${event.title}, ${formatWhen(event)}`}
      data-event-id={event.id}
      className={classes}
      opacity={style.opacity}
    >
      {(selected || preview) && (
        <rect className="mark-halo" x={shape === "point" ? x0 - R - 4 : x0 - 4} y={y - R - 4} width={shape === "point" ? 2 * R + 8 : width + 8} height={2 * R + 8} rx={R + 4} />
      )}
      {shape === "point" && <circle cx={x0} cy={y} r={R} fill={fill} stroke={colour} strokeWidth={2} />}
      {shape === "span" && <rect x={x0} y={y - 3} width={width} height={6} rx={3} fill={fill} stroke={colour} strokeWidth={1.2} />}
      {shape === "bracket" && (
        <>
          <rect x={x0} y={y - 2} width={width} height={4} fill={fill} stroke={colour} strokeWidth={0.8} />
          <path d={`M${x0 + 1} ${y - R + 1}V${y + R - 1}M${x0 + width - 1} ${y - R + 1}V${y + R - 1}`} stroke={colour} strokeWidth={2} />
        </>
      )}
      {shape === "fuzzy" && <rect x={x0} y={y - 2.5} width={width} height={5} fill={`url(#fade-${event.category})`} stroke="none" />}
      {shape === "known-by" && (
        <>
          <rect x={x0} y={y - 2} width={width} height={4} fill={`url(#fade-in-${event.category})`} stroke="none" />
          <path d={`M${x0 + width - 1} ${y - R + 1}V${y + R - 1}`} stroke={colour} strokeWidth={2} />
        </>
      )}
      <rect className="mark-hit" x={Math.min(x0, x1) - R - 2} y={y - R - 3} width={Math.max(width, 0) + 2 * R + 4} height={2 * R + 6} />
    </g>
  );
});

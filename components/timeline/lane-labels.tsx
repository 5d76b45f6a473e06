"use client";

import { ACTOR_LABELS, CATEGORY_LABELS } from "@/lib/palette";
import { AXIS_HEIGHT, type LaneBox, type LaneMode } from "@/lib/timeline";
import type { Actor, Category } from "@/lib/vocabulary";

/** Props of the lane names column. */
export interface LaneLabelsProps {
  laneBoxes: readonly LaneBox[];
  laneMode: LaneMode;
  /** Expands or folds a lane; without it, a full lane only says how many marks it holds back. */
  onToggleLane?: (key: string) => void;
}

/** The lane names beside the plot, each as tall as its lane, with "+N more" where a lane has run out of rows. */
export function LaneLabels({ laneBoxes, laneMode, onToggleLane }: LaneLabelsProps) {
  const name = (key: string) => (laneMode === "category" ? CATEGORY_LABELS[key as Category] : ACTOR_LABELS[key as Actor]);
  return (
    <ul className="lane-labels" style={{ paddingTop: AXIS_HEIGHT, gridTemplateRows: laneBoxes.map((b) => `${b.height}px`).join(" ") }}>
      {laneBoxes.map((box) => (
        <li key={box.key}>
          <span aria-hidden="true">{name(box.key)}</span>
          {onToggleLane && (box.hidden.length > 0 || box.expanded) ? (
            <button
              type="button"
              className="lane-more"
              aria-expanded={box.expanded}
              aria-label={box.expanded ? `Fold the ${name(box.key)} lane` : `Show ${box.hidden.length} more ${name(box.key)} events`}
              onClick={() => onToggleLane(box.key)}
            >
              {box.expanded ? "Fewer" : `+${box.hidden.length} more`}
            </button>
          ) : (
            box.hidden.length > 0 && <span className="lane-more">+{box.hidden.length} more</span>
          )}
        </li>
      ))}
    </ul>
  );
}

import type { DatedEvent } from "./dataset";
import type { Interval } from "./dates";
import { drawnSpan, markShape } from "./timeline";

/**
 * Build-up playback: a playhead crosses the window, and what has happened by then stays lit. An event with a
 * length (a span, a vague or known-by stretch) is lit only while the playhead is inside it; any other event
 * is lit from its date on.
 */

/** Whether an event is lit with the playhead at `playhead`. */
export function litAt(event: DatedEvent, playhead: Date): boolean {
  const span = drawnSpan(event);
  const t = playhead.getTime();
  if (span.start.getTime() > t) return false;
  const lasts = markShape(event) === "span";
  return !lasts || span.end.getTime() > t;
}

/** The ids of the events lit at `playhead`. */
export function buildUpLit(events: readonly DatedEvent[], playhead: Date): Set<string> {
  return new Set(events.filter((e) => litAt(e, playhead)).map((e) => e.id));
}

/** Steps the playhead forward by `fraction` of the window, stopping at its end. */
export function advancePlayhead(window: Interval, playhead: Date, fraction: number): Date {
  const span = window.end.getTime() - window.start.getTime();
  return new Date(Math.min(window.end.getTime(), Math.max(window.start.getTime(), playhead.getTime()) + span * fraction));
}

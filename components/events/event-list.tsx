"use client";

import { memo } from "react";
import type { DatedEvent } from "@/lib/dataset";
import { formatEventDate } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/palette";
import { ConfidenceBadge } from "../details/confidence-badge";
import { useListbox } from "./use-listbox";

/** Props of the event list. */
export interface EventListProps {
  /** Events shown (filtered, inside the window), in time order. */
  events: readonly DatedEvent[];
  selected: ReadonlySet<string>;
  preview: ReadonlySet<string>;
  selectedId: string | null;
  onSelectEvent: (id: string) => void;
  onHoverEvent: (id: string | null) => void;
}

const Row = memo(function Row({ event, selected, preview, active }: { event: DatedEvent; selected: boolean; preview: boolean; active: boolean }) {
  return (
    <li
      id={`event-row-${event.id}`}
      role="option"
      aria-selected={selected}
      data-event-id={event.id}
      className={["row", selected && "is-selected", preview && "is-preview", active && "is-active", event.context && "is-context"].filter(Boolean).join(" ")}
    >
      <span className="row-meta">
        <time dateTime={event.date}>{formatEventDate(event.date, event.end, event.datePrecision)}</time> · {CATEGORY_LABELS[event.category]}
      </span>
      <span className="row-title">{event.title}</span>
      <ConfidenceBadge confidence={event.confidence} />
    </li>
  );
});

/**
 * Every shown event as a listbox, in time order: the view that needs no canvas. Click or Enter selects; the
 * row under the keyboard cursor previews its sites on the map.
 */
export function EventList({ events, selected, preview, selectedId, onSelectEvent, onHoverEvent }: EventListProps) {
  const ids = events.map((e) => e.id);
  const { activeId, listProps } = useListbox(ids, selectedId, "event-row-", onSelectEvent, onHoverEvent);
  return (
    <ul
      {...listProps}
      className="row-list"
      aria-label={`Events, ${events.length} shown`}
      onClick={(e) => {
        const id = (e.target as Element).closest("[data-event-id]")?.getAttribute("data-event-id");
        if (id) onSelectEvent(id);
      }}
      onPointerOver={(e) => onHoverEvent((e.target as Element).closest("[data-event-id]")?.getAttribute("data-event-id") ?? null)}
      onPointerLeave={() => onHoverEvent(null)}
    >
      {events.map((event) => (
        <Row key={event.id} event={event} selected={selected.has(event.id)} preview={preview.has(event.id)} active={event.id === activeId} />
      ))}
    </ul>
  );
}

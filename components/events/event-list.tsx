"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useRef } from "react";
import type { DatedEvent } from "@/lib/dataset";
import { formatWhen } from "@/lib/format";
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

/** Above this many rows only those in view are rendered, so ten thousand events cost what a screenful does. */
export const VIRTUAL_THRESHOLD = 300;
const ROW_HEIGHT = 88;

interface RowProps {
  event: DatedEvent;
  selected: boolean;
  preview: boolean;
  active: boolean;
  position?: { index: number; size: number; top: number };
}

const Row = memo(function Row({ event, selected, preview, active, position }: RowProps) {
  return (
    <li
      id={`event-row-${event.id}`}
      role="option"
      aria-selected={selected}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position ? position.size : undefined}
      data-event-id={event.id}
      className={["row", selected && "is-selected", preview && "is-preview", active && "is-active", event.context && "is-context"].filter(Boolean).join(" ")}
      style={position ? { position: "absolute", top: position.top, left: 8, right: 8, height: ROW_HEIGHT - 6 } : undefined}
    >
      <span className="row-meta">
        <time dateTime={event.date}>{formatWhen(event)}</time> · {CATEGORY_LABELS[event.category]}
      </span>
      <span className="row-title">{event.title}</span>
      <ConfidenceBadge confidence={event.confidence} />
    </li>
  );
});

/**
 * Every shown event as a listbox, in time order: the view that needs no canvas. Click or Enter selects; the
 * row under the keyboard cursor previews its sites on the map. Long lists render only the rows in view.
 */
export function EventList({ events, selected, preview, selectedId, onSelectEvent, onHoverEvent }: EventListProps) {
  const ids = events.map((e) => e.id);
  const virtual = events.length > VIRTUAL_THRESHOLD;
  const scrollRef = useRef<HTMLUListElement | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is built for exactly this; the row memo below does the caching the compiler would
  const virtualizer = useVirtualizer({
    count: virtual ? events.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const { activeId, listProps } = useListbox(ids, selectedId, "event-row-", onSelectEvent, onHoverEvent, (index) =>
    virtual ? virtualizer.scrollToIndex(index, { align: "auto" }) : false,
  );
  const rowOf = (event: DatedEvent, position?: RowProps["position"]) => (
    <Row key={event.id} event={event} selected={selected.has(event.id)} preview={preview.has(event.id)} active={event.id === activeId} position={position} />
  );
  return (
    <ul
      {...listProps}
      ref={(node) => {
        scrollRef.current = node;
        listProps.ref.current = node;
      }}
      className={virtual ? "row-list is-virtual" : "row-list"}
      aria-label={`Events, ${events.length} shown`}
      onClick={(e) => {
        const id = (e.target as Element).closest("[data-event-id]")?.getAttribute("data-event-id");
        if (id) onSelectEvent(id);
      }}
      onPointerOver={(e) => onHoverEvent((e.target as Element).closest("[data-event-id]")?.getAttribute("data-event-id") ?? null)}
      onPointerLeave={() => onHoverEvent(null)}
    >
      {virtual ? (
        <li role="presentation" style={{ height: virtualizer.getTotalSize(), position: "relative", listStyle: "none" }}>
          <ul role="presentation" className="virtual-rows">
            {virtualizer.getVirtualItems().map((item) => rowOf(events[item.index]!, { index: item.index, size: events.length, top: item.start }))}
          </ul>
        </li>
      ) : (
        events.map((event) => rowOf(event))
      )}
    </ul>
  );
}

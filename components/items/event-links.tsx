import type { DatedEvent } from "@/lib/dataset";
import { formatWhen } from "@/lib/format";
import { href } from "@/lib/links";

/** Events as links to their pages, each with its date as every view writes it; `note` adds a line under one. */
export function EventLinks({ events, note }: { events: readonly DatedEvent[]; note?: (event: DatedEvent) => string | null }) {
  return (
    <ol className="site-events item-links">
      {events.map((event) => (
        <li key={event.id}>
          <a href={href.event(event.id)}>
            <span className="event-date">{formatWhen(event)}</span> {event.title}
          </a>
          {note?.(event) && <span className="source-section">{note(event)}</span>}
        </li>
      ))}
    </ol>
  );
}

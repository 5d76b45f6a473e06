import type { Dataset } from "@/lib/dataset";
import { eventsByYear } from "@/lib/dataset";
import { CONFIDENCE_TEXT, formatEventDate } from "@/lib/format";

/** Props of the event list. */
export interface EventListProps {
  dataset: Dataset;
}

/**
 * Every event in time order, grouped by year, with its sources: the view that needs no canvas, so a keyboard
 * or screen-reader user reaches everything the map and timeline show.
 */
export function EventList({ dataset }: EventListProps) {
  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">
        Events <span className="count">({dataset.events.length})</span>
      </h2>
      {eventsByYear(dataset.events).map(([year, events]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h3 id={`year-${year}`}>{year}</h3>
          <ol>
            {events.map((event) => (
              <li key={event.id} data-event-id={event.id} className={event.context ? "context" : undefined}>
                <article aria-labelledby={`event-${event.id}`}>
                  <p className="event-date">
                    <time dateTime={event.date}>{formatEventDate(event.date, event.end, event.datePrecision)}</time>
                    <span className={`badge confidence-${event.confidence}`} title={CONFIDENCE_TEXT[event.confidence].explanation}>
                      {CONFIDENCE_TEXT[event.confidence].label}
                    </span>
                  </p>
                  <h4 id={`event-${event.id}`}>{event.title}</h4>
                  <p>{event.summary}</p>
                  <p className="event-sources">
                    Sources:{" "}
                    {event.sources.map((citation, i) => {
                      const source = dataset.sourceById.get(citation.sourceId);
                      return (
                        <span key={`${citation.sourceId}-${i}`}>
                          {i > 0 && "; "}
                          <cite>{source?.title ?? citation.sourceId}</cite>
                          {citation.section && <> ({citation.section})</>}
                        </span>
                      );
                    })}
                  </p>
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

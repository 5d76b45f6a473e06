"use client";

import type { Dataset } from "@/lib/dataset";
import { href } from "@/lib/links";
import type { Focus } from "@/lib/selection";
import { EventDetails } from "./event-details";
import { FlowDetails } from "./flow-details";
import { SiteDetails } from "./site-details";

/** Props of the details panel. */
export interface DetailsPanelProps {
  dataset: Dataset;
  focus: Focus;
  onClose: () => void;
  onSelectEvent: (id: string) => void;
  onSelectSite: (id: string) => void;
  onSelectFlow?: (id: string) => void;
}

/** The selected event, site or flow in full; on a phone it is a bottom sheet over the map. */
export function DetailsPanel({ dataset, focus, onClose, onSelectEvent, onSelectSite, onSelectFlow }: DetailsPanelProps) {
  if (!focus) return null;
  const event = focus.type === "event" ? dataset.eventById.get(focus.id) : undefined;
  const site = focus.type === "site" ? dataset.siteById.get(focus.id) : undefined;
  const chapter = focus.type === "chapter" ? dataset.chapters.find((c) => c.id === focus.id) : undefined;
  const flow = focus.type === "flow" ? dataset.flowById.get(focus.id) : undefined;
  if (!event && !site && !chapter && !flow) return null;
  return (
    <section className="details-panel" aria-label={event ? "Event details" : site ? "Site details" : flow ? "Flow details" : "Story chapter"}>
      <button type="button" className="close" onClick={onClose} aria-label="Close details (Escape)">
        ×
      </button>
      {event && <EventDetails event={event} dataset={dataset} onSelectSite={onSelectSite} onSelectFlow={onSelectFlow} />}
      {site && <SiteDetails site={site} dataset={dataset} onSelectEvent={onSelectEvent} onSelectFlow={onSelectFlow} />}
      {flow && <FlowDetails flow={flow} dataset={dataset} onSelectEvent={onSelectEvent} onSelectSite={onSelectSite} />}
      {chapter && (
        <article className="details" aria-labelledby="details-title">
          <p className="details-kicker">Story chapter</p>
          <h2 id="details-title" tabIndex={-1}>
            {chapter.title}
          </h2>
          <p>
            Its {chapter.eventIds.length} events and {chapter.siteIds.length} sites are lit up on the map, the timeline and the list.
          </p>
          <p>
            <a href={href.story(chapter.id)}>Back to this chapter of the story</a>
          </p>
        </article>
      )}
    </section>
  );
}

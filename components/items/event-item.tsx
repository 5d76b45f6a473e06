import type { Dataset, DatedEvent } from "@/lib/dataset";
import { assertionLine, describeDateBasis, formatWhen } from "@/lib/format";
import { independentSourceCount } from "@/lib/independence";
import { sitesOfEvent } from "@/lib/items";
import { ACTOR_LABELS } from "@/lib/palette";
import { ConfidenceBadge } from "../details/confidence-badge";
import { EventEvidence } from "../details/event-evidence";
import { SiteLinks } from "./site-links";

/** An event's page body: when and how that is known, how sure, who says so, where, its figures and sources. */
export function EventItem({ event, dataset }: { event: DatedEvent; dataset: Dataset }) {
  const sites = sitesOfEvent(event, dataset);
  const dateBasis = describeDateBasis(event, dataset.sourceById);
  return (
    <>
      <p className="item-when">
        <time dateTime={event.date}>{formatWhen(event)}</time>
        {event.context && " · background before 2020"}
      </p>
      {dateBasis && <p className="details-meta">When: {dateBasis}.</p>}
      <ConfidenceBadge confidence={event.confidence} explain />
      <p className="details-meta">{assertionLine(event.attribution, independentSourceCount(event.sources, dataset.sourceById))}</p>
      <p>{event.summary}</p>
      <p className="details-meta">Actors: {event.actors.map((a) => ACTOR_LABELS[a]).join(", ")}</p>
      <h3>Where</h3>
      {sites.length > 0 ? <SiteLinks sites={sites} /> : <p>No located site.</p>}
      <EventEvidence event={event} dataset={dataset} />
    </>
  );
}

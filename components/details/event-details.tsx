import type { Dataset, DatedEvent } from "@/lib/dataset";
import { assertionLine, describeDateBasis, formatFlowPeriod, formatWhen } from "@/lib/format";
import { independentSourceCount } from "@/lib/independence";
import { sitesOfEvent } from "@/lib/items";
import { href } from "@/lib/links";
import { ACTOR_LABELS, CATEGORY_LABELS } from "@/lib/palette";
import { ConfidenceBadge } from "./confidence-badge";
import { EventEvidence } from "./event-evidence";
import { JumpList } from "./jump-list";

/** Props of the event details. */
export interface EventDetailsProps {
  event: DatedEvent;
  dataset: Dataset;
  onSelectSite: (id: string) => void;
  /** Selects one of the flows the event reports; without it the flows are not listed. */
  onSelectFlow?: (id: string) => void;
}

/** Everything known about one event: when, what, how sure, where, and who says so. */
export function EventDetails({ event, dataset, onSelectSite, onSelectFlow }: EventDetailsProps) {
  const sites = sitesOfEvent(event, dataset);
  const flows = (dataset.flowsByEvent.get(event.id) ?? []).flatMap((id) => dataset.flowById.get(id) ?? []);
  const dateBasis = describeDateBasis(event, dataset.sourceById);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kicker">
        {CATEGORY_LABELS[event.category]} · <time dateTime={event.date}>{formatWhen(event)}</time>
        {event.context && " · background"}
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {event.title}
      </h2>
      <ConfidenceBadge confidence={event.confidence} explain />
      <p className="details-meta">{assertionLine(event.attribution, independentSourceCount(event.sources, dataset.sourceById))}</p>
      {dateBasis && <p className="details-meta">When: {dateBasis}.</p>}
      <p>{event.summary}</p>
      <p className="details-meta">Actors: {event.actors.map((a) => ACTOR_LABELS[a]).join(", ")}</p>
      {sites.length > 0 && (
        <>
          <h3>Where</h3>
          <ul className="chip-list">
            {sites.map((site) => (
              <li key={site.id}>
                <button type="button" className="chip" onClick={() => onSelectSite(site.id)}>
                  {site.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {onSelectFlow && flows.length > 0 && (
        <>
          <h3>Flows it reports ({flows.length})</h3>
          <JumpList items={flows.map((f) => ({ id: f.id, when: formatFlowPeriod(f), label: f.what }))} onSelect={onSelectFlow} />
        </>
      )}
      <EventEvidence event={event} dataset={dataset} />
      <p className="details-page-link">
        <a href={href.event(event.id)}>Page for this event</a> (to cite, print or read without the map)
      </p>
    </article>
  );
}

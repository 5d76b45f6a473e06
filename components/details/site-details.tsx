import type { Dataset } from "@/lib/dataset";
import { formatWhen } from "@/lib/format";
import type { Site } from "@/lib/schema";
import { SITE_SYMBOLS } from "@/lib/site-symbols";
import { SourceList } from "./source-list";

/** Props of the site details. */
export interface SiteDetailsProps {
  site: Site;
  dataset: Dataset;
  onSelectEvent: (id: string) => void;
}

const BASIS_TEXT: Record<Site["locationBasis"], string> = {
  site: "the point is the facility itself",
  area: "the point is the centre of the area",
  derived: "the point is derived from a stated distance and bearing from a town",
  "town-centre": "the point is the nearest town's centre, standing in for the facility",
};

/** A site: what it is, exactly where and how sure we are of that, what it does, and its events in order. */
export function SiteDetails({ site, dataset, onSelectEvent }: SiteDetailsProps) {
  const events = (dataset.eventsBySite.get(site.id) ?? []).flatMap((id) => dataset.eventById.get(id) ?? []);
  const [lon, lat] = site.coordinates;
  const locationSource = dataset.sourceById.get(site.locationSourceId);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kicker">
        {SITE_SYMBOLS[site.kind].label} · {site.country}
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {site.name}
      </h2>
      {site.aliases.length > 0 && <p className="details-meta">Also: {site.aliases.join(", ")}</p>}
      <p>{site.description}</p>
      <p className="details-meta">
        {lat.toFixed(4)}° N, {lon.toFixed(4)}° E, within about {site.precisionKm} km: {BASIS_TEXT[site.locationBasis]}
        {locationSource && (
          <>
            {" "}
            (from{" "}
            {locationSource.url ? (
              <a href={locationSource.url} rel="noreferrer" target="_blank">
                {locationSource.title}
              </a>
            ) : (
              locationSource.title
            )}
            )
          </>
        )}
        .
      </p>
      <h3>Events here ({events.length})</h3>
      <ol className="site-events">
        {events.map((event) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => onSelectEvent(event.id)}>
              <span className="event-date">{formatWhen(event)}</span> {event.title}
            </button>
          </li>
        ))}
      </ol>
      <h3>Sources</h3>
      <SourceList citations={site.sources} dataset={dataset} />
    </article>
  );
}

import { JumpList } from "./jump-list";
import type { Dataset } from "@/lib/dataset";
import { formatFlowPeriod, formatWhen } from "@/lib/format";
import { eventsAtSite } from "@/lib/items";
import { href } from "@/lib/links";
import type { Site } from "@/lib/schema";
import { SITE_SYMBOLS } from "@/lib/site-symbols";
import { SiteLocation } from "./site-location";
import { SourceList } from "./source-list";

/** Props of the site details. */
export interface SiteDetailsProps {
  site: Site;
  dataset: Dataset;
  onSelectEvent: (id: string) => void;
  /** Selects one of the site's flows; without it the flows are not listed. */
  onSelectFlow?: (id: string) => void;
}

/** A site: what it is, exactly where and how sure we are of that, what it does, and its events in order. */
export function SiteDetails({ site, dataset, onSelectEvent, onSelectFlow }: SiteDetailsProps) {
  const events = eventsAtSite(site.id, dataset);
  const flows = (dataset.flowsBySite.get(site.id) ?? []).flatMap((id) => dataset.flowById.get(id) ?? []);
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
      <SiteLocation site={site} dataset={dataset} />
      <h3>Events here ({events.length})</h3>
      <JumpList items={events.map((e) => ({ id: e.id, when: formatWhen(e), label: e.title }))} onSelect={onSelectEvent} />
      {onSelectFlow && flows.length > 0 && (
        <>
          <h3>Flows here ({flows.length})</h3>
          <JumpList items={flows.map((f) => ({ id: f.id, when: formatFlowPeriod(f), label: f.what }))} onSelect={onSelectFlow} />
        </>
      )}
      <h3>Sources</h3>
      <SourceList citations={site.sources} dataset={dataset} />
      <p className="details-page-link">
        <a href={href.site(site.id)}>Page for this site</a> (to cite, print or read without the map)
      </p>
    </article>
  );
}

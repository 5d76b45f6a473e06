import type { Dataset } from "@/lib/dataset";
import { eventsAtSite } from "@/lib/items";
import type { Site } from "@/lib/schema";
import { SiteLocation } from "../details/site-location";
import { SourceList } from "../details/source-list";
import { EventLinks } from "./event-links";

/** A site's page body: what it is, where and how exactly, its events in the order they happened, its sources. */
export function SiteItem({ site, dataset }: { site: Site; dataset: Dataset }) {
  const events = eventsAtSite(site.id, dataset);
  return (
    <>
      {site.aliases.length > 0 && <p className="details-meta">Also: {site.aliases.join(", ")}</p>}
      <p>{site.description}</p>
      <SiteLocation site={site} dataset={dataset} />
      <h3>Events here ({events.length})</h3>
      {events.length > 0 ? <EventLinks events={events} /> : <p>No event in the data names this site.</p>}
      <h3>Sources</h3>
      <SourceList citations={site.sources} dataset={dataset} />
    </>
  );
}

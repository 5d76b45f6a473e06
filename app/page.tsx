import { EventList } from "@/components/events/event-list";
import { SiteHeader } from "@/components/layout/site-header";
import { LazySiteMap } from "@/components/map/lazy-site-map";
import { toDataset } from "@/lib/dataset";
import { loadRawDataset } from "@/lib/load";
import { siteFeatures } from "@/lib/site-features";

export default function HomePage() {
  const dataset = toDataset(loadRawDataset());
  return (
    <>
      <SiteHeader />
      <main id="main" className="dashboard">
        <section className="map-panel" aria-label="Map of sites">
          <LazySiteMap sites={siteFeatures(dataset.sites, dataset.eventsBySite)} />
        </section>
        <EventList dataset={dataset} />
      </main>
    </>
  );
}

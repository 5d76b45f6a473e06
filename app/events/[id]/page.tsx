import type { Metadata } from "next";
import { EventItem } from "@/components/items/event-item";
import { ItemPage } from "@/components/items/item-page";
import { formatWhen } from "@/lib/format";
import { sitesOfEvent } from "@/lib/items";
import { href } from "@/lib/links";
import { pageMetadata, shortDescription } from "@/lib/metadata";
import { CATEGORY_LABELS } from "@/lib/palette";
import { citable, eventOfRoute, eventParams, getDataset, itemMap, type ItemParams } from "@/lib/server/data";

export const dynamicParams = false;
export const generateStaticParams = eventParams;

export async function generateMetadata({ params }: { params: Promise<ItemParams> }): Promise<Metadata> {
  const event = await eventOfRoute(params);
  return pageMetadata({ title: event.title, description: shortDescription(`${formatWhen(event)}. ${event.summary}`), path: href.event(event.id) });
}

export default async function EventPage({ params }: { params: Promise<ItemParams> }) {
  const event = await eventOfRoute(params);
  const dataset = getDataset();
  const sites = sitesOfEvent(event, dataset);
  return (
    <ItemPage
      kicker={`Event · ${CATEGORY_LABELS[event.category]}`}
      title={event.title}
      map={itemMap(sites)}
      mapLabel={
        sites.length > 0 ? `Map of where it happened: ${sites.map((s) => s.name).join(", ")}` : "Map of Belarus and its neighbours; the event names no site"
      }
      dashboardHref={href.dashboard({ event: event.id })}
      cite={citable("event", event.id, event.title, href.event(event.id))}
    >
      <EventItem event={event} dataset={dataset} />
    </ItemPage>
  );
}

import type { Metadata } from "next";
import { ItemPage } from "@/components/items/item-page";
import { SiteItem } from "@/components/items/site-item";
import { href } from "@/lib/links";
import { pageMetadata, shortDescription } from "@/lib/metadata";
import { citable, getDataset, itemMap, siteOfRoute, siteParams, type ItemParams } from "@/lib/server/data";
import { SITE_SYMBOLS } from "@/lib/site-symbols";

export const dynamicParams = false;
export const generateStaticParams = siteParams;

export async function generateMetadata({ params }: { params: Promise<ItemParams> }): Promise<Metadata> {
  const site = await siteOfRoute(params);
  return pageMetadata({ title: site.name, description: shortDescription(site.description), path: href.site(site.id) });
}

export default async function SitePage({ params }: { params: Promise<ItemParams> }) {
  const site = await siteOfRoute(params);
  return (
    <ItemPage
      kicker={`Site · ${SITE_SYMBOLS[site.kind].label} · ${site.country}`}
      title={site.name}
      map={itemMap([site])}
      mapLabel={`Map of ${site.name} and the sites around it`}
      dashboardHref={href.dashboard({ site: site.id })}
      cite={citable("site", site.id, site.name, href.site(site.id))}
    >
      <SiteItem site={site} dataset={getDataset()} />
    </ItemPage>
  );
}

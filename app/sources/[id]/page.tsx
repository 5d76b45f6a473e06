import type { Metadata } from "next";
import { ItemPage } from "@/components/items/item-page";
import { SourceItem } from "@/components/items/source-item";
import { sourceByline } from "@/lib/format";
import { claimsOf, sitesOfClaims } from "@/lib/items";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { citable, getDataset, itemMap, sourceOfRoute, sourceParams, type ItemParams } from "@/lib/server/data";

export const dynamicParams = false;
export const generateStaticParams = sourceParams;

export async function generateMetadata({ params }: { params: Promise<ItemParams> }): Promise<Metadata> {
  const source = await sourceOfRoute(params);
  return pageMetadata({ title: source.title, description: `${sourceByline(source)}: what Tyl cites it for.`, path: href.source(source.id) });
}

export default async function SourcePage({ params }: { params: Promise<ItemParams> }) {
  const source = await sourceOfRoute(params);
  const dataset = getDataset();
  const sites = sitesOfClaims(claimsOf(source.id, dataset), dataset);
  return (
    <ItemPage
      kicker={source.kind === "document" ? "Source · document analysed" : "Source · public reference"}
      title={source.title}
      map={itemMap(sites)}
      mapLabel={
        sites.length > 0
          ? `Map of the ${sites.length} site${sites.length === 1 ? "" : "s"} this source concerns`
          : "Map of Belarus and its neighbours; this source concerns no site"
      }
      dashboardHref={href.dashboard()}
      cite={citable("source", source.id, source.title, href.source(source.id))}
    >
      <SourceItem source={source} dataset={dataset} />
    </ItemPage>
  );
}

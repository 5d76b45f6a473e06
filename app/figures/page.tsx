import type { Metadata } from "next";
import { ItemPage } from "@/components/items/item-page";
import { FigureLedger } from "@/components/story/figure-ledger";
import { HOME_CAMERA } from "@/lib/defaults";
import { sitesOfFigures } from "@/lib/items";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { citable, getDataset, itemMap } from "@/lib/server/data";

export const metadata: Metadata = pageMetadata({
  title: "Figures",
  description: "Every number the documents give, grouped by what it measures, with conflicting numbers side by side and each with its source and section.",
  path: href.figures(),
});

export default function FiguresPage() {
  const dataset = getDataset();
  const sites = sitesOfFigures(dataset.figures, dataset);
  return (
    <ItemPage
      kicker="Figures ledger"
      title="Every figure the documents give"
      map={itemMap(sites, HOME_CAMERA)}
      mapLabel={`Map of Belarus and its neighbours with the sites the figures' events concern lit up`}
      dashboardHref={href.dashboard()}
      cite={citable("figures", "figures", "Figures ledger", href.figures())}
    >
      <p>
        {dataset.figures.length} figures, grouped by what they measure. Where documents give different numbers for the same thing, they stand side by side in
        one table with their sources and sections.
      </p>
      <FigureLedger figures={dataset.figures} dataset={dataset} />
    </ItemPage>
  );
}

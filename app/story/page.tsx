import type { Metadata } from "next";
import { DataProvider } from "@/components/shared/data-provider";
import { StoryPage } from "@/components/story/story-page";
import { getDataset, getRawDataset, staticMap } from "@/lib/server/data";

export const metadata: Metadata = { title: "The story — Tyl" };

export default function Story() {
  const dataset = getDataset();
  const maps = Object.fromEntries(dataset.chapters.map((c) => [c.id, staticMap(c.camera, c.siteIds)]));
  return (
    <DataProvider raw={getRawDataset()}>
      <StoryPage dataset={dataset} maps={maps} />
    </DataProvider>
  );
}

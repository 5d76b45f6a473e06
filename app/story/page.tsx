import type { Metadata } from "next";
import { DataProvider } from "@/components/shared/data-provider";
import { StoryPage } from "@/components/story/story-page";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { chapterMaps, getDataset, getRawDataset } from "@/lib/server/data";

export const metadata: Metadata = pageMetadata({
  title: "The story",
  description: "How Belarus became Russia's rear base, chapter by chapter from the 2020 election to Zapad 2025, with a map and timeline that follow the text.",
  path: href.story(),
});

export default function Story() {
  return (
    <DataProvider raw={getRawDataset()}>
      <StoryPage dataset={getDataset()} maps={chapterMaps()} />
    </DataProvider>
  );
}

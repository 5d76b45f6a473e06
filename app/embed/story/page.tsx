import type { Metadata } from "next";
import { DataProvider } from "@/components/shared/data-provider";
import { StoryPage } from "@/components/story/story-page";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { chapterMaps, getDataset, getRawDataset } from "@/lib/server/data";

export const metadata: Metadata = { ...pageMetadata({ title: "The story (embed)", path: href.story() }), robots: { index: false } };

export default function EmbedStory() {
  return (
    <DataProvider raw={getRawDataset()}>
      <StoryPage dataset={getDataset()} maps={chapterMaps()} embed />
    </DataProvider>
  );
}

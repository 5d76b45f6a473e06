import type { Metadata } from "next";
import { StoryPage } from "@/components/story/story-page";
import { readPublishedBasemap } from "@/lib/published-basemap";
import { toDataset } from "@/lib/dataset";
import { loadRawDataset } from "@/lib/load";
import { renderStaticMap } from "@/lib/static-map";

export const metadata: Metadata = { title: "The story — Tyl" };

export default function Story() {
  const raw = loadRawDataset();
  const dataset = toDataset(raw);
  const { countries, borders } = readPublishedBasemap();
  const maps = Object.fromEntries(
    dataset.chapters.map((c) => [c.id, renderStaticMap(countries, borders, c.camera, dataset.sites, new Set(c.siteIds))]),
  );
  return <StoryPage raw={raw} dataset={dataset} maps={maps} />;
}
